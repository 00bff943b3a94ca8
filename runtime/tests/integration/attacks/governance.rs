//! A council majority cannot reach Root: it cannot choose the committee that fast-tracks its
//! proposals, a committee of one cannot fast-track instantly, no fast-track gives residents
//! less than the minimum voting period, and it cannot silence residents by suspending their
//! credentials in bulk. Every path is driven by real motions and ends without a Root dispatch.

use crate::{
	common::*,
	governance::{aye, external_majority_motion},
};
use city_primitives::credentials::CredentialInspect;
use city_runtime::{
	configs::MIN_INSTANT_COMMITTEE, IdentityRegistry, Runtime, RuntimeCall, RuntimeOrigin, CITY,
};
use frame_support::assert_ok;
use pallet_identity_registry::{CredentialKind, Error as IdentityError};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;

/// The technical committee's members.
fn committee() -> Vec<sp_runtime::AccountId32> {
	pallet_membership::Members::<Runtime, city_runtime::configs::TechnicalCollective>::get()
		.into_inner()
}

/// No referendum started and nothing was scheduled (for Root).
fn no_root_dispatch_ahead() {
	assert_eq!(pallet_democracy::ReferendumCount::<Runtime>::get(), 0, "no referendum started");
	assert_eq!(
		pallet_scheduler::Agenda::<Runtime>::iter().count(),
		0,
		"nothing is scheduled to run as Root"
	);
}

/// The council brings `democracy.external_propose_majority` of an upgrade authorization (all
/// of it, as it must for a simple-majority referendum); answers the proposal's hash.
fn an_external_proposal(council: &[Sr25519Keyring]) -> sp_core::H256 {
	let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade {
		code_hash: sp_core::H256::repeat_byte(0xee),
	});
	let (motion, hash) = external_majority_motion(authorize);
	assert_eq!(council_does(motion, council), Ok(()));
	hash
}

fn fast_track(proposal_hash: sp_core::H256, voting_period: u32) -> RuntimeCall {
	RuntimeCall::Democracy(pallet_democracy::Call::fast_track {
		proposal_hash,
		voting_period,
		delay: 1,
	})
}

#[test]
fn a_council_majority_cannot_replace_the_technical_committee() {
	dev(|| {
		council_of_five();
		let before = committee();
		let member = |who: Sr25519Keyring| account(who).into();
		// Replace it with one ally, add one, remove one, swap one, make one prime: all refused,
		// by a majority and by the whole council alike.
		for council in [&MAJORITY_OF_FIVE[..], &[Alice, Bob, Charlie, Dave, Eve][..]] {
			for call in [
				RuntimeCall::TechnicalMembership(pallet_membership::Call::reset_members {
					members: vec![account(Dave)],
				}),
				RuntimeCall::TechnicalMembership(pallet_membership::Call::add_member {
					who: member(Dave),
				}),
				RuntimeCall::TechnicalMembership(pallet_membership::Call::remove_member {
					who: member(Bob),
				}),
				RuntimeCall::TechnicalMembership(pallet_membership::Call::swap_member {
					remove: member(Bob),
					add: member(Dave),
				}),
				RuntimeCall::TechnicalMembership(pallet_membership::Call::set_prime {
					who: member(Alice),
				}),
			] {
				assert_eq!(council_does(call, council), Err(DispatchError::BadOrigin));
			}
		}
		assert_eq!(committee(), before, "the committee is as it was");
		// The committee itself may change its members (two thirds of it), and Root.
		assert_eq!(
			committee_does(
				pallet_membership::Call::<Runtime, city_runtime::configs::TechnicalCollective>::add_member {
					who: member(Charlie)
				},
				&[Alice, Bob]
			),
			Ok(())
		);
		assert!(committee().contains(&account(Charlie)));
		no_root_dispatch_ahead();
	});
}

#[test]
fn a_committee_of_one_cannot_fast_track_a_two_block_referendum() {
	dev(|| {
		// However the committee shrank to one ally (here Root, the only way left)...
		set_technical_committee(&[Dave]);
		let hash = an_external_proposal(&[Alice, Bob, Charlie]);
		// ... its unanimity is not enough for a fast-track below the fast-track period: here a
		// referendum of two blocks, the development chain's minimum voting period.
		let periods = pallet_governance_periods::Pallet::<Runtime>::periods();
		let two_blocks = periods.minimum_voting;
		assert_eq!(two_blocks, 2);
		assert!(two_blocks < periods.fast_track_voting);
		assert_eq!(
			committee_does(fast_track(hash, two_blocks), &[Dave]),
			Err(DispatchError::BadOrigin)
		);
		// Nor two members' unanimity.
		set_technical_committee(&[Dave, Eve]);
		assert_eq!(
			committee_does(fast_track(hash, two_blocks), &[Dave, Eve]),
			Err(DispatchError::BadOrigin)
		);
		no_root_dispatch_ahead();
		// A unanimous committee of three may.
		assert_eq!(MIN_INSTANT_COMMITTEE, 3);
		set_technical_committee(&[Dave, Eve, Ferdie]);
		assert_eq!(committee_does(fast_track(hash, two_blocks), &[Dave, Eve, Ferdie]), Ok(()));
		assert_eq!(pallet_democracy::ReferendumCount::<Runtime>::get(), 1);
	});
}

#[test]
fn no_fast_track_gives_residents_less_than_the_minimum_voting_period() {
	local(|| {
		// A production chain: fast-tracks of 3 hours by two thirds, shorter ones by a
		// unanimous committee of three or more, never under an hour.
		let periods = pallet_governance_periods::Pallet::<Runtime>::periods();
		assert_eq!(periods.minimum_voting, city_runtime::HOURS);
		set_technical_committee(&[Dave, Eve, Ferdie]);
		let hash = an_external_proposal(&[Alice, Bob, Charlie]);
		for voting_period in [2, periods.minimum_voting - 1] {
			assert_eq!(
				committee_does(fast_track(hash, voting_period), &[Dave, Eve, Ferdie]),
				Err(frame_system::Error::<Runtime>::CallFiltered.into()),
				"a {voting_period}-block referendum"
			);
		}
		no_root_dispatch_ahead();
		assert_eq!(
			committee_does(fast_track(hash, periods.minimum_voting), &[Dave, Eve, Ferdie]),
			Ok(())
		);
		match pallet_democracy::ReferendumInfoOf::<Runtime>::get(0) {
			Some(pallet_democracy::ReferendumInfo::Ongoing(status)) => assert_eq!(
				status.end,
				frame_system::Pallet::<Runtime>::block_number() + periods.minimum_voting
			),
			other => panic!("an ongoing referendum: {other:?}"),
		}
	});
}

#[test]
fn a_council_majority_cannot_silence_residents_by_bulk_suspension() {
	dev(|| {
		council_of_five();
		let office = 0;
		let is_resident = |who: Sr25519Keyring| {
			IdentityRegistry::has_active_credential(&account(who), &CredentialKind::Resident, None)
		};
		// The audit's path: remove the population office, then suspend all it issued.
		let remove = RuntimeCall::IdentityRegistry(pallet_identity_registry::Call::remove_issuer {
			issuer: office,
		});
		let bulk = RuntimeCall::IdentityRegistry(pallet_identity_registry::Call::suspend_issued {
			issuer: office,
			limit: 100,
		});
		assert_eq!(
			council_does(remove.clone(), &MAJORITY_OF_FIVE),
			Err(IdentityError::<Runtime>::IssuerHasCredentials.into())
		);
		assert_eq!(council_does(bulk.clone(), &MAJORITY_OF_FIVE), Err(DispatchError::BadOrigin));
		// Nor hand the population office to an ally who would suspend them one by one.
		let takeover =
			RuntimeCall::IdentityRegistry(pallet_identity_registry::Call::update_issuer {
				issuer: office,
				accounts: Some(vec![account(Ferdie)].try_into().expect("one")),
				kinds: None,
			});
		assert_eq!(
			council_does(takeover, &MAJORITY_OF_FIVE),
			Err(IdentityError::<Runtime>::IssuerHasCredentials.into())
		);
		assert_eq!(pallet_identity_registry::ActingFor::<Runtime>::get(account(Ferdie)), None);
		// Two thirds may not bulk-suspend an issuer that still stands...
		assert_eq!(
			council_does(bulk.clone(), &TWO_THIRDS_OF_FIVE),
			Err(IdentityError::<Runtime>::IssuerNotRemoved.into())
		);
		// ... nor, once it is removed, while residents vote in a referendum.
		let hash = an_external_proposal(&[Alice, Bob, Charlie, Dave, Eve]);
		let minimum = pallet_governance_periods::Pallet::<Runtime>::periods().fast_track_voting;
		assert_eq!(committee_does(fast_track(hash, minimum), &[Alice, Bob]), Ok(()));
		assert_eq!(council_does(remove, &TWO_THIRDS_OF_FIVE), Ok(()));
		assert_eq!(
			council_does(bulk, &TWO_THIRDS_OF_FIVE),
			Err(IdentityError::<Runtime>::ReferendumRunning.into())
		);
		// Nor revoke or suspend them one by one itself while residents vote.
		let alices = pallet_identity_registry::CredentialsOf::<Runtime>::get(account(Alice))
			.into_iter()
			.find(|held| held.kind == CredentialKind::Resident)
			.expect("Alice is a resident")
			.id;
		for call in [
			pallet_identity_registry::Call::revoke {
				id: alices,
				reason: pallet_identity_registry::RevocationReason::Fraud,
			},
			pallet_identity_registry::Call::suspend {
				id: alices,
				reason: pallet_identity_registry::SuspensionReason::UnderInvestigation,
			},
		] {
			assert_eq!(
				council_does(call, &TWO_THIRDS_OF_FIVE),
				Err(IdentityError::<Runtime>::ReferendumRunning.into())
			);
		}
		// Every resident is still one, and votes.
		for who in [Alice, Bob, Charlie] {
			assert!(is_resident(who));
			let vote = RuntimeCall::Democracy(pallet_democracy::Call::vote {
				ref_index: 0,
				vote: aye(1_000 * CITY),
			});
			assert_eq!(apply(signed_extrinsic(who, vote, 0)), Ok(Ok(())));
		}
		// Root alone (a referendum) may bulk-suspend during one.
		assert_ok!(IdentityRegistry::suspend_issued(RuntimeOrigin::root(), office, 100));
		assert!(!is_resident(Alice));
	});
}

#[test]
fn the_council_cannot_choose_who_sits_on_the_committee_even_with_a_motion_of_one() {
	dev(|| {
		// A single council member's motion (threshold 1) is no majority either.
		assert_eq!(
			council_does(
				pallet_membership::Call::<Runtime, city_runtime::configs::TechnicalCollective>::add_member {
					who: account(Eve).into()
				},
				&[Alice]
			),
			Err(DispatchError::BadOrigin)
		);
		assert!(!committee().contains(&account(Eve)));
	});
}
