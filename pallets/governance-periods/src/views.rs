//! What the governance runtime API answers: the council and the technical committee with their
//! open motions and who voted, the referenda residents are voting on with their tallies, the
//! calls the scheduler will dispatch (a passed referendum waiting to be enacted), and the
//! runtime upgrade authorized now. The runtime fills them from `pallet-collective`,
//! `pallet-democracy`, `pallet-scheduler`, `pallet-preimage` and `frame-system`; these types
//! only carry what the chain shows, in a form wallets and the portal decode from the metadata.

use alloc::{string::String, vec::Vec};
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use sp_core::H256;

pub use pallet_democracy::VoteThreshold;

/// A call as governance shows it: its pallet and function, and the runtime code it would
/// install, if it is an upgrade.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct CallSummary {
	/// The pallet's name in the runtime (`System`, `ReserveFund`).
	pub pallet: String,
	/// The call's name (`authorize_upgrade`, `spend`).
	pub function: String,
	/// The blake2-256 hash of the runtime code the call authorizes or sets, directly or through
	/// a batch, a wrapper, a scheduled call, or the external proposal a council motion brings
	/// (its preimage); `None` if it is no upgrade, or none was found (see `complete`).
	pub upgrade: Option<H256>,
	/// Whether the search for an upgrade read all of the call: `false` if a preimage it points
	/// to is not on chain or does not decode, or the call nests external proposals deeper, or
	/// through more preimages, than the runtime reads in one query. A call that is not
	/// complete and shows no upgrade may still hold one.
	pub complete: bool,
}

/// A motion of a collective (the council or the technical committee) still open to votes.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Motion<AccountId, BlockNumber> {
	/// The motion's index in its collective.
	pub index: u32,
	/// The hash of the proposed call, which members vote on.
	pub proposal_hash: H256,
	/// The proposed call; `None` if the chain no longer holds it.
	pub call: Option<CallSummary>,
	/// The ayes it needs to pass.
	pub threshold: u32,
	/// The members who voted aye.
	pub ayes: Vec<AccountId>,
	/// The members who voted nay.
	pub nays: Vec<AccountId>,
	/// The block after which it can be closed without more votes.
	pub end: BlockNumber,
}

/// A collective: its members, its prime member (whose vote a silent member's follows) and its
/// open motions.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Collective<AccountId, BlockNumber> {
	/// The members, sorted.
	pub members: Vec<AccountId>,
	/// The prime member, if any.
	pub prime: Option<AccountId>,
	/// The open motions, oldest first.
	pub motions: Vec<Motion<AccountId, BlockNumber>>,
}

/// A referendum residents are voting on.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Referendum<Balance, BlockNumber> {
	/// The referendum's index.
	pub index: u32,
	/// The hash of the call it enacts if it passes.
	pub proposal_hash: H256,
	/// That call; `None` if its preimage is not on chain (yet) or does not decode.
	pub call: Option<CallSummary>,
	/// How the result is judged from the tally and the turnout.
	pub threshold: VoteThreshold,
	/// Aye votes, weighted by conviction.
	pub ayes: Balance,
	/// Nay votes, weighted by conviction.
	pub nays: Balance,
	/// The funds that voted, before conviction.
	pub turnout: Balance,
	/// The block at which voting ends.
	pub end: BlockNumber,
	/// The blocks a passed referendum waits before it is enacted.
	pub delay: BlockNumber,
}

/// A call the scheduler will dispatch: a passed referendum waiting to be enacted, or any other
/// task governance scheduled.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Scheduled<BlockNumber> {
	/// The block it is dispatched in.
	pub when: BlockNumber,
	/// The hash of the call (its preimage's hash, or of its inline encoding).
	pub call_hash: H256,
	/// The call; `None` if its preimage is not on chain or does not decode.
	pub call: Option<CallSummary>,
}

/// The runtime upgrade governance authorized (`system.authorize_upgrade`): anyone may now
/// supply the code whose hash this is, and the chain installs it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AuthorizedUpgrade {
	/// The blake2-256 hash of the authorized code.
	pub code_hash: H256,
	/// Whether the code's runtime version is checked (name kept, spec version raised).
	pub check_version: bool,
}
