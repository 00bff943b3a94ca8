//! # Validator set RPC
//!
//! The validator set's JSON-RPC method (`validators_status`), served by the node from the
//! pallet's runtime API ([`ValidatorSetRuntimeApi`]).
//!
//! ## Overview
//! A resident, a council member or an operator reads who validates the city's chain at any
//! block: the validators the council chose and those of the session under way (one just added
//! starts a session or two later, one just removed validates until then), whether each
//! registered its session keys, the blocks each authored this session and the sessions in a
//! row it authored nothing in; with the session, its length, whether a change waits for the
//! next session, the reward per session, after how many silent sessions a validator is
//! reported offline, and the fewest and most validators the set may have.
//!
//! ## Low level details
//! The answer is a [`StatusJson`]: accounts SS58 (generic prefix), the reward in planck as a
//! decimal string (JSON numbers lose precision above 2^53), sessions, blocks and counts JSON
//! numbers.

use std::{marker::PhantomData, sync::Arc};

use city_primitives::{AccountId, Balance, BlockNumber};
use city_rpc_common::{account, planck, read};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_validator_set::{SessionIndex, SetStatus, ValidatorStatus};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

pub use pallet_validator_set::runtime_api::ValidatorSetApi as ValidatorSetRuntimeApi;

#[cfg(test)]
mod tests;

/// The validator set's RPC methods.
#[rpc(client, server, namespace = "validators")]
pub trait ValidatorsApi<BlockHash> {
	/// The validators and the session at block `at`, or at the best block.
	#[method(name = "status")]
	fn status(&self, at: Option<BlockHash>) -> RpcResult<StatusJson>;
}

/// The validator set, as `validators_status` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StatusJson {
	/// The council's set in the order it was added, then the session's validators that left
	/// it.
	pub validators: Vec<ValidatorJson>,
	/// The session under way.
	pub session: SessionIndex,
	/// A session's length in blocks.
	pub session_length: BlockNumber,
	/// Whether the set changed since the session machinery last took it (the change acts from
	/// the session after next).
	pub change_pending: bool,
	/// What a validator that authored in a session is paid when it ends (planck, decimal).
	pub reward_per_session: String,
	/// Sessions in a row without a block after which a validator is reported offline.
	pub offline_threshold: u32,
	/// The fewest validators the set may have.
	pub min_validators: u32,
	/// The most validators the set may have.
	pub max_validators: u32,
}

/// One validator.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ValidatorJson {
	/// The validator's account (SS58, generic prefix).
	pub account: String,
	/// Whether it is in the council's set.
	pub in_set: bool,
	/// Whether it validates the session under way.
	pub in_session: bool,
	/// Whether its session keys are registered (`session.setKeys`).
	pub keys_registered: bool,
	/// The blocks it authored in the session under way.
	pub blocks_this_session: u32,
	/// The sessions in a row it authored nothing in (members of the set only).
	pub sessions_without_blocks: u32,
}

impl From<ValidatorStatus<AccountId>> for ValidatorJson {
	fn from(validator: ValidatorStatus<AccountId>) -> Self {
		ValidatorJson {
			account: account(&validator.account),
			in_set: validator.in_set,
			in_session: validator.in_session,
			keys_registered: validator.keys_registered,
			blocks_this_session: validator.blocks_this_session,
			sessions_without_blocks: validator.sessions_without_blocks,
		}
	}
}

impl From<SetStatus<AccountId, Balance, BlockNumber>> for StatusJson {
	fn from(status: SetStatus<AccountId, Balance, BlockNumber>) -> Self {
		StatusJson {
			validators: status.validators.into_iter().map(ValidatorJson::from).collect(),
			session: status.session,
			session_length: status.session_length,
			change_pending: status.change_pending,
			reward_per_session: planck(status.reward_per_session),
			offline_threshold: status.offline_threshold,
			min_validators: status.min_validators,
			max_validators: status.max_validators,
		}
	}
}

/// Answers [`ValidatorsApiServer`] from the runtime API at the block asked for.
pub struct Validators<C, Block> {
	client: Arc<C>,
	_marker: PhantomData<Block>,
}

impl<C, Block> Validators<C, Block> {
	/// A server reading the runtime API through `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Block> ValidatorsApiServer<Block::Hash> for Validators<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ValidatorSetRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn status(&self, at: Option<Block::Hash>) -> RpcResult<StatusJson> {
		read::<Block, _, _>(&*self.client, at, "read the validator set's status", |api, at| {
			api.status(at)
		})
		.map(StatusJson::from)
	}
}
