//! What the governance runtime API (`CityGovernanceApi`, version 2) answers, read from the
//! governance pallets: the collectives and their open motions, the referenda under way, the
//! scheduler's agenda and the authorized upgrade. Read-only; nothing here writes storage.
//!
//! A proposal's call is shown by its pallet and function (`GetCallMetadata`), and as an upgrade
//! when it authorizes or sets runtime code, directly, inside a `utility` batch or wrapper, or
//! inside the external proposal a council motion brings to a referendum (its preimage). Calls
//! from preimages are decoded with the depth limit extrinsics have, and the search for an upgrade
//! goes at most [`MAX_NESTING`] proposals deep, so no stored call can make a query run away.

use alloc::{borrow::Cow, string::ToString, vec::Vec};
use codec::{Decode, DecodeLimit};
use frame_support::traits::{Bounded, GetCallMetadata, PalletInfoAccess, QueryPreimage};
use pallet_governance_periods::views::{
	AuthorizedUpgrade, CallSummary, Collective, Motion, Referendum, Scheduled,
};
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

use crate::{AccountId, Balance, BlockNumber, Preimage, Runtime, RuntimeCall};

/// How many proposals deep (a motion bringing an external proposal whose call is a batch ...)
/// the search for an upgrade looks.
pub const MAX_NESTING: u32 = 4;

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

/// The scheduler's agenda, soonest first (in a block, in the order they run).
pub fn scheduled() -> Vec<Scheduled<BlockNumber>> {
	let mut agenda = pallet_scheduler::Agenda::<Runtime>::iter().collect::<Vec<_>>();
	agenda.sort_by_key(|(when, _)| *when);
	agenda
		.into_iter()
		.flat_map(|(when, tasks)| {
			tasks.into_iter().flatten().map(move |task| Scheduled {
				when,
				call_hash: task.call.hash(),
				call: realize(&task.call).map(|call| summarize(&call)),
			})
		})
		.collect()
}

/// The upgrade `system.authorize_upgrade` authorized, if it has not been applied. frame-system
/// keeps it in a private storage item of this layout (the code hash, whether the version is
/// checked), read here by its key; the runtime tests pin that both agree.
pub fn authorized_upgrade() -> Option<AuthorizedUpgrade> {
	let system = <frame_system::Pallet<Runtime> as PalletInfoAccess>::name();
	let key = frame_support::storage::storage_prefix(system.as_bytes(), b"AuthorizedUpgrade");
	frame_support::storage::unhashed::get::<AuthorizedUpgrade>(&key)
}

/// The call's pallet and function, and the code it would install if it is an upgrade.
pub fn summarize(call: &RuntimeCall) -> CallSummary {
	let metadata = call.get_call_metadata();
	CallSummary {
		pallet: metadata.pallet_name.to_string(),
		function: metadata.function_name.to_string(),
		upgrade: upgrade_in(call, MAX_NESTING),
	}
}

/// The hash of the runtime code `call` authorizes or sets, looking into batches, wrappers and
/// external proposals (their preimages) at most `depth` proposals deep.
fn upgrade_in(call: &RuntimeCall, depth: u32) -> Option<H256> {
	use frame_system::Call as System;
	use pallet_democracy::Call as Democracy;
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
		) => calls.iter().find_map(|call| upgrade_in(call, depth)),
		RuntimeCall::Utility(
			Utility::as_derivative { call, .. }
			| Utility::dispatch_as { call, .. }
			| Utility::with_weight { call, .. },
		) => upgrade_in(call, depth),
		RuntimeCall::Democracy(
			Democracy::external_propose { proposal }
			| Democracy::external_propose_majority { proposal }
			| Democracy::external_propose_default { proposal },
		) => {
			let depth = depth.checked_sub(1)?;
			upgrade_in(&realize(proposal)?, depth)
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
