//! The identity registry's runtime API: read-only queries for wallets, city systems and the
//! node's `identity_*` RPC methods.

use crate::{
	disclosure::{Disclosure, DisclosureError},
	types::CredentialView,
	CredentialId,
};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Credentials and selective disclosure.
	#[api_version(1)]
	pub trait IdentityRegistryApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// The credentials of `who`, with their status at this block.
		fn credentials_of(who: AccountId) -> Vec<CredentialView<AccountId, BlockNumber>>;

		/// One credential with its status at this block.
		fn credential(id: CredentialId) -> Option<CredentialView<AccountId, BlockNumber>>;

		/// Checks one disclosed attribute against an active credential's commitment.
		fn verify_attribute(id: CredentialId, disclosure: Disclosure) -> Result<(), DisclosureError>;
	}
}
