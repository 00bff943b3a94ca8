//! Every call's success and every error path of the identity registry, the attacks on its
//! rules, the derived status of credentials, the slots, the origins other pallets use, and
//! selective disclosure. The mock and its builder are in `crate::mock`.

use crate::{mock::*, *};
use city_primitives::credentials::{
	CredentialKind as Kind, Department, MeterOperator, PayrollClerk,
};
use frame_support::{assert_noop, assert_ok, traits::Get, BoundedVec};
use sp_runtime::DispatchError::BadOrigin;

mod bulk_suspension;
mod credentials;
mod disclosure;
mod issue;
mod issuers;
mod origins;
mod slots;

type Registry = IdentityRegistry;

/// A council majority's motion: passes `CouncilOrigin` only.
fn council() -> RuntimeOrigin {
	RuntimeOrigin::signed(COUNCIL_MAJORITY)
}

/// A motion of two thirds of the council: passes `PrivilegedOrigin` (and `CouncilOrigin`).
fn privileged() -> RuntimeOrigin {
	RuntimeOrigin::signed(COUNCIL_TWO_THIRDS)
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn bounded<T: Clone + core::fmt::Debug, S: Get<u32>>(items: &[T]) -> BoundedVec<T, S> {
	items.to_vec().try_into().expect("within bounds")
}

fn custom(name: &[u8]) -> Kind {
	Kind::Custom(name.to_vec().try_into().expect("short name"))
}

/// The privileged kinds of the mock (and the runtime).
fn privileged_kinds() -> [Kind; 4] {
	[Kind::Treasurer, Kind::Inspector, PayrollClerk::get(), MeterOperator::get()]
}

/// Issues a resident credential to `who` from the population office; returns its id.
fn issue_resident(who: u64) -> CredentialId {
	issue_from(CLERK, who, Kind::Resident, None)
}

/// `clerk` issues `kind` to `who`, expiring at `expires_at`; returns its id.
fn issue_from(clerk: u64, who: u64, kind: Kind, expires_at: Option<u64>) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Registry::issue(signed(clerk), who, kind, commitment(7), expires_at));
	id
}

/// The council issues `kind` to `who`; returns its id.
fn issue_by_council(who: u64, kind: Kind) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Registry::issue_by_council(privileged(), who, kind, commitment(8), None));
	id
}

fn status(id: CredentialId) -> CredentialStatus {
	Registry::credential(id).expect("exists").status
}

/// The ids on `who`'s list of live credentials.
fn live(who: u64) -> Vec<CredentialId> {
	CredentialsOf::<Test>::get(who).iter().map(|held| held.id).collect()
}

/// The ids in `who`'s past.
fn past(who: u64) -> Vec<CredentialId> {
	let mut ids: Vec<_> = PastCredentialsOf::<Test>::iter_key_prefix(who).collect();
	ids.sort();
	ids
}

/// What the runtime API answers for `who`: ids with their status.
fn listed(who: u64) -> Vec<(CredentialId, CredentialStatus)> {
	Registry::credentials_of(&who).into_iter().map(|view| (view.id, view.status)).collect()
}

#[test]
fn genesis_registers_issuers_and_credentials() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		assert_eq!(NextIssuerId::<Test>::get(), 2);
		assert_eq!(ActiveIssuers::<Test>::get(), 2);
		assert_eq!(ActingFor::<Test>::get(CLERK), Some(POPULATION_OFFICE));
		assert_eq!(listed(ALICE), vec![(0, CredentialStatus::Active)]);
		assert_eq!(
			CredentialsOf::<Test>::get(ALICE).into_inner(),
			vec![HeldCredential {
				id: 0,
				kind: Kind::Resident,
				issued_by: IssuedBy::Issuer(POPULATION_OFFICE)
			}]
		);
	});
}

#[test]
#[should_panic(expected = "a genesis issuer issues only the kinds it lists")]
fn genesis_refuses_an_issuer_credential_of_a_kind_it_does_not_list() {
	ExtBuilder::default().with_credential(ALICE, Kind::Inspector, Some(POPULATION_OFFICE)).build();
}

#[test]
#[should_panic(expected = "genesis credentials fit MaxCredentialsPerSubject")]
fn genesis_keeps_the_per_issuer_bound() {
	ExtBuilder::default()
		.with_credential(ALICE, Kind::Resident, Some(POPULATION_OFFICE))
		.with_credential(ALICE, Kind::Adult, Some(POPULATION_OFFICE))
		.with_credential(ALICE, Kind::Resident, Some(POPULATION_OFFICE))
		.build();
}

#[test]
fn the_council_grants_privileged_kinds_at_genesis() {
	ExtBuilder::default().with_credential(ALICE, Kind::Treasurer, None).build_and_execute(|| {
		assert!(Registry::has_active_credential(&ALICE, &Kind::Treasurer, None));
	});
}

#[test]
fn the_integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<Registry as frame_support::traits::IntegrityTest>::integrity_test();
	});
}

#[test]
fn try_state_catches_a_missing_list() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		assert_ok!(Registry::do_try_state());
		CredentialsOf::<Test>::remove(ALICE);
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_credential_both_live_and_past() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		PastCredentialsOf::<Test>::insert(ALICE, 0, ());
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_revoked_credential_left_on_the_list() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		Credentials::<Test>::mutate(0, |c| {
			c.as_mut().expect("exists").state =
				CredentialState::Revoked { reason: RevocationReason::Fraud, at: 1 }
		});
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_an_active_credential_in_the_past() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		CredentialsOf::<Test>::remove(ALICE);
		PastCredentialsOf::<Test>::insert(ALICE, 0, ());
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_too_many_from_one_issuer() {
	ExtBuilder::default().build().execute_with(|| {
		let held = |id| HeldCredential { id, kind: Kind::Adult, issued_by: IssuedBy::Council };
		for id in 0..3 {
			Credentials::<Test>::insert(
				id,
				Credential {
					subject: ALICE,
					kind: Kind::Adult,
					issued_by: IssuedBy::Council,
					commitment: Some(commitment(1)),
					issued_at: 1,
					expires_at: None,
					state: CredentialState::Active,
					erased_at: None,
				},
			);
		}
		NextCredentialId::<Test>::put(3);
		CredentialsOf::<Test>::insert(
			ALICE,
			bounded::<_, MaxCredentialsPerSubject>(&[held(0), held(1), held(2)]),
		);
		assert!(Registry::do_try_state().is_err());
	});
}
