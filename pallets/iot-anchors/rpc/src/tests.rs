//! The `iot_*` methods' JSON, pinned through the real server over a mocked runtime API, and
//! the generated client reading it back.

use super::*;
use city_rpc_common::testing::{
	dev::{ALICE, BOB},
	Block, TestClient,
};
use pallet_iot_anchors::Binding;
use serde_json::{json, Value};
use sp_core::{ecdsa, ed25519, sr25519};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};

/// An air-quality sensor in relay mode.
const SENSOR: DeviceId = H256::repeat_byte(0xd1);
/// A meter of another kind, suspended by the city.
const METER: DeviceId = H256::repeat_byte(0xd2);
/// An earlier block, where the sensor's second anchor is not yet kept.
const OLD: H256 = H256::repeat_byte(0x01);
/// A block whose state is gone: the runtime API fails there.
const PRUNED: H256 = H256::repeat_byte(0x0a);

fn sensor_key() -> DeviceKey {
	DeviceKey::Ed25519(ed25519::Public::from_raw([0x11; 32]))
}

fn relay_key() -> DeviceKey {
	DeviceKey::Sr25519(sr25519::Public::from_raw([0x22; 32]))
}

fn meter_key() -> DeviceKey {
	DeviceKey::Ecdsa(ecdsa::Public::from_raw([0x33; 33]))
}

fn sensor() -> Device<AccountId, Balance, BlockNumber> {
	Device {
		key: sensor_key(),
		owner: Alice.to_account_id(),
		kind: DeviceKind::AirQuality,
		location: b"u33dc0".to_vec().try_into().expect("a short geohash"),
		status: DeviceStatus::Active,
		deposit: 12_345_678_901_234_567_890,
		next_sequence: 6,
		last_anchor_at: Some(1_204),
		last_timestamp: 1_700_000_123_456,
		meter_total: None,
		offered_to: None,
		binding: None,
		proposed_consumer: None,
		relay: Some(relay_key()),
	}
}

fn meter() -> Device<AccountId, Balance, BlockNumber> {
	Device {
		key: meter_key(),
		owner: Bob.to_account_id(),
		kind: DeviceKind::Meter(MeterKind::Other(7)),
		location: b"u33db2k".to_vec().try_into().expect("a short geohash"),
		status: DeviceStatus::SuspendedByCity,
		deposit: 2_000_000_000_000,
		next_sequence: 0,
		last_anchor_at: None,
		last_timestamp: 0,
		meter_total: Some(123_456),
		offered_to: Some(Charlie.to_account_id()),
		binding: Some(Binding { consumer: Dave.to_account_id(), since_sequence: 3 }),
		proposed_consumer: Some(Eve.to_account_id()),
		relay: None,
	}
}

/// The sensor's kept anchors: the first signed by its relay, the second by itself.
fn anchors() -> Vec<(u64, AnchorRecord<BlockNumber>)> {
	vec![
		(
			4,
			AnchorRecord {
				root: H256::repeat_byte(0xa0),
				count: 120,
				timestamp: 1_700_000_000_000,
				at: 1_180,
				summary: Some(Summary { min: -40, max: 1_250, mean: 310 }),
				cumulative: None,
				readings_signed_by: Some(sensor_key()),
			},
		),
		(
			5,
			AnchorRecord {
				root: H256::repeat_byte(0xb0),
				count: 1,
				timestamp: 1_700_000_123_456,
				at: 1_204,
				summary: None,
				cumulative: None,
				readings_signed_by: None,
			},
		),
	]
}

#[derive(Clone)]
struct MockApi;

sp_api::mock_impl_runtime_apis! {
	impl IotAnchorsRuntimeApi<Block, AccountId, Balance, BlockNumber> for MockApi {
		#[advanced]
		fn device(
			&self,
			at: <Block as BlockT>::Hash,
			id: DeviceId,
		) -> Result<Option<Device<AccountId, Balance, BlockNumber>>, sp_api::ApiError> {
			if at == PRUNED {
				return Err(sp_api::ApiError::UnknownBlock("pruned".into()));
			}
			Ok(if id == SENSOR {
				Some(sensor())
			} else if id == METER {
				Some(meter())
			} else {
				None
			})
		}

		#[advanced]
		fn anchors(
			&self,
			at: <Block as BlockT>::Hash,
			id: DeviceId,
		) -> Result<Vec<(u64, AnchorRecord<BlockNumber>)>, sp_api::ApiError> {
			let mut kept = if id == SENSOR { anchors() } else { Vec::new() };
			if at == OLD {
				kept.truncate(1);
			}
			Ok(kept)
		}

		fn verify_reading(&self, reading: Reading, proof: Vec<H256>) -> Verdict<BlockNumber> {
			if reading.device != SENSOR {
				Verdict::UnknownDevice
			} else if reading.value == 42 && proof.len() == 1 {
				Verdict::Proven { at: 1_180, timestamp: 1_700_000_000_000, root: H256::repeat_byte(0xa0) }
			} else {
				Verdict::NotProven
			}
		}
	}
}

/// The real server over the mocked runtime API.
fn module() -> jsonrpsee::RpcModule<Iot<TestClient<MockApi>, Block>> {
	Iot::<_, Block>::new(TestClient::new(MockApi)).into_rpc()
}

/// The whole JSON-RPC answer to `method` with `params`.
async fn call(method: &str, params: Value) -> Value {
	city_rpc_common::testing::call(&module(), method, params).await
}

#[tokio::test]
async fn a_device_is_answered_with_every_field() {
	assert_eq!(
		call(
			"iot_device",
			json!(["0xd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1"])
		)
		.await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"id": "0xd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1",
				"scheme": "ed25519",
				"public": "0x1111111111111111111111111111111111111111111111111111111111111111",
				"owner": ALICE.address,
				"kind": "airQuality",
				"location": "u33dc0",
				"status": "active",
				"deposit": "12345678901234567890",
				"nextSequence": 6,
				"lastAnchorAt": 1204,
				"lastTimestamp": 1700000123456u64,
				"meterTotal": null,
				"offeredTo": null,
				"consumer": null,
				"consumerSinceSequence": null,
				"proposedConsumer": null,
				"relay": {
					"scheme": "sr25519",
					"public": "0x2222222222222222222222222222222222222222222222222222222222222222"
				}
			}
		})
	);
	assert_eq!(
		call(
			"iot_device",
			json!([
				"0xd2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2",
				"0xbebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebe"
			])
		)
		.await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"id": "0xd2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2",
				"scheme": "ecdsa",
				"public": "0x333333333333333333333333333333333333333333333333333333333333333333",
				"owner": BOB.address,
				"kind": "meter:other(7)",
				"location": "u33db2k",
				"status": "suspendedByCity",
				"deposit": "2000000000000",
				"nextSequence": 0,
				"lastAnchorAt": null,
				"lastTimestamp": 0,
				"meterTotal": 123456,
				"offeredTo": "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y",
				"consumer": "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy",
				"consumerSinceSequence": 3,
				"proposedConsumer": "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw",
				"relay": null
			}
		})
	);
	assert_eq!(
		call(
			"iot_device",
			json!(["0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"])
		)
		.await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": null })
	);
}

#[tokio::test]
async fn a_failed_runtime_call_says_what_could_not_be_read() {
	assert_eq!(
		call(
			"iot_device",
			json!([
				"0xd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1",
				"0x0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"
			])
		)
		.await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"error": {
				"code": 1,
				"message": "Unable to read the device",
				"data": "Api called for an unknown Block: pruned"
			}
		})
	);
}

#[tokio::test]
async fn anchors_are_answered_oldest_first_at_the_block_asked_for() {
	let first = json!({
		"sequence": 4,
		"root": "0xa0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0",
		"count": 120,
		"timestamp": 1700000000000u64,
		"at": 1180,
		"summary": { "min": -40, "max": 1250, "mean": 310 },
		"cumulative": null,
		"readingsSignedBy": {
			"scheme": "ed25519",
			"public": "0x1111111111111111111111111111111111111111111111111111111111111111"
		}
	});
	let second = json!({
		"sequence": 5,
		"root": "0xb0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0",
		"count": 1,
		"timestamp": 1700000123456u64,
		"at": 1204,
		"summary": null,
		"cumulative": null,
		"readingsSignedBy": null
	});
	assert_eq!(
		call(
			"iot_anchors",
			json!(["0xd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1"])
		)
		.await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": [first.clone(), second] })
	);
	assert_eq!(
		call(
			"iot_anchors",
			json!([
				"0xd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1",
				"0x0101010101010101010101010101010101010101010101010101010101010101"
			])
		)
		.await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": [first] })
	);
	assert_eq!(
		call(
			"iot_anchors",
			json!(["0xd2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2"])
		)
		.await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": [] })
	);
}

#[tokio::test]
async fn a_reading_is_proven_or_named_what_it_is() {
	let reading = |value: i64| {
		json!({
			"device": "0xd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1",
			"sequence": 4,
			"index": 17,
			"timestamp": 1699999990000u64,
			"value": value
		})
	};
	let proof = json!(["0xc0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0"]);
	assert_eq!(
		call("iot_verifyReading", json!([reading(42), proof])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"verdict": "proven",
				"at": 1180,
				"timestamp": 1700000000000u64,
				"root": "0xa0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0"
			}
		})
	);
	assert_eq!(
		call("iot_verifyReading", json!([reading(43), proof])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": { "verdict": "notProven", "at": null, "timestamp": null, "root": null }
		})
	);
}

#[tokio::test]
async fn the_client_reads_back_what_the_server_answers() {
	use jsonrpsee::{server::Server, ws_client::WsClientBuilder};

	let server = Server::builder().build("127.0.0.1:0").await.expect("a port");
	let url = format!("ws://{}", server.local_addr().expect("an address"));
	let _running = server.start(module());
	let client = WsClientBuilder::default().build(&url).await.expect("connected");

	let sensor_json = IotApiClient::<H256>::device(&client, SENSOR, None)
		.await
		.expect("answered")
		.expect("registered");
	assert_eq!(sensor_json, DeviceJson::from((SENSOR, sensor())));
	assert_eq!(sensor_json.key(), Some(sensor_key()));
	assert_eq!(sensor_json.relay.as_ref().and_then(KeyJson::key), Some(relay_key()));
	assert_eq!(sensor_json.device_kind(), Some(DeviceKind::AirQuality));
	assert!(!sensor_json.is_meter());
	assert_eq!(sensor_json.device_status(), Some(DeviceStatus::Active));

	let meter_json = IotApiClient::<H256>::device(&client, METER, None)
		.await
		.expect("answered")
		.expect("registered");
	assert_eq!(meter_json, DeviceJson::from((METER, meter())));
	assert_eq!(meter_json.key(), Some(meter_key()));
	assert_eq!(meter_json.device_kind(), Some(DeviceKind::Meter(MeterKind::Other(7))));
	assert!(meter_json.is_meter());
	assert_eq!(meter_json.device_status(), Some(DeviceStatus::SuspendedByCity));

	let kept = IotApiClient::<H256>::anchors(&client, SENSOR, Some(OLD)).await.expect("answered");
	assert_eq!(kept, anchors().into_iter().take(1).map(AnchorJson::from).collect::<Vec<_>>());
	assert_eq!(kept[0].readings_signed_by.as_ref().and_then(KeyJson::key), Some(sensor_key()));
}

#[test]
fn kinds_are_named_as_the_wire_has_them_and_read_back() {
	let names = [
		(DeviceKind::AirQuality, "airQuality"),
		(DeviceKind::Traffic, "traffic"),
		(DeviceKind::Noise, "noise"),
		(DeviceKind::Weather, "weather"),
		(DeviceKind::Meter(MeterKind::Water), "meter:water"),
		(DeviceKind::Meter(MeterKind::Electricity), "meter:electricity"),
		(DeviceKind::Meter(MeterKind::Gas), "meter:gas"),
		(DeviceKind::Meter(MeterKind::Heat), "meter:heat"),
		(DeviceKind::Meter(MeterKind::Other(7)), "meter:other(7)"),
		(DeviceKind::Other(513), "other:513"),
	];
	for (kind, name) in names {
		assert_eq!(kind_name(kind), name);
		assert_eq!(named_kind(name), Some(kind));
	}
	for unknown in ["meter", "meter:", "meter:other()", "meter:other(x)", "other:", "Traffic"] {
		assert_eq!(named_kind(unknown), None, "{unknown}");
	}
}

#[test]
fn keys_are_named_as_the_wire_has_them_and_read_back() {
	for (key, scheme) in
		[(sensor_key(), "ed25519"), (relay_key(), "sr25519"), (meter_key(), "ecdsa")]
	{
		let json = KeyJson::from(&key);
		assert_eq!(json.scheme, scheme);
		assert_eq!(json.key(), Some(key));
	}
	let key = |scheme: &str, public: &str| KeyJson { scheme: scheme.into(), public: public.into() };
	let eleven = "0x1111111111111111111111111111111111111111111111111111111111111111";
	assert_eq!(key("ed25519", eleven).key(), Some(sensor_key()));
	assert_eq!(key("ed448", eleven).key(), None);
	assert_eq!(key("ed25519", &eleven[2..]).key(), None, "without 0x");
	assert_eq!(key("ed25519", "0x1111").key(), None, "too short");
	assert_eq!(key("ecdsa", eleven).key(), None, "32 bytes for a 33-byte key");
}
