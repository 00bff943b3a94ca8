//! Pins the JSON of the `bonds_*` methods through the real server over a mocked runtime API.

use super::*;
use city_rpc_common::testing::{
	dev::{ALICE, BOB},
	Block, TestClient, BEST,
};
use pallet_bonds::{Holding, Series, Terms};
use serde_json::{json, Value};
use sp_api::ApiError;
use sp_core::ConstU32;
use sp_runtime::{BoundedVec, Perbill};

/// A series' name, bounded as the runtime bounds it.
type Name = BoundedVec<u8, ConstU32<64>>;

/// An older block, when the city's debt was over its ceiling.
const PAST: H256 = H256::repeat_byte(0x11);

/// Series 0: a bridge, active, its coupons paid for two periods of three due.
fn bridge() -> SeriesInfo<Name, Balance, BlockNumber> {
	SeriesInfo {
		id: 0,
		series: Series {
			terms: Terms {
				name: b"Riverside Bridge 2031".to_vec().try_into().expect("within the bound"),
				purpose: H256::repeat_byte(0x7e),
				contract: Some(4),
				face: 10_000_000_000_000_000,
				coupon_rate: Perbill::from_parts(2_500_000),
				coupon_period: 100_800,
				periods: 20,
				units: 5_000,
				subscription_end: 14_400,
				min_units: 2_500,
				resident_units: 1_000,
			},
			state: SeriesState::Active,
			sold: 4_200,
			sold_to_others: 1_500,
			outstanding: 4_200,
			funded_periods: 3,
			coupons_paid: 210_000_000_000_000_000,
			arrears_since: None,
			called: None,
			defaulted_at: None,
		},
		coupon_per_unit: 25_000_000_000_000,
		due_periods: 3,
		maturity: 2_030_400,
	}
}

/// Series 1: water mains, whose name has an invalid byte; in arrears, declared in default,
/// called and closed.
fn water_mains() -> SeriesInfo<Name, Balance, BlockNumber> {
	let mut info = bridge();
	info.id = 1;
	let terms = &mut info.series.terms;
	terms.name = b"Water \xff Mains".to_vec().try_into().expect("within the bound");
	terms.purpose = H256::repeat_byte(0x3c);
	terms.contract = None;
	terms.face = 1_000_000_000_000_000;
	terms.coupon_rate = Perbill::from_percent(1);
	terms.coupon_period = 14_400;
	(terms.periods, terms.units, terms.subscription_end) = (12, 800, 7_200);
	(terms.min_units, terms.resident_units) = (400, 0);
	let series = &mut info.series;
	series.state = SeriesState::Closed;
	(series.sold, series.sold_to_others, series.outstanding) = (800, 800, 0);
	series.funded_periods = 5;
	series.coupons_paid = 48_000_000_000_000_000;
	series.arrears_since = Some(79_200);
	series.called = Some((93_600, 1_020_000_000_000_000));
	series.defaulted_at = Some(86_400);
	(info.coupon_per_unit, info.due_periods, info.maturity) = (10_000_000_000_000, 6, 93_600);
	info
}

/// Series 0's terms again, as series `id` in `state`.
fn bridge_as(id: SeriesId, state: SeriesState) -> SeriesInfo<Name, Balance, BlockNumber> {
	let mut info = bridge();
	info.id = id;
	info.series.state = state;
	info
}

/// Every series: the bridge, the water mains, and the bridge's terms subscribing (2) and
/// cancelled (3).
fn every_series() -> Vec<SeriesInfo<Name, Balance, BlockNumber>> {
	vec![
		bridge(),
		water_mains(),
		bridge_as(2, SeriesState::Subscription),
		bridge_as(3, SeriesState::Cancelled),
	]
}

/// The runtime API over [`every_series`] and Bob's holding; the debt under its ceiling at the
/// best block, over it at [`PAST`], no state anywhere else.
#[derive(Clone)]
struct Api;

sp_api::mock_impl_runtime_apis! {
	impl BondsRuntimeApi<Block, AccountId, Balance, BlockNumber, Name> for Api {
		fn series(id: SeriesId) -> Option<SeriesInfo<Name, Balance, BlockNumber>> {
			every_series().into_iter().find(|info| info.id == id)
		}

		fn all_series() -> Vec<SeriesInfo<Name, Balance, BlockNumber>> {
			every_series()
		}

		fn holdings(who: AccountId) -> Vec<HoldingInfo<AccountId, Balance>> {
			if who != BOB.account() {
				return vec![];
			}
			vec![HoldingInfo {
				series: 0,
				holding: Holding {
					units: 400,
					settled_through: 1,
					owed: 0,
					depositor: ALICE.account(),
					deposit: 10_000_000_000,
				},
				accrued: 20_000_000_000_000_000,
				claimable: 10_000_000_000_000_000,
			}]
		}

		#[advanced]
		fn debt(&self, at: <Block as BlockT>::Hash) -> Result<DebtStatus<Balance>, ApiError> {
			if at == BEST {
				Ok(DebtStatus {
					total: 420_000_000_000_000_000,
					ceiling: 1_000_000_000_000_000_000,
				})
			} else if at == PAST {
				Ok(DebtStatus {
					total: 1_200_000_000_000_000_000,
					ceiling: 1_000_000_000_000_000_000,
				})
			} else {
				Err(ApiError::UnknownBlock("pruned".into()))
			}
		}
	}
}

/// Calls `method` with `params` on the server over [`Api`]; the whole JSON-RPC response.
async fn call(method: &str, params: Value) -> Value {
	city_rpc_common::testing::call(
		&Bonds::<_, Block, Name>::new(TestClient::new(Api)).into_rpc(),
		method,
		params,
	)
	.await
}

/// A successful response carrying `result`.
fn answer(result: Value) -> Value {
	json!({ "jsonrpc": "2.0", "id": 1, "result": result })
}

/// Series 0 as the methods answer it.
fn bridge_json() -> Value {
	json!({
		"id": 0,
		"name": "Riverside Bridge 2031",
		"purpose": "0x7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e",
		"contract": 4,
		"face": "10000000000000000",
		"couponRatePpb": 2500000,
		"couponPerUnit": "25000000000000",
		"couponPeriod": 100800,
		"periods": 20,
		"units": 5000,
		"subscriptionEnd": 14400,
		"minUnits": 2500,
		"residentUnits": 1000,
		"state": "active",
		"sold": 4200,
		"outstanding": 4200,
		"duePeriods": 3,
		"fundedPeriods": 3,
		"couponsPaid": "210000000000000000",
		"maturity": 2030400,
		"arrearsSince": null,
		"callPrice": null,
		"defaultedAt": null
	})
}

/// Series 1 as the methods answer it.
fn water_mains_json() -> Value {
	json!({
		"id": 1,
		"name": "Water \u{fffd} Mains",
		"purpose": "0x3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c",
		"contract": null,
		"face": "1000000000000000",
		"couponRatePpb": 10000000,
		"couponPerUnit": "10000000000000",
		"couponPeriod": 14400,
		"periods": 12,
		"units": 800,
		"subscriptionEnd": 7200,
		"minUnits": 400,
		"residentUnits": 0,
		"state": "closed",
		"sold": 800,
		"outstanding": 0,
		"duePeriods": 6,
		"fundedPeriods": 5,
		"couponsPaid": "48000000000000000",
		"maturity": 93600,
		"arrearsSince": 79200,
		"callPrice": "1020000000000000",
		"defaultedAt": 86400
	})
}

/// Series 0's answer again, as series `id` in `state`.
fn bridge_json_as(id: SeriesId, state: &str) -> Value {
	let mut series = bridge_json();
	series["id"] = json!(id);
	series["state"] = json!(state);
	series
}

#[tokio::test]
async fn series_is_one_series_or_null() {
	assert_eq!(call("bonds_series", json!([0])).await, answer(bridge_json()));
	assert_eq!(call("bonds_series", json!([1, BEST])).await, answer(water_mains_json()));
	assert_eq!(call("bonds_series", json!([99])).await, answer(Value::Null));
}

#[tokio::test]
async fn all_series_names_every_state() {
	assert_eq!(
		call("bonds_allSeries", json!([])).await,
		answer(json!([
			bridge_json(),
			water_mains_json(),
			bridge_json_as(2, "subscription"),
			bridge_json_as(3, "cancelled")
		]))
	);
}

#[tokio::test]
async fn holdings_have_coupons_and_the_depositor() {
	assert_eq!(
		call("bonds_holdings", json!([BOB.address])).await,
		answer(json!([{
			"series": 0,
			"units": 400,
			"accrued": "20000000000000000",
			"claimable": "10000000000000000",
			"depositor": ALICE.address,
			"deposit": "10000000000"
		}]))
	);
	assert_eq!(call("bonds_holdings", json!([ALICE.address])).await, answer(json!([])));
}

#[tokio::test]
async fn debt_has_the_headroom_under_the_ceiling() {
	assert_eq!(
		call("bonds_debt", json!([])).await,
		answer(json!({
			"total": "420000000000000000",
			"ceiling": "1000000000000000000",
			"headroom": "580000000000000000"
		}))
	);
}

#[tokio::test]
async fn debt_at_a_given_block_over_the_ceiling_has_no_headroom() {
	assert_eq!(
		call("bonds_debt", json!([PAST])).await,
		answer(json!({
			"total": "1200000000000000000",
			"ceiling": "1000000000000000000",
			"headroom": "0"
		}))
	);
}

#[tokio::test]
async fn a_failed_runtime_call_says_what_could_not_be_read() {
	assert_eq!(
		call("bonds_debt", json!([H256::repeat_byte(0x22)])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"error": {
				"code": 1,
				"message": "Unable to read the city's debt",
				"data": "Api called for an unknown Block: pruned"
			}
		})
	);
}
