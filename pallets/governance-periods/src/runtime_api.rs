//! The governance periods' runtime API: what wallets, tools and the node's
//! `city_governancePeriods` RPC method read at any block.

use crate::GovernancePeriods;
use city_primitives::BlockNumber;

sp_api::decl_runtime_apis! {
	// The id of a runtime API is a hash of its name: this one keeps the name it had when the
	// runtime declared it, so nodes and tools that call it keep working.
	/// City Chain's governance facts that wallets and tools read.
	#[api_version(1)]
	pub trait CityGovernanceApi {
		/// The governance periods in force on this chain, in blocks.
		fn governance_periods() -> GovernancePeriods<BlockNumber>;
	}
}
