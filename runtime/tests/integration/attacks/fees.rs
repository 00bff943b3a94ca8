//! A tip cannot sneak an uncoverable transfer past the pool: the sender's balance must cover
//! the amount, the fee and the tip, or the transfer is refused before inclusion and nothing is
//! charged.

use crate::common::*;
use city_runtime::{configs::CityReserveAccount, RuntimeCall, System, TransactionPayment, CITY};
use codec::Encode;
use sp_keyring::Sr25519Keyring::{Eve, Ferdie};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};

fn transfer_allow_death(value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
		dest: account(Ferdie).into(),
		value,
	})
}

#[test]
fn a_tipped_transfer_the_sender_cannot_cover_is_refused_before_inclusion() {
	dev(|| {
		let (eve, ferdie, reserve) = (account(Eve), account(Ferdie), CityReserveAccount::get());
		let before = (free(&eve), free(&ferdie), free(&reserve));
		// What Eve can send with no tip: all but the fee.
		let probe = signed_extrinsic(Eve, transfer_allow_death(before.0), 0);
		let fee =
			TransactionPayment::query_info(probe.clone(), probe.encoded_size() as u32).partial_fee;
		let all_but_fee = before.0 - fee;
		// With a tip on top, Eve's balance no longer covers amount, fee and tip.
		let tip = CITY / 10;
		let tipped = signed_extrinsic(Eve, transfer_allow_death(all_but_fee), tip);
		let refused = TransactionValidityError::Invalid(InvalidTransaction::Payment);
		assert_eq!(pool_validate(tipped.clone()), Err(refused));
		assert_eq!(apply(tipped), Err(refused));
		assert_eq!((free(&eve), free(&ferdie)), (before.0, before.1), "nothing moved");
		assert_eq!(System::account_nonce(&eve), 0, "nothing was included");
		assert!(fee_paid().is_empty(), "no fee was charged");
		// Leaving room for the tip, it goes through.
		let covered = signed_extrinsic(Eve, transfer_allow_death(all_but_fee - tip - CITY), tip);
		assert_eq!(apply(covered), Ok(Ok(())));
		assert!(free(&reserve) >= before.2 + tip, "the tip reached the reserve");
	});
}
