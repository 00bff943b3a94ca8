//! The governance runtime API: what wallets, the portal, tools and the node's `city_*` RPC
//! methods read at any block: the periods in force, the council and the technical committee
//! with their open motions, the referenda under way, the calls scheduled for enactment, and
//! the runtime upgrade authorized now.

use crate::{
	views::{AuthorizedUpgrade, Collective, Referendum, Scheduled},
	GovernancePeriods,
};
use alloc::vec::Vec;
use city_primitives::{AccountId, Balance, BlockNumber};

sp_api::decl_runtime_apis! {
	// The id of a runtime API is a hash of its name: this one keeps the name it had when the
	// runtime declared it, so nodes and tools that call it keep working.
	/// City Chain's governance facts that wallets and tools read.
	///
	/// Version 2 added the collectives, referenda, scheduled calls and the authorized
	/// upgrade; a runtime of version 1 answers only the periods.
	#[api_version(2)]
	pub trait CityGovernanceApi {
		/// The governance periods in force on this chain, in blocks.
		fn governance_periods() -> GovernancePeriods<BlockNumber>;

		/// The council: members, prime, and open motions with who voted.
		#[api_version(2)]
		fn council() -> Collective<AccountId, BlockNumber>;

		/// The technical committee: members, prime, and open motions with who voted.
		#[api_version(2)]
		fn technical_committee() -> Collective<AccountId, BlockNumber>;

		/// The referenda residents are voting on, oldest first, with their tallies.
		#[api_version(2)]
		fn referenda() -> Vec<Referendum<Balance, BlockNumber>>;

		/// The calls the scheduler will dispatch, soonest first (a passed referendum waits
		/// there for its enactment).
		#[api_version(2)]
		fn scheduled() -> Vec<Scheduled<BlockNumber>>;

		/// The runtime upgrade authorized now, if any.
		#[api_version(2)]
		fn authorized_upgrade() -> Option<AuthorizedUpgrade>;
	}
}
