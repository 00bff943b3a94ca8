//! The `vehicles_*` methods' JSON, pinned through the real server over a mocked runtime API.

use super::*;
use city_rpc_common::testing::{
	dev::{ALICE, BOB},
	Block, TestClient,
};
use pallet_vehicle_registry::{Lien, Offer};
use serde_json::{json, Value};
use sp_core::ConstU32;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Ferdie};
use sp_runtime::BoundedVec;

/// The runtime's make/model type, as far as the server knows it.
type Text = BoundedVec<u8, ConstU32<64>>;
/// The runtime's plate type, as far as the server knows it.
type Plate = BoundedVec<u8, ConstU32<10>>;
/// A vehicle's record with them.
type VehicleOf = Vehicle<AccountId, Balance, BlockNumber, Text, Plate>;

/// An earlier block, before the plate's permit was bought.
const OLD: H256 = H256::repeat_byte(0x01);
/// A block whose state is gone: the runtime API fails there.
const PRUNED: H256 = H256::repeat_byte(0x0a);

/// `text` as a bounded vector.
fn bounded<B: TryFrom<Vec<u8>>>(text: &str) -> B {
	match B::try_from(text.as_bytes().to_vec()) {
		Ok(bounded) => bounded,
		Err(_) => panic!("{text} is too long"),
	}
}

/// Vehicle 7: registered, flagged stolen, under a lien, offered for more than 2^64 planck.
fn registered() -> VehicleOf {
	Vehicle {
		vin: bounded("WVWZZZ1JZXW000001"),
		make: bounded("Škoda"),
		model: bounded("Octavia"),
		year: 2021,
		owner: Alice.to_account_id(),
		status: Status::Registered,
		registrations: 2,
		plate: Some(bounded("CITY-42")),
		registered_until: 5_256_000,
		odometer: 48_250,
		odometer_flagged: false,
		stolen: true,
		stolen_by_police: false,
		lien: Some(Lien {
			lender: Bob.to_account_id(),
			reference: H256::repeat_byte(0x1e),
			since: 100,
		}),
		lien_consent: None,
		offer: Some(Offer {
			buyer: Charlie.to_account_id(),
			price: Some(18_446_744_073_709_551_616),
		}),
		deposit: 5_000_000_000_000,
	}
}

/// Vehicle 9: exported, its odometer flagged, offered for nothing.
fn exported() -> VehicleOf {
	Vehicle {
		vin: bounded("1HGCM82633A004352"),
		make: bounded("Honda"),
		model: bounded("Accord"),
		year: 2003,
		owner: Alice.to_account_id(),
		status: Status::Deregistered(DeregistrationReason::Exported),
		registrations: 1,
		plate: None,
		registered_until: 0,
		odometer: 312_000,
		odometer_flagged: true,
		stolen: false,
		stolen_by_police: false,
		lien: None,
		lien_consent: Some(Dave.to_account_id()),
		offer: Some(Offer { buyer: Dave.to_account_id(), price: None }),
		deposit: 0,
	}
}

#[derive(Clone)]
struct MockApi;

sp_api::mock_impl_runtime_apis! {
	impl VehicleRegistryRuntimeApi<Block, AccountId, Balance, BlockNumber, Text, Plate> for MockApi {
		fn by_plate(&self, plate: Vec<u8>) -> Option<(VehicleId, VehicleOf)> {
			(plate == b"CITY-42").then(|| (7, registered()))
		}

		#[advanced]
		fn by_vin(
			&self,
			at: <Block as BlockT>::Hash,
			vin: Vec<u8>,
		) -> Result<Option<(VehicleId, VehicleOf)>, sp_api::ApiError> {
			if at == PRUNED {
				return Err(sp_api::ApiError::UnknownBlock("pruned".into()));
			}
			Ok(if vin == b"WVWZZZ1JZXW000001" {
				Some((7, registered()))
			} else if vin == b"1HGCM82633A004352" {
				Some((9, exported()))
			} else {
				None
			})
		}

		fn vehicles_of(&self, owner: AccountId) -> Vec<(VehicleId, VehicleOf)> {
			if owner == Alice.to_account_id() {
				vec![(7, registered()), (9, exported())]
			} else {
				Vec::new()
			}
		}

		#[advanced]
		fn permits(
			&self,
			at: <Block as BlockT>::Hash,
			plate: Vec<u8>,
		) -> Result<Vec<Permit<BlockNumber>>, sp_api::ApiError> {
			Ok(if plate == b"CITY-42" && at != OLD {
				vec![Permit { zone: 3, from: 1_000, until: 15_400 }]
			} else {
				Vec::new()
			})
		}

		fn open_fines(&self, plate: Vec<u8>) -> Vec<(FineId, Fine<AccountId, Balance, BlockNumber>)> {
			if plate != b"CITY-42" {
				return Vec::new();
			}
			let fine = |amount: Balance,
						offence: u16,
						evidence: u8,
						issued_at: BlockNumber,
						status: FineStatus| Fine {
				vehicle: 7,
				officer: Ferdie.to_account_id(),
				amount,
				offence,
				evidence: H256::repeat_byte(evidence),
				issued_at,
				deadline: issued_at + 100_800,
				status,
			};
			vec![
				(11, fine(9_007_199_254_740_993, 301, 0xe1, 1_000, FineStatus::Open)),
				(
					12,
					fine(
						60_000_000_000_000,
						112,
						0xe2,
						2_000,
						FineStatus::Disputed(H256::repeat_byte(0xf1)),
					),
				),
			]
		}
	}
}

/// The whole JSON-RPC answer to `method` with `params`, from the real server.
async fn call(method: &str, params: Value) -> Value {
	city_rpc_common::testing::call(
		&Vehicles::<_, Block, Text, Plate>::new(TestClient::new(MockApi)).into_rpc(),
		method,
		params,
	)
	.await
}

/// Vehicle 7 as the methods answer it.
fn registered_json() -> Value {
	json!({
		"id": 7,
		"vin": "WVWZZZ1JZXW000001",
		"make": "Škoda",
		"model": "Octavia",
		"year": 2021,
		"owner": ALICE.address,
		"status": "registered",
		"plate": "CITY-42",
		"registeredUntil": 5256000,
		"odometer": 48250,
		"odometerFlagged": false,
		"stolen": true,
		"stolenByPolice": false,
		"registrations": 2,
		"lienHolder": BOB.address,
		"offeredTo": "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y",
		"offerPrice": "18446744073709551616"
	})
}

/// Vehicle 9 as the methods answer it.
fn exported_json() -> Value {
	json!({
		"id": 9,
		"vin": "1HGCM82633A004352",
		"make": "Honda",
		"model": "Accord",
		"year": 2003,
		"owner": ALICE.address,
		"status": "exported",
		"plate": null,
		"registeredUntil": 0,
		"odometer": 312000,
		"odometerFlagged": true,
		"stolen": false,
		"stolenByPolice": false,
		"registrations": 1,
		"lienHolder": null,
		"offeredTo": "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy",
		"offerPrice": null
	})
}

#[tokio::test]
async fn a_vehicle_is_found_by_plate_and_by_vin() {
	assert_eq!(
		call("vehicles_byPlate", json!(["CITY-42"])).await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": registered_json() })
	);
	assert_eq!(
		call("vehicles_byPlate", json!(["CITY-43"])).await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": null })
	);
	assert_eq!(
		call(
			"vehicles_byVin",
			json!([
				"1HGCM82633A004352",
				"0xbebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebe"
			])
		)
		.await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": exported_json() })
	);
}

#[tokio::test]
async fn a_failed_runtime_call_says_what_could_not_be_read() {
	assert_eq!(
		call(
			"vehicles_byVin",
			json!([
				"WVWZZZ1JZXW000001",
				"0x0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a"
			])
		)
		.await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"error": {
				"code": 1,
				"message": "Unable to look the VIN up",
				"data": "Api called for an unknown Block: pruned"
			}
		})
	);
}

#[tokio::test]
async fn an_owner_s_vehicles_are_listed() {
	assert_eq!(
		call("vehicles_of", json!([ALICE.address])).await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": [registered_json(), exported_json()] })
	);
	assert_eq!(
		call("vehicles_of", json!([BOB.address])).await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": [] })
	);
}

#[tokio::test]
async fn a_plate_s_permits_are_read_at_the_block_asked_for() {
	assert_eq!(
		call("vehicles_permits", json!(["CITY-42"])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": [{ "zone": 3, "from": 1000, "until": 15400 }]
		})
	);
	assert_eq!(
		call(
			"vehicles_permits",
			json!([
				"CITY-42",
				"0x0101010101010101010101010101010101010101010101010101010101010101"
			])
		)
		.await,
		json!({ "jsonrpc": "2.0", "id": 1, "result": [] })
	);
}

#[tokio::test]
async fn a_plate_s_open_fines_are_listed_with_their_disputes() {
	assert_eq!(
		call("vehicles_openFines", json!(["CITY-42"])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": [
				{
					"id": 11,
					"amount": "9007199254740993",
					"offence": 301,
					"evidence": "0xe1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1",
					"issuedAt": 1000,
					"deadline": 101800,
					"disputedWith": null
				},
				{
					"id": 12,
					"amount": "60000000000000",
					"offence": 112,
					"evidence": "0xe2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2",
					"issuedAt": 2000,
					"deadline": 102800,
					"disputedWith": "0xf1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1"
				}
			]
		})
	);
}
