//! # City gateway
//!
//! The bridge from the city's sensors to City Chain. Devices sign each reading and publish
//! it to an MQTT broker (`city/sensors/<device id hex>/readings`, the JSON of [`message`],
//! QoS 1; TLS with client certificates and an ACL, `deploy/`); the gateway
//! 1. checks each message and verifies the signatures of each round together ([`mqtt`],
//!    [`message`]), counts what it refuses by reason ([`metrics`]), and stores what holds
//!    before acknowledging it to the broker ([`store`]: a reading is identified by its
//!    content; a redelivery is kept once, a second value for an instant kept and flagged), so
//!    no acknowledged reading is lost and no publisher hides a real one;
//! 2. seals each device's waiting readings into a batch under the device's next sequence
//!    number, builds the batch's Merkle root ([`batch`], the device's signatures in the
//!    leaves) and signs the anchor with its relay key, or, for a device that cannot sign,
//!    the device's key, both in its encrypted keystore ([`keys`]);
//! 3. checks the live runtime's layout ([`compat`]), submits the anchor to the node as a
//!    general transaction nobody pays for ([`extrinsic`], [`chain`]), and follows it until a
//!    finalized block holds it, resubmitting it signed afresh across node and broker
//!    restarts, and setting aside a batch the chain keeps refusing ([`gateway`]);
//! 4. answers `gateway_prove`, `gateway_exportBatch` and `gateway_status` ([`server`]).
//!
//! One batch per device waits for the chain at a time: the next is sealed once the last is
//! in the best block, so the sequence numbers the chain needs are never out of order.

pub mod batch;
pub mod chain;
pub mod compat;
pub mod extrinsic;
pub mod gateway;
pub mod keys;
pub mod message;
pub mod metrics;
pub mod mqtt;
pub mod server;
pub mod store;

/// Any error, with a message for the log.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// What the gateway's functions answer.
pub type Result<T> = std::result::Result<T, Error>;

/// The MQTT topic of a device's readings.
pub fn topic_of(device: &pallet_iot_anchors::DeviceId) -> String {
	format!("city/sensors/{}/readings", hex::encode(device.as_bytes()))
}

/// The device of a readings topic, if it is one.
pub fn device_of_topic(topic: &str) -> Option<pallet_iot_anchors::DeviceId> {
	let hex_id = topic.strip_prefix("city/sensors/")?.strip_suffix("/readings")?;
	let bytes = hex::decode(hex_id).ok()?;
	(bytes.len() == 32).then(|| sp_core::H256::from_slice(&bytes))
}

/// Milliseconds since the Unix epoch, by this machine's clock.
pub fn now_ms() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as u64)
		.unwrap_or(0)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn topics_name_their_device() {
		let device = sp_core::H256::repeat_byte(0xab);
		assert_eq!(device_of_topic(&topic_of(&device)), Some(device));
		assert_eq!(device_of_topic("city/sensors/zz/readings"), None);
		assert_eq!(device_of_topic("city/sensors/abab/readings"), None);
		assert_eq!(device_of_topic("elsewhere"), None);
	}
}
