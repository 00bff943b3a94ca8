//! `register_issuer`, `update_issuer`, `remove_issuer`.

use super::*;

mod register_issuer {
	use super::*;

	#[test]
	fn the_council_registers_a_department() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registry::register_issuer(
				council(),
				Department::Police,
				bounded(b"City police"),
				bounded(&[20, 21]),
				bounded(&[Kind::PoliceOfficer])
			));
			assert_eq!(
				last_event(),
				Event::IssuerRegistered { issuer: 2, department: Department::Police }
			);
			assert_eq!(ActingFor::<Test>::get(20), Some(2));
			assert_eq!(ActingFor::<Test>::get(21), Some(2));
			assert_eq!(ActiveIssuers::<Test>::get(), 3);
			assert_eq!(
				Issuers::<Test>::get(2).map(|i| i.kinds.into_inner()),
				Some(vec![Kind::PoliceOfficer])
			);
		});
	}

	#[test]
	fn only_the_council() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registry::register_issuer(
					signed(CLERK),
					Department::Police,
					bounded(b"x"),
					bounded(&[20]),
					bounded(&[])
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn up_to_max_issuers() {
		ExtBuilder::default().build_and_execute(|| {
			for account in [20, 21] {
				assert_ok!(Registry::register_issuer(
					council(),
					Department::Other(account as u16),
					bounded(b"x"),
					bounded(&[account]),
					bounded(&[])
				));
			}
			assert_noop!(
				Registry::register_issuer(
					council(),
					Department::Finance,
					bounded(b"x"),
					bounded(&[22]),
					bounded(&[])
				),
				Error::<Test>::TooManyIssuers
			);
			// Removing one (it issued nothing: a majority may) frees a place.
			assert_ok!(Registry::remove_issuer(council(), 2));
			assert_ok!(Registry::register_issuer(
				council(),
				Department::Finance,
				bounded(b"x"),
				bounded(&[22]),
				bounded(&[])
			));
		});
	}

	#[test]
	fn an_account_acts_for_one_issuer_only() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registry::register_issuer(
					council(),
					Department::Police,
					bounded(b"x"),
					bounded(&[CLERK]),
					bounded(&[])
				),
				Error::<Test>::AccountActsForAnotherIssuer
			);
			assert_noop!(
				Registry::register_issuer(
					council(),
					Department::Police,
					bounded(b"x"),
					bounded(&[20, 20]),
					bounded(&[])
				),
				Error::<Test>::AccountActsForAnotherIssuer
			);
		});
	}

	#[test]
	fn no_origin_can_register_an_issuer_of_a_privileged_kind() {
		ExtBuilder::default().build_and_execute(|| {
			for kind in privileged_kinds() {
				for origin in [council(), privileged(), root()] {
					assert_noop!(
						Registry::register_issuer(
							origin,
							Department::Finance,
							bounded(b"x"),
							bounded(&[20]),
							bounded(&[Kind::Resident, kind.clone()])
						),
						Error::<Test>::PrivilegedKind
					);
				}
			}
			// Another role of the same department is an ordinary kind.
			assert_ok!(Registry::register_issuer(
				council(),
				Department::Finance,
				bounded(b"x"),
				bounded(&[20]),
				bounded(&[Kind::Employee { department: Department::Finance, role: 2 }])
			));
		});
	}
}

mod update_issuer {
	use super::*;

	#[test]
	fn the_council_replaces_accounts_and_kinds() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registry::update_issuer(
				council(),
				POPULATION_OFFICE,
				Some(bounded(&[30, 31])),
				Some(bounded(&[Kind::Resident]))
			));
			assert_eq!(last_event(), Event::IssuerUpdated { issuer: POPULATION_OFFICE });
			assert_eq!(ActingFor::<Test>::get(CLERK), None, "the old clerk no longer acts");
			assert_eq!(ActingFor::<Test>::get(30), Some(POPULATION_OFFICE));
			assert_noop!(
				Registry::issue(signed(CLERK), ALICE, Kind::Resident, commitment(1), None),
				Error::<Test>::NotAnIssuer
			);
			assert_noop!(
				Registry::issue(signed(30), ALICE, Kind::Adult, commitment(1), None),
				Error::<Test>::KindNotAllowed
			);
			assert_ok!(Registry::issue(signed(31), ALICE, Kind::Resident, commitment(1), None));
			// Once it issued, its accounts change by two thirds only; keeping an account that
			// already acts for this issuer is fine.
			assert_noop!(
				Registry::update_issuer(council(), POPULATION_OFFICE, Some(bounded(&[30])), None),
				Error::<Test>::IssuerHasCredentials
			);
			assert_ok!(Registry::update_issuer(
				privileged(),
				POPULATION_OFFICE,
				Some(bounded(&[30])),
				None
			));
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registry::update_issuer(signed(CLERK), POPULATION_OFFICE, None, None),
				BadOrigin
			);
			assert_noop!(
				Registry::update_issuer(council(), 9, None, None),
				Error::<Test>::IssuerNotFound
			);
			assert_noop!(
				Registry::update_issuer(council(), POPULATION_OFFICE, Some(bounded(&[DMV])), None),
				Error::<Test>::AccountActsForAnotherIssuer
			);
			assert_noop!(
				Registry::update_issuer(
					council(),
					POPULATION_OFFICE,
					None,
					Some(bounded(&[Kind::Treasurer]))
				),
				Error::<Test>::PrivilegedKind
			);
			assert_ok!(Registry::remove_issuer(council(), POPULATION_OFFICE));
			assert_noop!(
				Registry::update_issuer(council(), POPULATION_OFFICE, None, None),
				Error::<Test>::IssuerRemoved
			);
		});
	}

	#[test]
	fn a_council_majority_cannot_let_an_issuer_hand_out_privileged_kinds() {
		ExtBuilder::default().build_and_execute(|| {
			for kind in privileged_kinds() {
				assert_noop!(
					Registry::update_issuer(
						council(),
						POPULATION_OFFICE,
						None,
						Some(bounded(&[Kind::Resident, kind]))
					),
					Error::<Test>::PrivilegedKind
				);
			}
			assert_eq!(
				Issuers::<Test>::get(POPULATION_OFFICE).map(|i| i.kinds.into_inner()),
				Some(vec![Kind::Resident, Kind::Adult])
			);
		});
	}
}

mod remove_issuer {
	use super::*;

	#[test]
	fn its_accounts_stop_acting_and_its_credentials_stay() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_ok!(Registry::remove_issuer(privileged(), POPULATION_OFFICE));
			assert_eq!(last_event(), Event::IssuerRemoved { issuer: POPULATION_OFFICE });
			assert_eq!(ActingFor::<Test>::get(CLERK), None);
			assert_eq!(ActiveIssuers::<Test>::get(), 1);
			assert_eq!(Issuers::<Test>::get(POPULATION_OFFICE).and_then(|i| i.removed_at), Some(1));
			assert_noop!(
				Registry::issue(signed(CLERK), BOB, Kind::Resident, commitment(1), None),
				Error::<Test>::NotAnIssuer
			);
			assert_eq!(status(0), CredentialStatus::Active);
			assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
		});
	}

	#[test]
	fn a_council_majority_removes_an_issuer_that_never_issued() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_ok!(Registry::remove_issuer(council(), VEHICLE_AUTHORITY));
			assert_eq!(last_event(), Event::IssuerRemoved { issuer: VEHICLE_AUTHORITY });
			assert_eq!(ActingFor::<Test>::get(DMV), None);
		});
	}

	#[test]
	fn a_council_majority_cannot_remove_an_issuer_that_issued_credentials() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_noop!(
				Registry::remove_issuer(council(), POPULATION_OFFICE),
				Error::<Test>::IssuerHasCredentials
			);
			// Revoking all it issued does not change that: it issued them.
			assert_ok!(Registry::revoke(council(), 0, RevocationReason::IssuedInError));
			assert_noop!(
				Registry::remove_issuer(council(), POPULATION_OFFICE),
				Error::<Test>::IssuerHasCredentials
			);
			assert_eq!(ActingFor::<Test>::get(CLERK), Some(POPULATION_OFFICE));
			// Two thirds may, and so may Root.
			assert_ok!(Registry::remove_issuer(privileged(), POPULATION_OFFICE));
			assert_ok!(Registry::issue(
				signed(DMV),
				BOB,
				Kind::DriversLicence,
				commitment(1),
				None
			));
			assert_ok!(Registry::remove_issuer(root(), VEHICLE_AUTHORITY));
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(Registry::remove_issuer(signed(CLERK), POPULATION_OFFICE), BadOrigin);
			assert_noop!(
				Registry::remove_issuer(RuntimeOrigin::none(), POPULATION_OFFICE),
				BadOrigin
			);
			assert_noop!(Registry::remove_issuer(council(), 9), Error::<Test>::IssuerNotFound);
			assert_noop!(Registry::remove_issuer(privileged(), 9), Error::<Test>::IssuerNotFound);
			assert_ok!(Registry::remove_issuer(council(), POPULATION_OFFICE));
			assert_noop!(
				Registry::remove_issuer(council(), POPULATION_OFFICE),
				Error::<Test>::IssuerRemoved
			);
			assert_noop!(
				Registry::remove_issuer(privileged(), POPULATION_OFFICE),
				Error::<Test>::IssuerRemoved
			);
		});
	}
}
