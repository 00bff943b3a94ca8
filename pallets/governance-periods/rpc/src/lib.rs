//! # Governance periods RPC
//!
//! City Chain's own `city_*` JSON-RPC methods, served by the node from the governance periods
//! pallet's runtime API ([`CityGovernanceRuntimeApi`]).
//!
//! ## Overview
//! - `city_governancePeriods(at?)` answers how long each governance step lasts on this chain,
//!   in blocks: how long residents vote on a referendum, how long a passed one waits before it
//!   is enacted, how long council motions stay open, ... A wallet reads it to tell a resident
//!   when a vote closes.
//! - `city_council(at?)` and `city_technicalCommittee(at?)` answer who sits on each collective,
//!   its prime member, and the motions still open: what each proposes (pallet, function, and
//!   the code hash of a runtime upgrade), the ayes it needs, who voted aye and nay, and when it
//!   can be closed.
//! - `city_referenda(at?)` answers the referenda residents are voting on, with their tallies;
//!   `city_scheduled(at?)` the calls the chain will dispatch and when (a passed referendum
//!   waiting to be enacted); `city_authorizedUpgrade(at?)` the runtime upgrade governance
//!   authorized, if any, so anyone can check the code before it is installed.
//!
//! ## Low level details
//! - `city_governancePeriods` answers the pallet's own [`GovernancePeriods`] (camelCase
//!   fields, block counts as JSON numbers).
//! - The other methods answer the runtime API's views (version 2 of the API; a runtime of
//!   version 1 answers them with an error) as `<Thing>Json`: accounts SS58 (generic prefix),
//!   amounts in planck as decimal strings (JSON numbers lose precision above 2^53), hashes as
//!   `0x` hex, block numbers and counts JSON numbers, a referendum's threshold as the chain
//!   names it (`SuperMajorityApprove`, `SuperMajorityAgainst`, `SimpleMajority`).
//! - Every method reads block `at`, or the best block.

use std::{marker::PhantomData, sync::Arc};

use city_primitives::{AccountId, Balance, BlockNumber};
use city_rpc_common::{account, planck, read};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_governance_periods::{
	views::{
		AuthorizedUpgrade, CallSummary, Collective, Motion, Referendum, Scheduled, VoteThreshold,
	},
	GovernancePeriods,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

pub use pallet_governance_periods::runtime_api::CityGovernanceApi as CityGovernanceRuntimeApi;

#[cfg(test)]
mod tests;

/// City Chain's own methods (`city_*`). Accounts are SS58 (generic prefix), amounts planck as
/// decimal strings, hashes `0x` hex, block numbers and counts JSON numbers.
#[rpc(client, server, namespace = "city")]
pub trait GovernanceApi<BlockHash> {
	/// The governance periods in force (in blocks) at block `at`, or at the best block.
	#[method(name = "governancePeriods")]
	fn governance_periods(
		&self,
		at: Option<BlockHash>,
	) -> RpcResult<GovernancePeriods<BlockNumber>>;

	/// The council: its members, its prime member and its open motions with who voted.
	#[method(name = "council")]
	fn council(&self, at: Option<BlockHash>) -> RpcResult<CollectiveJson>;

	/// The technical committee: its members, its prime member and its open motions with who
	/// voted.
	#[method(name = "technicalCommittee")]
	fn technical_committee(&self, at: Option<BlockHash>) -> RpcResult<CollectiveJson>;

	/// The referenda residents are voting on, oldest first, with their tallies.
	#[method(name = "referenda")]
	fn referenda(&self, at: Option<BlockHash>) -> RpcResult<Vec<ReferendumJson>>;

	/// The calls the scheduler will dispatch, soonest first.
	#[method(name = "scheduled")]
	fn scheduled(&self, at: Option<BlockHash>) -> RpcResult<Vec<ScheduledJson>>;

	/// The runtime upgrade authorized now, or `null`.
	#[method(name = "authorizedUpgrade")]
	fn authorized_upgrade(&self, at: Option<BlockHash>)
		-> RpcResult<Option<AuthorizedUpgradeJson>>;
}

/// A collective (the council or the technical committee), as `city_council` and
/// `city_technicalCommittee` answer it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CollectiveJson {
	/// The members (SS58, generic prefix), sorted as the chain keeps them.
	pub members: Vec<String>,
	/// The prime member, whose vote a silent member's follows; `null` if none.
	pub prime: Option<String>,
	/// The motions still open to votes, oldest first.
	pub motions: Vec<MotionJson>,
}

/// A motion of a collective still open to votes.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MotionJson {
	/// Its index in its collective.
	pub index: u32,
	/// The hash of the proposed call, which members vote on.
	pub proposal_hash: H256,
	/// The proposed call; `null` if the chain no longer holds it.
	pub call: Option<CallJson>,
	/// The ayes it needs to pass.
	pub threshold: u32,
	/// The members who voted aye (SS58).
	pub ayes: Vec<String>,
	/// The members who voted nay (SS58).
	pub nays: Vec<String>,
	/// The block after which it can be closed without more votes.
	pub end: BlockNumber,
}

/// A call as governance shows it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CallJson {
	/// The pallet's name in the runtime (`System`, `ReserveFund`).
	pub pallet: String,
	/// The call's name (`authorize_upgrade`, `spend`).
	pub function: String,
	/// The blake2-256 hash of the runtime code the call would install; `null` if it is no
	/// upgrade, or none was found (see `complete`).
	pub upgrade: Option<H256>,
	/// Whether the search for an upgrade read all of the call (`false`: a preimage it points to
	/// is not on chain, or it nests deeper than the runtime reads; it may still hold one).
	pub complete: bool,
}

/// A referendum residents are voting on, as `city_referenda` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ReferendumJson {
	/// The referendum's index.
	pub index: u32,
	/// The hash of the call it enacts if it passes.
	pub proposal_hash: H256,
	/// That call; `null` if its preimage is not on chain (yet) or does not decode.
	pub call: Option<CallJson>,
	/// How the result is judged: `SuperMajorityApprove`, `SuperMajorityAgainst` or
	/// `SimpleMajority`.
	pub threshold: String,
	/// Aye votes weighted by conviction (planck, decimal).
	pub ayes: String,
	/// Nay votes weighted by conviction (planck, decimal).
	pub nays: String,
	/// The funds that voted, before conviction (planck, decimal).
	pub turnout: String,
	/// The block at which voting ends.
	pub end: BlockNumber,
	/// The blocks a passed referendum waits before it is enacted.
	pub delay: BlockNumber,
}

/// A call the scheduler will dispatch, as `city_scheduled` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ScheduledJson {
	/// The block it is dispatched in.
	pub when: BlockNumber,
	/// The hash of the call.
	pub call_hash: H256,
	/// The call; `null` if its preimage is not on chain or does not decode.
	pub call: Option<CallJson>,
}

/// The runtime upgrade governance authorized, as `city_authorizedUpgrade` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AuthorizedUpgradeJson {
	/// The blake2-256 hash of the authorized code.
	pub code_hash: H256,
	/// Whether the code's runtime version is checked (name kept, spec version raised).
	pub check_version: bool,
}

/// Accounts as SS58 (generic prefix).
fn accounts(who: &[AccountId]) -> Vec<String> {
	who.iter().map(account).collect()
}

impl From<CallSummary> for CallJson {
	fn from(call: CallSummary) -> Self {
		let CallSummary { pallet, function, upgrade, complete } = call;
		CallJson { pallet, function, upgrade, complete }
	}
}

impl From<Motion<AccountId, BlockNumber>> for MotionJson {
	fn from(motion: Motion<AccountId, BlockNumber>) -> Self {
		MotionJson {
			index: motion.index,
			proposal_hash: motion.proposal_hash,
			call: motion.call.map(CallJson::from),
			threshold: motion.threshold,
			ayes: accounts(&motion.ayes),
			nays: accounts(&motion.nays),
			end: motion.end,
		}
	}
}

impl From<Collective<AccountId, BlockNumber>> for CollectiveJson {
	fn from(collective: Collective<AccountId, BlockNumber>) -> Self {
		CollectiveJson {
			members: accounts(&collective.members),
			prime: collective.prime.as_ref().map(account),
			motions: collective.motions.into_iter().map(MotionJson::from).collect(),
		}
	}
}

impl From<Referendum<Balance, BlockNumber>> for ReferendumJson {
	fn from(referendum: Referendum<Balance, BlockNumber>) -> Self {
		ReferendumJson {
			index: referendum.index,
			proposal_hash: referendum.proposal_hash,
			call: referendum.call.map(CallJson::from),
			threshold: match referendum.threshold {
				VoteThreshold::SuperMajorityApprove => "SuperMajorityApprove",
				VoteThreshold::SuperMajorityAgainst => "SuperMajorityAgainst",
				VoteThreshold::SimpleMajority => "SimpleMajority",
			}
			.into(),
			ayes: planck(referendum.ayes),
			nays: planck(referendum.nays),
			turnout: planck(referendum.turnout),
			end: referendum.end,
			delay: referendum.delay,
		}
	}
}

impl From<Scheduled<BlockNumber>> for ScheduledJson {
	fn from(scheduled: Scheduled<BlockNumber>) -> Self {
		ScheduledJson {
			when: scheduled.when,
			call_hash: scheduled.call_hash,
			call: scheduled.call.map(CallJson::from),
		}
	}
}

impl From<AuthorizedUpgrade> for AuthorizedUpgradeJson {
	fn from(upgrade: AuthorizedUpgrade) -> Self {
		AuthorizedUpgradeJson { code_hash: upgrade.code_hash, check_version: upgrade.check_version }
	}
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

	fn council(&self, at: Option<Block::Hash>) -> RpcResult<CollectiveJson> {
		read::<Block, _, _>(&*self.client, at, "read the council", |api, at| api.council(at))
			.map(CollectiveJson::from)
	}

	fn technical_committee(&self, at: Option<Block::Hash>) -> RpcResult<CollectiveJson> {
		read::<Block, _, _>(&*self.client, at, "read the technical committee", |api, at| {
			api.technical_committee(at)
		})
		.map(CollectiveJson::from)
	}

	fn referenda(&self, at: Option<Block::Hash>) -> RpcResult<Vec<ReferendumJson>> {
		read::<Block, _, _>(&*self.client, at, "read the referenda", |api, at| api.referenda(at))
			.map(|referenda| referenda.into_iter().map(ReferendumJson::from).collect())
	}

	fn scheduled(&self, at: Option<Block::Hash>) -> RpcResult<Vec<ScheduledJson>> {
		read::<Block, _, _>(&*self.client, at, "read the scheduled calls", |api, at| {
			api.scheduled(at)
		})
		.map(|scheduled| scheduled.into_iter().map(ScheduledJson::from).collect())
	}

	fn authorized_upgrade(
		&self,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<AuthorizedUpgradeJson>> {
		read::<Block, _, _>(&*self.client, at, "read the authorized upgrade", |api, at| {
			api.authorized_upgrade(at)
		})
		.map(|upgrade| upgrade.map(AuthorizedUpgradeJson::from))
	}
}
