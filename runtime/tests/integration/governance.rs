//! Governance on the real runtime: every named origin's threshold, the democracy wiring, and
//! the whole runtime-upgrade path driven block by block on the development chain.

use crate::common::*;
use city_runtime::{
	configs::*, AccountId, Council, Democracy, Preimage, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, System, TechnicalCommittee, CITY,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{Bounded, EnsureOrigin, StorePreimage},
	weights::Weight,
};
use pallet_democracy::{AccountVote, Conviction, Vote};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave};
use sp_runtime::{traits::Hash as _, DispatchError};

fn council(yes: u32, of: u32) -> RuntimeOrigin {
	pallet_collective::RawOrigin::<AccountId, CouncilCollective>::Members(yes, of).into()
}

fn technical(yes: u32, of: u32) -> RuntimeOrigin {
	pallet_collective::RawOrigin::<AccountId, TechnicalCollective>::Members(yes, of).into()
}

fn passes<O: EnsureOrigin<RuntimeOrigin>>(origin: RuntimeOrigin) -> bool {
	O::try_origin(origin).is_ok()
}

#[test]
fn council_origins_hold_their_thresholds() {
	dev(|| {
		// More than half.
		assert!(passes::<CouncilMajority>(council(2, 3)));
		assert!(passes::<CouncilMajority>(council(3, 5)));
		assert!(!passes::<CouncilMajority>(council(1, 2)));
		assert!(!passes::<CouncilMajority>(council(2, 4)));
		// At least half.
		assert!(passes::<CouncilAtLeastHalf>(council(1, 2)));
		assert!(passes::<CouncilAtLeastHalf>(council(2, 3)));
		assert!(!passes::<CouncilAtLeastHalf>(council(2, 5)));
		// At least two thirds.
		assert!(passes::<CouncilTwoThirds>(council(2, 3)));
		assert!(passes::<CouncilTwoThirds>(council(4, 6)));
		assert!(!passes::<CouncilTwoThirds>(council(3, 5)));
		assert!(!passes::<CouncilTwoThirds>(council(1, 2)));
		// At least three quarters.
		assert!(passes::<CouncilThreeQuarters>(council(3, 4)));
		assert!(passes::<CouncilThreeQuarters>(council(3, 3)));
		assert!(!passes::<CouncilThreeQuarters>(council(2, 3)));
		assert!(!passes::<CouncilThreeQuarters>(council(5, 7)));
		// All.
		assert!(passes::<CouncilUnanimous>(council(3, 3)));
		assert!(!passes::<CouncilUnanimous>(council(2, 3)));
		assert!(!passes::<CouncilUnanimous>(council(20, 21)));
	});
}

#[test]
fn technical_committee_origins_hold_their_thresholds() {
	dev(|| {
		assert!(passes::<TechnicalCommitteeMajority>(technical(2, 3)));
		assert!(!passes::<TechnicalCommitteeMajority>(technical(1, 2)));
		assert!(passes::<TechnicalCommitteeTwoThirds>(technical(2, 3)));
		assert!(passes::<TechnicalCommitteeTwoThirds>(technical(2, 2)));
		assert!(!passes::<TechnicalCommitteeTwoThirds>(technical(1, 2)));
		assert!(passes::<TechnicalCommitteeUnanimous>(technical(2, 2)));
		assert!(!passes::<TechnicalCommitteeUnanimous>(technical(1, 2)));
		let member: RuntimeOrigin =
			pallet_collective::RawOrigin::<AccountId, TechnicalCollective>::Member(account(Alice))
				.into();
		assert_eq!(TechnicalCommitteeMember::try_origin(member).ok(), Some(account(Alice)));
		assert!(!passes::<TechnicalCommitteeMember>(technical(2, 2)));
	});
}

#[test]
fn collective_origins_do_not_mix_and_nobody_else_passes() {
	dev(|| {
		// The technical committee is not the council, and the council not the committee.
		assert!(!passes::<CouncilMajority>(technical(2, 2)));
		assert!(!passes::<TechnicalCommitteeUnanimous>(council(3, 3)));
		// A signed account, however rich, and Root are not a collective.
		for origin in [RuntimeOrigin::signed(account(Alice)), RuntimeOrigin::root()] {
			assert!(!passes::<CouncilMajority>(origin.clone()));
			assert!(!passes::<CouncilUnanimous>(origin.clone()));
			assert!(!passes::<TechnicalCommitteeTwoThirds>(origin.clone()));
			assert!(!passes::<TechnicalCommitteeMember>(origin));
		}
		// `RootOr` adds Root and only Root.
		assert!(passes::<RootOr<CouncilMajority>>(RuntimeOrigin::root()));
		assert!(passes::<RootOr<CouncilMajority>>(council(2, 3)));
		assert!(!passes::<RootOr<CouncilMajority>>(council(1, 3)));
		assert!(!passes::<RootOr<CouncilMajority>>(RuntimeOrigin::signed(account(Alice))));
	});
}

#[test]
fn democracy_is_wired_like_the_kitchensink_node() {
	type D = Runtime;
	dev(|| {
		use pallet_democracy::Config;
		// Council brings external proposals: half, three quarters, all.
		assert!(passes::<<D as Config>::ExternalOrigin>(council(2, 4)));
		assert!(!passes::<<D as Config>::ExternalOrigin>(council(1, 3)));
		assert!(passes::<<D as Config>::ExternalMajorityOrigin>(council(3, 4)));
		assert!(!passes::<<D as Config>::ExternalMajorityOrigin>(council(2, 3)));
		assert!(passes::<<D as Config>::ExternalDefaultOrigin>(council(3, 3)));
		assert!(!passes::<<D as Config>::ExternalDefaultOrigin>(council(2, 3)));
		// The technical committee fast-tracks (2/3), instantly only when unanimous, and any
		// one member vetoes.
		assert!(passes::<<D as Config>::FastTrackOrigin>(technical(2, 3)));
		assert!(!passes::<<D as Config>::FastTrackOrigin>(technical(1, 2)));
		assert!(!passes::<<D as Config>::FastTrackOrigin>(council(3, 3)));
		// Instantly only with every member of a committee of three or more.
		assert!(passes::<<D as Config>::InstantOrigin>(technical(3, 3)));
		assert!(passes::<<D as Config>::InstantOrigin>(technical(5, 5)));
		assert!(!passes::<<D as Config>::InstantOrigin>(technical(2, 2)));
		assert!(!passes::<<D as Config>::InstantOrigin>(technical(1, 1)));
		assert!(!passes::<<D as Config>::InstantOrigin>(technical(2, 3)));
		assert!(!passes::<<D as Config>::InstantOrigin>(council(3, 3)));
		let member: RuntimeOrigin =
			pallet_collective::RawOrigin::<AccountId, TechnicalCollective>::Member(account(Bob))
				.into();
		assert!(passes::<<D as Config>::VetoOrigin>(member));
		// Council two thirds cancels a referendum.
		assert!(passes::<<D as Config>::CancellationOrigin>(council(2, 3)));
		assert!(!passes::<<D as Config>::CancellationOrigin>(council(1, 2)));
		// Blacklisting is Root's; cancelling a public proposal Root's or the whole committee's.
		assert!(passes::<<D as Config>::BlacklistOrigin>(RuntimeOrigin::root()));
		assert!(!passes::<<D as Config>::BlacklistOrigin>(council(3, 3)));
		assert!(passes::<<D as Config>::CancelProposalOrigin>(technical(2, 2)));
		assert!(!passes::<<D as Config>::CancelProposalOrigin>(technical(1, 2)));
		// Any signed account may make a public proposal.
		assert!(passes::<<D as Config>::SubmitOrigin>(RuntimeOrigin::signed(account(Dave))));
	});
}

#[test]
fn membership_changes_need_a_referendum_or_the_council() {
	dev(|| {
		use pallet_membership::Config;
		type CouncilMembers = <Runtime as Config<CouncilCollective>>::AddOrigin;
		type TechnicalMembers = <Runtime as Config<TechnicalCollective>>::AddOrigin;
		assert!(passes::<CouncilMembers>(RuntimeOrigin::root()));
		// The council cannot co-opt its own members.
		assert!(!passes::<CouncilMembers>(council(3, 3)));
		assert!(passes::<TechnicalMembers>(RuntimeOrigin::root()));
		// The committee changes by Root or by itself, never by the council.
		assert!(!passes::<TechnicalMembers>(council(2, 3)));
		assert!(!passes::<TechnicalMembers>(council(3, 3)));
		assert!(passes::<TechnicalMembers>(technical(2, 3)));
		assert!(!passes::<TechnicalMembers>(technical(1, 2)));
		assert!(!passes::<TechnicalMembers>(RuntimeOrigin::signed(account(Alice))));
		type TechnicalReset = <Runtime as Config<TechnicalCollective>>::ResetOrigin;
		assert!(passes::<TechnicalReset>(RuntimeOrigin::root()));
		assert!(!passes::<TechnicalReset>(technical(3, 3)));
	});
}

#[test]
fn there_is_no_sudo_a_signed_account_cannot_reach_root() {
	dev(|| {
		let code_hash = sp_runtime::traits::BlakeTwo256::hash(b"any code");
		assert_noop!(
			frame_system::Pallet::<Runtime>::authorize_upgrade(
				RuntimeOrigin::signed(account(Alice)),
				code_hash
			),
			DispatchError::BadOrigin
		);
		let names: Vec<&str> = <city_runtime::AllPalletsWithSystem as frame_support::traits::PalletsInfoAccess>::infos()
			.into_iter()
			.map(|p| p.name)
			.collect();
		assert!(!names.contains(&"Sudo"), "no Sudo pallet: {names:?}");
	});
}

/// `democracy.external_propose_majority` of `call`, as a preimage noted by Alice.
pub fn external_majority_motion(call: RuntimeCall) -> (RuntimeCall, sp_core::H256) {
	let encoded = call.encode();
	let hash = sp_runtime::traits::BlakeTwo256::hash(&encoded);
	assert_ok!(Preimage::note_preimage(RuntimeOrigin::signed(account(Alice)), encoded.clone()));
	let proposal = Bounded::Lookup { hash, len: encoded.len() as u32 };
	(RuntimeCall::Democracy(pallet_democracy::Call::external_propose_majority { proposal }), hash)
}

/// The code hash whose upgrade is authorized, read from `System::AuthorizedUpgrade` by its
/// storage key, as a client would.
fn authorized_upgrade() -> Option<sp_core::H256> {
	let key = [sp_io::hashing::twox_128(b"System"), sp_io::hashing::twox_128(b"AuthorizedUpgrade")]
		.concat();
	frame_support::storage::unhashed::get::<frame_system::CodeUpgradeAuthorization<Runtime>>(&key)
		.map(|authorization| *authorization.code_hash())
}

pub fn aye(balance: u128) -> AccountVote<u128> {
	AccountVote::Standard { vote: Vote { aye: true, conviction: Conviction::Locked1x }, balance }
}

#[test]
fn the_council_the_committee_and_residents_upgrade_the_runtime() {
	dev(|| {
		let old_code = current_runtime_code();
		let new_code = next_runtime_code();
		let new_spec_version = city_runtime::VERSION.spec_version + 1;
		assert_eq!(city_runtime_next::VERSION.spec_version, new_spec_version);
		assert_eq!(spec_version_of(&old_code), city_runtime::VERSION.spec_version);
		assert_eq!(spec_version_of(&new_code), new_spec_version);
		let code_hash = sp_runtime::traits::BlakeTwo256::hash(&new_code);

		// 1. A council motion: all three members bring the external proposal.
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade { code_hash });
		let (motion, proposal_hash) = external_majority_motion(authorize);
		council_motion(motion, 3, &[Alice, Bob, Charlie]);
		assert_eq!(council_executed(), vec![Ok(())]);
		assert!(pallet_democracy::NextExternal::<Runtime>::get().is_some());

		// 2. The technical committee fast-tracks it (2 of 2, five-block vote, enacted one
		// block after).
		let voting_period = 5;
		technical_motion(
			RuntimeCall::Democracy(pallet_democracy::Call::fast_track {
				proposal_hash,
				voting_period,
				delay: 1,
			}),
			2,
			&[Alice, Bob],
		);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Democracy(pallet_democracy::Event::Started { ref_index: 0, .. })
		)));

		// 3. Residents vote for it, with signed transactions as their wallets send them.
		for who in [Alice, Bob, Charlie] {
			let vote = RuntimeCall::Democracy(pallet_democracy::Call::vote {
				ref_index: 0,
				vote: aye(1_000 * CITY),
			});
			assert_eq!(apply(signed_extrinsic(who, vote, 0)), Ok(Ok(())));
		}

		// 4. It passes at the end of the vote; the scheduler dispatches it as Root.
		let end = System::block_number() + voting_period;
		run_to_block(end);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Democracy(pallet_democracy::Event::Passed { ref_index: 0 })
		)));
		assert!(authorized_upgrade().is_none());
		run_to_block(end + 1);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Scheduler(pallet_scheduler::Event::Dispatched { result: Ok(()), .. })
		)));
		assert_eq!(authorized_upgrade(), Some(code_hash));

		// 5. Someone outside every body supplies the code; the chain takes it.
		assert_noop!(
			frame_system::Pallet::<Runtime>::apply_authorized_upgrade(
				RuntimeOrigin::signed(account(Dave)),
				old_code.clone()
			),
			frame_system::Error::<Runtime>::Unauthorized
		);
		assert_ok!(frame_system::Pallet::<Runtime>::apply_authorized_upgrade(
			RuntimeOrigin::signed(account(Dave)),
			new_code.clone()
		));
		assert!(events()
			.iter()
			.any(|e| matches!(e, RuntimeEvent::System(frame_system::Event::CodeUpdated { .. }))));
		let stored = sp_io::storage::get(sp_core::storage::well_known_keys::CODE)
			.expect("the chain has code");
		assert_eq!(&stored[..], &new_code[..]);
		assert_eq!(spec_version_of(&stored), new_spec_version);
		assert!(authorized_upgrade().is_none());

		// The chain goes on.
		run_to_block(end + 3);
	});
}

#[test]
fn a_council_motion_below_its_threshold_does_not_bring_the_proposal() {
	dev(|| {
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade {
			code_hash: Default::default(),
		});

		// Two of three is less than the three quarters `external_propose_majority` needs: the
		// motion executes, but with an origin that the proposal refuses.
		let (motion, _) = external_majority_motion(authorize.clone());
		council_motion(motion, 2, &[Alice, Bob]);
		assert_eq!(council_executed(), vec![Err(DispatchError::BadOrigin)]);
		assert!(pallet_democracy::NextExternal::<Runtime>::get().is_none());

		// A motion asking for three ayes that gets two stays open and, closed after its
		// voting period, is disapproved.
		System::reset_events();
		let motion = RuntimeCall::Democracy(pallet_democracy::Call::external_propose_majority {
			proposal: <Preimage as StorePreimage>::bound(authorize).expect("bounded"),
		});
		let length = motion.encoded_size() as u32;
		let hash = sp_runtime::traits::BlakeTwo256::hash_of(&motion);
		let index = pallet_collective::ProposalCount::<Runtime, CouncilCollective>::get();
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(account(Alice)),
			3,
			Box::new(motion),
			length
		));
		for who in [Alice, Bob] {
			assert_ok!(Council::vote(RuntimeOrigin::signed(account(who)), hash, index, true));
		}
		assert_noop!(
			Council::close(RuntimeOrigin::signed(account(Dave)), hash, index, Weight::MAX, length),
			pallet_collective::Error::<Runtime, CouncilCollective>::TooEarly
		);
		let motion_end = System::block_number()
			+ pallet_governance_periods::Pallet::<Runtime>::periods().council_motion;
		run_to_block(motion_end + 1);
		assert_ok!(Council::close(
			RuntimeOrigin::signed(account(Dave)),
			hash,
			index,
			Weight::MAX,
			length
		));
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Council(pallet_collective::Event::Disapproved { .. })
		)));
		assert!(council_executed().is_empty());
		assert!(pallet_democracy::NextExternal::<Runtime>::get().is_none());
	});
}

#[test]
fn a_non_member_cannot_propose_vote_or_fast_track() {
	dev(|| {
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade {
			code_hash: Default::default(),
		});
		let proposal = <Preimage as StorePreimage>::bound(authorize).expect("bounded");
		let motion = RuntimeCall::Democracy(pallet_democracy::Call::external_propose_majority {
			proposal: proposal.clone(),
		});
		let length = motion.encoded_size() as u32;

		// Dave sits on no body.
		assert_noop!(
			Council::propose(
				RuntimeOrigin::signed(account(Dave)),
				1,
				Box::new(motion.clone()),
				length
			),
			pallet_collective::Error::<Runtime, CouncilCollective>::NotMember
		);
		assert_noop!(
			TechnicalCommittee::propose(
				RuntimeOrigin::signed(account(Dave)),
				1,
				Box::new(motion.clone()),
				length
			),
			pallet_collective::Error::<Runtime, TechnicalCollective>::NotMember
		);
		assert_noop!(
			Democracy::external_propose_majority(RuntimeOrigin::signed(account(Dave)), proposal),
			DispatchError::BadOrigin
		);
		// Charlie is on the council but not the technical committee.
		let hash = sp_runtime::traits::BlakeTwo256::hash_of(&motion);
		assert_ok!(Council::propose(
			RuntimeOrigin::signed(account(Alice)),
			3,
			Box::new(motion),
			length
		));
		assert_noop!(
			Council::vote(RuntimeOrigin::signed(account(Dave)), hash, 0, true),
			pallet_collective::Error::<Runtime, CouncilCollective>::NotMember
		);
		assert_noop!(
			Democracy::fast_track(RuntimeOrigin::signed(account(Charlie)), hash, 5, 1),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_fast_track_shorter_than_the_minimum_needs_the_whole_committee() {
	dev(|| {
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade {
			code_hash: Default::default(),
		});
		let (motion, proposal_hash) = external_majority_motion(authorize);
		council_motion(motion, 3, &[Alice, Bob, Charlie]);
		let minimum = pallet_governance_periods::Pallet::<Runtime>::periods().fast_track_voting;
		let instant = RuntimeCall::Democracy(pallet_democracy::Call::fast_track {
			proposal_hash,
			voting_period: minimum - 1,
			delay: 1,
		});
		// One of two members: executed at once (threshold 1), refused by the instant origin.
		technical_motion(instant.clone(), 1, &[]);
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::TechnicalCommittee(pallet_collective::Event::Executed {
				result: Err(DispatchError::BadOrigin),
				..
			})
		)));
		assert_eq!(pallet_democracy::ReferendumCount::<Runtime>::get(), 0);
		// Both members: still refused, a committee of two is too small to act instantly.
		technical_motion(instant.clone(), 2, &[Alice, Bob]);
		assert_eq!(pallet_democracy::ReferendumCount::<Runtime>::get(), 0);
		// All three of a committee of three: a referendum starts.
		assert_ok!(city_runtime::TechnicalMembership::add_member(
			RuntimeOrigin::root(),
			account(Charlie).into()
		));
		technical_motion(instant, 3, &[Alice, Bob, Charlie]);
		assert_eq!(pallet_democracy::ReferendumCount::<Runtime>::get(), 1);
	});
}
