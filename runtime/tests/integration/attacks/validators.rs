//! Nobody chooses the validators but two thirds of the council or a referendum: a council
//! majority cannot add or remove one, a validator cannot add itself, remove a rival or set its
//! own reward, the council cannot shrink the set below four (so finality survives one
//! validator down), and nobody registers keys they do not hold or another validator's keys.

use crate::{
	common::*,
	validators::{add, register_keys, remove, session_keys_of},
};
use city_runtime::{opaque::SessionKeys, Runtime, RuntimeOrigin, Session, ValidatorSet};
use frame_support::assert_noop;
use pallet_validator_set::Error;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;

fn set() -> Vec<sp_runtime::AccountId32> {
	pallet_validator_set::Validators::<Runtime>::get().into_inner()
}

#[test]
fn a_council_majority_cannot_add_or_remove_a_validator() {
	local(|| {
		council_of_five();
		register_keys(Ferdie);
		let before = set();
		assert_eq!(council_does(add(Ferdie), &MAJORITY_OF_FIVE), Err(DispatchError::BadOrigin));
		assert_eq!(council_does(add(Ferdie), &TWO_THIRDS_OF_FIVE), Ok(()));
		assert_eq!(council_does(remove(Ferdie), &MAJORITY_OF_FIVE), Err(DispatchError::BadOrigin));
		assert_eq!(set(), [before.clone(), vec![account(Ferdie)]].concat());
	});
}

#[test]
fn a_validator_cannot_add_itself_remove_a_rival_or_set_its_own_reward() {
	local(|| {
		register_keys(Eve);
		let before = set();
		assert_noop!(
			ValidatorSet::add_validator(RuntimeOrigin::signed(account(Eve)), account(Eve)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::signed(account(Alice)), account(Dave)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ValidatorSet::set_reward(RuntimeOrigin::signed(account(Alice)), 1_000_000),
			DispatchError::BadOrigin
		);
		// A single council member's motion (threshold one) is not two thirds either.
		assert_eq!(council_does(add(Eve), &[Alice]), Err(DispatchError::BadOrigin));
		assert_eq!(set(), before);
	});
}

#[test]
fn the_council_cannot_shrink_the_set_below_four() {
	local(|| {
		let before = set();
		assert_eq!(
			council_does(remove(Dave), &[Alice, Bob, Charlie]),
			Err(Error::<Runtime>::TooFewValidators.into())
		);
		// Nor can a referendum.
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), account(Dave)),
			Error::<Runtime>::TooFewValidators
		);
		assert_eq!(set(), before);
	});
}

#[test]
fn nobody_registers_keys_they_do_not_hold() {
	local(|| {
		// Eve's node made keys for Eve; Ferdie replays them, proof and all, as his.
		let (keys, proof) = session_keys_of(Eve);
		assert_noop!(
			Session::set_keys(RuntimeOrigin::signed(account(Ferdie)), keys.clone(), proof),
			pallet_session::Error::<Runtime>::InvalidProof
		);
		// Without a proof, or with a malformed one.
		assert_noop!(
			Session::set_keys(RuntimeOrigin::signed(account(Ferdie)), keys, Vec::new()),
			pallet_session::Error::<Runtime>::InvalidProof
		);
	});
}

#[test]
fn a_validator_s_keys_cannot_be_claimed_by_another_account() {
	local(|| {
		// Ferdie makes keys of his own, then tries to take Alice's Aura key with his GRANDPA
		// key: he cannot prove he holds it, and were the proof his, the key is Alice's.
		let alice_keys = pallet_session::NextKeys::<Runtime>::get(account(Alice)).expect("keys");
		let (ferdie_keys, ferdie_proof) = session_keys_of(Ferdie);
		let mixed = SessionKeys { aura: alice_keys.aura.clone(), grandpa: ferdie_keys.grandpa };
		assert_noop!(
			Session::set_keys(RuntimeOrigin::signed(account(Ferdie)), mixed, ferdie_proof),
			pallet_session::Error::<Runtime>::InvalidProof
		);
		assert_eq!(pallet_session::NextKeys::<Runtime>::get(account(Alice)), Some(alice_keys));
	});
}

#[test]
fn a_validator_cannot_leave_the_authorities_by_purging_its_keys() {
	local(|| {
		let alice_keys = pallet_session::NextKeys::<Runtime>::get(account(Alice));
		// `session.purgeKeys` is refused to everyone, directly or wrapped in a batch.
		assert_eq!(
			send(Alice, pallet_session::Call::purge_keys {}),
			Err(frame_system::Error::<Runtime>::CallFiltered.into())
		);
		assert_eq!(
			send(Alice, batch_all(vec![pallet_session::Call::purge_keys {}.into()])),
			Err(frame_system::Error::<Runtime>::CallFiltered.into())
		);
		// The validator set's own purge refuses keys in use.
		assert_noop!(
			ValidatorSet::purge_keys(RuntimeOrigin::signed(account(Alice))),
			Error::<Runtime>::StillValidating
		);
		assert_eq!(pallet_session::NextKeys::<Runtime>::get(account(Alice)), alice_keys);
		assert!(Session::validators().contains(&account(Alice)));
	});
}

#[test]
fn a_validator_the_council_removed_takes_its_keys_and_deposit_back_once_out() {
	local(|| {
		register_keys(Eve);
		let held = || {
			<city_runtime::Balances as frame_support::traits::fungible::InspectHold<_>>::total_balance_on_hold(
				&account(Eve),
			)
		};
		assert!(held() > 0);
		assert_eq!(council_does(add(Eve), &[Alice, Bob]), Ok(()));
		run_to_block(2 * city_runtime::genesis_config_presets::LOCAL_SESSION_LENGTH + 1);
		assert_eq!(council_does(remove(Eve), &[Alice, Bob]), Ok(()));
		assert_noop!(
			ValidatorSet::purge_keys(RuntimeOrigin::signed(account(Eve))),
			Error::<Runtime>::StillValidating
		);
		run_to_block(4 * city_runtime::genesis_config_presets::LOCAL_SESSION_LENGTH + 1);
		assert!(!Session::validators().contains(&account(Eve)));
		assert_eq!(send(Eve, pallet_validator_set::Call::purge_keys {}), Ok(()));
		assert_eq!(pallet_session::NextKeys::<Runtime>::get(account(Eve)), None);
		assert_eq!(held(), 0);
	});
}
