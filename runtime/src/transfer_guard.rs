//! [`CheckTransferFunds`]: a CITY transfer that the sender's balance cannot cover is refused
//! by the transaction pool, before inclusion, so it changes nothing (not even a fee).
//!
//! Without it, FRAME includes such a transfer, charges its fee and fails it in dispatch: the
//! resident pays for a transfer that could never have succeeded. With it, the wallet gets
//! `1010: Invalid Transaction: Inability to pay some fees (e.g. account balance too low)`
//! (`InvalidTransaction::Payment`) and no balance moves.
//!
//! The check covers `Balances::transfer_allow_death` and `Balances::transfer_keep_alive`
//! signed directly by the sender: the amount plus the transaction's fee (without tip) must be
//! within what the sender may spend (keeping the account alive for `transfer_keep_alive`).
//! Anything else passes unchanged, and the dispatch's own checks still apply.

use crate::{AccountId, Balances, Runtime, RuntimeCall, RuntimeOrigin};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::DispatchInfo,
	traits::{
		fungible::Inspect,
		tokens::{Fortitude, Preservation},
	},
};
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{AsSystemOriginSigner, Implication, TransactionExtension, ValidateResult},
	transaction_validity::{InvalidTransaction, TransactionSource, ValidTransaction},
	Weight,
};

/// Refuses, at validation, a CITY transfer its sender cannot cover (see the module docs).
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, Default)]
pub struct CheckTransferFunds;

impl core::fmt::Debug for CheckTransferFunds {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckTransferFunds")
	}
}

impl CheckTransferFunds {
	/// The amount `call` transfers and how the sender's account must be preserved, if it is
	/// a transfer this extension checks.
	fn transfer(call: &RuntimeCall) -> Option<(crate::Balance, Preservation)> {
		match call {
			RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
				value, ..
			}) => Some((*value, Preservation::Expendable)),
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive { value, .. }) => {
				Some((*value, Preservation::Preserve))
			}
			_ => None,
		}
	}

	/// Whether `who` can pay `fee` and then transfer `value`.
	pub fn can_cover(
		who: &AccountId,
		value: crate::Balance,
		fee: crate::Balance,
		preservation: Preservation,
	) -> bool {
		let spendable = <Balances as Inspect<AccountId>>::reducible_balance(
			who,
			preservation,
			Fortitude::Polite,
		);
		value.checked_add(fee).is_some_and(|needed| needed <= spendable)
	}
}

impl TransactionExtension<RuntimeCall> for CheckTransferFunds {
	const IDENTIFIER: &'static str = "CheckTransferFunds";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, call: &RuntimeCall) -> Weight {
		// One account read, and only for transfers (the fee payment reads it too, so it is
		// usually cached).
		match Self::transfer(call) {
			Some(_) => <Runtime as frame_system::Config>::DbWeight::get().reads(1),
			None => Weight::zero(),
		}
	}

	fn validate(
		&self,
		origin: RuntimeOrigin,
		call: &RuntimeCall,
		info: &DispatchInfo,
		len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<(), RuntimeCall> {
		if let (Some(who), Some((value, preservation))) =
			(origin.as_system_origin_signer(), Self::transfer(call))
		{
			let len = u32::try_from(len).map_err(|_| InvalidTransaction::ExhaustsResources)?;
			let fee = pallet_transaction_payment::Pallet::<Runtime>::compute_fee(len, info, 0);
			if !Self::can_cover(who, value, fee, preservation) {
				return Err(InvalidTransaction::Payment.into());
			}
		}
		Ok((ValidTransaction::default(), (), origin))
	}

	impl_tx_ext_default!(RuntimeCall; prepare);
}
