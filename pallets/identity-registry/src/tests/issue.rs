//! `issue` and `issue_by_council`, and who may grant privileged kinds.

use super::*;

mod issue {
	use super::*;

	#[test]
	fn an_issuer_issues_a_credential() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registry::issue(
				signed(CLERK),
				ALICE,
				Kind::Resident,
				commitment(3),
				Some(100)
			));
			assert_eq!(
				last_event(),
				Event::CredentialIssued {
					id: 0,
					subject: ALICE,
					kind: Kind::Resident,
					issued_by: IssuedBy::Issuer(POPULATION_OFFICE),
					expires_at: Some(100),
				}
			);
			let credential = Credentials::<Test>::get(0).expect("stored");
			assert_eq!(credential.commitment, Some(commitment(3)));
			assert_eq!(credential.issued_at, 1);
			assert_eq!(
				CredentialsOf::<Test>::get(ALICE).into_inner(),
				vec![HeldCredential {
					id: 0,
					kind: Kind::Resident,
					issued_by: IssuedBy::Issuer(POPULATION_OFFICE),
					expires_at: Some(100),
					suspended: false,
				}]
			);
			assert!(IssuedByIssuer::<Test>::contains_key(POPULATION_OFFICE, 0));
			assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
			assert!(Registry::has_active_credential(
				&ALICE,
				&Kind::Resident,
				Some(POPULATION_OFFICE)
			));
			assert!(!Registry::has_active_credential(
				&ALICE,
				&Kind::Resident,
				Some(VEHICLE_AUTHORITY)
			));
			assert!(!Registry::has_active_credential(&ALICE, &Kind::Adult, None));
			assert!(!Registry::has_active_credential(&BOB, &Kind::Resident, None));
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registry::issue(root(), ALICE, Kind::Resident, commitment(1), None),
				BadOrigin
			);
			assert_noop!(
				Registry::issue(signed(MALLORY), ALICE, Kind::Resident, commitment(1), None),
				Error::<Test>::NotAnIssuer
			);
			assert_noop!(
				Registry::issue(signed(CLERK), ALICE, Kind::Treasurer, commitment(1), None),
				Error::<Test>::PrivilegedKind
			);
			assert_noop!(
				Registry::issue(signed(CLERK), ALICE, Kind::DriversLicence, commitment(1), None),
				Error::<Test>::KindNotAllowed
			);
			assert_noop!(
				Registry::issue(signed(CLERK), ALICE, Kind::Resident, commitment(1), Some(1)),
				Error::<Test>::ExpiryInThePast
			);
			for _ in 0..MaxCredentialsPerIssuer::get() {
				issue_resident(ALICE);
			}
			assert_noop!(
				Registry::issue(signed(CLERK), ALICE, Kind::Adult, commitment(1), None),
				Error::<Test>::TooManyFromIssuer
			);
			for _ in 0..MaxCredentialsPerIssuer::get() {
				issue_from(DMV, ALICE, Kind::DriversLicence, None);
			}
			assert_eq!(live(ALICE).len() as u32, MaxCredentialsPerSubject::get());
			assert_noop!(
				Registry::issue_by_council(council(), ALICE, Kind::Adult, commitment(1), None),
				Error::<Test>::TooManyCredentials
			);
		});
	}

	#[test]
	fn a_clerk_cannot_issue_a_privileged_kind() {
		ExtBuilder::default().build_and_execute(|| {
			for kind in privileged_kinds() {
				assert_noop!(
					Registry::issue(signed(CLERK), ALICE, kind.clone(), commitment(1), None),
					Error::<Test>::PrivilegedKind
				);
				assert!(!Registry::has_active_credential(&ALICE, &kind, None));
			}
		});
	}

	#[test]
	fn a_clerk_cannot_issue_a_kind_made_privileged_after_it_was_listed() {
		ExtBuilder::default().build_and_execute(|| {
			// Stands for a runtime upgrade that made a kind the office lists privileged.
			Issuers::<Test>::mutate(POPULATION_OFFICE, |record| {
				let record = record.as_mut().expect("registered");
				record.kinds = bounded(&[Kind::Resident, Kind::Inspector]);
			});
			assert_noop!(
				Registry::issue(signed(CLERK), CLERK, Kind::Inspector, commitment(1), None),
				Error::<Test>::PrivilegedKind
			);
			assert!(!Registry::has_active_credential(&CLERK, &Kind::Inspector, None));
		});
	}
}

mod issue_by_council {
	use super::*;

	#[test]
	fn two_thirds_of_the_council_grant_privileged_kinds() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registry::issue_by_council(
				privileged(),
				ALICE,
				Kind::Treasurer,
				commitment(4),
				None
			));
			assert_eq!(
				last_event(),
				Event::CredentialIssued {
					id: 0,
					subject: ALICE,
					kind: Kind::Treasurer,
					issued_by: IssuedBy::Council,
					expires_at: None,
				}
			);
			assert!(Registry::has_active_credential(&ALICE, &Kind::Treasurer, None));
			// An issuer cannot touch what the council issued.
			assert_noop!(
				Registry::suspend(signed(CLERK), 0, SuspensionReason::UnderInvestigation),
				Error::<Test>::NotTheIssuer
			);
			assert_ok!(Registry::revoke(council(), 0, RevocationReason::NoLongerEligible));
			// Each to another resident: the council counts as one issuer for the slots.
			for (who, kind) in
				[(BOB, Kind::Inspector), (CLERK, PayrollClerk::get()), (DMV, MeterOperator::get())]
			{
				assert_ok!(Registry::issue_by_council(
					root(),
					who,
					kind.clone(),
					commitment(4),
					None
				));
				assert!(Registry::has_active_credential(&who, &kind, None));
			}
		});
	}

	#[test]
	fn a_council_majority_cannot_grant_a_privileged_kind() {
		ExtBuilder::default().build_and_execute(|| {
			for kind in privileged_kinds() {
				assert_noop!(
					Registry::issue_by_council(council(), ALICE, kind.clone(), commitment(4), None),
					BadOrigin
				);
				assert!(!Registry::has_active_credential(&ALICE, &kind, None));
			}
			// An ordinary kind, even a department's other role, a majority grants.
			let clerk = Kind::Employee { department: Department::Finance, role: 2 };
			assert_ok!(Registry::issue_by_council(
				council(),
				ALICE,
				clerk.clone(),
				commitment(4),
				None
			));
			assert!(Registry::has_active_credential(&ALICE, &clerk, None));
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().build_and_execute(|| {
			for kind in [Kind::Treasurer, Kind::Inspector, Kind::Resident] {
				assert_noop!(
					Registry::issue_by_council(signed(CLERK), ALICE, kind, commitment(1), None),
					BadOrigin
				);
			}
			assert_noop!(
				Registry::issue_by_council(
					privileged(),
					ALICE,
					Kind::Treasurer,
					commitment(1),
					Some(0)
				),
				Error::<Test>::ExpiryInThePast
			);
			for _ in 0..MaxCredentialsPerIssuer::get() {
				assert_ok!(Registry::issue_by_council(
					council(),
					ALICE,
					custom(b"x"),
					commitment(1),
					None
				));
			}
			assert_noop!(
				Registry::issue_by_council(
					privileged(),
					ALICE,
					Kind::Treasurer,
					commitment(1),
					None
				),
				Error::<Test>::TooManyFromIssuer
			);
			for _ in 0..MaxCredentialsPerIssuer::get() {
				issue_resident(BOB);
				issue_from(DMV, BOB, Kind::DriversLicence, None);
			}
			assert_noop!(
				Registry::issue_by_council(privileged(), BOB, Kind::Treasurer, commitment(1), None),
				Error::<Test>::TooManyCredentials
			);
		});
	}
}
