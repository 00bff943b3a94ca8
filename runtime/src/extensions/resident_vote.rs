//! [`CheckResidentVote`]: only residents take part in referenda.
//!
//! A `Democracy` `propose`, `second`, `vote` or `delegate` signed by an account without an
//! active resident credential (from the identity registry) is refused by the transaction
//! pool, before inclusion, with `InvalidTransaction::Custom(NOT_A_RESIDENT)`: wallets show
//! `1010: Invalid Transaction: Custom error: 1`. Nothing is charged and nothing changes.
//! Every other call passes untouched, and the signed payload is unchanged (this extension
//! adds no bytes), so unmodified wallets sign exactly as before.
//!
//! The check runs again when the transaction is applied, so a credential revoked between
//! submission and inclusion still stops the vote. The runtime has no call that wraps other
//! calls (no `Utility` or `Proxy`): adding one must extend [`CheckResidentVote::is_participation`]
//! to look inside it.

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
	/// Whether `call` is taking part in a referendum.
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
		if Self::is_participation(call) {
			// Measured at the worst case: the voter's whole list of credentials searched.
			<CityExtensionsWeight<Runtime>>::check_resident_vote()
		} else {
			Weight::zero()
		}
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
		if Self::is_participation(call) {
			if let Some(who) = origin.as_system_origin_signer() {
				let who: &AccountId = who;
				if !IdentityRegistry::has_active_credential(who, &CredentialKind::Resident, None) {
					return Err(InvalidTransaction::Custom(NOT_A_RESIDENT).into());
				}
			}
		}
		Ok((ValidTransaction::default(), (), origin))
	}

	impl_tx_ext_default!(RuntimeCall; prepare);
}
