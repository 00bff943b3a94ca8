//! # Identity registry RPC
//!
//! The identity registry's read-only JSON-RPC methods (`identity_*`), served by the node from
//! the pallet's runtime API ([`IdentityRegistryRuntimeApi`]).
//!
//! ## Overview
//! A wallet lists a resident's credentials with their status (`identity_credentialsOf`,
//! `identity_credential`); a verifier (a shop, a city office) checks one attribute a resident
//! disclosed, "born before 2008", against the credential's commitment, learning nothing else
//! (`identity_verifyAttribute`).
//!
//! ## Low level details
//! - Credentials are answered as the pallet's own [`CredentialView`] (camelCase; accounts
//!   SS58, hashes `0x` hex).
//! - A disclosure comes in as [`DisclosureJson`] (bytes as hex, as `e2e/lib/credentials.mjs`
//!   builds it) and is checked against the pallet's bounds before the runtime is called: a key,
//!   value or proof too long is refused with JSON-RPC's "invalid params" (-32602), "The key is
//!   too long". The answer is a [`VerificationJson`].

use std::{marker::PhantomData, sync::Arc};

use city_primitives::{AccountId, BlockNumber};
use city_rpc_common::{invalid_params, read};
use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObjectOwned};
use pallet_identity_registry::{
	disclosure::{Disclosure, DisclosureError},
	CredentialId, CredentialView,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{Bytes, H256};
use sp_runtime::traits::Block as BlockT;

pub use pallet_identity_registry::runtime_api::IdentityRegistryApi as IdentityRegistryRuntimeApi;

#[cfg(test)]
mod tests;

/// The identity registry's read-only methods (`identity_*`).
#[rpc(client, server, namespace = "identity")]
pub trait IdentityApi<BlockHash> {
	/// The credentials of `who`, with their status, at block `at` or the best block.
	#[method(name = "credentialsOf")]
	fn credentials_of(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<CredentialView<AccountId, BlockNumber>>>;

	/// Credential `id` with its status, at block `at` or the best block.
	#[method(name = "credential")]
	fn credential(
		&self,
		id: CredentialId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<CredentialView<AccountId, BlockNumber>>>;

	/// Checks one disclosed attribute against credential `id`'s commitment.
	#[method(name = "verifyAttribute")]
	fn verify_attribute(
		&self,
		id: CredentialId,
		disclosure: DisclosureJson,
		at: Option<BlockHash>,
	) -> RpcResult<VerificationJson>;
}

/// A disclosed attribute as the `identity_verifyAttribute` method takes it: bytes as hex, as
/// `e2e/lib/credentials.mjs` (`disclose`) builds it.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DisclosureJson {
	/// The attribute's name (hex bytes).
	pub key: Bytes,
	/// Its value (hex bytes).
	pub value: Bytes,
	/// Its 32-byte salt.
	pub salt: H256,
	/// Its leaf's position in the tree.
	pub leaf_index: u32,
	/// How many leaves the tree has.
	pub leaf_count: u32,
	/// The sibling hashes from the leaf up.
	pub proof: Vec<H256>,
}

/// The answer of `identity_verifyAttribute`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerificationJson {
	/// Whether the attribute is proven to belong to the credential, which is active.
	pub verified: bool,
	/// Why not, if it is not.
	pub error: Option<DisclosureError>,
}

impl TryFrom<DisclosureJson> for Disclosure {
	type Error = ErrorObjectOwned;

	/// The disclosure the runtime API takes; an "invalid params" error if the key, the value
	/// or the proof is longer than the pallet's bounds.
	fn try_from(disclosure: DisclosureJson) -> Result<Self, Self::Error> {
		let too_long = |what: &str| invalid_params(format!("The {what} is too long"));
		Ok(Disclosure {
			key: disclosure.key.0.try_into().map_err(|_| too_long("key"))?,
			value: disclosure.value.0.try_into().map_err(|_| too_long("value"))?,
			salt: disclosure.salt.0,
			leaf_index: disclosure.leaf_index,
			leaf_count: disclosure.leaf_count,
			proof: disclosure.proof.try_into().map_err(|_| too_long("proof"))?,
		})
	}
}

impl From<Result<(), DisclosureError>> for VerificationJson {
	fn from(result: Result<(), DisclosureError>) -> Self {
		VerificationJson { verified: result.is_ok(), error: result.err() }
	}
}

/// Answers [`IdentityApiServer`] from the runtime API at the block asked for.
pub struct Identity<C, Block> {
	client: Arc<C>,
	_marker: PhantomData<Block>,
}

impl<C, Block> Identity<C, Block> {
	/// A server reading the runtime API through `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Block> IdentityApiServer<Block::Hash> for Identity<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: IdentityRegistryRuntimeApi<Block, AccountId, BlockNumber>,
{
	fn credentials_of(
		&self,
		who: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<CredentialView<AccountId, BlockNumber>>> {
		read::<Block, _, _>(&*self.client, at, "read the credentials", |api, at| {
			api.credentials_of(at, who)
		})
	}

	fn credential(
		&self,
		id: CredentialId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<CredentialView<AccountId, BlockNumber>>> {
		read::<Block, _, _>(&*self.client, at, "read the credential", |api, at| {
			api.credential(at, id)
		})
	}

	fn verify_attribute(
		&self,
		id: CredentialId,
		disclosure: DisclosureJson,
		at: Option<Block::Hash>,
	) -> RpcResult<VerificationJson> {
		let disclosure = Disclosure::try_from(disclosure)?;
		read::<Block, _, _>(&*self.client, at, "verify the attribute", |api, at| {
			api.verify_attribute(at, id, disclosure)
		})
		.map(VerificationJson::from)
	}
}
