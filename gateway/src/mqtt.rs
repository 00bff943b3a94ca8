//! MQTT: the gateway's subscription (readings in, checked, stored, then acknowledged) and the
//! device simulator the tests publish with. Both keep a persistent session (`clean_session`
//! false, QoS 1), so a broker restart loses nothing the broker had persisted, and both
//! reconnect by themselves.
//!
//! The listener takes what the broker delivers in rounds (whatever is there, up to
//! [`ROUND`]): each message is parsed and checked ([`check`]), the signatures of the round are
//! verified together ([`crate::message::verify_all`]), each device's rate is enforced, the
//! readings are offered to the store in one commit, and only then is the round acknowledged.
//! What is refused is counted by reason and acknowledged (so the broker does not send it
//! again), never stored.
//!
//! Readings published before the gateway's first subscription is acknowledged are not the
//! gateway's (no session holds them yet): `gateway_status.subscribed` and the
//! `city_gateway_broker_subscribed` gauge say when it is, and a deployment starts its devices
//! after that.

use crate::{
	batch::Raw,
	device_of_topic,
	message::{self, Message, ToVerify},
	metrics::{Metrics, Refusal},
	now_ms,
	store::{Outcome, Store},
	topic_of, Result,
};
use pallet_iot_anchors::{reading_message, DeviceId, DeviceKey};
use rumqttc::{AsyncClient, Event, MqttOptions, Packet, Publish, QoS};
use sp_core::H256;
use sp_runtime::MultiSignature;
use std::{
	collections::HashMap,
	sync::{Arc, RwLock},
	time::Duration,
};

/// The earliest timestamp a reading may carry (2020-01-01).
pub const EARLIEST: u64 = 1_577_836_800_000;
/// How far ahead of the gateway's clock a reading may be.
pub const MAX_AHEAD_MS: u64 = 60_000;
/// The most messages taken in one round.
pub const ROUND: usize = 8_192;

/// How the gateway holds a device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
	/// The device signs each reading with this key (its key on the chain); the gateway's
	/// relay key signs the anchors.
	Relay(DeviceKey),
	/// The device cannot sign: the gateway keeps its key and signs its anchors.
	Custodial,
}

/// The devices the gateway takes readings of, by id (relay keys are refreshed from the chain).
pub type Devices = Arc<RwLock<HashMap<DeviceId, Mode>>>;

/// A message that passed the checks that need no signature: the device, the reading, and
/// what remains to verify.
#[derive(Debug, PartialEq, Eq)]
pub struct Candidate {
	/// The device.
	pub device: DeviceId,
	/// The reading (its signature included).
	pub raw: Raw,
	/// The key to verify its signature with (relay mode).
	pub key: Option<DeviceKey>,
}

/// Parses and checks a message of `topic`: a device the gateway takes readings of, a message
/// of the documented format naming the topic's device, signed for a relay device, a
/// timestamp after [`EARLIEST`] and at most [`MAX_AHEAD_MS`] ahead of `now`.
pub fn check(
	topic: &str,
	payload: &[u8],
	devices: &HashMap<DeviceId, Mode>,
	now: u64,
) -> std::result::Result<Candidate, Refusal> {
	let device = device_of_topic(topic).ok_or(Refusal::NotAReadingTopic)?;
	let mode = devices.get(&device).ok_or(Refusal::UnknownDevice)?;
	let message: Message = serde_json::from_slice(payload).map_err(|_| Refusal::BadMessage)?;
	if message.v.is_some_and(|v| v != message::VERSION) {
		return Err(Refusal::BadVersion);
	}
	if message.device.is_some_and(|named| named != device) {
		return Err(Refusal::WrongDevice);
	}
	if message.timestamp < EARLIEST {
		return Err(Refusal::Stale);
	}
	if message.timestamp > now.saturating_add(MAX_AHEAD_MS) {
		return Err(Refusal::Future);
	}
	let (signature, key) = match mode {
		Mode::Relay(key) => {
			let text = message.signature.as_deref().ok_or(Refusal::Unsigned)?;
			let signature = message::parse_signature(key, text).ok_or(Refusal::BadSignature)?;
			(Some(signature), Some(key.clone()))
		}
		Mode::Custodial => (None, None),
	};
	Ok(Candidate {
		device,
		raw: Raw { timestamp: message.timestamp, value: message.value, signature },
		key,
	})
}

/// A token bucket per device: `rate` readings a second of the readings' own (signed)
/// timestamps, bursts of up to `burst`. By the readings' time, not their arrival: a backlog the
/// broker delivers at once after an outage is as spread out as when it was taken, and passes.
pub struct RateLimit {
	rate: f64,
	burst: f64,
	buckets: HashMap<DeviceId, (f64, u64)>,
}

impl RateLimit {
	/// `rate` readings a second per device, `burst` at once.
	pub fn new(rate: f64, burst: f64) -> Self {
		RateLimit { rate, burst: burst.max(1.0), buckets: HashMap::new() }
	}

	/// Whether `device` may keep one more reading, taken at `timestamp` (ms). Older timestamps
	/// than the latest seen refill nothing.
	pub fn take(&mut self, device: DeviceId, timestamp: u64) -> bool {
		let (tokens, at) = self.buckets.entry(device).or_insert((self.burst, timestamp));
		let elapsed_ms = timestamp.saturating_sub(*at);
		let refilled = (*tokens + elapsed_ms as f64 / 1_000.0 * self.rate).min(self.burst);
		*at = (*at).max(timestamp);
		if refilled >= 1.0 {
			*tokens = refilled - 1.0;
			true
		} else {
			*tokens = refilled;
			false
		}
	}
}

/// Checks one round of messages: answers, for each, the reading to store or why it was
/// refused. The round is split over `threads`, each parsing its part and verifying its
/// signatures together. Rates are the store's to take (see [`listen`]): only from readings it
/// would keep, so neither a forger nor a replay spends a device's rate.
pub fn check_round(
	round: &[(String, Vec<u8>)],
	devices: &HashMap<DeviceId, Mode>,
	genesis: &H256,
	now: u64,
	threads: usize,
) -> Vec<std::result::Result<(DeviceId, Raw), Refusal>> {
	let threads = if round.len() < 128 { 1 } else { threads.max(1) };
	let chunk = round.len().div_ceil(threads).max(1);
	if threads == 1 {
		return check_part(round, devices, genesis, now);
	}
	std::thread::scope(|scope| {
		let parts: Vec<_> = round
			.chunks(chunk)
			.map(|part| (part.len(), scope.spawn(move || check_part(part, devices, genesis, now))))
			.collect();
		// A part whose thread failed is refused whole, never half counted.
		parts
			.into_iter()
			.flat_map(|(n, part)| part.join().unwrap_or_else(|_| vec![Err(Refusal::BadMessage); n]))
			.collect()
	})
}

/// [`check`]s each message of `part` and verifies the signatures of those that pass, as one
/// batch.
fn check_part(
	part: &[(String, Vec<u8>)],
	devices: &HashMap<DeviceId, Mode>,
	genesis: &H256,
	now: u64,
) -> Vec<std::result::Result<(DeviceId, Raw), Refusal>> {
	let checked: Vec<_> =
		part.iter().map(|(topic, payload)| check(topic, payload, devices, now)).collect();
	let mut to_verify = Vec::new();
	let mut which = Vec::new();
	for (i, candidate) in checked.iter().enumerate() {
		if let Ok(Candidate { device, raw, key: Some(key) }) = candidate {
			if let Some(signature) = &raw.signature {
				to_verify.push(ToVerify {
					key: key.clone(),
					message: reading_message(genesis, device, raw.timestamp, raw.value),
					signature: signature.clone(),
				});
				which.push(i);
			}
		}
	}
	let verified = message::verify_all(&to_verify, 1);
	let mut bad = vec![false; checked.len()];
	for (i, ok) in which.into_iter().zip(verified) {
		bad[i] = !ok;
	}
	checked
		.into_iter()
		.zip(bad)
		.map(|(candidate, bad)| {
			let Candidate { device, raw, .. } = candidate?;
			if bad {
				return Err(Refusal::BadSignature);
			}
			Ok((device, raw))
		})
		.collect()
}

/// How the gateway reaches the broker.
#[derive(Clone, Debug, Default)]
pub struct BrokerSettings {
	/// `host:port`.
	pub address: String,
	/// The client id (the broker keeps its session).
	pub client_id: String,
	/// Username and password, if the broker asks for them.
	pub credentials: Option<(String, String)>,
	/// TLS: the CA certificate (PEM) the broker's certificate is checked against, and a
	/// client certificate and key (PEM), if the broker asks for one.
	pub tls: Option<Tls>,
}

/// The TLS files.
#[derive(Clone, Debug, Default)]
pub struct Tls {
	/// The CA's certificate, PEM.
	pub ca: std::path::PathBuf,
	/// The client's certificate and key, PEM.
	pub client: Option<(std::path::PathBuf, std::path::PathBuf)>,
}

fn options(settings: &BrokerSettings) -> Result<MqttOptions> {
	let (host, port) = settings.address.rsplit_once(':').ok_or("the broker is host:port")?;
	let mut options = MqttOptions::new(&settings.client_id, host, port.parse::<u16>()?);
	options.set_keep_alive(Duration::from_secs(5));
	options.set_clean_session(false);
	if let Some((user, password)) = &settings.credentials {
		options.set_credentials(user, password);
	}
	if let Some(tls) = &settings.tls {
		let ca = std::fs::read(&tls.ca).map_err(|e| format!("{}: {e}", tls.ca.display()))?;
		let client_auth = match &tls.client {
			Some((cert, key)) => Some((
				std::fs::read(cert).map_err(|e| format!("{}: {e}", cert.display()))?,
				std::fs::read(key).map_err(|e| format!("{}: {e}", key.display()))?,
			)),
			None => None,
		};
		options.set_transport(rumqttc::Transport::tls(ca, client_auth, None));
	}
	Ok(options)
}

/// Subscribes to every device's readings at the broker and keeps each one that holds in
/// `store` before acknowledging it. Runs forever, reconnecting as needed.
pub async fn listen(
	broker: BrokerSettings,
	store: Arc<Store>,
	devices: Devices,
	genesis: H256,
	rate: RateLimit,
	metrics: Arc<Metrics>,
) -> Result<()> {
	let mut options = options(&broker)?;
	options.set_manual_acks(true);
	let (client, mut events) = AsyncClient::new(options, ROUND);
	let (tx, mut rx) = tokio::sync::mpsc::channel::<Publish>(ROUND * 2);
	let subscriber = client.clone();
	let polled = metrics.clone();
	let polling = tokio::spawn(async move {
		loop {
			match events.poll().await {
				Ok(Event::Incoming(Packet::ConnAck(ack))) => {
					log::info!(
						"connected to the broker (session present: {})",
						ack.session_present
					);
					// A kept session keeps its subscription (and what was published to it
					// meanwhile); a new one has none until the broker acknowledges it.
					if ack.session_present {
						polled.subscribed.set(1);
					} else if subscriber
						.subscribe("city/sensors/+/readings", QoS::AtLeastOnce)
						.await
						.is_err()
					{
						return;
					}
				}
				Ok(Event::Incoming(Packet::SubAck(ack))) => {
					let granted = ack
						.return_codes
						.iter()
						.all(|code| matches!(code, rumqttc::SubscribeReasonCode::Success(_)));
					if granted {
						log::info!("subscribed to the readings' topics");
						polled.subscribed.set(1);
					} else {
						log::error!("the broker refused the subscription: {:?}", ack.return_codes);
					}
				}
				Ok(Event::Incoming(Packet::Publish(publish))) => {
					if tx.send(publish).await.is_err() {
						return;
					}
				}
				Ok(_) => {}
				Err(error) => {
					polled.subscribed.set(0);
					log::warn!("broker: {error}; reconnecting");
					tokio::time::sleep(Duration::from_millis(500)).await;
				}
			}
		}
	});
	let mut rate = rate;
	let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
	while let Some(first) = rx.recv().await {
		let mut publishes = vec![first];
		while publishes.len() < ROUND {
			match rx.try_recv() {
				Ok(publish) => publishes.push(publish),
				Err(_) => break,
			}
		}
		let round: Vec<(String, Vec<u8>)> =
			publishes.iter().map(|p| (p.topic.clone(), p.payload.to_vec())).collect();
		metrics.add(&metrics.received, round.len() as u64);
		let known = devices.read().map_err(|_| "the devices' lock is poisoned")?.clone();
		let checked = check_round(&round, &known, &genesis, now_ms(), threads);
		let mut accepted = Vec::new();
		for result in checked {
			match result {
				Ok(reading) => accepted.push(reading),
				Err(refusal) => {
					log::debug!("refused a message: {refusal:?}");
					metrics.refuse(refusal);
				}
			}
		}
		metrics.add(&metrics.verified, accepted.len() as u64);
		match store.insert_many(accepted, |device, raw| rate.take(*device, raw.timestamp)) {
			Ok(outcomes) => {
				for outcome in outcomes {
					match outcome {
						Outcome::Stored => metrics.add(&metrics.stored, 1),
						Outcome::Conflict => {
							metrics.add(&metrics.stored, 1);
							metrics.add(&metrics.conflicts, 1);
						}
						Outcome::Duplicate => metrics.add(&metrics.duplicates, 1),
						Outcome::Stale => metrics.refuse(Refusal::Stale),
						Outcome::InboxFull => metrics.refuse(Refusal::InboxFull),
						Outcome::RateLimited => metrics.refuse(Refusal::RateLimited),
					}
				}
			}
			Err(error) => {
				// Not kept, so not acknowledged: the broker delivers them again.
				log::error!("store: {error}");
				continue;
			}
		}
		for publish in &publishes {
			client.ack(publish).await?;
		}
	}
	polling.abort();
	Err("the broker's event loop ended".into())
}

/// What a simulated device publishes.
#[derive(Clone, Debug)]
pub struct Simulation {
	/// The device whose topic is published to (the key's own, unless an attacker publishes
	/// to another's).
	pub topic_device: DeviceId,
	/// The device the messages name.
	pub device: DeviceId,
	/// How many readings.
	pub count: u64,
	/// Between two readings.
	pub interval: Duration,
	/// The first value and what each adds.
	pub start: i64,
	/// ...
	pub step: i64,
	/// The first timestamp (the clock's if `None`) and what each adds (1 ms at least).
	pub timestamps: Option<(u64, u64)>,
	/// Give up after this many failed connections in a row (0: never).
	pub max_reconnects: u32,
}

/// Publishes `simulation`'s readings at the broker, each signed with `sign` (unsigned if
/// `None`) under `genesis`; returns when the broker acknowledged every one (waiting out a
/// broker restart). Each reading is printed to stdout as a JSON line.
pub async fn simulate(
	broker: BrokerSettings,
	simulation: Simulation,
	genesis: H256,
	sign: Option<Arc<dyn Fn(&[u8]) -> Result<MultiSignature> + Send + Sync>>,
) -> Result<()> {
	let (client, mut events) = AsyncClient::new(options(&broker)?, 10_000);
	let topic = topic_of(&simulation.topic_device);
	let published_to = topic.clone();
	let publisher = client.clone();
	let Simulation { device, count, interval, start, step, timestamps, max_reconnects, .. } =
		simulation;
	let publishing = tokio::spawn(async move {
		let mut last = 0u64;
		for i in 0..count {
			let timestamp = match timestamps {
				Some((first, step)) => first.saturating_add(step.saturating_mul(i)),
				None => now_ms().max(last + 1),
			};
			last = timestamp;
			let value = start.saturating_add(step.saturating_mul(i as i64));
			let message = match &sign {
				Some(sign) => {
					match Message::signed(&genesis, device, timestamp, value, |m| sign(m)) {
						Ok(message) => message,
						Err(error) => {
							log::error!("could not sign a reading: {error}");
							break;
						}
					}
				}
				None => Message { v: None, device: None, timestamp, value, signature: None },
			};
			// What was published, one JSON line each, for whoever checks it later.
			println!("{}", serde_json::json!({ "timestamp": timestamp, "value": value }));
			if publisher
				.publish(&topic, QoS::AtLeastOnce, false, message.to_payload())
				.await
				.is_err()
			{
				break;
			}
			if !interval.is_zero() {
				tokio::time::sleep(interval).await;
			}
		}
	});
	let mut acked = 0;
	let mut failures = 0u32;
	while acked < count {
		match events.poll().await {
			Ok(Event::Incoming(Packet::PubAck(_))) => acked += 1,
			Ok(Event::Incoming(Packet::ConnAck(ack)))
				if ack.code == rumqttc::ConnectReturnCode::Success =>
			{
				failures = 0
			}
			Ok(Event::Incoming(Packet::ConnAck(ack)))
				if ack.code != rumqttc::ConnectReturnCode::Success =>
			{
				return Err(format!("the broker refused the connection: {:?}", ack.code).into());
			}
			Ok(_) => {}
			Err(rumqttc::ConnectionError::ConnectionRefused(code)) => {
				return Err(format!("the broker refused the connection: {code:?}").into());
			}
			Err(error) => {
				failures += 1;
				if max_reconnects > 0 && failures >= max_reconnects {
					publishing.abort();
					return Err(format!("the broker: {error} ({failures} times in a row)").into());
				}
				log::warn!("broker: {error}; reconnecting ({acked} of {count} acknowledged)");
				tokio::time::sleep(Duration::from_millis(500)).await;
			}
		}
	}
	publishing.await?;
	client.disconnect().await?;
	// Let the disconnect go out.
	let _ = tokio::time::timeout(Duration::from_millis(200), events.poll()).await;
	log::info!("published {count} readings to {published_to}, all acknowledged");
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::keys::Signer;

	const NOW: u64 = 1_800_000_000_000;

	fn relay_device(seed: &str) -> (Signer, DeviceId) {
		let signer = Signer::new("ed25519", seed).expect("a key");
		let id = signer.public().device_id();
		(signer, id)
	}

	fn signed(signer: &Signer, device: DeviceId, timestamp: u64, value: i64) -> Vec<u8> {
		Message::signed(&H256::zero(), device, timestamp, value, |m| signer.sign(m))
			.unwrap()
			.to_payload()
	}

	#[test]
	fn each_bad_message_is_refused_for_its_reason() {
		let (signer, device) = relay_device("//air");
		let (other, other_device) = relay_device("//other");
		let meter = H256::repeat_byte(5);
		let devices = HashMap::from([
			(device, Mode::Relay(signer.public())),
			(other_device, Mode::Relay(other.public())),
			(meter, Mode::Custodial),
		]);
		let topic = topic_of(&device);
		let ok = signed(&signer, device, NOW, -12);
		let candidate = check(&topic, &ok, &devices, NOW).expect("holds");
		assert_eq!((candidate.device, candidate.raw.value), (device, -12));
		let refusal = |topic: &str, payload: &[u8]| check(topic, payload, &devices, NOW).err();
		assert_eq!(refusal("city/other", &ok), Some(Refusal::NotAReadingTopic));
		assert_eq!(refusal(&topic_of(&H256::zero()), &ok), Some(Refusal::UnknownDevice));
		assert_eq!(refusal(&topic, b"not json"), Some(Refusal::BadMessage));
		let unsigned = br#"{"timestamp": 1800000000000, "value": 1}"#;
		assert_eq!(refusal(&topic, unsigned), Some(Refusal::Unsigned));
		// The other device's signed reading, published on this device's topic.
		let theirs = signed(&other, other_device, NOW, 1);
		assert_eq!(refusal(&topic, &theirs), Some(Refusal::WrongDevice));
		let v2 = String::from_utf8(ok.clone()).unwrap().replace("\"v\":1", "\"v\":2");
		assert_eq!(refusal(&topic, v2.as_bytes()), Some(Refusal::BadVersion));
		let garbled = String::from_utf8(ok.clone())
			.unwrap()
			.replace("\"signature\":\"0x", "\"signature\":\"0xzz");
		assert_eq!(refusal(&topic, garbled.as_bytes()), Some(Refusal::BadSignature));
		let ahead = signed(&signer, device, NOW + MAX_AHEAD_MS + 1, 1);
		assert_eq!(refusal(&topic, &ahead), Some(Refusal::Future));
		let old = signed(&signer, device, 1_000, 1);
		assert_eq!(refusal(&topic, &old), Some(Refusal::Stale));
		// A custodial meter's unsigned reading is taken.
		assert!(check(&topic_of(&meter), unsigned, &devices, NOW).is_ok());
	}

	#[test]
	fn a_round_verifies_signatures_together() {
		let (signer, device) = relay_device("//air");
		let (forger, _) = relay_device("//forger");
		let devices = HashMap::from([(device, Mode::Relay(signer.public()))]);
		let topic = topic_of(&device);
		let mut round: Vec<(String, Vec<u8>)> =
			(0..100).map(|i| (topic.clone(), signed(&signer, device, NOW + i, i as i64))).collect();
		// A forger's readings for the device, and a real one whose value was changed.
		for i in 0..50 {
			round.push((topic.clone(), signed(&forger, device, NOW + i, 666)));
		}
		let changed =
			String::from_utf8(round[3].1.clone()).unwrap().replace("\"value\":3", "\"value\":4");
		round[3].1 = changed.into_bytes();
		for threads in [1, 2] {
			let results = check_round(&round, &devices, &H256::zero(), NOW, threads);
			let bad = results.iter().filter(|r| **r == Err(Refusal::BadSignature)).count();
			assert_eq!(bad, 51, "{threads} threads");
			assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 99);
			assert!(results[3].is_err() && results[4].is_ok(), "each answer in its place");
		}
	}

	#[test]
	fn rates_are_taken_from_what_the_store_keeps_by_the_readings_own_time() {
		let dir = tempfile::tempdir().expect("a dir");
		let store = Store::open(dir.path(), 1_000).expect("opens");
		let device = H256::repeat_byte(1);
		let mut rate = RateLimit::new(1.0, 3.0);
		let raw = |t: u64, v: i64| Raw { timestamp: t, value: v, signature: None };
		let mut take = |device: &DeviceId, raw: &Raw| rate.take(*device, raw.timestamp);
		// A backlog of readings taken a second apart, delivered at once: all kept.
		let backlog: Vec<_> = (0..10).map(|i| (device, raw(NOW + 1_000 * i, 1))).collect();
		let kept = store.insert_many(backlog.clone(), &mut take).unwrap();
		assert!(kept.iter().all(|o| *o == Outcome::Stored), "{kept:?}");
		// Replayed, they are duplicates and spend nothing. The backlog, at its own pace, left
		// two of the three tokens: a sudden burst gets two through.
		let replayed = store.insert_many(backlog, &mut take).unwrap();
		assert!(replayed.iter().all(|o| *o == Outcome::Duplicate));
		let burst: Vec<_> = (0..5).map(|i| (device, raw(NOW + 9_001 + i, 2))).collect();
		let outcomes = store.insert_many(burst, &mut take).unwrap();
		assert_eq!(outcomes.iter().filter(|o| **o == Outcome::Stored).count(), 2);
		assert_eq!(outcomes.iter().filter(|o| **o == Outcome::RateLimited).count(), 3);
		assert_eq!(store.counts().unwrap().waiting, 12);
	}

	#[test]
	fn the_rate_refills() {
		let mut rate = RateLimit::new(10.0, 2.0);
		let device = H256::repeat_byte(1);
		assert!(rate.take(device, NOW));
		assert!(rate.take(device, NOW));
		assert!(!rate.take(device, NOW));
		assert!(rate.take(H256::repeat_byte(2), NOW), "per device");
		assert!(rate.take(device, NOW + 100));
		assert!(!rate.take(device, NOW + 100));
		assert!(!rate.take(device, NOW - 60_000), "an older timestamp refills nothing");
	}
}
