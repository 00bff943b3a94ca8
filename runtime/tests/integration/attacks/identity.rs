//! Nobody is locked out of residency: dead credentials free their slots, and one issuer cannot
//! fill a resident's list.

use crate::common::*;
use city_primitives::credentials::{CredentialInspect, CredentialKind, Department};
use city_runtime::{configs::MaxCredentialsPerIssuer, IdentityRegistry, Runtime, RuntimeOrigin};
use frame_support::{assert_noop, assert_ok};
use pallet_identity_registry::{CredentialStatus, Error, RevocationReason};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Dave, Ferdie};

/// The council registers a sports office, with Ferdie acting for it, issuing adults' and
/// drivers' credentials. Answers its issuer id.
fn a_second_issuer() -> u32 {
	let id = pallet_identity_registry::NextIssuerId::<Runtime>::get();
	assert_ok!(IdentityRegistry::register_issuer(
		RuntimeOrigin::root(),
		Department::Other(7),
		b"Sports Office".to_vec().try_into().expect("short"),
		vec![account(Ferdie)].try_into().expect("one account"),
		vec![CredentialKind::Adult, CredentialKind::DriversLicence].try_into().expect("two"),
	));
	id
}

fn issue_as(clerk: sp_keyring::Sr25519Keyring, kind: CredentialKind) -> sp_runtime::DispatchResult {
	IdentityRegistry::issue(
		RuntimeOrigin::signed(account(clerk)),
		account(Dave),
		kind,
		H256::repeat_byte(5),
		None,
	)
}

#[test]
fn one_issuer_cannot_fill_a_residents_slots() {
	dev(|| {
		a_second_issuer();
		let bound = MaxCredentialsPerIssuer::get();
		for _ in 0..bound {
			assert_ok!(issue_as(Ferdie, CredentialKind::Adult));
		}
		assert_noop!(issue_as(Ferdie, CredentialKind::Adult), Error::<Runtime>::TooManyFromIssuer);
		// The population office still makes Dave a resident.
		assert_ok!(issue_as(Alice, CredentialKind::Resident));
		assert!(IdentityRegistry::has_active_credential(
			&account(Dave),
			&CredentialKind::Resident,
			None
		));
	});
}

#[test]
fn dead_credentials_cannot_lock_a_resident_out_of_residency() {
	dev(|| {
		a_second_issuer();
		let bound = MaxCredentialsPerIssuer::get();
		// The sports office issues as many as it may, then revokes them all.
		let first = pallet_identity_registry::NextCredentialId::<Runtime>::get();
		for _ in 0..bound {
			assert_ok!(issue_as(Ferdie, CredentialKind::DriversLicence));
		}
		for id in first..first + u64::from(bound) {
			assert_ok!(IdentityRegistry::revoke(
				RuntimeOrigin::signed(account(Ferdie)),
				id,
				RevocationReason::NoLongerEligible
			));
		}
		// The revoked ones left Dave's list (and stay on record); the office can issue again.
		assert!(pallet_identity_registry::CredentialsOf::<Runtime>::get(account(Dave)).is_empty());
		assert_eq!(
			IdentityRegistry::credential(first).map(|view| view.status),
			Some(CredentialStatus::Revoked)
		);
		assert_eq!(IdentityRegistry::credentials_of(&account(Dave)).len(), bound as usize);
		assert_ok!(issue_as(Ferdie, CredentialKind::DriversLicence));
		assert_ok!(issue_as(Alice, CredentialKind::Resident));
		assert!(IdentityRegistry::has_active_credential(
			&account(Dave),
			&CredentialKind::Resident,
			None
		));
	});
}

#[test]
fn expired_credentials_make_room_for_new_ones() {
	dev(|| {
		a_second_issuer();
		let bound = MaxCredentialsPerIssuer::get();
		let expiry = frame_system::Pallet::<Runtime>::block_number() + 10;
		for _ in 0..bound {
			assert_ok!(IdentityRegistry::issue(
				RuntimeOrigin::signed(account(Ferdie)),
				account(Dave),
				CredentialKind::Adult,
				H256::repeat_byte(6),
				Some(expiry),
			));
		}
		assert_noop!(issue_as(Ferdie, CredentialKind::Adult), Error::<Runtime>::TooManyFromIssuer);
		run_to_block(expiry);
		// Expired: pruned from the list when a new one would not fit.
		assert_ok!(issue_as(Ferdie, CredentialKind::Adult));
		assert!(IdentityRegistry::has_active_credential(
			&account(Dave),
			&CredentialKind::Adult,
			None
		));
	});
}
