//! CITY transfers as wallets send them (signed extrinsics through `Executive`): the fee, where
//! it goes, and how bad transactions are refused without changing anything.

use crate::common::*;
use city_runtime::{configs::CityReserveAccount, Runtime, RuntimeCall, TransactionPayment, CITY};
use codec::Encode;
use frame_support::assert_ok;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Eve, Ferdie};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};

fn transfer_keep_alive(to: sp_keyring::Sr25519Keyring, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.to_account_id().into(),
		value,
	})
}

fn transfer_allow_death(to: sp_keyring::Sr25519Keyring, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
		dest: to.to_account_id().into(),
		value,
	})
}

#[test]
fn a_transfer_moves_the_amount_and_its_fee_goes_to_the_city_reserve() {
	dev(|| {
		let (alice, bob, reserve) = (account(Alice), account(Bob), CityReserveAccount::get());
		let (alice_before, bob_before, reserve_before) = (free(&alice), free(&bob), free(&reserve));
		let issuance_before = pallet_balances::TotalIssuance::<Runtime>::get();
		let amount = 12 * CITY + 345;

		let xt = signed_extrinsic(Alice, transfer_keep_alive(Bob, amount), 0);
		let quoted =
			TransactionPayment::query_info(xt.clone(), xt.encoded_size() as u32).partial_fee;
		assert_ok!(apply(xt).expect("valid"));

		let fee = fee_paid();
		assert_eq!(fee.len(), 1);
		let fee = fee[0];
		assert!(fee > 0);
		assert_eq!(fee, quoted, "the fee charged is the fee quoted by payment_queryInfo");
		assert_eq!(free(&bob), bob_before + amount);
		assert_eq!(free(&alice), alice_before - amount - fee);
		assert_eq!(free(&reserve), reserve_before + fee, "the whole fee reaches the reserve");
		assert_eq!(
			pallet_balances::TotalIssuance::<Runtime>::get(),
			issuance_before,
			"none burned"
		);
		// A plain transfer costs a small fraction of a CITY.
		assert!(fee < CITY / 100, "fee {fee}");
	});
}

#[test]
fn a_tip_goes_to_the_reserve_too() {
	dev(|| {
		let reserve = CityReserveAccount::get();
		let before = free(&reserve);
		let tip = CITY / 10;
		assert_ok!(
			apply(signed_extrinsic(Alice, transfer_keep_alive(Bob, CITY), tip)).expect("valid")
		);
		let fee = fee_paid()[0];
		assert!(fee > tip);
		assert_eq!(free(&reserve), before + fee);
	});
}

#[test]
fn a_bad_signature_is_refused_and_changes_nothing() {
	dev(|| {
		let (alice, bob) = (account(Alice), account(Bob));
		let (alice_before, bob_before) = (free(&alice), free(&bob));
		// Signed by Ferdie, claiming to be Alice.
		let honest = signed_extrinsic(Ferdie, transfer_keep_alive(Bob, CITY), 0);
		let forged = city_runtime::UncheckedExtrinsic::new_signed(
			transfer_keep_alive(Bob, CITY),
			sp_runtime::MultiAddress::Id(alice.clone()),
			match honest.preamble {
				sp_runtime::generic::Preamble::Signed(_, signature, _) => signature,
				_ => unreachable!("a signed extrinsic"),
			},
			match signed_extrinsic(Alice, transfer_keep_alive(Bob, CITY), 0).preamble {
				sp_runtime::generic::Preamble::Signed(_, _, ext) => ext,
				_ => unreachable!("a signed extrinsic"),
			},
		);
		assert_eq!(
			apply(forged),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);
		assert_eq!((free(&alice), free(&bob)), (alice_before, bob_before));
	});
}

#[test]
fn a_replayed_transaction_is_refused_and_changes_nothing() {
	dev(|| {
		let xt = signed_extrinsic(Alice, transfer_keep_alive(Bob, CITY), 0);
		assert_ok!(apply(xt.clone()).expect("valid"));
		let (alice, bob) = (free(&account(Alice)), free(&account(Bob)));
		assert_eq!(apply(xt), Err(TransactionValidityError::Invalid(InvalidTransaction::Stale)));
		assert_eq!((free(&account(Alice)), free(&account(Bob))), (alice, bob));
	});
}

#[test]
fn a_transfer_beyond_the_balance_is_refused_before_any_fee() {
	dev(|| {
		let (eve, ferdie, reserve) = (account(Eve), account(Ferdie), CityReserveAccount::get());
		let before = (free(&eve), free(&ferdie), free(&reserve));
		let refused = Err(TransactionValidityError::Invalid(InvalidTransaction::Payment));

		// More than Eve has.
		assert_eq!(
			apply(signed_extrinsic(Eve, transfer_allow_death(Ferdie, before.0 + 1), 0)),
			refused
		);
		// All Eve has: nothing left for the fee.
		assert_eq!(
			apply(signed_extrinsic(Eve, transfer_allow_death(Ferdie, before.0), 0)),
			refused
		);
		// Kept alive, Eve cannot send what would take her below the existential deposit.
		let all_but_ed = before.0 - existential_deposit();
		assert_eq!(
			apply(signed_extrinsic(Eve, transfer_keep_alive(Ferdie, all_but_ed), 0)),
			refused
		);
		// And a balance's dispatch check still guards anything the pool would let through.
		assert_eq!((free(&eve), free(&ferdie), free(&reserve)), before);
		assert_eq!(city_runtime::System::account_nonce(&eve), 0, "nothing was included");
	});
}

#[test]
fn everything_but_the_fee_can_be_sent_when_the_account_may_close() {
	dev(|| {
		let (eve, ferdie) = (account(Eve), account(Ferdie));
		let (eve_before, ferdie_before) = (free(&eve), free(&ferdie));
		// The fee does not depend on the amount's value, only on the call's weight and length.
		let probe = signed_extrinsic(Eve, transfer_allow_death(Ferdie, eve_before), 0);
		let fee =
			TransactionPayment::query_info(probe.clone(), probe.encoded_size() as u32).partial_fee;
		let xt = signed_extrinsic(Eve, transfer_allow_death(Ferdie, eve_before - fee), 0);
		assert_ok!(apply(xt).expect("valid"));
		assert_eq!(fee_paid(), vec![fee]);
		assert_eq!(free(&ferdie), ferdie_before + eve_before - fee);
		assert_eq!(free(&eve), 0);
		assert!(!frame_system::Account::<Runtime>::contains_key(&eve), "Eve's account closed");
	});
}

#[test]
fn existential_deposit_is_a_hundredth_of_a_city() {
	assert_eq!(city_runtime::EXISTENTIAL_DEPOSIT, CITY / 100);
	dev(|| assert_eq!(existential_deposit(), CITY / 100));
}
