//! The bonds' runtime API: what a wallet, an auditor or the node's `bonds_*` RPC methods read
//! at any block.

use crate::{DebtStatus, HoldingInfo, SeriesId, SeriesInfo};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// The city's bond series, its residents' holdings and its debt.
	///
	/// `Name` is a series' name as the runtime bounds it (it encodes as bytes).
	#[api_version(1)]
	pub trait BondsApi<AccountId, Balance, BlockNumber, Name>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
		Name: Codec,
	{
		/// Series `id`: its terms, state, periods due and maturity (`None` if there is none).
		fn series(id: SeriesId) -> Option<SeriesInfo<Name, Balance, BlockNumber>>;

		/// Every series, closed ones included, by id.
		fn all_series() -> Vec<SeriesInfo<Name, Balance, BlockNumber>>;

		/// What `who` holds of every series, with the coupons accrued and claimable.
		fn holdings(who: AccountId) -> Vec<HoldingInfo<AccountId, Balance>>;

		/// The city's debt (face value on offer or outstanding) against the ceiling.
		fn debt() -> DebtStatus<Balance>;
	}
}
