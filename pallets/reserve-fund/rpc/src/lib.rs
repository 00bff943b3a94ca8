//! # Reserve fund RPC
//!
//! The reserve fund's JSON-RPC method (`reserve_status`), served by the node from the pallet's
//! runtime API ([`ReserveFundRuntimeApi`]).
//!
//! ## Overview
//! An auditor, a council member or a resident reads the city's treasury at any block: what it
//! holds, what it owes and to whom (bond coupons and principal, contracts), what is free, how
//! well the obligations are covered, the reserve floor, and each budget's use this fiscal
//! period.
//!
//! ## Low level details
//! The answer is a [`StatusJson`]: amounts in planck as decimal strings (JSON numbers lose
//! precision above 2^53), the fund's account SS58 (generic prefix), ratios in parts per
//! million, obligation kinds and spend categories as the chain names them (`BondCoupons`,
//! `PublicWorks`, `{"Other": 7}`).

use std::{marker::PhantomData, sync::Arc};

use city_primitives::{AccountId, Balance};
use city_rpc_common::{account, planck, read};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_reserve_fund::{FundStatus, Obligation, SpendCategory};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

pub use pallet_reserve_fund::runtime_api::ReserveFundApi as ReserveFundRuntimeApi;

#[cfg(test)]
mod tests;

/// The reserve fund's RPC methods.
#[rpc(client, server, namespace = "reserve")]
pub trait ReserveApi<BlockHash> {
	/// The reserve fund's state at block `at`, or at the best block.
	#[method(name = "status")]
	fn status(&self, at: Option<BlockHash>) -> RpcResult<StatusJson>;
}

/// The reserve fund's state, as `reserve_status` answers it. Amounts are in planck, as
/// decimal strings (JSON numbers lose precision above 2^53).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StatusJson {
	/// The fund's account (SS58, generic prefix).
	pub account: String,
	/// What the fund's account holds, beyond its existential deposit.
	pub balance: String,
	/// What is set aside, by kind.
	pub obligations: Vec<ObligationJson>,
	/// The sum of the obligations.
	pub total_obligations: String,
	/// Balance minus obligations.
	pub free: String,
	/// Balance over obligations in parts per million; `null` without obligations.
	pub coverage_ppm: Option<String>,
	/// The share of obligations free funds must stay above, in parts per million.
	pub reserve_floor_ppm: u32,
	/// The current fiscal period.
	pub period: u32,
	/// Each category's budget and what it spent this period.
	pub budgets: Vec<BudgetJson>,
}

/// One kind of obligation and its amount.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ObligationJson {
	/// The kind.
	pub obligation: Obligation,
	/// Planck, as a decimal string.
	pub amount: String,
}

/// One category's budget this fiscal period.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct BudgetJson {
	/// The category.
	pub category: SpendCategory,
	/// The most it may spend per period (planck, decimal).
	pub limit: String,
	/// What it spent this period (planck, decimal).
	pub spent: String,
}

impl From<FundStatus<AccountId, Balance>> for StatusJson {
	fn from(status: FundStatus<AccountId, Balance>) -> Self {
		StatusJson {
			account: account(&status.account),
			balance: planck(status.balance),
			obligations: status
				.obligations
				.into_iter()
				.map(|(obligation, amount)| ObligationJson { obligation, amount: planck(amount) })
				.collect(),
			total_obligations: planck(status.total_obligations),
			free: planck(status.free),
			coverage_ppm: status.coverage_ppm.map(|ppm| ppm.to_string()),
			reserve_floor_ppm: status.reserve_floor.deconstruct(),
			period: status.period,
			budgets: status
				.budgets
				.into_iter()
				.map(|(category, limit, spent)| BudgetJson {
					category,
					limit: planck(limit),
					spent: planck(spent),
				})
				.collect(),
		}
	}
}

/// Answers [`ReserveApiServer`] from the runtime API at the block asked for.
pub struct Reserve<C, Block> {
	client: Arc<C>,
	_marker: PhantomData<Block>,
}

impl<C, Block> Reserve<C, Block> {
	/// A server reading the runtime API through `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Block> ReserveApiServer<Block::Hash> for Reserve<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ReserveFundRuntimeApi<Block, AccountId, Balance>,
{
	fn status(&self, at: Option<Block::Hash>) -> RpcResult<StatusJson> {
		read::<Block, _, _>(&*self.client, at, "read the reserve fund's status", |api, at| {
			api.status(at)
		})
		.map(StatusJson::from)
	}
}
