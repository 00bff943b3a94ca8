//! The reserve fund's runtime API: what an auditor, a wallet or the node's `reserve_status`
//! RPC method reads at any block.

use crate::FundStatus;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// The state of the city's reserve fund.
	#[api_version(1)]
	pub trait ReserveFundApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The fund's account, balance, obligations by kind, free funds, coverage, the reserve floor and each
		/// budget's use in the current fiscal period.
		fn status() -> FundStatus<AccountId, Balance>;
	}
}
