//! MQTT: the gateway's subscription (readings in, stored, then acknowledged) and the device
//! simulator the tests publish with. Both keep a persistent session (`clean_session` false,
//! QoS 1), so a broker restart loses nothing the broker had persisted, and both reconnect by
//! themselves.

use crate::{batch::Raw, device_of_topic, now_ms, store::Store, topic_of, Result};
use pallet_iot_anchors::DeviceId;
use rumqttc::{AsyncClient, Event, MqttOptions, Packet, QoS};
use std::{
	collections::BTreeSet,
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc,
	},
	time::Duration,
};

/// The earliest timestamp a reading may carry (2020-01-01).
pub const EARLIEST: u64 = 1_577_836_800_000;
/// How far ahead of the gateway's clock a reading may be.
pub const MAX_AHEAD_MS: u64 = 60_000;

/// What the listener counts.
#[derive(Default)]
pub struct Counters {
	/// Readings kept.
	pub received: AtomicU64,
	/// Redeliveries recognised.
	pub duplicates: AtomicU64,
	/// Messages refused (unknown device, bad JSON, bad timestamp).
	pub rejected: AtomicU64,
}

/// Parses and validates a reading of `topic`: a device the gateway signs for, a JSON reading,
/// a timestamp after [`EARLIEST`] and at most [`MAX_AHEAD_MS`] ahead of `now`.
pub fn validate(
	topic: &str,
	payload: &[u8],
	devices: &BTreeSet<DeviceId>,
	now: u64,
) -> std::result::Result<(DeviceId, Raw), String> {
	let device = device_of_topic(topic).ok_or_else(|| format!("not a readings topic: {topic}"))?;
	if !devices.contains(&device) {
		return Err(format!("no key for device {device:?}"));
	}
	let raw: Raw = serde_json::from_slice(payload).map_err(|e| format!("bad reading: {e}"))?;
	if raw.timestamp < EARLIEST || raw.timestamp > now.saturating_add(MAX_AHEAD_MS) {
		return Err(format!("implausible timestamp {}", raw.timestamp));
	}
	Ok((device, raw))
}

fn options(client_id: &str, broker: &str) -> Result<MqttOptions> {
	let (host, port) = broker.rsplit_once(':').ok_or("the broker is host:port")?;
	let mut options = MqttOptions::new(client_id, host, port.parse::<u16>()?);
	options.set_keep_alive(Duration::from_secs(5));
	options.set_clean_session(false);
	Ok(options)
}

/// Subscribes to every device's readings at `broker` and keeps each valid one in `store`
/// before acknowledging it. Runs forever, reconnecting as needed.
pub async fn listen(
	broker: &str,
	client_id: &str,
	store: Arc<Store>,
	devices: BTreeSet<DeviceId>,
	counters: Arc<Counters>,
) -> Result<()> {
	let mut options = options(client_id, broker)?;
	options.set_manual_acks(true);
	let (client, mut events) = AsyncClient::new(options, 1_000);
	loop {
		match events.poll().await {
			Ok(Event::Incoming(Packet::ConnAck(ack))) => {
				log::info!("connected to the broker (session present: {})", ack.session_present);
				if !ack.session_present {
					client.subscribe("city/sensors/+/readings", QoS::AtLeastOnce).await?;
				}
			}
			Ok(Event::Incoming(Packet::Publish(publish))) => {
				match validate(&publish.topic, &publish.payload, &devices, now_ms()) {
					Ok((device, raw)) => match store.insert(&device, raw) {
						Ok(true) => {
							counters.received.fetch_add(1, Ordering::Relaxed);
						}
						Ok(false) => {
							counters.duplicates.fetch_add(1, Ordering::Relaxed);
						}
						Err(error) => {
							// Not kept, so not acknowledged: the broker delivers it again.
							log::error!("store: {error}");
							continue;
						}
					},
					Err(why) => {
						counters.rejected.fetch_add(1, Ordering::Relaxed);
						log::warn!("refused a message: {why}");
					}
				}
				client.ack(&publish).await?;
			}
			Ok(_) => {}
			Err(error) => {
				log::warn!("broker: {error}; reconnecting");
				tokio::time::sleep(Duration::from_millis(500)).await;
			}
		}
	}
}

/// Publishes `count` readings of `device` at `broker`, one every `interval`, values `start`,
/// `start + step`, ...; returns when the broker acknowledged every one (waiting out a broker
/// restart). Timestamps are the clock's, strictly increasing; each reading is printed to stdout
/// as a JSON line.
pub async fn simulate(
	broker: &str,
	device: DeviceId,
	count: u64,
	interval: Duration,
	start: i64,
	step: i64,
) -> Result<()> {
	let client_id = format!("simulator-{}", &hex::encode(device.as_bytes())[..12]);
	let (client, mut events) = AsyncClient::new(options(&client_id, broker)?, 10_000);
	let topic = topic_of(&device);
	let publisher = client.clone();
	let publishing = tokio::spawn(async move {
		let mut last = 0u64;
		for i in 0..count {
			let timestamp = now_ms().max(last + 1);
			last = timestamp;
			let value = start.saturating_add(step.saturating_mul(i as i64));
			let payload = serde_json::to_vec(&Raw { timestamp, value }).unwrap_or_default();
			// What was published, one JSON line each, for whoever checks it later.
			println!("{}", String::from_utf8_lossy(&payload));
			if publisher.publish(&topic, QoS::AtLeastOnce, false, payload).await.is_err() {
				break;
			}
			tokio::time::sleep(interval).await;
		}
	});
	let mut acked = 0;
	while acked < count {
		match events.poll().await {
			Ok(Event::Incoming(Packet::PubAck(_))) => acked += 1,
			Ok(_) => {}
			Err(error) => {
				log::warn!("broker: {error}; reconnecting ({acked} of {count} acknowledged)");
				tokio::time::sleep(Duration::from_millis(500)).await;
			}
		}
	}
	publishing.await?;
	client.disconnect().await?;
	// Let the disconnect go out.
	let _ = tokio::time::timeout(Duration::from_millis(200), events.poll()).await;
	log::info!("published {count} readings of {device:?}, all acknowledged");
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::H256;

	#[test]
	fn readings_are_validated() {
		let device = H256::repeat_byte(5);
		let devices = BTreeSet::from([device]);
		let topic = topic_of(&device);
		let now = 1_800_000_000_000;
		let ok = br#"{"timestamp": 1800000000000, "value": -12}"#;
		assert_eq!(
			validate(&topic, ok, &devices, now),
			Ok((device, Raw { timestamp: now, value: -12 }))
		);
		assert!(validate(&topic_of(&H256::zero()), ok, &devices, now).is_err(), "no key");
		assert!(validate("city/other", ok, &devices, now).is_err(), "not a readings topic");
		assert!(validate(&topic, b"{\"value\": 1}", &devices, now).is_err(), "no timestamp");
		assert!(validate(&topic, b"not json", &devices, now).is_err());
		let ahead = format!("{{\"timestamp\": {}, \"value\": 1}}", now + MAX_AHEAD_MS + 1);
		assert!(validate(&topic, ahead.as_bytes(), &devices, now).is_err(), "from the future");
		let old = br#"{"timestamp": 1000, "value": 1}"#;
		assert!(validate(&topic, old, &devices, now).is_err(), "before 2020");
	}
}
