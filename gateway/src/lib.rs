//! # City gateway
//!
//! The bridge from the city's sensors to City Chain. Devices publish readings to an MQTT
//! broker (`city/sensors/<device id hex>/readings`, JSON `{"timestamp": ms, "value": i64}`,
//! QoS 1); the gateway
//! 1. validates each reading (a device it holds the key of, a sane timestamp) and stores it
//!    before acknowledging it to the broker ([`store`]; a redelivered reading, same device and
//!    timestamp, is recognised and kept once), so no acknowledged reading is lost;
//! 2. seals each device's waiting readings into a batch under the device's next sequence
//!    number, builds the batch's Merkle root ([`batch`]) and signs the anchor with the
//!    device's key ([`keys`]);
//! 3. submits the anchor to the node as a general transaction nobody pays for
//!    ([`extrinsic`], [`chain`]), watches for it on the chain, and resubmits it, signed afresh,
//!    until it is anchored: across node restarts (the batch and its sequence number are in
//!    the store) and broker restarts (a persistent MQTT session, resubscribed when the broker
//!    forgot it);
//! 4. answers `gateway_prove(device, timestamp)` with the reading, its batch's sequence
//!    number and sibling path, which the node's `iot_verifyReading` checks against the chain
//!    ([`server`]).
//!
//! One batch per device is in flight at a time: the next is sealed when the chain holds the
//! last, so the sequence numbers the chain needs are never out of order.

pub mod batch;
pub mod chain;
pub mod extrinsic;
pub mod gateway;
pub mod keys;
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
