//! [`ChargeFeeCoveringTransfers`]: transaction payment (`pallet-transaction-payment`'s
//! `ChargeTransactionPayment`, unchanged for wallets: the same identifier, the same encoded
//! tip) that also refuses, in the transaction pool and before inclusion, a CITY transfer that
//! the sender's balance cannot cover together with its fee and tip. Such a transfer changes
//! nothing (not even a fee).
//!
//! Without it, FRAME includes such a transfer, charges its fee and fails it in dispatch: the
//! resident pays for a transfer that could never have succeeded. With it, the wallet gets
//! `1010: Invalid Transaction: Inability to pay some fees (e.g. account balance too low)`
//! (`InvalidTransaction::Payment`) and no balance moves.
//!
//! The check covers `Balances::transfer_allow_death` and `Balances::transfer_keep_alive`, signed
//! directly or wrapped (`super::wrapped`: in a batch, through a proxy, a derivative account or
//! a multisig approval that executes): what the transaction transfers out of each account, in
//! sum, must be within what that account may spend (keeping it alive if any of its transfers is
//! `transfer_keep_alive`), and for the signer, who pays, together with the fee, tip included.
//! So a batch whose transfers together exceed the balance is refused whole, even a `batch`
//! whose first transfers alone would have succeeded: split it. It lives in the fee extension
//! because only that extension knows the tip. Anything else passes unchanged, and the
//! dispatch's own checks still apply.

use super::wrapped;
use crate::weights::city_extensions::{SubstrateWeight as CityExtensionsWeight, WeightInfo as _};
use crate::{AccountId, Balances, Runtime, RuntimeCall, RuntimeOrigin};
use alloc::collections::BTreeMap;
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{DispatchInfo, PostDispatchInfo},
	traits::{
		fungible::Inspect,
		tokens::{Fortitude, Preservation},
	},
};
use sp_runtime::{
	traits::{AsSystemOriginSigner, Implication, TransactionExtension, ValidateResult},
	transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	DispatchResult, Weight,
};

/// The fee extension wallets know as `ChargeTransactionPayment`.
type Charge = pallet_transaction_payment::ChargeTransactionPayment<Runtime>;

/// Charges the fee and tip as `pallet-transaction-payment` does, and refuses at validation a CITY
/// transfer its sender cannot cover with them (see the module docs). Encodes, and is described
/// in the metadata, exactly as `ChargeTransactionPayment` (its tip).
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq)]
pub struct ChargeFeeCoveringTransfers(pub Charge);

impl ChargeFeeCoveringTransfers {
	/// The extension with `tip`, as a wallet builds it.
	pub fn from(tip: crate::Balance) -> Self {
		Self(Charge::from(tip))
	}

	/// Whether `call` is a transfer this extension checks (itself, not through a wrapper).
	pub fn is_transfer(call: &RuntimeCall) -> bool {
		Self::transfer(call).is_some()
	}

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

	/// Whether `who` can pay `fee` (its tip included) and then transfer `value`.
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

impl core::fmt::Debug for ChargeFeeCoveringTransfers {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "ChargeFeeCoveringTransfers({:?})", self.0)
	}
}

impl scale_info::TypeInfo for ChargeFeeCoveringTransfers {
	type Identity = Charge;

	fn type_info() -> scale_info::Type {
		Charge::type_info()
	}
}

impl TransactionExtension<RuntimeCall> for ChargeFeeCoveringTransfers {
	const IDENTIFIER: &'static str = Charge::IDENTIFIER;
	type Implicit = ();
	type Val = <Charge as TransactionExtension<RuntimeCall>>::Val;
	type Pre = <Charge as TransactionExtension<RuntimeCall>>::Pre;

	fn weight(&self, call: &RuntimeCall) -> Weight {
		// Measured on the runtime, on a transfer (fee payment and check) and on anything else
		// (the fee payment alone), the payer's account already read by `CheckNonce`; and for
		// wrapped transfers, each one's check (its account read) and finding the accounts.
		if Self::is_transfer(call) {
			return <CityExtensionsWeight<Runtime>>::charge_fee_covering_transfer();
		}
		let (transfers, unwrapping) = wrapped::count(call, Self::is_transfer);
		<CityExtensionsWeight<Runtime>>::charge_fee()
			.saturating_add(
				<CityExtensionsWeight<Runtime>>::cover_wrapped_transfer()
					.saturating_mul(transfers.into()),
			)
			.saturating_add(unwrapping)
	}

	fn validate(
		&self,
		origin: RuntimeOrigin,
		call: &RuntimeCall,
		info: &DispatchInfo,
		len: usize,
		self_implicit: (),
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, RuntimeCall> {
		if let Some(who) = origin.as_system_origin_signer() {
			let who: &AccountId = who;
			// What the transaction transfers out of each account, and whether one of those
			// transfers keeps the account alive.
			// (A map: a batch may take each transfer from another account.)
			let mut outgoing: BTreeMap<AccountId, (crate::Balance, Preservation)> = BTreeMap::new();
			wrapped::judge(who, call, Self::is_transfer, &mut |from, transfer| {
				let Some((value, preservation)) = Self::transfer(transfer) else { return Ok(()) };
				let (sum, kept) =
					outgoing.entry(from.clone()).or_insert((0, Preservation::Expendable));
				*sum = sum.checked_add(value).ok_or(InvalidTransaction::Payment)?;
				if preservation == Preservation::Preserve {
					*kept = Preservation::Preserve;
				}
				Ok(())
			})?;
			if !outgoing.is_empty() {
				let length =
					u32::try_from(len).map_err(|_| InvalidTransaction::ExhaustsResources)?;
				let fee = pallet_transaction_payment::Pallet::<Runtime>::compute_fee(
					length,
					info,
					self.0.tip(),
				);
				for (from, (value, preservation)) in &outgoing {
					let fee = if from == who { fee } else { 0 };
					if !Self::can_cover(from, *value, fee, *preservation) {
						return Err(InvalidTransaction::Payment.into());
					}
				}
			}
		}
		self.0.validate(origin, call, info, len, self_implicit, inherited_implication, source)
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &RuntimeOrigin,
		call: &RuntimeCall,
		info: &DispatchInfo,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		self.0.prepare(val, origin, call, info, len)
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfo,
		post_info: &PostDispatchInfo,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		Charge::post_dispatch_details(pre, info, post_info, len, result)
	}
}
