//! The governance periods' data: the length of each period, and the invariants every chain's
//! periods hold.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The length of every governance period, in blocks.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GovernancePeriods<BlockNumber> {
	/// How often the most-seconded public proposal or the next external proposal becomes a
	/// referendum.
	pub launch: BlockNumber,
	/// How long residents vote on a referendum.
	pub voting: BlockNumber,
	/// The shortest voting period the technical committee may fast-track to without
	/// unanimity (shorter needs the instant origin).
	pub fast_track_voting: BlockNumber,
	/// The shortest voting period of any referendum, even one the whole technical committee
	/// fast-tracks "instantly": residents always get at least this long to vote (the runtime's
	/// call filter refuses a shorter fast-track from anyone but Root).
	pub minimum_voting: BlockNumber,
	/// How long a passed referendum waits before it is enacted.
	pub enactment: BlockNumber,
	/// How long a winning vote stays locked per conviction step.
	pub vote_locking: BlockNumber,
	/// How long a vetoed external proposal may not be proposed again.
	pub cooloff: BlockNumber,
	/// How long a council motion stays open for votes.
	pub council_motion: BlockNumber,
	/// How long a technical-committee motion stays open for votes.
	pub technical_motion: BlockNumber,
}

impl<BlockNumber: Copy + PartialOrd + Default> GovernancePeriods<BlockNumber> {
	/// Checks the invariants every chain's periods must hold.
	pub fn check(&self) -> Result<(), &'static str> {
		let zero = BlockNumber::default();
		let all = [
			self.launch,
			self.voting,
			self.fast_track_voting,
			self.minimum_voting,
			self.enactment,
			self.vote_locking,
			self.cooloff,
			self.council_motion,
			self.technical_motion,
		];
		if all.iter().any(|p| *p <= zero) {
			return Err("every governance period must be at least one block");
		}
		if self.vote_locking < self.enactment {
			return Err("votes must stay locked at least until enactment");
		}
		if self.minimum_voting > self.fast_track_voting {
			return Err("the minimum voting period is at most the fast-track one");
		}
		Ok(())
	}
}
