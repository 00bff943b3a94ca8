//! One credential's life: `suspend` (with a reason), `reinstate`, `revoke`, `renew`, `erase`.

use super::*;

mod suspend_and_reinstate {
	use super::*;

	#[test]
	fn a_suspended_credential_satisfies_nothing_until_reinstated() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			System::set_block_number(4);
			assert_ok!(Registry::suspend(signed(CLERK), 0, SuspensionReason::DocumentsInDoubt));
			assert_eq!(
				last_event(),
				Event::CredentialSuspended { id: 0, reason: SuspensionReason::DocumentsInDoubt }
			);
			assert_eq!(
				Credentials::<Test>::get(0).map(|c| c.state),
				Some(CredentialState::Suspended {
					since: 4,
					reason: SuspensionReason::DocumentsInDoubt
				})
			);
			assert_eq!(status(0), CredentialStatus::Suspended);
			assert!(!Registry::has_active_credential(&ALICE, &Kind::Resident, None));
			assert_eq!(live(ALICE), vec![0], "a suspended credential keeps its slot");
			assert_ok!(Registry::reinstate(signed(CLERK), 0));
			assert_eq!(last_event(), Event::CredentialReinstated { id: 0 });
			assert_eq!(status(0), CredentialStatus::Active);
			assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
			// The council may do the same, for any reason but the reserved one.
			assert_ok!(Registry::suspend(council(), 0, SuspensionReason::Other(7)));
			assert_eq!(
				last_event(),
				Event::CredentialSuspended { id: 0, reason: SuspensionReason::Other(7) }
			);
			assert_ok!(Registry::reinstate(council(), 0));
			assert_ok!(Registry::suspend(root(), 0, SuspensionReason::RequestedBySubject));
		});
	}

	#[test]
	fn suspend_error_paths() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			let why = SuspensionReason::UnderInvestigation;
			assert_noop!(
				Registry::suspend(signed(CLERK), 9, why),
				Error::<Test>::CredentialNotFound
			);
			assert_noop!(Registry::suspend(council(), 9, why), Error::<Test>::CredentialNotFound);
			assert_noop!(Registry::suspend(signed(DMV), 0, why), Error::<Test>::NotTheIssuer);
			assert_noop!(Registry::suspend(signed(MALLORY), 0, why), Error::<Test>::NotTheIssuer);
			assert_noop!(Registry::suspend(RuntimeOrigin::none(), 0, why), BadOrigin);
			assert_ok!(Registry::suspend(signed(CLERK), 0, why));
			assert_noop!(Registry::suspend(signed(CLERK), 0, why), Error::<Test>::AlreadySuspended);
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
			assert_noop!(Registry::suspend(signed(CLERK), 0, why), Error::<Test>::Revoked);
			let id = issue_resident(ALICE);
			assert_ok!(Registry::erase(signed(ALICE), id));
			assert_noop!(Registry::suspend(signed(CLERK), id, why), Error::<Test>::Erased);
		});
	}

	#[test]
	fn nobody_suspends_one_credential_in_the_name_of_a_removed_issuer() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			for origin in [signed(CLERK), council(), root()] {
				assert_noop!(
					Registry::suspend(origin, 0, SuspensionReason::IssuerRemoved),
					Error::<Test>::ReasonReserved
				);
			}
			assert_eq!(status(0), CredentialStatus::Active);
		});
	}

	#[test]
	fn reinstate_error_paths() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			let why = SuspensionReason::UnderInvestigation;
			assert_noop!(Registry::reinstate(signed(CLERK), 9), Error::<Test>::CredentialNotFound);
			assert_noop!(Registry::reinstate(signed(DMV), 0), Error::<Test>::NotTheIssuer);
			assert_noop!(Registry::reinstate(signed(CLERK), 0), Error::<Test>::NotSuspended);
			assert_ok!(Registry::suspend(signed(CLERK), 0, why));
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
			assert_noop!(Registry::reinstate(signed(CLERK), 0), Error::<Test>::Revoked);
			let id = issue_resident(ALICE);
			assert_ok!(Registry::suspend(signed(CLERK), id, why));
			assert_ok!(Registry::erase(signed(ALICE), id));
			assert_noop!(Registry::reinstate(signed(CLERK), id), Error::<Test>::Erased);
		});
	}
}

mod revoke {
	use super::*;

	#[test]
	fn revocation_is_final_and_stays_on_record() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			System::set_block_number(5);
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Other(42)));
			assert_eq!(
				last_event(),
				Event::CredentialRevoked { id: 0, reason: RevocationReason::Other(42) }
			);
			let credential = Credentials::<Test>::get(0).expect("kept for audits");
			assert_eq!(
				credential.state,
				CredentialState::Revoked { reason: RevocationReason::Other(42), at: 5 }
			);
			assert_eq!(credential.commitment, Some(commitment(1)));
			assert_eq!(status(0), CredentialStatus::Revoked);
			assert!(!Registry::has_active_credential(&ALICE, &Kind::Resident, None));
			assert_eq!(live(ALICE), Vec::<CredentialId>::new(), "off the list");
			assert_eq!(past(ALICE), vec![0]);
			assert_eq!(listed(ALICE), vec![(0, CredentialStatus::Revoked)]);
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_noop!(
				Registry::revoke(signed(CLERK), 9, RevocationReason::Fraud),
				Error::<Test>::CredentialNotFound
			);
			assert_noop!(
				Registry::revoke(signed(DMV), 0, RevocationReason::Fraud),
				Error::<Test>::NotTheIssuer
			);
			assert_noop!(
				Registry::revoke(signed(ALICE), 0, RevocationReason::Fraud),
				Error::<Test>::NotTheIssuer
			);
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
			assert_noop!(
				Registry::revoke(council(), 0, RevocationReason::Superseded),
				Error::<Test>::Revoked
			);
		});
	}
}

mod renew {
	use super::*;

	#[test]
	fn an_issuer_extends_or_removes_the_expiry() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registry::issue(
				signed(DMV),
				ALICE,
				Kind::DriversLicence,
				commitment(1),
				Some(10)
			));
			System::set_block_number(10);
			assert_eq!(status(0), CredentialStatus::Expired);
			assert!(!Registry::has_active_credential(&ALICE, &Kind::DriversLicence, None));
			assert_ok!(Registry::renew(signed(DMV), 0, Some(20)));
			assert_eq!(last_event(), Event::CredentialRenewed { id: 0, expires_at: Some(20) });
			assert_eq!(status(0), CredentialStatus::Active);
			assert_ok!(Registry::renew(council(), 0, None));
			System::set_block_number(1_000);
			assert_eq!(status(0), CredentialStatus::Active);
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_noop!(
				Registry::renew(signed(CLERK), 9, None),
				Error::<Test>::CredentialNotFound
			);
			assert_noop!(Registry::renew(signed(DMV), 0, None), Error::<Test>::NotTheIssuer);
			assert_noop!(
				Registry::renew(signed(CLERK), 0, Some(1)),
				Error::<Test>::ExpiryInThePast
			);
			let id = issue_from(DMV, ALICE, Kind::DriversLicence, None);
			assert_ok!(Registry::erase(signed(ALICE), id));
			assert_noop!(Registry::renew(signed(DMV), id, None), Error::<Test>::Erased);
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
			assert_noop!(Registry::renew(signed(CLERK), 0, None), Error::<Test>::Revoked);
			// `Pruned`: see `slots::a_pruned_credential_cannot_be_renewed`.
		});
	}
}

mod erase {
	use super::*;

	#[test]
	fn the_subject_erases_the_commitment_and_a_tombstone_remains() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			System::set_block_number(3);
			assert_ok!(Registry::erase(signed(ALICE), 0));
			assert_eq!(last_event(), Event::CredentialErased { id: 0 });
			let tombstone = Credentials::<Test>::get(0).expect("the record stays");
			assert_eq!(tombstone.commitment, None);
			assert_eq!(tombstone.erased_at, Some(3));
			assert_eq!(status(0), CredentialStatus::Erased);
			assert!(!Registry::has_active_credential(&ALICE, &Kind::Resident, None));
			assert_eq!(live(ALICE), Vec::<CredentialId>::new(), "off the list");
			assert_eq!(past(ALICE), vec![0]);
		});
	}

	#[test]
	fn a_revoked_credential_can_still_be_erased() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
			assert_ok!(Registry::erase(signed(ALICE), 0));
			assert_eq!(status(0), CredentialStatus::Erased);
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_noop!(Registry::erase(signed(ALICE), 9), Error::<Test>::CredentialNotFound);
			assert_noop!(Registry::erase(signed(BOB), 0), Error::<Test>::NotTheSubject);
			assert_noop!(Registry::erase(signed(CLERK), 0), Error::<Test>::NotTheSubject);
			assert_noop!(Registry::erase(council(), 0), Error::<Test>::NotTheSubject);
			assert_noop!(Registry::erase(root(), 0), BadOrigin);
			assert_ok!(Registry::erase(signed(ALICE), 0));
			assert_noop!(Registry::erase(signed(ALICE), 0), Error::<Test>::Erased);
		});
	}
}
