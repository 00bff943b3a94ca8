//! What the governance runtime API (`CityGovernanceApi`, version 2) answers, read from the
//! governance pallets: the collectives and their open motions, the referenda under way, the
//! scheduler's agenda and the authorized upgrade. Read-only; nothing here writes storage.
//!
//! A proposal's call is shown by its pallet and function (`GetCallMetadata`), and as an upgrade
//! when it authorizes or sets runtime code, directly, inside a `utility` batch or wrapper, or
//! inside the external proposal a council motion brings to a referendum (its preimage). Calls
//! from preimages are decoded with the depth limit extrinsics have, and the search for an upgrade
//! in one call goes at most [`MAX_NESTING`] proposals deep and reads at most [`MAX_PREIMAGES`]
//! preimages: a proposer who nests or repeats external proposals in batches cannot make a query
//! read more than that. What the search could not read (beyond the budget, or a preimage not on
//! chain) marks the call's summary not `complete`, so a hidden upgrade is never shown as none.

use alloc::{borrow::Cow, string::ToString, vec::Vec};
use codec::{Decode, DecodeLimit, Encode};
use frame_support::traits::{Bounded, GetCallMetadata, QueryPreimage};
use pallet_governance_periods::views::{
	AuthorizedUpgrade, CallSummary, Collective, Motion, Referendum, Scheduled,
};
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

use crate::{AccountId, Balance, BlockNumber, Preimage, Runtime, RuntimeCall};

/// How many proposals deep (a motion bringing an external proposal whose call is a batch ...)
/// the search for an upgrade looks.
pub const MAX_NESTING: u32 = 4;

/// How many preimages the search for an upgrade in one call reads at most.
pub const MAX_PREIMAGES: u32 = 8;

/// The members, prime and open motions of collective `I`.
pub fn collective<I: 'static>() -> Collective<AccountId, BlockNumber>
where
	Runtime: pallet_collective::Config<I, Proposal = RuntimeCall>,
{
	let motions = pallet_collective::Proposals::<Runtime, I>::get()
		.into_iter()
		.filter_map(|hash| {
			let votes = votes::<I>(hash)?;
			let call =
				pallet_collective::ProposalOf::<Runtime, I>::get(hash).map(|call| summarize(&call));
			Some(Motion {
				index: votes.index,
				proposal_hash: hash,
				call,
				threshold: votes.threshold,
				ayes: votes.ayes,
				nays: votes.nays,
				end: votes.end,
			})
		})
		.collect();
	Collective {
		members: pallet_collective::Members::<Runtime, I>::get(),
		prime: pallet_collective::Prime::<Runtime, I>::get(),
		motions,
	}
}

/// `pallet_collective::Votes`, whose fields the pallet keeps private: the same encoding, read
/// from the motion's storage entry. The runtime tests pin that both agree.
#[derive(Decode)]
struct Votes {
	index: u32,
	threshold: u32,
	ayes: Vec<AccountId>,
	nays: Vec<AccountId>,
	end: BlockNumber,
}

/// The votes on motion `hash` of collective `I`.
fn votes<I: 'static>(hash: H256) -> Option<Votes>
where
	Runtime: pallet_collective::Config<I, Proposal = RuntimeCall>,
{
	let key = pallet_collective::Voting::<Runtime, I>::hashed_key_for(hash);
	frame_support::storage::unhashed::get::<Votes>(&key)
}

/// The referenda open to votes, oldest first. Every one of them has an index from democracy's
/// lowest unbaked one on, so the finished referenda of the chain's past are not read.
pub fn referenda() -> Vec<Referendum<Balance, BlockNumber>> {
	let first = pallet_democracy::LowestUnbaked::<Runtime>::get();
	let next = pallet_democracy::ReferendumCount::<Runtime>::get();
	(first..next)
		.filter_map(|index| match pallet_democracy::ReferendumInfoOf::<Runtime>::get(index)? {
			pallet_democracy::ReferendumInfo::Ongoing(status) => Some(Referendum {
				index,
				proposal_hash: status.proposal.hash(),
				call: realize(&status.proposal).map(|call| summarize(&call)),
				threshold: status.threshold,
				ayes: status.tally.ayes,
				nays: status.tally.nays,
				turnout: status.tally.turnout,
				end: status.end,
				delay: status.delay,
			}),
			pallet_democracy::ReferendumInfo::Finished { .. } => None,
		})
		.collect()
}

/// The scheduler's agenda, soonest first; in a block, by priority, as the scheduler runs them.
pub fn scheduled() -> Vec<Scheduled<BlockNumber>> {
	let mut tasks = pallet_scheduler::Agenda::<Runtime>::iter()
		.flat_map(|(when, tasks)| tasks.into_iter().flatten().map(move |task| (when, task)))
		.collect::<Vec<_>>();
	tasks.sort_by_key(|(when, task)| (*when, task.priority));
	tasks
		.into_iter()
		.map(|(when, task)| Scheduled {
			when,
			call_hash: task.call.hash(),
			call: realize(&task.call).map(|call| summarize(&call)),
		})
		.collect()
}

/// `frame_system::CodeUpgradeAuthorization`, whose fields frame-system keeps private: the same
/// encoding. The runtime tests pin that both agree.
#[derive(Decode)]
struct StoredAuthorization {
	code_hash: H256,
	check_version: bool,
}

/// The upgrade `system.authorize_upgrade` authorized, if it has not been applied.
pub fn authorized_upgrade() -> Option<AuthorizedUpgrade> {
	let stored = frame_system::Pallet::<Runtime>::authorized_upgrade()?;
	let StoredAuthorization { code_hash, check_version } =
		StoredAuthorization::decode(&mut &stored.encode()[..]).ok()?;
	Some(AuthorizedUpgrade { code_hash, check_version })
}

/// The call's pallet and function, the code it would install if it is an upgrade, and whether
/// the search for one read all of it.
pub fn summarize(call: &RuntimeCall) -> CallSummary {
	let metadata = call.get_call_metadata();
	let mut reads = Reads { left: MAX_PREIMAGES, complete: true };
	let upgrade = upgrade_in(call, MAX_NESTING, &mut reads);
	CallSummary {
		pallet: metadata.pallet_name.to_string(),
		function: metadata.function_name.to_string(),
		upgrade,
		complete: reads.complete,
	}
}

/// What one search for an upgrade may still read, and whether it missed anything so far.
struct Reads {
	left: u32,
	complete: bool,
}

impl Reads {
	/// The call `bounded` holds, `depth` proposals deep, if the budget allows reading it and
	/// it is on chain; else notes that the search is not complete.
	fn realize(
		&mut self,
		bounded: &Bounded<RuntimeCall, BlakeTwo256>,
		depth: u32,
	) -> Option<RuntimeCall> {
		let inline = matches!(bounded, Bounded::Inline(_));
		if depth == 0 || (!inline && self.left == 0) {
			self.complete = false;
			return None;
		}
		if !inline {
			self.left -= 1;
		}
		let call = realize(bounded);
		self.complete &= call.is_some();
		call
	}
}

/// The hash of the runtime code `call` authorizes or sets, looking into batches, wrappers,
/// scheduled calls and external proposals (their preimages, within `reads`) at most `depth`
/// proposals deep.
fn upgrade_in(call: &RuntimeCall, depth: u32, reads: &mut Reads) -> Option<H256> {
	use frame_system::Call as System;
	use pallet_democracy::Call as Democracy;
	use pallet_scheduler::Call as Scheduler;
	use pallet_utility::Call as Utility;
	match call {
		RuntimeCall::System(
			System::authorize_upgrade { code_hash }
			| System::authorize_upgrade_without_checks { code_hash },
		) => Some(*code_hash),
		RuntimeCall::System(
			System::set_code { code } | System::set_code_without_checks { code },
		) => Some(BlakeTwo256::hash(code)),
		RuntimeCall::Utility(
			Utility::batch { calls }
			| Utility::batch_all { calls }
			| Utility::force_batch { calls },
		) => calls.iter().find_map(|call| upgrade_in(call, depth, reads)),
		RuntimeCall::Utility(Utility::if_else { main, fallback }) => {
			upgrade_in(main, depth, reads).or_else(|| upgrade_in(fallback, depth, reads))
		}
		RuntimeCall::Utility(
			Utility::as_derivative { call, .. }
			| Utility::dispatch_as { call, .. }
			| Utility::dispatch_as_fallible { call, .. }
			| Utility::with_weight { call, .. },
		)
		| RuntimeCall::Scheduler(
			Scheduler::schedule { call, .. }
			| Scheduler::schedule_named { call, .. }
			| Scheduler::schedule_after { call, .. }
			| Scheduler::schedule_named_after { call, .. },
		) => upgrade_in(call, depth, reads),
		RuntimeCall::Democracy(
			Democracy::external_propose { proposal }
			| Democracy::external_propose_majority { proposal }
			| Democracy::external_propose_default { proposal },
		) => {
			let call = reads.realize(proposal, depth)?;
			upgrade_in(&call, depth.saturating_sub(1), reads)
		}
		_ => None,
	}
}

/// The call a bounded proposal holds: inline, or from its preimage if the chain has it;
/// decoded with the extrinsics' depth limit. `None` if it is not on chain or does not decode.
fn realize(bounded: &Bounded<RuntimeCall, BlakeTwo256>) -> Option<RuntimeCall> {
	let bytes: Cow<[u8]> = match bounded {
		Bounded::Inline(data) => Cow::Borrowed(&data[..]),
		Bounded::Lookup { hash, len } => Preimage::fetch(hash, Some(*len)).ok()?,
		Bounded::Legacy { hash, .. } => Preimage::fetch(hash, None).ok()?,
	};
	RuntimeCall::decode_all_with_depth_limit(frame_support::MAX_EXTRINSIC_DEPTH, &mut &bytes[..])
		.ok()
}
