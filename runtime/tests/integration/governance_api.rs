//! The governance runtime API (`CityGovernanceApi` version 2) on the real runtime, called as the
//! node calls it: the collectives' open motions with who voted, the referendum with its tally,
//! the passed referendum waiting in the scheduler, and the authorized upgrade, step by step
//! through an upgrade; and proposals the chain cannot read, which show no call and never stop
//! the API.

use crate::{common::*, governance::external_majority_motion};
use city_runtime::{
	genesis_config_presets::DEVELOPMENT_GOVERNANCE_PERIODS,
	governance_views::{MAX_NESTING, MAX_PREIMAGES},
	AccountId, Balance, Block, BlockNumber, Council, Democracy, Preimage, RuntimeCall,
	RuntimeOrigin, System, TechnicalCommittee, CITY,
};
use codec::Encode;
use frame_support::{assert_ok, traits::Bounded, weights::Weight};
use pallet_democracy::{AccountVote, Conviction, Vote, VoteThreshold};
use pallet_governance_periods::{
	runtime_api::runtime_decl_for_city_governance_api::CityGovernanceApiV2,
	views::{AuthorizedUpgrade, CallSummary, Collective, Referendum, Scheduled},
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave};
use sp_runtime::traits::{BlakeTwo256, Hash as _};

type Api = city_runtime::Runtime;

fn council_now() -> Collective<AccountId, BlockNumber> {
	<Api as CityGovernanceApiV2<Block>>::council()
}

fn committee_now() -> Collective<AccountId, BlockNumber> {
	<Api as CityGovernanceApiV2<Block>>::technical_committee()
}

fn referenda_now() -> Vec<Referendum<Balance, BlockNumber>> {
	<Api as CityGovernanceApiV2<Block>>::referenda()
}

fn scheduled_now() -> Vec<Scheduled<BlockNumber>> {
	<Api as CityGovernanceApiV2<Block>>::scheduled()
}

fn authorized_now() -> Option<AuthorizedUpgrade> {
	<Api as CityGovernanceApiV2<Block>>::authorized_upgrade()
}

fn summary(pallet: &str, function: &str, upgrade: Option<H256>) -> Option<CallSummary> {
	Some(CallSummary { pallet: pallet.into(), function: function.into(), upgrade, complete: true })
}

fn sorted(who: &[Sr25519Keyring]) -> Vec<AccountId> {
	let mut accounts: Vec<AccountId> = who.iter().map(|w| account(*w)).collect();
	accounts.sort();
	accounts
}

fn accounts(who: &[Sr25519Keyring]) -> Vec<AccountId> {
	who.iter().map(|w| account(*w)).collect()
}

fn standard(aye: bool, conviction: Conviction, balance: Balance) -> RuntimeCall {
	let vote = AccountVote::Standard { vote: Vote { aye, conviction }, balance };
	pallet_democracy::Call::vote { ref_index: 0, vote }.into()
}

#[test]
fn the_api_follows_an_upgrade_from_the_council_motion_to_the_authorization() {
	dev(|| {
		let code_hash = H256::repeat_byte(0x42);
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		let (motion, proposal_hash) = external_majority_motion(authorize);
		let motion_hash = BlakeTwo256::hash_of(&motion);
		let length = motion.encoded_size() as u32;
		assert_eq!(
			council_now(),
			Collective { members: sorted(&[Alice, Bob, Charlie]), prime: None, motions: vec![] }
		);

		// 1. The council's motion, open: two ayes and a nay, the upgrade seen through the
		// external proposal's preimage.
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(account(Alice)),
			3,
			Box::new(motion),
			length
		));
		for (who, aye) in [(Alice, true), (Bob, true), (Charlie, false)] {
			assert_ok!(Council::vote(RuntimeOrigin::signed(account(who)), motion_hash, 0, aye));
		}
		let council = council_now();
		assert_eq!(council.motions.len(), 1);
		let open = &council.motions[0];
		assert_eq!((open.index, open.proposal_hash, open.threshold), (0, motion_hash, 3));
		assert_eq!(open.call, summary("Democracy", "external_propose_majority", Some(code_hash)));
		assert_eq!(open.ayes, accounts(&[Alice, Bob]));
		assert_eq!(open.nays, accounts(&[Charlie]));
		assert_eq!(
			open.end,
			System::block_number() + DEVELOPMENT_GOVERNANCE_PERIODS.council_motion
		);

		// Charlie changes his mind; the motion closes and leaves the list.
		assert_ok!(Council::vote(RuntimeOrigin::signed(account(Charlie)), motion_hash, 0, true));
		assert_ok!(Council::close(
			RuntimeOrigin::signed(account(Dave)),
			motion_hash,
			0,
			Weight::MAX,
			length
		));
		assert_eq!(council_executed(), vec![Ok(())]);
		assert!(council_now().motions.is_empty());
		assert!(referenda_now().is_empty(), "an external proposal is no referendum yet");

		// 2. The committee's fast-track, open with one aye of two.
		let fast_track = RuntimeCall::Democracy(pallet_democracy::Call::fast_track {
			proposal_hash,
			voting_period: 5,
			delay: 1,
		});
		let fast_track_hash = BlakeTwo256::hash_of(&fast_track);
		let length = fast_track.encoded_size() as u32;
		assert_ok!(TechnicalCommittee::propose(
			RuntimeOrigin::signed(account(Alice)),
			2,
			Box::new(fast_track),
			length
		));
		assert_ok!(TechnicalCommittee::vote(
			RuntimeOrigin::signed(account(Alice)),
			fast_track_hash,
			0,
			true
		));
		let committee = committee_now();
		assert_eq!(committee.members, sorted(&[Alice, Bob]));
		assert_eq!(committee.motions.len(), 1);
		assert_eq!(committee.motions[0].call, summary("Democracy", "fast_track", None));
		assert_eq!(
			(committee.motions[0].ayes.clone(), committee.motions[0].nays.len()),
			(accounts(&[Alice]), 0)
		);
		assert_ok!(TechnicalCommittee::vote(
			RuntimeOrigin::signed(account(Bob)),
			fast_track_hash,
			0,
			true
		));
		assert_ok!(TechnicalCommittee::close(
			RuntimeOrigin::signed(account(Dave)),
			fast_track_hash,
			0,
			Weight::MAX,
			length
		));
		assert!(committee_now().motions.is_empty());

		// 3. The referendum, with its tally as residents vote: conviction weighs the ayes and
		// nays, the turnout counts the funds.
		let end = System::block_number() + 5;
		let expected = |ayes, nays, turnout| Referendum {
			index: 0,
			proposal_hash,
			call: summary("System", "authorize_upgrade", Some(code_hash)),
			threshold: VoteThreshold::SimpleMajority,
			ayes,
			nays,
			turnout,
			end,
			delay: 1,
		};
		assert_eq!(referenda_now(), vec![expected(0, 0, 0)]);
		assert_eq!(send(Alice, standard(true, Conviction::Locked2x, 1_000 * CITY)), Ok(()));
		assert_eq!(send(Bob, standard(false, Conviction::None, 10 * CITY)), Ok(()));
		assert_eq!(referenda_now(), vec![expected(2_000 * CITY, CITY, 1_010 * CITY)]);
		assert!(authorized_now().is_none());

		// 4. Passed, it waits in the scheduler for its enactment a block later.
		run_to_block(end);
		assert!(referenda_now().is_empty());
		let waiting = scheduled_now();
		assert_eq!(waiting.len(), 1, "{waiting:?}");
		assert_eq!(waiting[0].when, end + 1);
		assert_eq!(waiting[0].call_hash, proposal_hash);
		assert_eq!(waiting[0].call, summary("System", "authorize_upgrade", Some(code_hash)));

		// 5. Enacted: the upgrade is authorized, with its version checked.
		run_to_block(end + 1);
		assert_eq!(scheduled_now(), vec![]);
		assert_eq!(authorized_now(), Some(AuthorizedUpgrade { code_hash, check_version: true }));
	});
}

/// `bytes` as a preimage, noted by Alice unless the chain has it already; its bounded form.
fn noted(bytes: Vec<u8>) -> Bounded<RuntimeCall, BlakeTwo256> {
	use frame_support::traits::QueryPreimage;
	let hash = BlakeTwo256::hash(&bytes);
	let len = bytes.len() as u32;
	if <Preimage as QueryPreimage>::len(&hash).is_none() {
		assert_ok!(Preimage::note_preimage(RuntimeOrigin::signed(account(Alice)), bytes));
	}
	Bounded::Lookup { hash, len }
}

/// `democracy.external_propose` of a noted `call`.
fn external(call: RuntimeCall) -> RuntimeCall {
	pallet_democracy::Call::external_propose { proposal: noted(call.encode()) }.into()
}

#[test]
fn a_proposal_the_chain_cannot_read_shows_no_call_and_never_stops_the_api() {
	dev(|| {
		// Garbage noted as a preimage (no pallet has index 0xff), and a preimage nobody noted.
		let garbage = noted(vec![0xff; 64]);
		let missing = Bounded::Lookup { hash: H256::repeat_byte(9), len: 40 };
		for proposal in [garbage.clone(), missing.clone()] {
			Democracy::internal_start_referendum(proposal, VoteThreshold::SimpleMajority, 1);
		}
		let referenda = referenda_now();
		assert_eq!(
			referenda
				.iter()
				.map(|r| (r.index, r.proposal_hash, r.call.clone()))
				.collect::<Vec<_>>(),
			vec![(0, garbage.hash(), None), (1, missing.hash(), None)]
		);
		// One cancelled: only the other is under way.
		Democracy::internal_cancel_referendum(0);
		assert_eq!(referenda_now().iter().map(|r| r.index).collect::<Vec<_>>(), vec![1]);

		// An upgrade hidden behind external proposals is found up to MAX_NESTING preimages
		// deep; deeper, the search stops and says it is not complete, never "no upgrade".
		let code_hash = H256::repeat_byte(0x42);
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		let nested = |levels: u32| {
			let mut call = authorize.clone();
			for _ in 0..levels {
				call = external(call);
			}
			call
		};
		let search = |call: &RuntimeCall| {
			let summary = city_runtime::governance_views::summarize(call);
			(summary.upgrade, summary.complete)
		};
		assert_eq!(search(&nested(MAX_NESTING)), (Some(code_hash), true));
		assert_eq!(search(&nested(MAX_NESTING + 1)), (None, false));

		// A batch of external proposals: at most MAX_PREIMAGES preimages are read, whatever the
		// batch's width, distinct or repeated; past them the search is not complete.
		let remarks = |count: u32| (0..count).map(|i| external(remark_of(i))).collect::<Vec<_>>();
		let wide = |mut calls: Vec<RuntimeCall>| {
			calls.push(external(authorize.clone()));
			batch_all(calls)
		};
		assert_eq!(search(&wide(remarks(MAX_PREIMAGES - 1))), (Some(code_hash), true));
		assert_eq!(search(&wide(remarks(MAX_PREIMAGES))), (None, false));
		let repeated = vec![external(remark_of(0)); 1_000];
		assert_eq!(search(&wide(repeated)), (None, false));
		assert_eq!(search(&batch_all(remarks(MAX_PREIMAGES))), (None, true));
		// A preimage not on chain: not complete either.
		let unknown = pallet_democracy::Call::external_propose {
			proposal: Bounded::Lookup { hash: H256::repeat_byte(7), len: 10 },
		};
		assert_eq!(search(&unknown.into()), (None, false));

		// Set outright (the code's own hash), inside a batch, a wrapper, an if-else or a call
		// scheduled for later; authorized without version checks.
		let code = vec![1u8, 2, 3];
		let set_code = RuntimeCall::System(frame_system::Call::set_code { code: code.clone() });
		assert_eq!(
			search(&batch_all(vec![remark(), set_code])),
			(Some(BlakeTwo256::hash(&code)), true)
		);
		let unchecked =
			RuntimeCall::System(frame_system::Call::authorize_upgrade_without_checks { code_hash });
		let wrapped = [
			pallet_utility::Call::if_else {
				main: Box::new(remark()),
				fallback: Box::new(unchecked.clone()),
			}
			.into(),
			pallet_utility::Call::with_weight {
				call: Box::new(unchecked.clone()),
				weight: Weight::zero(),
			}
			.into(),
			pallet_scheduler::Call::schedule_after {
				after: 10,
				maybe_periodic: None,
				priority: 0,
				call: Box::new(unchecked),
			}
			.into(),
		];
		for call in wrapped {
			assert_eq!(search(&call), (Some(code_hash), true), "{call:?}");
		}
		assert_eq!(search(&batch_all(vec![remark()])), (None, true));
	});
}

/// A remark, distinct for each `i`.
fn remark_of(i: u32) -> RuntimeCall {
	frame_system::Call::remark { remark: i.encode() }.into()
}

fn remark() -> RuntimeCall {
	frame_system::Call::remark { remark: vec![1] }.into()
}
