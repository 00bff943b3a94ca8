//! CityCoin's runtime API: the catalogue, receipts, the issuance policy, the payroll and open
//! bills, for wallets and the city's systems (`api.call.cityCoinApi` in @polkadot/api; no
//! `citycoin_*` RPC namespace yet).

use crate::{
	IssuanceStatus, MeterId, OpenBill, PayrollStatus, Receipt, ReceiptId, Service, ServiceId,
};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// The city's use of CITY.
	#[api_version(1)]
	pub trait CityCoinApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The catalogue: every service with its id (names as bytes).
		fn services() -> Vec<(ServiceId, Service<Vec<u8>, Balance>)>;

		/// A receipt, while it is kept (see `ReceiptRetention`).
		fn receipt(id: ReceiptId) -> Option<Receipt<AccountId, Balance, BlockNumber>>;

		/// The issuance policy and what was minted and burned this period.
		fn issuance() -> IssuanceStatus<Balance>;

		/// The payroll's state.
		fn payroll() -> PayrollStatus<Balance>;

		/// `consumer`'s unpaid bills, by meter (held and disputed ones included).
		fn open_bills(consumer: AccountId) -> Vec<(MeterId, OpenBill<Balance, BlockNumber>)>;
	}
}
