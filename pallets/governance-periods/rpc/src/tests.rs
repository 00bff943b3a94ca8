//! Pins the JSON of `city_governancePeriods` through the real server over a mocked runtime API.

use super::*;
use city_rpc_common::testing::{Block, TestClient, BEST};
use serde_json::{json, Value};
use sp_api::ApiError;
use sp_core::H256;

/// An older block, from before the chain's blocks were halved to six seconds.
const PAST: H256 = H256::repeat_byte(0x11);

/// The runtime's periods on a chain of `day` blocks a day: a week to vote, two days before
/// enactment, three hours for a fast-tracked vote, an hour at least, ...
fn periods(day: BlockNumber) -> GovernancePeriods<BlockNumber> {
	let (week, hour) = (7 * day, day / 24);
	GovernancePeriods {
		launch: week,
		voting: week,
		fast_track_voting: 3 * hour,
		minimum_voting: hour,
		enactment: 2 * day,
		vote_locking: week,
		cooloff: week,
		council_motion: 5 * day,
		technical_motion: 2 * day,
	}
}

/// The runtime API: periods of six-second blocks (14,400 a day) at the best block, of
/// twelve-second ones (7,200 a day) at [`PAST`], and no state anywhere else.
#[derive(Clone)]
struct Api;

sp_api::mock_impl_runtime_apis! {
	impl CityGovernanceRuntimeApi<Block> for Api {
		#[advanced]
		fn governance_periods(
			&self,
			at: <Block as BlockT>::Hash,
		) -> Result<GovernancePeriods<BlockNumber>, ApiError> {
			if at == BEST {
				Ok(periods(14_400))
			} else if at == PAST {
				Ok(periods(7_200))
			} else {
				Err(ApiError::UnknownBlock("pruned".into()))
			}
		}
	}
}

/// Calls `method` with `params` on the server over [`Api`]; the whole JSON-RPC response.
async fn call(method: &str, params: Value) -> Value {
	city_rpc_common::testing::call(
		&Governance::<_, Block>::new(TestClient::new(Api)).into_rpc(),
		method,
		params,
	)
	.await
}

#[tokio::test]
async fn governance_periods_are_block_counts_by_name() {
	assert_eq!(
		call("city_governancePeriods", json!([])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"launch": 100800,
				"voting": 100800,
				"fastTrackVoting": 1800,
				"minimumVoting": 600,
				"enactment": 28800,
				"voteLocking": 100800,
				"cooloff": 100800,
				"councilMotion": 72000,
				"technicalMotion": 28800
			}
		})
	);
}

#[tokio::test]
async fn governance_periods_at_a_given_block() {
	assert_eq!(
		call("city_governancePeriods", json!([PAST])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"launch": 50400,
				"voting": 50400,
				"fastTrackVoting": 900,
				"minimumVoting": 300,
				"enactment": 14400,
				"voteLocking": 50400,
				"cooloff": 50400,
				"councilMotion": 36000,
				"technicalMotion": 14400
			}
		})
	);
}

#[tokio::test]
async fn a_failed_runtime_call_says_what_could_not_be_read() {
	assert_eq!(
		call("city_governancePeriods", json!([H256::repeat_byte(0x22)])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"error": {
				"code": 1,
				"message": "Unable to read the governance periods",
				"data": "Api called for an unknown Block: pruned"
			}
		})
	);
}
