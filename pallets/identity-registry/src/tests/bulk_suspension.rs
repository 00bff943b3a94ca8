//! `suspend_issued`: who may suspend everything a removed issuer issued, and when.

use super::*;

/// The `IssuedCredentialsSuspended` event last deposited: (suspended, complete).
fn batch() -> (u32, bool) {
	match last_event() {
		Event::IssuedCredentialsSuspended { issuer, suspended, complete } => {
			assert_eq!(issuer, POPULATION_OFFICE);
			(suspended, complete)
		}
		other => panic!("unexpected event {other:?}"),
	}
}

fn reason(id: CredentialId) -> Option<SuspensionReason> {
	match Credentials::<Test>::get(id).map(|c| c.state) {
		Some(CredentialState::Suspended { reason, .. }) => Some(reason),
		_ => None,
	}
}

#[test]
fn suspends_a_removed_issuers_credentials_in_batches() {
	ExtBuilder::default().build_and_execute(|| {
		let ids: Vec<_> = [20, 21, 22, 23, 24].into_iter().map(issue_resident).collect();
		// One is revoked, one suspended already: they are passed over.
		assert_ok!(Registry::revoke(signed(CLERK), ids[1], RevocationReason::Fraud));
		assert_ok!(Registry::suspend(signed(CLERK), ids[2], SuspensionReason::DocumentsInDoubt));
		let licence = issue_from(DMV, 20, Kind::DriversLicence, None);
		assert_ok!(Registry::remove_issuer(privileged(), POPULATION_OFFICE));

		// Five credentials, two a call: three calls, and only the last one completes.
		// (Storage order, not id order, decides which ones each call reaches.)
		let mut batches = Vec::new();
		for _ in 0..3 {
			assert_ok!(Registry::suspend_issued(privileged(), POPULATION_OFFICE, 2));
			batches.push(batch());
		}
		assert_eq!(
			batches.iter().map(|(_, complete)| *complete).collect::<Vec<_>>(),
			vec![false, false, true]
		);
		assert_eq!(batches.iter().map(|(n, _)| n).sum::<u32>(), 3, "the three active ones");
		assert_eq!(SuspensionCursor::<Test>::get(POPULATION_OFFICE), None);
		for id in [ids[0], ids[3], ids[4]] {
			assert_eq!(status(id), CredentialStatus::Suspended);
			assert_eq!(reason(id), Some(SuspensionReason::IssuerRemoved));
		}
		assert_eq!(reason(ids[2]), Some(SuspensionReason::DocumentsInDoubt), "kept its reason");
		assert_eq!(status(ids[1]), CredentialStatus::Revoked);
		assert_eq!(status(licence), CredentialStatus::Active, "another issuer's credential");
		// The council can reinstate one of them.
		assert_ok!(Registry::reinstate(council(), ids[0]));
		assert_eq!(status(ids[0]), CredentialStatus::Active);
	});
}

#[test]
fn root_suspends_in_bulk_too() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		assert_ok!(Registry::remove_issuer(root(), POPULATION_OFFICE));
		assert_ok!(Registry::suspend_issued(root(), POPULATION_OFFICE, 10));
		assert_eq!(batch(), (1, true));
		assert_eq!(reason(0), Some(SuspensionReason::IssuerRemoved));
	});
}

#[test]
fn error_paths() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		assert_noop!(Registry::suspend_issued(signed(CLERK), POPULATION_OFFICE, 1), BadOrigin);
		assert_noop!(Registry::suspend_issued(council(), POPULATION_OFFICE, 1), BadOrigin);
		assert_noop!(Registry::suspend_issued(privileged(), 9, 1), Error::<Test>::IssuerNotFound);
		assert_noop!(
			Registry::suspend_issued(privileged(), POPULATION_OFFICE, 1),
			Error::<Test>::IssuerNotRemoved
		);
		assert_ok!(Registry::remove_issuer(privileged(), POPULATION_OFFICE));
		assert_noop!(
			Registry::suspend_issued(privileged(), POPULATION_OFFICE, 0),
			Error::<Test>::ZeroLimit
		);
		ReferendumOngoing::set(&true);
		assert_noop!(
			Registry::suspend_issued(privileged(), POPULATION_OFFICE, 1),
			Error::<Test>::ReferendumRunning
		);
	});
}

#[test]
fn a_council_majority_cannot_bulk_suspend_residents() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		// Neither by removing their issuer first (that takes two thirds once it issued) ...
		assert_noop!(
			Registry::remove_issuer(council(), POPULATION_OFFICE),
			Error::<Test>::IssuerHasCredentials
		);
		// ... nor once two thirds removed it.
		assert_ok!(Registry::remove_issuer(privileged(), POPULATION_OFFICE));
		assert_noop!(Registry::suspend_issued(council(), POPULATION_OFFICE, 10), BadOrigin);
		assert_eq!(status(0), CredentialStatus::Active);
		assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
	});
}

#[test]
fn nobody_bulk_suspends_the_residents_of_an_issuer_still_in_office() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		for origin in [privileged(), root()] {
			assert_noop!(
				Registry::suspend_issued(origin, POPULATION_OFFICE, 10),
				Error::<Test>::IssuerNotRemoved
			);
		}
		assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
	});
}

#[test]
fn two_thirds_of_the_council_cannot_bulk_suspend_voters_during_a_referendum() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		let bob = issue_resident(BOB);
		assert_ok!(Registry::remove_issuer(privileged(), POPULATION_OFFICE));
		// The first batch is taken before the vote starts; the rest waits for its end.
		assert_ok!(Registry::suspend_issued(privileged(), POPULATION_OFFICE, 1));
		assert_eq!(batch(), (1, false));
		ReferendumOngoing::set(&true);
		assert_noop!(
			Registry::suspend_issued(privileged(), POPULATION_OFFICE, 10),
			Error::<Test>::ReferendumRunning
		);
		let still_active =
			[0, bob].into_iter().filter(|id| status(*id) == CredentialStatus::Active);
		assert_eq!(still_active.count(), 1, "the second resident still votes");
		// Root is not held back.
		assert_ok!(Registry::suspend_issued(root(), POPULATION_OFFICE, 10));
		assert_eq!(batch(), (1, true));
		assert!(!Registry::has_active_credential(&ALICE, &Kind::Resident, None));
		assert!(!Registry::has_active_credential(&BOB, &Kind::Resident, None));
	});
}

#[test]
fn two_thirds_suspend_in_bulk_once_the_referendum_is_over() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		assert_ok!(Registry::remove_issuer(privileged(), POPULATION_OFFICE));
		ReferendumOngoing::set(&true);
		assert_noop!(
			Registry::suspend_issued(privileged(), POPULATION_OFFICE, 10),
			Error::<Test>::ReferendumRunning
		);
		ReferendumOngoing::set(&false);
		assert_ok!(Registry::suspend_issued(privileged(), POPULATION_OFFICE, 10));
		assert_eq!(batch(), (1, true));
		assert_eq!(status(0), CredentialStatus::Suspended);
	});
}

#[test]
fn a_council_majority_cannot_hand_the_population_office_to_its_allies() {
	ExtBuilder::default().build_and_execute(|| {
		const ALLY: u64 = 77;
		issue_resident(20);
		// The office issued residents: a majority may not replace who acts for it...
		assert_noop!(
			Registry::update_issuer(council(), POPULATION_OFFICE, Some(bounded(&[ALLY])), None),
			Error::<Test>::IssuerHasCredentials
		);
		// ... though it may still change the kinds it issues.
		assert_ok!(Registry::update_issuer(
			council(),
			POPULATION_OFFICE,
			None,
			Some(bounded(&[Kind::Resident, Kind::Adult]))
		));
		assert_eq!(ActingFor::<Test>::get(CLERK), Some(POPULATION_OFFICE));
		assert_eq!(ActingFor::<Test>::get(ALLY), None);
		// Two thirds may (and Root).
		assert_ok!(Registry::update_issuer(
			privileged(),
			POPULATION_OFFICE,
			Some(bounded(&[ALLY])),
			None
		));
		assert_eq!(ActingFor::<Test>::get(ALLY), Some(POPULATION_OFFICE));
	});
}

#[test]
fn a_council_motion_cannot_suspend_or_revoke_residents_while_they_vote() {
	ExtBuilder::default().build_and_execute(|| {
		let id = issue_resident(20);
		let other = issue_from(DMV, 20, Kind::DriversLicence, None);
		ReferendumOngoing::set(&true);
		for origin in [council(), privileged()] {
			assert_noop!(
				Registry::suspend(origin.clone(), id, SuspensionReason::UnderInvestigation),
				Error::<Test>::ReferendumRunning
			);
			assert_noop!(
				Registry::revoke(origin, id, RevocationReason::Fraud),
				Error::<Test>::ReferendumRunning
			);
		}
		// Another kind is not a vote: the council still suspends a licence.
		assert_ok!(Registry::suspend(council(), other, SuspensionReason::UnderInvestigation));
		// The office's clerk, one credential for cause, and Root may.
		assert_ok!(Registry::suspend(signed(CLERK), id, SuspensionReason::DocumentsInDoubt));
		assert_ok!(Registry::revoke(root(), id, RevocationReason::Fraud));
		// After the vote, the council may again.
		ReferendumOngoing::set(&false);
		let later = issue_resident(21);
		assert_ok!(Registry::revoke(council(), later, RevocationReason::IssuedInError));
	});
}
