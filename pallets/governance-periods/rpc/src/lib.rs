//! # Governance periods RPC
//!
//! City Chain's own `city_*` JSON-RPC methods, served by the node from the governance periods
//! pallet's runtime API ([`CityGovernanceRuntimeApi`]).
//!
//! ## Overview
//! `city_governancePeriods(at?)` answers how long each governance step lasts on this chain, in
//! blocks: how long residents vote on a referendum, how long a passed one waits before it is
//! enacted, how long council motions stay open, ... A wallet reads it to tell a resident when
//! a vote closes.
//!
//! ## Low level details
//! The answer is the pallet's own [`GovernancePeriods`] (camelCase fields, block counts as
//! JSON numbers), at block `at` or at the best block.

use std::{marker::PhantomData, sync::Arc};

use city_primitives::BlockNumber;
use city_rpc_common::read;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_governance_periods::GovernancePeriods;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

pub use pallet_governance_periods::runtime_api::CityGovernanceApi as CityGovernanceRuntimeApi;

#[cfg(test)]
mod tests;

/// City Chain's own methods (`city_*`).
#[rpc(client, server, namespace = "city")]
pub trait GovernanceApi<BlockHash> {
	/// The governance periods in force (in blocks) at block `at`, or at the best block.
	#[method(name = "governancePeriods")]
	fn governance_periods(
		&self,
		at: Option<BlockHash>,
	) -> RpcResult<GovernancePeriods<BlockNumber>>;
}

/// Answers [`GovernanceApiServer`] from the runtime API at the block asked for.
pub struct Governance<C, Block> {
	client: Arc<C>,
	_marker: PhantomData<Block>,
}

impl<C, Block> Governance<C, Block> {
	/// A server reading the runtime API through `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Block> GovernanceApiServer<Block::Hash> for Governance<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CityGovernanceRuntimeApi<Block>,
{
	fn governance_periods(
		&self,
		at: Option<Block::Hash>,
	) -> RpcResult<GovernancePeriods<BlockNumber>> {
		read::<Block, _, _>(&*self.client, at, "read the governance periods", |api, at| {
			api.governance_periods(at)
		})
	}
}
