//! [`CheckResidentVote`]: only residents take part in referenda.
//!
//! A `Democracy` `propose`, `second`, `vote` or `delegate` signed by an account without an
//! active resident credential (from the identity registry) is refused by the transaction
//! pool, before inclusion, with `InvalidTransaction::Custom(NOT_A_RESIDENT)`: wallets show
//! `1010: Invalid Transaction: Custom error: 1`. Nothing is charged and nothing changes.
//! Every other call passes untouched, and the signed payload is unchanged (this extension
//! adds no bytes), so unmodified wallets sign exactly as before.
//!
//! The check looks inside the calls that wrap others (`super::wrapped`): a vote in a batch is
//! the signer's, a vote through `proxy.proxy` is the proxied account's, a vote through a
//! multisig is the multisig account's, and each must be a resident's. A non-resident cannot
//! vote by wrapping the vote, and a resident's proxy cannot vote for a non-resident.
//!
//! The check runs again when the transaction is applied, so a credential revoked between
//! submission and inclusion still stops the vote.

use super::wrapped;
use crate::weights::city_extensions::{SubstrateWeight as CityExtensionsWeight, WeightInfo as _};
use crate::{AccountId, IdentityRegistry, Runtime, RuntimeCall, RuntimeOrigin};
use city_primitives::credentials::{CredentialInspect, CredentialKind};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::dispatch::DispatchInfo;
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{AsSystemOriginSigner, Implication, TransactionExtension, ValidateResult},
	transaction_validity::{InvalidTransaction, TransactionSource, ValidTransaction},
	Weight,
};

/// The custom validity error of a democracy call from someone who is not a resident.
pub const NOT_A_RESIDENT: u8 = 1;

/// Refuses democracy participation by non-residents (see the module docs).
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, Default)]
pub struct CheckResidentVote;

impl core::fmt::Debug for CheckResidentVote {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckResidentVote")
	}
}

impl CheckResidentVote {
	/// Whether `call` is taking part in a referendum (itself, not through a wrapper).
	pub fn is_participation(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::Democracy(
				pallet_democracy::Call::propose { .. }
					| pallet_democracy::Call::second { .. }
					| pallet_democracy::Call::vote { .. }
					| pallet_democracy::Call::delegate { .. }
			)
		)
	}
}

impl TransactionExtension<RuntimeCall> for CheckResidentVote {
	const IDENTIFIER: &'static str = "CheckResidentVote";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, call: &RuntimeCall) -> Weight {
		// Each vote, measured at the worst case (the voter's whole list of credentials
		// searched), and finding the accounts of the wrapped ones.
		let (votes, unwrapping) = wrapped::count(call, Self::is_participation);
		<CityExtensionsWeight<Runtime>>::check_resident_vote()
			.saturating_mul(votes.into())
			.saturating_add(unwrapping)
	}

	fn validate(
		&self,
		origin: RuntimeOrigin,
		call: &RuntimeCall,
		_info: &DispatchInfo,
		_len: usize,
		_self_implicit: (),
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<(), RuntimeCall> {
		if let Some(who) = origin.as_system_origin_signer() {
			let who: &AccountId = who;
			wrapped::judge(who, call, Self::is_participation, &mut |voter, _| {
				if IdentityRegistry::has_active_credential(voter, &CredentialKind::Resident, None) {
					Ok(())
				} else {
					Err(InvalidTransaction::Custom(NOT_A_RESIDENT).into())
				}
			})?;
		}
		Ok((ValidTransaction::default(), (), origin))
	}

	impl_tx_ext_default!(RuntimeCall; prepare);
}
