//! The identity registry in the real runtime: the development genesis, residents and
//! referenda (`CheckResidentVote`), and a credential as another pallet's origin.

use crate::common::*;
use city_primitives::credentials::{self, CredentialInspect, CredentialKind, Department};
use city_runtime::{
	genesis_config_presets::{dev_resident_commitment, dev_resident_salt, POPULATION_OFFICE_NAME},
	resident_vote::NOT_A_RESIDENT,
	AccountId, IdentityRegistry, Runtime, RuntimeCall, RuntimeOrigin, System, CITY,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{EnsureOrigin, StorePreimage},
};
use pallet_democracy::Conviction;
use pallet_identity_registry::{
	disclosure::{self, Disclosure},
	CredentialStatus, Error, IssuedBy, RevocationReason, SuspensionReason,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError,
};

/// The pool's answer to a democracy call from someone who is not a resident.
const NOT_A_RESIDENT_ERROR: TransactionValidityError =
	TransactionValidityError::Invalid(InvalidTransaction::Custom(NOT_A_RESIDENT));

/// The runtime's origin for "a signed inspector", as a city pallet's `Config` names it.
type InspectorOrigin =
	credentials::EnsureCredential<IdentityRegistry, credentials::Inspector, AccountId>;

fn is_resident(who: Sr25519Keyring) -> bool {
	IdentityRegistry::has_active_credential(&account(who), &CredentialKind::Resident, None)
}

/// Alice, the population office's clerk, issues `kind` to `subject`; answers its id.
fn issue(subject: Sr25519Keyring, kind: CredentialKind) -> u64 {
	let id = pallet_identity_registry::NextCredentialId::<Runtime>::get();
	assert_ok!(IdentityRegistry::issue(
		RuntimeOrigin::signed(account(Alice)),
		account(subject),
		kind,
		H256::repeat_byte(7),
		None
	));
	id
}

fn delegate(to: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::Democracy(pallet_democracy::Call::delegate {
		to: account(to).into(),
		conviction: Conviction::Locked1x,
		balance: CITY,
	})
}

#[test]
fn development_genesis_has_the_population_office_and_three_residents() {
	dev(|| {
		let office = pallet_identity_registry::Issuers::<Runtime>::get(0).expect("issuer 0");
		assert_eq!(office.department, Department::PopulationOffice);
		assert_eq!(office.name.to_vec(), POPULATION_OFFICE_NAME.as_bytes().to_vec());
		assert_eq!(office.accounts.to_vec(), vec![account(Alice)]);
		assert_eq!(office.kinds.to_vec(), vec![CredentialKind::Resident, CredentialKind::Adult]);

		for (who, name) in [(Alice, "Alice"), (Bob, "Bob"), (Charlie, "Charlie")] {
			assert!(is_resident(who), "{name} is a resident");
			let [view] = IdentityRegistry::credentials_of(&account(who))
				.try_into()
				.expect("one credential each");
			assert_eq!(view.credential.issued_by, IssuedBy::Issuer(0));
			assert_eq!(view.credential.commitment, Some(dev_resident_commitment(name)));

			// The documented test attribute proves the name, and only that credential's.
			let salt = dev_resident_salt(name);
			let disclosure = Disclosure {
				key: b"name".to_vec().try_into().expect("short"),
				value: name.as_bytes().to_vec().try_into().expect("short"),
				salt,
				leaf_index: 0,
				leaf_count: 1,
				proof: Default::default(),
			};
			assert_eq!(IdentityRegistry::verify_attribute(view.id, &disclosure), Ok(()));
			let other = if view.id == 0 { 1 } else { 0 };
			assert_eq!(
				IdentityRegistry::verify_attribute(other, &disclosure),
				Err(disclosure::DisclosureError::ProofInvalid)
			);
		}
		for who in [Dave, Eve, Ferdie] {
			assert!(!is_resident(who));
		}
		assert_ok!(IdentityRegistry::do_try_state());
	});
}

#[test]
fn a_resident_votes_and_a_non_resident_is_refused_before_inclusion() {
	dev(|| {
		let referendum = start_referendum();

		assert_eq!(apply(signed_extrinsic(Bob, vote(referendum), 0)), Ok(Ok(())));
		assert!(pallet_democracy::VotingOf::<Runtime>::get(account(Bob)).locked_balance() > 0);

		// Dave is no resident: refused, nothing charged, nothing recorded.
		let dave_before = free(&account(Dave));
		for call in [vote(referendum), delegate(Bob)] {
			assert_eq!(apply(signed_extrinsic(Dave, call, 0)), Err(NOT_A_RESIDENT_ERROR));
		}
		let propose = RuntimeCall::Democracy(pallet_democracy::Call::propose {
			proposal: <Runtime as pallet_democracy::Config>::Preimages::bound(RuntimeCall::System(
				frame_system::Call::remark { remark: vec![2] },
			))
			.expect("inline"),
			value: 100 * CITY,
		});
		assert_eq!(apply(signed_extrinsic(Dave, propose.clone(), 0)), Err(NOT_A_RESIDENT_ERROR));
		let second = RuntimeCall::Democracy(pallet_democracy::Call::second { proposal: 0 });
		assert_eq!(apply(signed_extrinsic(Dave, second.clone(), 0)), Err(NOT_A_RESIDENT_ERROR));
		assert_eq!(free(&account(Dave)), dave_before);
		assert_eq!(System::account_nonce(account(Dave)), 0);
		assert_eq!(pallet_democracy::VotingOf::<Runtime>::get(account(Dave)).locked_balance(), 0);

		// Residents propose and second as before.
		assert_eq!(apply(signed_extrinsic(Charlie, propose, 0)), Ok(Ok(())));
		assert_eq!(apply(signed_extrinsic(Bob, second, 0)), Ok(Ok(())));

		// Dave's other calls go through unchanged.
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![3] });
		assert_eq!(apply(signed_extrinsic(Dave, remark, 0)), Ok(Ok(())));

		// A resident credential lets Dave vote; suspended, revoked or erased, it does not.
		let id = issue(Dave, CredentialKind::Resident);
		assert_eq!(apply(signed_extrinsic(Dave, vote(referendum), 0)), Ok(Ok(())));
		assert_ok!(IdentityRegistry::suspend(
			RuntimeOrigin::signed(account(Alice)),
			id,
			SuspensionReason::UnderInvestigation
		));
		assert_eq!(apply(signed_extrinsic(Dave, vote(referendum), 0)), Err(NOT_A_RESIDENT_ERROR));
		assert_ok!(IdentityRegistry::reinstate(RuntimeOrigin::signed(account(Alice)), id));
		assert_eq!(apply(signed_extrinsic(Dave, vote(referendum), 0)), Ok(Ok(())));
		assert_ok!(IdentityRegistry::erase(RuntimeOrigin::signed(account(Dave)), id));
		assert_eq!(apply(signed_extrinsic(Dave, vote(referendum), 0)), Err(NOT_A_RESIDENT_ERROR));
		assert_ok!(IdentityRegistry::do_try_state());
	});
}

#[test]
fn a_credential_of_another_kind_does_not_make_a_resident() {
	dev(|| {
		issue(Eve, CredentialKind::Adult);
		assert_eq!(apply(signed_extrinsic(Eve, delegate(Bob), 0)), Err(NOT_A_RESIDENT_ERROR));
	});
}

#[test]
fn a_revoked_inspectors_origin_fails() {
	dev(|| {
		// No department issues inspectors: the kind certifies city money, so only two thirds
		// of the council (or Root) grant it.
		assert_noop!(
			IdentityRegistry::register_issuer(
				RuntimeOrigin::root(),
				Department::PublicWorks,
				b"Public Works".to_vec().try_into().expect("short"),
				vec![account(Ferdie)].try_into().expect("one account"),
				vec![CredentialKind::Inspector].try_into().expect("one kind"),
			),
			Error::<Runtime>::PrivilegedKind
		);
		assert_noop!(
			IdentityRegistry::register_issuer(
				RuntimeOrigin::signed(account(Alice)),
				Department::Police,
				b"Police".to_vec().try_into().expect("short"),
				vec![account(Dave)].try_into().expect("one account"),
				vec![CredentialKind::PoliceOfficer].try_into().expect("one kind"),
			),
			DispatchError::BadOrigin
		);

		assert!(InspectorOrigin::try_origin(RuntimeOrigin::signed(account(Eve))).is_err());
		let id = pallet_identity_registry::NextCredentialId::<Runtime>::get();
		assert_ok!(IdentityRegistry::issue_by_council(
			RuntimeOrigin::root(),
			account(Eve),
			CredentialKind::Inspector,
			H256::repeat_byte(9),
			None
		));
		assert_eq!(
			InspectorOrigin::try_origin(RuntimeOrigin::signed(account(Eve))).ok(),
			Some(account(Eve))
		);

		// The population office cannot revoke what the council issued.
		assert_noop!(
			IdentityRegistry::revoke(
				RuntimeOrigin::signed(account(Alice)),
				id,
				RevocationReason::Fraud
			),
			Error::<Runtime>::NotTheIssuer
		);
		assert_ok!(IdentityRegistry::revoke(
			RuntimeOrigin::root(),
			id,
			RevocationReason::NoLongerEligible
		));
		assert!(InspectorOrigin::try_origin(RuntimeOrigin::signed(account(Eve))).is_err());
		// Revoked stays on record for audits.
		let view = IdentityRegistry::credential(id).expect("kept");
		assert_eq!(view.status, CredentialStatus::Revoked);
		assert_ok!(IdentityRegistry::do_try_state());
	});
}

#[test]
fn privileged_kinds_need_two_thirds_of_the_council() {
	dev(|| {
		use city_runtime::configs::CouncilCollective;
		let council = |yes, of| -> RuntimeOrigin {
			pallet_collective::RawOrigin::<AccountId, CouncilCollective>::Members(yes, of).into()
		};
		let grant = |origin| {
			IdentityRegistry::issue_by_council(
				origin,
				account(Dave),
				CredentialKind::Treasurer,
				H256::repeat_byte(3),
				None,
			)
		};
		assert_noop!(grant(council(1, 2)), DispatchError::BadOrigin);
		assert_noop!(grant(council(3, 5)), DispatchError::BadOrigin);
		assert_ok!(grant(council(2, 3)));
		assert!(IdentityRegistry::has_active_credential(
			&account(Dave),
			&CredentialKind::Treasurer,
			None
		));
		// An ordinary kind by a simple majority of the council.
		assert_ok!(IdentityRegistry::issue_by_council(
			council(2, 3),
			account(Dave),
			CredentialKind::Resident,
			H256::repeat_byte(4),
			None
		));
		assert_noop!(
			IdentityRegistry::issue_by_council(
				council(1, 3),
				account(Eve),
				CredentialKind::Resident,
				H256::repeat_byte(4),
				None
			),
			DispatchError::BadOrigin
		);
	});
}
