//! Pins the JSON of `validators_status` through the real server over a mocked runtime API.

use super::*;
use city_rpc_common::testing::{
	dev::{ALICE, BOB, CHARLIE, DAVE, EVE, FERDIE},
	Block, TestClient, BEST,
};
use serde_json::{json, Value};
use sp_api::ApiError;
use sp_core::H256;

/// An older block, the chain's genesis.
const PAST: H256 = H256::repeat_byte(0x11);

/// A later block, after the council raised the reward to 2^53 + 1 planck.
const GENEROUS: H256 = H256::repeat_byte(0x33);

/// A validator of the council's set and of the session under way, its keys registered.
fn validator(
	account: AccountId,
	blocks_this_session: u32,
	sessions_without_blocks: u32,
) -> ValidatorStatus<AccountId> {
	ValidatorStatus {
		account,
		in_set: true,
		in_session: true,
		keys_registered: true,
		blocks_this_session,
		sessions_without_blocks,
	}
}

/// The set at the best block, in session 42 of 600 blocks: four validators since genesis
/// (Charlie silent for three sessions), Eve added and Ferdie removed, both from the session
/// after next; 25 CITY a session.
fn status_now() -> SetStatus<AccountId, Balance, BlockNumber> {
	SetStatus {
		validators: vec![
			validator(ALICE.account(), 37, 0),
			validator(BOB.account(), 41, 0),
			validator(CHARLIE.account(), 0, 3),
			validator(DAVE.account(), 22, 0),
			ValidatorStatus { in_session: false, ..validator(EVE.account(), 0, 0) },
			ValidatorStatus { in_set: false, ..validator(FERDIE.account(), 19, 0) },
		],
		session: 42,
		session_length: 600,
		change_pending: true,
		reward_per_session: 25_000_000_000_000,
		offline_threshold: 3,
		min_validators: 4,
		max_validators: 32,
	}
}

/// The set at genesis: the four validators of the chain spec, one CITY a session.
fn status_then() -> SetStatus<AccountId, Balance, BlockNumber> {
	SetStatus {
		validators: vec![
			validator(ALICE.account(), 0, 0),
			validator(BOB.account(), 0, 0),
			validator(CHARLIE.account(), 0, 0),
			validator(DAVE.account(), 0, 0),
		],
		session: 0,
		session_length: 600,
		change_pending: false,
		reward_per_session: 1_000_000_000_000,
		offline_threshold: 3,
		min_validators: 4,
		max_validators: 32,
	}
}

/// The runtime API: [`status_now`] at the best block, [`status_then`] at [`PAST`], the best
/// block's set with a reward of 2^53 + 1 at [`GENEROUS`], no state anywhere else.
#[derive(Clone)]
struct Api;

sp_api::mock_impl_runtime_apis! {
	impl ValidatorSetRuntimeApi<Block, AccountId, Balance, BlockNumber> for Api {
		#[advanced]
		fn status(
			&self,
			at: <Block as BlockT>::Hash,
		) -> Result<SetStatus<AccountId, Balance, BlockNumber>, ApiError> {
			if at == BEST {
				Ok(status_now())
			} else if at == PAST {
				Ok(status_then())
			} else if at == GENEROUS {
				Ok(SetStatus { reward_per_session: 9_007_199_254_740_993, ..status_now() })
			} else {
				Err(ApiError::UnknownBlock("pruned".into()))
			}
		}
	}
}

/// Calls `method` with `params` on the server over [`Api`]; the whole JSON-RPC response.
async fn call(method: &str, params: Value) -> Value {
	city_rpc_common::testing::call(
		&Validators::<_, Block>::new(TestClient::new(Api)).into_rpc(),
		method,
		params,
	)
	.await
}

#[tokio::test]
async fn status_has_every_validator_and_the_session() {
	assert_eq!(
		call("validators_status", json!([])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"validators": [
					{
						"account": ALICE.address,
						"inSet": true,
						"inSession": true,
						"keysRegistered": true,
						"blocksThisSession": 37,
						"sessionsWithoutBlocks": 0
					},
					{
						"account": BOB.address,
						"inSet": true,
						"inSession": true,
						"keysRegistered": true,
						"blocksThisSession": 41,
						"sessionsWithoutBlocks": 0
					},
					{
						"account": CHARLIE.address,
						"inSet": true,
						"inSession": true,
						"keysRegistered": true,
						"blocksThisSession": 0,
						"sessionsWithoutBlocks": 3
					},
					{
						"account": DAVE.address,
						"inSet": true,
						"inSession": true,
						"keysRegistered": true,
						"blocksThisSession": 22,
						"sessionsWithoutBlocks": 0
					},
					{
						"account": EVE.address,
						"inSet": true,
						"inSession": false,
						"keysRegistered": true,
						"blocksThisSession": 0,
						"sessionsWithoutBlocks": 0
					},
					{
						"account": FERDIE.address,
						"inSet": false,
						"inSession": true,
						"keysRegistered": true,
						"blocksThisSession": 19,
						"sessionsWithoutBlocks": 0
					}
				],
				"session": 42,
				"sessionLength": 600,
				"changePending": true,
				"rewardPerSession": "25000000000000",
				"offlineThreshold": 3,
				"minValidators": 4,
				"maxValidators": 32
			}
		})
	);
}

#[tokio::test]
async fn status_at_a_given_block() {
	let validator = |account: &str| {
		json!({
			"account": account,
			"inSet": true,
			"inSession": true,
			"keysRegistered": true,
			"blocksThisSession": 0,
			"sessionsWithoutBlocks": 0
		})
	};
	assert_eq!(
		call("validators_status", json!([PAST])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"result": {
				"validators": [
					validator(ALICE.address),
					validator(BOB.address),
					validator(CHARLIE.address),
					validator(DAVE.address)
				],
				"session": 0,
				"sessionLength": 600,
				"changePending": false,
				"rewardPerSession": "1000000000000",
				"offlineThreshold": 3,
				"minValidators": 4,
				"maxValidators": 32
			}
		})
	);
}

#[tokio::test]
async fn a_reward_beyond_json_precision_stays_exact() {
	// 2^53 + 1: a JSON number would read as 2^53.
	assert_eq!(
		call("validators_status", json!([GENEROUS])).await["result"]["rewardPerSession"],
		json!("9007199254740993")
	);
}

#[tokio::test]
async fn a_failed_runtime_call_says_what_could_not_be_read() {
	assert_eq!(
		call("validators_status", json!([H256::repeat_byte(0x22)])).await,
		json!({
			"jsonrpc": "2.0",
			"id": 1,
			"error": {
				"code": 1,
				"message": "Unable to read the validator set's status",
				"data": "Api called for an unknown Block: pruned"
			}
		})
	);
}
