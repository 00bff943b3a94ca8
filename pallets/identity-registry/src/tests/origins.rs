//! What other pallets see: `CredentialInspect` and `EnsureCredential`, and the worst case the
//! benchmarks of those pallets are weighed with.

use super::*;
use city_primitives::credentials::{EnsureCredential, Inspector};
use frame_support::traits::EnsureOrigin;

type InspectorOrigin = EnsureCredential<IdentityRegistry, Inspector, u64>;

#[test]
fn ensure_credential_passes_an_active_holder_only() {
	ExtBuilder::default().build_and_execute(|| {
		let id = issue_by_council(ALICE, Kind::Inspector);
		assert_eq!(InspectorOrigin::try_origin(signed(ALICE)).ok(), Some(ALICE));
		assert!(InspectorOrigin::try_origin(signed(BOB)).is_err());
		assert!(InspectorOrigin::try_origin(root()).is_err());
		assert_ok!(Registry::suspend(council(), id, SuspensionReason::UnderInvestigation));
		assert!(InspectorOrigin::try_origin(signed(ALICE)).is_err(), "a suspended inspector fails");
		assert_ok!(Registry::reinstate(council(), id));
		assert_ok!(Registry::revoke(council(), id, RevocationReason::NoLongerEligible));
		assert!(InspectorOrigin::try_origin(signed(ALICE)).is_err(), "a revoked inspector fails");
	});
}

#[test]
fn has_active_credential_looks_at_the_issuer_asked_for() {
	ExtBuilder::default().build_and_execute(|| {
		let by_council = issue_by_council(ALICE, Kind::Resident);
		let by_office = issue_resident(ALICE);
		assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, Some(POPULATION_OFFICE)));
		assert_ok!(Registry::suspend(signed(CLERK), by_office, SuspensionReason::Other(1)));
		assert!(!Registry::has_active_credential(&ALICE, &Kind::Resident, Some(POPULATION_OFFICE)));
		assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None), "the council's");
		assert_ok!(Registry::revoke(council(), by_council, RevocationReason::Superseded));
		assert!(!Registry::has_active_credential(&ALICE, &Kind::Resident, None));
	});
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmarks {
	use super::*;

	/// Checks `who`'s list is the worst case for `kind`; answers its active credential.
	fn assert_worst_case(who: u64, kind: &Kind) -> CredentialId {
		let list = CredentialsOf::<Test>::get(who);
		assert_eq!(list.len() as u32, MaxCredentialsPerSubject::get(), "a full list");
		let (last, others) = list.split_last().expect("not empty");
		assert!(list.iter().all(|held| &held.kind == kind), "all of the kind asked for");
		assert_eq!(status(last.id), CredentialStatus::Active, "the active one last");
		for held in others {
			assert_eq!(status(held.id), CredentialStatus::Suspended);
		}
		let mut issuers: Vec<_> = list.iter().map(|held| held.issued_by).collect();
		issuers.dedup();
		assert!(issuers.len() > 1, "from several issuers");
		for by in &issuers {
			let count = list.iter().filter(|held| held.issued_by == *by).count() as u32;
			assert!(count <= MaxCredentialsPerIssuer::get(), "within the per-issuer bound");
		}
		last.id
	}

	#[test]
	fn a_benchmark_grant_leaves_the_worst_case_a_real_subject_reaches() {
		ExtBuilder::default().build_and_execute(|| {
			IdentityRegistry::grant_for_benchmarks(&ALICE, Kind::Inspector);
			assert_worst_case(ALICE, &Kind::Inspector);
			assert_eq!(InspectorOrigin::try_origin(signed(ALICE)).ok(), Some(ALICE));
		});
	}

	#[test]
	fn a_second_grant_keeps_the_first_active() {
		ExtBuilder::default().with_resident_alice().build_and_execute(|| {
			// Alice's genesis residency keeps its slot: the other three are inspectors.
			IdentityRegistry::grant_for_benchmarks(&ALICE, Kind::Inspector);
			let list = CredentialsOf::<Test>::get(ALICE);
			assert_eq!(list.len() as u32, MaxCredentialsPerSubject::get());
			let inspector = list.last().expect("granted").id;
			assert_eq!(status(inspector), CredentialStatus::Active);
			IdentityRegistry::grant_for_benchmarks(&ALICE, Kind::Adult);
			let list = CredentialsOf::<Test>::get(ALICE);
			assert_eq!(list.len() as u32, MaxCredentialsPerSubject::get());
			assert!(list.iter().any(|held| held.id == 0), "the genesis residency stays");
			assert!(list.iter().any(|held| held.id == inspector), "the first grant stays");
			assert!(Registry::has_active_credential(&ALICE, &Kind::Resident, None));
			assert!(Registry::has_active_credential(&ALICE, &Kind::Inspector, None));
			assert!(Registry::has_active_credential(&ALICE, &Kind::Adult, None));
			// A list full of active credentials gives up its oldest.
			IdentityRegistry::grant_for_benchmarks(&ALICE, Kind::DriversLicence);
			IdentityRegistry::grant_for_benchmarks(&ALICE, Kind::VehicleClerk);
			assert!(Registry::has_active_credential(&ALICE, &Kind::VehicleClerk, None));
		});
	}

	#[test]
	fn the_benchmark_origin_of_another_pallet_holds_the_credential() {
		ExtBuilder::default().build_and_execute(|| {
			let origin: RuntimeOrigin =
				InspectorOrigin::try_successful_origin().expect("the registry grants it");
			assert_eq!(InspectorOrigin::try_origin(origin).ok(), Some(0));
			assert_worst_case(0, &Kind::Inspector);
		});
	}
}
