//! Pins the JSON of `reserve_status` through the real server over a mocked runtime API.

use super::*;
use city_rpc_common::testing::{Block, TestClient, BEST};
use serde_json::{json, Value};
use sp_api::ApiError;
use sp_core::H256;
use sp_runtime::Permill;

/// An older block, right after genesis.
const PAST: H256 = H256::repeat_byte(0x11);

/// The fund's account: `PalletId(*b"city/rsv")` as Substrate derives it ("modl" ++ id ++
/// zeros).
fn fund() -> AccountId {
	AccountId::new(sp_core::hex2array!(
		"6d6f646c636974792f7273760000000000000000000000000000000000000000"
	))
}

/// The fund at the best block: bonds and contracts to pay, three budgets in use.
fn status_now() -> FundStatus<AccountId, Balance> {
	FundStatus {
		account: fund(),
		balance: 12_345_678_901_234_567_890,
		obligations: vec![
			(Obligation::BondCoupons, 450_000_000_000_000),
			(Obligation::BondPrincipal, 5_000_000_000_000_000_000),
			(Obligation::Contracts, 1_250_000_000_000_000),
		],
		total_obligations: 5_001_700_000_000_000_000,
		free: 7_343_978_901_234_567_890,
		coverage_ppm: Some(2_468_296),
		reserve_floor: Permill::from_percent(10),
		period: 3,
		budgets: vec![
			(SpendCategory::Payroll, 100_000_000_000_000_000, 42_000_000_000_000_000),
			(SpendCategory::PublicWorks, 200_000_000_000_000_000, 0),
			(SpendCategory::Other(7), 5_000_000_000_000_000, 1_234_567_890_123),
		],
	}
}

/// The fund right after genesis: one CITY, nothing owed, no budget.
fn status_then() -> FundStatus<AccountId, Balance> {
	FundStatus {
		account: fund(),
		balance: 1_000_000_000_000,
		obligations: vec![],
		total_obligations: 0,
		free: 1_000_000_000_000,
		coverage_ppm: None,
		reserve_floor: Permill::from_percent(10),
		period: 0,
		budgets: vec![],
	}
}

/// The runtime API: [`status_now`] at the best block, [`status_then`] at [`PAST`], no state
/// anywhere else.
#[derive(Clone)]
struct Api;

sp_api::mock_impl_runtime_apis! {
	impl ReserveFundRuntimeApi<Block, AccountId, Balance> for Api {
		#[advanced]
		fn status(&self, at: <Block as BlockT>::Hash) -> Result<FundStatus<AccountId, Balance>, ApiError> {
			if at == BEST {
				Ok(status_now())
			} else if at == PAST {
				Ok(status_then())
			} else {
				Err(ApiError::UnknownBlock("pruned".into()))
			}
		}
	}
}

/// Calls `method` with `params` on the server over [`Api`]; the whole JSON-RPC response.
async fn call(method: &str, params: Value) -> Value {
	city_rpc_common::testing::call(
		&Reserve::<_, Block>::new(TestClient::new(Api)).into_rpc(),
		method,
		params,
	)
	.await
}

#[tokio::test]
async fn status_has_amounts_as_decimal_strings() {
	assert_eq!(
		call("reserve_status", json!([])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"account": "5EYCAe5g7vR3D2P5fka8eUueQi2GmMPzmozEPKb82MPgFcVz",
				"balance": "12345678901234567890",
				"obligations": [
					{ "obligation": "BondCoupons", "amount": "450000000000000" },
					{ "obligation": "BondPrincipal", "amount": "5000000000000000000" },
					{ "obligation": "Contracts", "amount": "1250000000000000" }
				],
				"totalObligations": "5001700000000000000",
				"free": "7343978901234567890",
				"coveragePpm": "2468296",
				"reserveFloorPpm": 100000,
				"period": 3,
				"budgets": [
					{ "category": "Payroll", "limit": "100000000000000000", "spent": "42000000000000000" },
					{ "category": "PublicWorks", "limit": "200000000000000000", "spent": "0" },
					{ "category": { "Other": 7 }, "limit": "5000000000000000", "spent": "1234567890123" }
				]
			}
		})
	);
}

#[tokio::test]
async fn status_at_a_given_block() {
	assert_eq!(
		call("reserve_status", json!([PAST])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"account": "5EYCAe5g7vR3D2P5fka8eUueQi2GmMPzmozEPKb82MPgFcVz",
				"balance": "1000000000000",
				"obligations": [],
				"totalObligations": "0",
				"free": "1000000000000",
				"coveragePpm": null,
				"reserveFloorPpm": 100000,
				"period": 0,
				"budgets": []
			}
		})
	);
}

#[tokio::test]
async fn a_failed_runtime_call_says_what_could_not_be_read() {
	assert_eq!(
		call("reserve_status", json!([H256::repeat_byte(0x22)])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"error": {
				"code": 1,
				"message": "Unable to read the reserve fund's status",
				"data": "Api called for an unknown Block: pruned"
			}
		})
	);
}
