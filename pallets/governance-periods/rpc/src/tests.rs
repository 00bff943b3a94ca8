//! Pins the JSON of the `city_*` methods through the real server over a mocked runtime API.

use super::*;
use city_rpc_common::testing::{
	dev::{ALICE, BOB, CHARLIE, DAVE, EVE},
	Block, TestClient, BEST,
};
use serde_json::{json, Value};
use sp_api::ApiError;

/// An older block, from before the chain's blocks were halved to six seconds, when nothing
/// was proposed yet.
const PAST: H256 = H256::repeat_byte(0x11);

/// The blake2-256 hash of the runtime code the council moves to authorize, and the chain
/// authorized.
const CODE: H256 = H256::repeat_byte(0xc0);

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

/// A call of `pallet`'s `function` that installs no code.
fn call_of(pallet: &str, function: &str) -> CallSummary {
	CallSummary { pallet: pallet.into(), function: function.into(), upgrade: None, complete: true }
}

/// `system.authorize_upgrade` of [`CODE`].
fn authorize_upgrade() -> CallSummary {
	CallSummary { upgrade: Some(CODE), ..call_of("System", "authorize_upgrade") }
}

/// The council: Alice, Bob and Charlie (sorted by key, as the chain keeps them), Alice prime;
/// at the best block, a motion to authorize [`CODE`] with two ayes and a nay.
fn council(best: bool) -> Collective<AccountId, BlockNumber> {
	Collective {
		members: vec![BOB.account(), CHARLIE.account(), ALICE.account()],
		prime: best.then(|| ALICE.account()),
		motions: if best {
			vec![Motion {
				index: 4,
				proposal_hash: H256::repeat_byte(0xa4),
				call: Some(authorize_upgrade()),
				threshold: 2,
				ayes: vec![ALICE.account(), BOB.account()],
				nays: vec![CHARLIE.account()],
				end: 172_800,
			}]
		} else {
			vec![]
		},
	}
}

/// The technical committee: Dave and Eve, no prime; at the best block, a motion whose call
/// the chain no longer holds, with Dave's aye.
fn technical_committee(best: bool) -> Collective<AccountId, BlockNumber> {
	Collective {
		members: vec![DAVE.account(), EVE.account()],
		prime: None,
		motions: if best {
			vec![Motion {
				index: 1,
				proposal_hash: H256::repeat_byte(0xb1),
				call: None,
				threshold: 2,
				ayes: vec![DAVE.account()],
				nays: vec![],
				end: 115_200,
			}]
		} else {
			vec![]
		},
	}
}

/// The referenda at the best block: a spend by simple majority with tallies above 2^53, the
/// upgrade brought by the council (super-majority against) and one whose preimage is not on
/// chain yet (super-majority approve), no vote cast.
fn referenda() -> Vec<Referendum<Balance, BlockNumber>> {
	vec![
		Referendum {
			index: 7,
			proposal_hash: H256::repeat_byte(0xd7),
			call: Some(call_of("ReserveFund", "spend")),
			threshold: VoteThreshold::SimpleMajority,
			ayes: 12_345_678_901_234_567_891,
			nays: 9_007_199_254_740_993,
			turnout: 10_000_000_000_000_000_001,
			end: 201_600,
			delay: 28_800,
		},
		Referendum {
			index: 8,
			proposal_hash: H256::repeat_byte(0xd8),
			call: Some(authorize_upgrade()),
			threshold: VoteThreshold::SuperMajorityAgainst,
			ayes: 1_000_000_000_000,
			nays: 0,
			turnout: 1_000_000_000_000,
			end: 216_000,
			delay: 28_800,
		},
		Referendum {
			index: 9,
			proposal_hash: H256::repeat_byte(0xd9),
			call: None,
			threshold: VoteThreshold::SuperMajorityApprove,
			ayes: 0,
			nays: 0,
			turnout: 0,
			end: 302_400,
			delay: 28_800,
		},
	]
}

/// The calls scheduled at the best block: a passed referendum's batch, nested deeper than the
/// runtime reads (so it may hold an upgrade), then a task whose preimage is gone.
fn scheduled() -> Vec<Scheduled<BlockNumber>> {
	vec![
		Scheduled {
			when: 144_000,
			call_hash: H256::repeat_byte(0x5e),
			call: Some(CallSummary { complete: false, ..call_of("Utility", "batch_all") }),
		},
		Scheduled { when: 150_000, call_hash: H256::repeat_byte(0x5f), call: None },
	]
}

/// `best` at the best block, `past` at [`PAST`], and no state anywhere else.
fn by_block<T>(at: H256, best: T, past: T) -> Result<T, ApiError> {
	if at == BEST {
		Ok(best)
	} else if at == PAST {
		Ok(past)
	} else {
		Err(ApiError::UnknownBlock("pruned".into()))
	}
}

/// The runtime API: periods of six-second blocks (14,400 a day) and governance under way at
/// the best block; periods of twelve-second ones (7,200 a day) and nothing proposed at
/// [`PAST`]; no state anywhere else.
#[derive(Clone)]
struct Api;

sp_api::mock_impl_runtime_apis! {
	impl CityGovernanceRuntimeApi<Block> for Api {
		#[advanced]
		fn governance_periods(
			&self,
			at: <Block as BlockT>::Hash,
		) -> Result<GovernancePeriods<BlockNumber>, ApiError> {
			by_block(at, periods(14_400), periods(7_200))
		}

		#[advanced]
		fn council(
			&self,
			at: <Block as BlockT>::Hash,
		) -> Result<Collective<AccountId, BlockNumber>, ApiError> {
			by_block(at, council(true), council(false))
		}

		#[advanced]
		fn technical_committee(
			&self,
			at: <Block as BlockT>::Hash,
		) -> Result<Collective<AccountId, BlockNumber>, ApiError> {
			by_block(at, technical_committee(true), technical_committee(false))
		}

		#[advanced]
		fn referenda(
			&self,
			at: <Block as BlockT>::Hash,
		) -> Result<Vec<Referendum<Balance, BlockNumber>>, ApiError> {
			by_block(at, referenda(), vec![])
		}

		#[advanced]
		fn scheduled(
			&self,
			at: <Block as BlockT>::Hash,
		) -> Result<Vec<Scheduled<BlockNumber>>, ApiError> {
			by_block(at, scheduled(), vec![])
		}

		#[advanced]
		fn authorized_upgrade(
			&self,
			at: <Block as BlockT>::Hash,
		) -> Result<Option<AuthorizedUpgrade>, ApiError> {
			by_block(at, Some(AuthorizedUpgrade { code_hash: CODE, check_version: true }), None)
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

/// A successful response carrying `result`.
fn answer(result: Value) -> Value {
	json!({ "jsonrpc": "2.0", "id": 1, "result": result })
}

/// [`CODE`] as the methods answer it.
const CODE_HEX: &str = "0xc0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0";

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
async fn the_council_has_its_members_prime_and_open_motions_with_who_voted() {
	assert_eq!(
		call("city_council", json!([])).await,
		answer(json!({
			"members": [BOB.address, CHARLIE.address, ALICE.address],
			"prime": ALICE.address,
			"motions": [{
				"index": 4,
				"proposalHash": "0xa4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4a4",
				"call": { "pallet": "System", "function": "authorize_upgrade", "upgrade": CODE_HEX, "complete": true },
				"threshold": 2,
				"ayes": [ALICE.address, BOB.address],
				"nays": [CHARLIE.address],
				"end": 172800
			}]
		}))
	);
}

#[tokio::test]
async fn the_technical_committee_is_its_own_collective() {
	assert_eq!(
		call("city_technicalCommittee", json!([])).await,
		answer(json!({
			"members": [DAVE.address, EVE.address],
			"prime": null,
			"motions": [{
				"index": 1,
				"proposalHash": "0xb1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1",
				"call": null,
				"threshold": 2,
				"ayes": [DAVE.address],
				"nays": [],
				"end": 115200
			}]
		}))
	);
}

#[tokio::test]
async fn referenda_have_tallies_as_decimal_strings_and_thresholds_by_name() {
	assert_eq!(
		call("city_referenda", json!([])).await,
		answer(json!([
			{
				"index": 7,
				"proposalHash": "0xd7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7d7",
				"call": { "pallet": "ReserveFund", "function": "spend", "upgrade": null, "complete": true },
				"threshold": "SimpleMajority",
				"ayes": "12345678901234567891",
				"nays": "9007199254740993",
				"turnout": "10000000000000000001",
				"end": 201600,
				"delay": 28800
			},
			{
				"index": 8,
				"proposalHash": "0xd8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8d8",
				"call": { "pallet": "System", "function": "authorize_upgrade", "upgrade": CODE_HEX, "complete": true },
				"threshold": "SuperMajorityAgainst",
				"ayes": "1000000000000",
				"nays": "0",
				"turnout": "1000000000000",
				"end": 216000,
				"delay": 28800
			},
			{
				"index": 9,
				"proposalHash": "0xd9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9d9",
				"call": null,
				"threshold": "SuperMajorityApprove",
				"ayes": "0",
				"nays": "0",
				"turnout": "0",
				"end": 302400,
				"delay": 28800
			}
		]))
	);
}

#[tokio::test]
async fn scheduled_calls_say_when_and_what() {
	assert_eq!(
		call("city_scheduled", json!([])).await,
		answer(json!([
			{
				"when": 144000,
				"callHash": "0x5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e",
				"call": { "pallet": "Utility", "function": "batch_all", "upgrade": null, "complete": false }
			},
			{
				"when": 150000,
				"callHash": "0x5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f5f",
				"call": null
			}
		]))
	);
}

#[tokio::test]
async fn the_authorized_upgrade_has_its_code_hash() {
	assert_eq!(
		call("city_authorizedUpgrade", json!([])).await,
		answer(json!({ "codeHash": CODE_HEX, "checkVersion": true }))
	);
}

#[tokio::test]
async fn no_authorized_upgrade_is_null() {
	assert_eq!(call("city_authorizedUpgrade", json!([PAST])).await, answer(Value::Null));
}

#[tokio::test]
async fn governance_at_a_given_block_before_anything_was_proposed() {
	assert_eq!(
		call("city_council", json!([PAST])).await,
		answer(
			json!({ "members": [BOB.address, CHARLIE.address, ALICE.address], "prime": null, "motions": [] })
		)
	);
	assert_eq!(
		call("city_technicalCommittee", json!([PAST])).await,
		answer(json!({ "members": [DAVE.address, EVE.address], "prime": null, "motions": [] }))
	);
	assert_eq!(call("city_referenda", json!([PAST])).await, answer(json!([])));
	assert_eq!(call("city_scheduled", json!([PAST])).await, answer(json!([])));
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

#[tokio::test]
async fn every_method_says_what_could_not_be_read() {
	for (method, what) in [
		("city_council", "the council"),
		("city_technicalCommittee", "the technical committee"),
		("city_referenda", "the referenda"),
		("city_scheduled", "the scheduled calls"),
		("city_authorizedUpgrade", "the authorized upgrade"),
	] {
		assert_eq!(
			call(method, json!([H256::repeat_byte(0x22)])).await,
			json!({
				"jsonrpc": "2.0",
				"id": 1,
				"error": {
					"code": 1,
					"message": format!("Unable to read {what}"),
					"data": "Api called for an unknown Block: pruned"
				}
			}),
			"{method}"
		);
	}
}
