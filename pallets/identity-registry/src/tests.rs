//! Every call's success and every error path of the identity registry, the derived status of
//! credentials, the origins other pallets use, and selective disclosure.

use crate::{
	disclosure::{attribute_leaf, prove, Disclosure, DisclosureError},
	mock::*,
	*,
};
use city_primitives::credentials::{
	CredentialKind as Kind, Department, EnsureCredential, Inspector,
};
use frame_support::{assert_noop, assert_ok, traits::EnsureOrigin, BoundedVec};
use sp_runtime::DispatchError::BadOrigin;

type Registry = IdentityRegistry;

fn council() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

/// The share of the council that grants privileged kinds.
fn privileged() -> RuntimeOrigin {
	RuntimeOrigin::signed(PrivilegedCouncil::get())
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn bounded<T: Clone + core::fmt::Debug, S: frame_support::traits::Get<u32>>(
	items: &[T],
) -> BoundedVec<T, S> {
	items.to_vec().try_into().expect("within bounds")
}

fn custom(name: &[u8]) -> Kind {
	Kind::Custom(name.to_vec().try_into().expect("short name"))
}

/// Issues a resident credential to `who` from the population office; returns its id.
fn issue_resident(who: u64) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Registry::issue(signed(CLERK), who, Kind::Resident, commitment(7), None));
	id
}

fn status(id: CredentialId) -> CredentialStatus {
	Registry::credential(id).expect("exists").status
}

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
			// Removing one frees a place.
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
	fn issuers_may_not_issue_privileged_kinds() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registry::register_issuer(
					council(),
					Department::Finance,
					bounded(b"x"),
					bounded(&[20]),
					bounded(&[Kind::Treasurer])
				),
				Error::<Test>::PrivilegedKind
			);
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
			// Keeping an account that already acts for this issuer is fine.
			assert_ok!(Registry::update_issuer(
				council(),
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
}

mod remove_issuer {
	use super::*;

	#[test]
	fn its_accounts_stop_acting_and_its_credentials_stay() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_ok!(Registry::remove_issuer(council(), POPULATION_OFFICE));
			assert_eq!(last_event(), Event::IssuerRemoved { issuer: POPULATION_OFFICE });
			assert_eq!(ActingFor::<Test>::get(CLERK), None);
			assert_eq!(ActiveIssuers::<Test>::get(), 1);
			assert_noop!(
				Registry::issue(signed(CLERK), BOB, Kind::Resident, commitment(1), None),
				Error::<Test>::NotAnIssuer
			);
			assert_eq!(status(0), CredentialStatus::Active);
			assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(Registry::remove_issuer(signed(CLERK), POPULATION_OFFICE), BadOrigin);
			assert_noop!(Registry::remove_issuer(council(), 9), Error::<Test>::IssuerNotFound);
			assert_ok!(Registry::remove_issuer(council(), POPULATION_OFFICE));
			assert_noop!(
				Registry::remove_issuer(council(), POPULATION_OFFICE),
				Error::<Test>::IssuerRemoved
			);
		});
	}
}

mod suspend_issued {
	use super::*;

	#[test]
	fn suspends_an_issuers_credentials_in_batches() {
		ExtBuilder::default().build_and_execute(|| {
			let ids: Vec<_> = [20, 21, 22, 23, 24].into_iter().map(issue_resident).collect();
			// One is revoked, one suspended already: they are passed over.
			assert_ok!(Registry::revoke(signed(CLERK), ids[1], RevocationReason::Fraud));
			assert_ok!(Registry::suspend(signed(CLERK), ids[2]));
			let licence = NextCredentialId::<Test>::get();
			assert_ok!(Registry::issue(signed(DMV), 20, Kind::DriversLicence, commitment(2), None));
			assert_ok!(Registry::remove_issuer(council(), POPULATION_OFFICE));

			// Five credentials, two a call: three calls, and only the last one completes.
			// (Storage order, not id order, decides which ones each call reaches.)
			let mut batches = Vec::new();
			for _ in 0..3 {
				assert_ok!(Registry::suspend_issued(council(), POPULATION_OFFICE, 2));
				match last_event() {
					Event::IssuedCredentialsSuspended { issuer, suspended, complete } => {
						assert_eq!(issuer, POPULATION_OFFICE);
						batches.push((suspended, complete));
					}
					other => panic!("unexpected event {other:?}"),
				}
			}
			assert_eq!(
				batches.iter().map(|(_, complete)| *complete).collect::<Vec<_>>(),
				vec![false, false, true]
			);
			assert_eq!(batches.iter().map(|(n, _)| n).sum::<u32>(), 3, "the three active ones");
			assert_eq!(SuspensionCursor::<Test>::get(POPULATION_OFFICE), None);
			for id in [ids[0], ids[2], ids[3], ids[4]] {
				assert_eq!(status(id), CredentialStatus::Suspended);
			}
			assert_eq!(status(ids[1]), CredentialStatus::Revoked);
			assert_eq!(status(licence), CredentialStatus::Active, "another issuer's credential");
			// The council can reinstate one of them.
			assert_ok!(Registry::reinstate(council(), ids[0]));
			assert_eq!(status(ids[0]), CredentialStatus::Active);
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(Registry::suspend_issued(signed(CLERK), POPULATION_OFFICE, 1), BadOrigin);
			assert_noop!(Registry::suspend_issued(council(), 9, 1), Error::<Test>::IssuerNotFound);
			assert_noop!(
				Registry::suspend_issued(council(), POPULATION_OFFICE, 0),
				Error::<Test>::ZeroLimit
			);
		});
	}
}

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
			assert_eq!(CredentialsOf::<Test>::get(ALICE).into_inner(), vec![(0, Kind::Resident)]);
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
				Registry::issue(council(), ALICE, Kind::Resident, commitment(1), None),
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
			for _ in 0..MaxCredentialsPerSubject::get() {
				assert_ok!(Registry::issue(
					signed(CLERK),
					ALICE,
					Kind::Resident,
					commitment(1),
					None
				));
			}
			assert_noop!(
				Registry::issue(signed(CLERK), ALICE, Kind::Resident, commitment(1), None),
				Error::<Test>::TooManyCredentials
			);
		});
	}
}

mod issue_by_council {
	use super::*;

	#[test]
	fn the_council_grants_a_privileged_kind() {
		ExtBuilder::default().build_and_execute(|| {
			// A plain council majority is not enough for a privileged kind.
			assert_noop!(
				Registry::issue_by_council(council(), ALICE, Kind::Treasurer, commitment(4), None),
				BadOrigin
			);
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
			assert_noop!(Registry::suspend(signed(CLERK), 0), Error::<Test>::NotTheIssuer);
			assert_ok!(Registry::revoke(council(), 0, RevocationReason::NoLongerEligible));
		});
	}

	#[test]
	fn error_paths() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registry::issue_by_council(
					signed(CLERK),
					ALICE,
					Kind::Treasurer,
					commitment(1),
					None
				),
				BadOrigin
			);
			assert_noop!(
				Registry::issue_by_council(
					signed(CLERK),
					ALICE,
					Kind::Inspector,
					commitment(1),
					None
				),
				BadOrigin
			);
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
			for _ in 0..MaxCredentialsPerSubject::get() {
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
				Error::<Test>::TooManyCredentials
			);
		});
	}
}

mod suspend_and_reinstate {
	use super::*;

	#[test]
	fn a_suspended_credential_satisfies_nothing_until_reinstated() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_ok!(Registry::suspend(signed(CLERK), 0));
			assert_eq!(last_event(), Event::CredentialSuspended { id: 0 });
			assert_eq!(status(0), CredentialStatus::Suspended);
			assert!(!Registry::has_active_credential(&ALICE, &Kind::Resident, None));
			assert_ok!(Registry::reinstate(signed(CLERK), 0));
			assert_eq!(last_event(), Event::CredentialReinstated { id: 0 });
			assert_eq!(status(0), CredentialStatus::Active);
			assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
			// The council may do the same.
			assert_ok!(Registry::suspend(council(), 0));
			assert_ok!(Registry::reinstate(council(), 0));
		});
	}

	#[test]
	fn suspend_error_paths() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_noop!(Registry::suspend(signed(CLERK), 9), Error::<Test>::CredentialNotFound);
			assert_noop!(Registry::suspend(council(), 9), Error::<Test>::CredentialNotFound);
			assert_noop!(Registry::suspend(signed(DMV), 0), Error::<Test>::NotTheIssuer);
			assert_noop!(Registry::suspend(signed(MALLORY), 0), Error::<Test>::NotTheIssuer);
			assert_noop!(Registry::suspend(RuntimeOrigin::none(), 0), BadOrigin);
			assert_ok!(Registry::suspend(signed(CLERK), 0));
			assert_noop!(Registry::suspend(signed(CLERK), 0), Error::<Test>::AlreadySuspended);
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
			assert_noop!(Registry::suspend(signed(CLERK), 0), Error::<Test>::Revoked);
			let id = issue_resident(ALICE);
			assert_ok!(Registry::erase(signed(ALICE), id));
			assert_noop!(Registry::suspend(signed(CLERK), id), Error::<Test>::Erased);
		});
	}

	#[test]
	fn reinstate_error_paths() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			assert_noop!(Registry::reinstate(signed(CLERK), 9), Error::<Test>::CredentialNotFound);
			assert_noop!(Registry::reinstate(signed(DMV), 0), Error::<Test>::NotTheIssuer);
			assert_noop!(Registry::reinstate(signed(CLERK), 0), Error::<Test>::NotSuspended);
			assert_ok!(Registry::suspend(signed(CLERK), 0));
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
			assert_noop!(Registry::reinstate(signed(CLERK), 0), Error::<Test>::Revoked);
			let id = issue_resident(ALICE);
			assert_ok!(Registry::suspend(signed(CLERK), id));
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
			let id = issue_resident(ALICE);
			assert_ok!(Registry::erase(signed(ALICE), id));
			assert_noop!(Registry::renew(signed(CLERK), id, None), Error::<Test>::Erased);
			assert_ok!(Registry::revoke(signed(CLERK), 0, RevocationReason::Fraud));
			assert_noop!(Registry::renew(signed(CLERK), 0, None), Error::<Test>::Revoked);
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
			assert_noop!(Registry::erase(council(), 0), BadOrigin);
			assert_ok!(Registry::erase(signed(ALICE), 0));
			assert_noop!(Registry::erase(signed(ALICE), 0), Error::<Test>::Erased);
		});
	}
}

mod origins {
	use super::*;

	type InspectorOrigin = EnsureCredential<IdentityRegistry, Inspector, u64>;

	#[test]
	fn ensure_credential_passes_an_active_holder_only() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registry::issue_by_council(
				council(),
				ALICE,
				Kind::Inspector,
				commitment(1),
				None
			));
			assert_eq!(InspectorOrigin::try_origin(signed(ALICE)).ok(), Some(ALICE));
			assert!(InspectorOrigin::try_origin(signed(BOB)).is_err());
			assert!(InspectorOrigin::try_origin(council()).is_err());
			assert_ok!(Registry::revoke(council(), 0, RevocationReason::NoLongerEligible));
			assert!(
				InspectorOrigin::try_origin(signed(ALICE)).is_err(),
				"a revoked inspector fails"
			);
		});
	}
}

mod disclosure {
	use super::*;

	fn attributes() -> Vec<(&'static [u8], &'static [u8], [u8; 32])> {
		vec![
			(b"name", b"Alice Example", [1; 32]),
			(b"birth_date", b"2001-04-17", [2; 32]),
			(b"address", b"12 Harbour Street", [3; 32]),
			(b"born_before_2008_01_01", b"true", [4; 32]),
			(b"licence_class", b"B", [5; 32]),
		]
	}

	fn leaves() -> Vec<H256> {
		attributes().iter().map(|(k, v, s)| attribute_leaf(k, v, s)).collect()
	}

	fn disclose(index: u32) -> Disclosure {
		let (key, value, salt) = attributes()[index as usize];
		Disclosure {
			key: bounded(key),
			value: bounded(value),
			salt,
			leaf_index: index,
			leaf_count: attributes().len() as u32,
			proof: prove(&leaves(), index).try_into().expect("short proof"),
		}
	}

	fn issue_with_attributes() -> CredentialId {
		let id = NextCredentialId::<Test>::get();
		assert_ok!(Registry::issue(signed(CLERK), ALICE, Kind::Adult, commitment(&leaves()), None));
		id
	}

	fn commitment(leaves: &[H256]) -> H256 {
		crate::disclosure::commitment(leaves)
	}

	#[test]
	fn each_attribute_is_proven_alone() {
		ExtBuilder::default().build_and_execute(|| {
			let id = issue_with_attributes();
			for index in 0..attributes().len() as u32 {
				assert_eq!(
					Registry::verify_attribute(id, &disclose(index)),
					Ok(()),
					"attribute {index}"
				);
			}
		});
	}

	#[test]
	fn a_tampered_value_salt_or_position_fails() {
		ExtBuilder::default().build_and_execute(|| {
			let id = issue_with_attributes();
			let mut wrong_value = disclose(3);
			wrong_value.value = bounded(b"false");
			assert_eq!(
				Registry::verify_attribute(id, &wrong_value),
				Err(DisclosureError::ProofInvalid)
			);
			let mut wrong_salt = disclose(3);
			wrong_salt.salt = [9; 32];
			assert_eq!(
				Registry::verify_attribute(id, &wrong_salt),
				Err(DisclosureError::ProofInvalid)
			);
			let mut wrong_index = disclose(3);
			wrong_index.leaf_index = 2;
			assert_eq!(
				Registry::verify_attribute(id, &wrong_index),
				Err(DisclosureError::ProofInvalid)
			);
			let mut out_of_range = disclose(3);
			out_of_range.leaf_index = 5;
			assert_eq!(
				Registry::verify_attribute(id, &out_of_range),
				Err(DisclosureError::ProofInvalid)
			);
		});
	}

	#[test]
	fn only_an_active_credential_discloses() {
		ExtBuilder::default().build_and_execute(|| {
			assert_eq!(
				Registry::verify_attribute(9, &disclose(0)),
				Err(DisclosureError::CredentialNotFound)
			);
			let id = issue_with_attributes();
			assert_ok!(Registry::suspend(signed(CLERK), id));
			assert_eq!(
				Registry::verify_attribute(id, &disclose(0)),
				Err(DisclosureError::CredentialNotActive(CredentialStatus::Suspended))
			);
			assert_ok!(Registry::reinstate(signed(CLERK), id));
			assert_ok!(Registry::erase(signed(ALICE), id));
			assert_eq!(
				Registry::verify_attribute(id, &disclose(0)),
				Err(DisclosureError::CredentialNotActive(CredentialStatus::Erased))
			);
		});
	}

	#[test]
	fn a_single_attribute_is_its_own_root() {
		let leaf = attribute_leaf(b"resident", b"true", &[7; 32]);
		assert_eq!(crate::disclosure::commitment(&[leaf]), leaf);
		assert!(prove(&[leaf], 0).is_empty());
	}

	#[test]
	fn the_leaf_encoding_is_the_documented_one() {
		// DOMAIN ++ SCALE(key) ++ SCALE(value) ++ salt, hashed with BLAKE2-256.
		let mut preimage = b"city-chain/attribute/v1".to_vec();
		preimage.extend_from_slice(&[4 << 2]);
		preimage.extend_from_slice(b"name");
		preimage.extend_from_slice(&[3 << 2]);
		preimage.extend_from_slice(b"Bob");
		preimage.extend_from_slice(&[0xAB; 32]);
		assert_eq!(
			attribute_leaf(b"name", b"Bob", &[0xAB; 32]),
			H256(sp_io::hashing::blake2_256(&preimage))
		);
	}
}

#[test]
fn genesis_registers_issuers_and_credentials() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		assert_eq!(NextIssuerId::<Test>::get(), 2);
		assert_eq!(ActiveIssuers::<Test>::get(), 2);
		assert_eq!(ActingFor::<Test>::get(CLERK), Some(POPULATION_OFFICE));
		assert_eq!(
			Registry::credentials_of(&ALICE)
				.into_iter()
				.map(|v| (v.id, v.status))
				.collect::<Vec<_>>(),
			vec![(0, CredentialStatus::Active)]
		);
	});
}

#[test]
fn try_state_catches_a_broken_index() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		assert_ok!(Registry::do_try_state());
		CredentialsOf::<Test>::remove(ALICE);
		assert!(Registry::do_try_state().is_err());
	});
}
