//! # City RPC common
//!
//! What every City Chain RPC crate (`pallets/<pallet>/rpc`, crate `pallet-<name>-rpc`)
//! shares, written once:
//!
//! - [`read`]: answer from a runtime API at the block asked for, or the best block
//!   ([`at_or_best`]), a failed call becoming a JSON-RPC error that says what could not be read
//!   ([`runtime_error`]);
//! - [`invalid_params`]: a request the runtime API cannot take;
//! - the wire formats: [`planck`] (amounts as decimal strings: JSON numbers lose precision
//!   above 2^53), [`account`] (SS58 with the chain's prefix), [`text`] (UTF-8 fields, invalid
//!   bytes replaced);
//! - `testing::TestClient` (feature `testing`): a client over a mocked runtime API, so each
//!   RPC crate pins its JSON shape through its real server; `testing::dev`, the development
//!   accounts with the addresses their JSON shows.
//!
//! ## Naming
//! Every RPC crate follows one rule: the `#[rpc(client, server)]` trait is `<Domain>Api`
//! (`ReserveApi`, `IotApi`), its server is `<Domain><C, Block, ..>` (`Reserve<C, Block>`;
//! `Bonds<C, Block, Name>`, the runtime's bounded types as parameters), and the JSON types
//! are `<Thing>Json` (`StatusJson`, `DeviceJson`).

use city_primitives::AccountId;
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned};
use sp_api::{ApiError, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

#[cfg(feature = "testing")]
pub mod testing;

/// The JSON-RPC error code of a failed runtime-API call.
pub const RUNTIME_ERROR: i32 = 1;

/// The JSON-RPC error code of a request the runtime API cannot take (JSON-RPC 2.0's "invalid
/// params").
pub const INVALID_PARAMS: i32 = -32602;

/// Block `at`, or the best block if none is given.
pub fn at_or_best<Block: BlockT, C: HeaderBackend<Block>>(
	client: &C,
	at: Option<Block::Hash>,
) -> Block::Hash {
	at.unwrap_or_else(|| client.info().best_hash)
}

/// The error of a runtime-API call that failed: "Unable to `what`", with the cause as data.
pub fn runtime_error(what: &str, e: ApiError) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, format!("Unable to {what}"), Some(e.to_string()))
}

/// The error of a request the runtime API cannot take.
pub fn invalid_params(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(INVALID_PARAMS, message.into(), None::<()>)
}

/// Calls `f` on the runtime API at block `at` (or the best block); a failure is reported as
/// "Unable to `what`".
pub fn read<Block, C, R>(
	client: &C,
	at: Option<Block::Hash>,
	what: &str,
	f: impl FnOnce(&C::Api, Block::Hash) -> Result<R, ApiError>,
) -> RpcResult<R>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
{
	let at = at_or_best(client, at);
	let api = client.runtime_api();
	f(&api, at).map_err(|e| runtime_error(what, e))
}

/// An amount in planck, as a decimal string.
pub fn planck(amount: impl Into<u128>) -> String {
	amount.into().to_string()
}

/// An account, SS58 with the chain's prefix ([`city_primitives::SS58_PREFIX`]).
pub fn account(who: &AccountId) -> String {
	use sp_core::crypto::Ss58Codec;
	who.to_ss58check_with_version(city_primitives::SS58_PREFIX.into())
}

/// A text field: UTF-8, invalid bytes replaced.
pub fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn planck_is_a_decimal_string_beyond_json_precision() {
		assert_eq!(planck(u128::MAX), "340282366920938463463374607431768211455");
		assert_eq!(planck(0u128), "0");
		assert_eq!(planck(9_007_199_254_740_993u64), "9007199254740993");
	}

	#[test]
	fn accounts_are_ss58_with_the_generic_prefix() {
		let alice = AccountId::new(sp_core::hex2array!(
			"d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
		));
		assert_eq!(account(&alice), "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
	}

	#[test]
	fn text_replaces_invalid_bytes() {
		assert_eq!(text(b"Main St"), "Main St");
		assert_eq!(text(&[b'a', 0xff, b'b']), "a\u{fffd}b");
	}

	#[test]
	fn errors_carry_their_codes() {
		let e = runtime_error("read the fund", ApiError::Application("boom".into()));
		assert_eq!((e.code(), e.message()), (RUNTIME_ERROR, "Unable to read the fund"));
		assert!(e.data().is_some_and(|d| d.get().contains("boom")));
		let e = invalid_params("The key is too long");
		assert_eq!((e.code(), e.message()), (INVALID_PARAMS, "The key is too long"));
	}
}
