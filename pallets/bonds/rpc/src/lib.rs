//! # Bonds RPC
//!
//! The bonds' read-only JSON-RPC methods (`bonds_*`), served by the node from the bonds
//! pallet's runtime API ([`BondsRuntimeApi`]).
//!
//! ## Overview
//! A resident or an investor reads what the city has issued (`bonds_series`,
//! `bonds_allSeries`: terms, state, coupons due and paid, maturity, arrears, calls, defaults),
//! what an account holds with the coupons it can claim (`bonds_holdings`), and the city's debt
//! against the ceiling the council may not exceed (`bonds_debt`).
//!
//! ## Low level details
//! - Amounts are planck as decimal strings (JSON numbers lose precision above 2^53), accounts
//!   SS58 (generic prefix), block numbers and counts JSON numbers, the coupon rate in parts per
//!   billion, a series' name as UTF-8 (invalid bytes replaced).
//! - A series' name is bounded by the runtime: the server [`Bonds`] is generic over that
//!   `Name` type (the runtime's `BondName`), so this crate does not depend on the runtime.

use std::{marker::PhantomData, sync::Arc};

use city_primitives::{AccountId, Balance, BlockNumber};
use city_rpc_common::{account, planck, read, text};
use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_bonds::{DebtStatus, HoldingInfo, SeriesId, SeriesInfo, SeriesState};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

pub use pallet_bonds::runtime_api::BondsApi as BondsRuntimeApi;

#[cfg(test)]
mod tests;

/// The bonds' read-only methods (`bonds_*`). Amounts are planck as decimal strings, accounts
/// SS58 (generic prefix), block numbers and counts JSON numbers.
#[rpc(client, server, namespace = "bonds")]
pub trait BondsApi<BlockHash> {
	/// Series `id` (terms, state, periods due, maturity), or `null`, at block `at` or the best
	/// block.
	#[method(name = "series")]
	fn series(&self, id: SeriesId, at: Option<BlockHash>) -> RpcResult<Option<SeriesJson>>;

	/// Every series, closed ones included, by id.
	#[method(name = "allSeries")]
	fn all_series(&self, at: Option<BlockHash>) -> RpcResult<Vec<SeriesJson>>;

	/// What `who` holds of every series, with the coupons accrued and claimable.
	#[method(name = "holdings")]
	fn holdings(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<HoldingJson>>;

	/// The city's debt (face value on offer or outstanding) against the ceiling.
	#[method(name = "debt")]
	fn debt(&self, at: Option<BlockHash>) -> RpcResult<DebtJson>;
}

/// A series as the `bonds_*` methods answer it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SeriesJson {
	/// Its id.
	pub id: SeriesId,
	/// Its name (UTF-8; invalid bytes replaced).
	pub name: String,
	/// The hash of the document saying what the money is for.
	pub purpose: H256,
	/// The public works contract it finances, if any.
	pub contract: Option<u32>,
	/// The face value of a unit.
	pub face: String,
	/// The coupon per period as a share of face, in parts per billion.
	pub coupon_rate_ppb: u32,
	/// The coupon of one unit for one period.
	pub coupon_per_unit: String,
	/// A coupon period, in blocks.
	pub coupon_period: BlockNumber,
	/// Coupon periods to maturity.
	pub periods: u32,
	/// Units on offer.
	pub units: u32,
	/// The last block of the subscription window.
	pub subscription_end: BlockNumber,
	/// The fewest units that must sell.
	pub min_units: u32,
	/// Units for residents only during the window.
	pub resident_units: u32,
	/// `subscription`, `active`, `cancelled` or `closed`.
	pub state: String,
	/// Units sold.
	pub sold: u32,
	/// Units not yet redeemed.
	pub outstanding: u32,
	/// Coupon periods ended (and owed).
	pub due_periods: u32,
	/// Coupon periods whose coupons the reserve fund has set aside.
	pub funded_periods: u32,
	/// Coupons paid so far.
	pub coupons_paid: String,
	/// When it matures (the call date if called).
	pub maturity: BlockNumber,
	/// Since when a due coupon could not be set aside, if it cannot.
	pub arrears_since: Option<BlockNumber>,
	/// The call price, if the council called it.
	pub call_price: Option<String>,
	/// When it was declared in default, if it was.
	pub defaulted_at: Option<BlockNumber>,
}

impl<Name: AsRef<[u8]>> From<SeriesInfo<Name, Balance, BlockNumber>> for SeriesJson {
	fn from(info: SeriesInfo<Name, Balance, BlockNumber>) -> Self {
		let SeriesInfo { id, series, coupon_per_unit, due_periods, maturity } = info;
		let terms = series.terms;
		SeriesJson {
			id,
			name: text(terms.name.as_ref()),
			purpose: terms.purpose,
			contract: terms.contract,
			face: planck(terms.face),
			coupon_rate_ppb: terms.coupon_rate.deconstruct(),
			coupon_per_unit: planck(coupon_per_unit),
			coupon_period: terms.coupon_period,
			periods: terms.periods,
			units: terms.units,
			subscription_end: terms.subscription_end,
			min_units: terms.min_units,
			resident_units: terms.resident_units,
			state: match series.state {
				SeriesState::Subscription => "subscription",
				SeriesState::Active => "active",
				SeriesState::Cancelled => "cancelled",
				SeriesState::Closed => "closed",
			}
			.into(),
			sold: series.sold,
			outstanding: series.outstanding,
			due_periods,
			funded_periods: series.funded_periods,
			coupons_paid: planck(series.coupons_paid),
			maturity,
			arrears_since: series.arrears_since,
			call_price: series.called.map(|(_, price)| planck(price)),
			defaulted_at: series.defaulted_at,
		}
	}
}

/// One account's holding of one series, as `bonds_holdings` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HoldingJson {
	/// The series.
	pub series: SeriesId,
	/// Units held.
	pub units: u32,
	/// Coupons accrued and unpaid, over every period ended.
	pub accrued: String,
	/// What of `accrued` the reserve fund has set aside: a claim pays at least that now.
	pub claimable: String,
	/// Who paid the holding's deposit (returned to them when it goes).
	pub depositor: String,
	/// The deposit.
	pub deposit: String,
}

impl From<HoldingInfo<AccountId, Balance>> for HoldingJson {
	fn from(info: HoldingInfo<AccountId, Balance>) -> Self {
		HoldingJson {
			series: info.series,
			units: info.holding.units,
			accrued: planck(info.accrued),
			claimable: planck(info.claimable),
			depositor: account(&info.holding.depositor),
			deposit: planck(info.holding.deposit),
		}
	}
}

/// The city's debt, as `bonds_debt` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DebtJson {
	/// Face value on offer or outstanding, over every series.
	pub total: String,
	/// The most the council may have outstanding.
	pub ceiling: String,
	/// What the council may still issue (zero when over the ceiling, which Root may cause).
	pub headroom: String,
}

impl From<DebtStatus<Balance>> for DebtJson {
	fn from(debt: DebtStatus<Balance>) -> Self {
		DebtJson {
			total: planck(debt.total),
			ceiling: planck(debt.ceiling),
			headroom: planck(debt.ceiling.saturating_sub(debt.total)),
		}
	}
}

/// Answers [`BondsApiServer`] from the runtime API at the block asked for. `Name` is a
/// series' name as the runtime bounds it (the runtime's `BondName`).
pub struct Bonds<C, Block, Name> {
	client: Arc<C>,
	_marker: PhantomData<(Block, Name)>,
}

impl<C, Block, Name> Bonds<C, Block, Name> {
	/// A server reading the runtime API through `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Block, Name> BondsApiServer<Block::Hash> for Bonds<C, Block, Name>
where
	Block: BlockT,
	Name: Codec + AsRef<[u8]> + Send + Sync + 'static,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: BondsRuntimeApi<Block, AccountId, Balance, BlockNumber, Name>,
{
	fn series(&self, id: SeriesId, at: Option<Block::Hash>) -> RpcResult<Option<SeriesJson>> {
		read::<Block, _, _>(&*self.client, at, "read the series", |api, at| api.series(at, id))
			.map(|series| series.map(SeriesJson::from))
	}

	fn all_series(&self, at: Option<Block::Hash>) -> RpcResult<Vec<SeriesJson>> {
		read::<Block, _, _>(&*self.client, at, "read the series", |api, at| api.all_series(at))
			.map(|all| all.into_iter().map(SeriesJson::from).collect())
	}

	fn holdings(&self, who: AccountId, at: Option<Block::Hash>) -> RpcResult<Vec<HoldingJson>> {
		read::<Block, _, _>(&*self.client, at, "read the holdings", |api, at| api.holdings(at, who))
			.map(|holdings| holdings.into_iter().map(HoldingJson::from).collect())
	}

	fn debt(&self, at: Option<Block::Hash>) -> RpcResult<DebtJson> {
		read::<Block, _, _>(&*self.client, at, "read the city's debt", |api, at| api.debt(at))
			.map(DebtJson::from)
	}
}
