//! Governance: the council and technical committee (`pallet-collective` with
//! `pallet-membership`), resident referenda (`pallet-democracy`), and what they need
//! (`Preimage`, `Scheduler`, `GovernancePeriods`). Also the named origins other pallets use.
//!
//! ## Who may do what
//! | step | origin |
//! | --- | --- |
//! | bring an external proposal (super-majority-approve referendum) | [`CouncilAtLeastHalf`] |
//! | bring an external proposal decided by simple majority | [`CouncilThreeQuarters`] |
//! | bring an external proposal decided by super-majority against | [`CouncilUnanimous`] |
//! | fast-track an external proposal | [`TechnicalCommitteeTwoThirds`] |
//! | fast-track below the fast-track voting period (instant) | [`TechnicalCommitteeUnanimous`] |
//! | veto an external proposal (once, with cool-off) | one technical-committee member |
//! | cancel a referendum | [`CouncilTwoThirds`] |
//! | cancel a public proposal | Root or [`TechnicalCommitteeUnanimous`] |
//! | blacklist a proposal | Root |
//! | change the council's members | Root (a referendum) |
//! | change the technical committee's members | Root or [`CouncilMajority`] |
//!
//! Root is reached only through a referendum: there is no sudo.

use crate::{
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, CITY, DAYS, HOURS, MICRO_CITY,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, ConstBool, ConstU32, EitherOfDiverse, EqualPrivilegeOnly,
		LinearStoragePrice,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_governance_periods::{
	Cooloff, CouncilMotion, CurrentPeriod, Enactment, FastTrackVoting, GovernancePeriods, Launch,
	TechnicalMotion, VoteLocking, Voting,
};
use sp_runtime::Perbill;

use super::system::RuntimeBlockWeights;

/// The council's instance of `pallet-collective` and `pallet-membership`.
pub type CouncilCollective = pallet_collective::Instance1;
/// The technical committee's instance of `pallet-collective` and `pallet-membership`.
pub type TechnicalCollective = pallet_collective::Instance2;

/// More than half of the council.
pub type CouncilMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, CouncilCollective, 1, 2>;
/// At least half of the council.
pub type CouncilAtLeastHalf =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 1, 2>;
/// At least two thirds of the council.
pub type CouncilTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;
/// At least three quarters of the council.
pub type CouncilThreeQuarters =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 3, 4>;
/// The whole council.
pub type CouncilUnanimous =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 1, 1>;
/// More than half of the technical committee.
pub type TechnicalCommitteeMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, TechnicalCollective, 1, 2>;
/// At least two thirds of the technical committee.
pub type TechnicalCommitteeTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, TechnicalCollective, 2, 3>;
/// The whole technical committee.
pub type TechnicalCommitteeUnanimous =
	pallet_collective::EnsureProportionAtLeast<AccountId, TechnicalCollective, 1, 1>;
/// Any one member of the technical committee, returning the member.
pub type TechnicalCommitteeMember = pallet_collective::EnsureMember<AccountId, TechnicalCollective>;
/// Root (a referendum) or the given origin.
pub type RootOr<O> = EitherOfDiverse<EnsureRoot<AccountId>, O>;

parameter_types! {
	/// The periods of the production chain. A development chain sets shorter ones in its
	/// genesis preset (see `genesis_config_presets`).
	pub const ProductionGovernancePeriods: GovernancePeriods<BlockNumber> = GovernancePeriods {
		// A referendum is launched from the queue once a week ...
		launch: 7 * DAYS,
		// ... residents vote on it for a week ...
		voting: 7 * DAYS,
		// ... unless the technical committee fast-tracks it (three hours at least, or
		// shorter if unanimous) ...
		fast_track_voting: 3 * HOURS,
		// ... and two days after it passes, it is enacted.
		enactment: 2 * DAYS,
		// A winning vote with conviction 1 stays locked a week (doubling per step).
		vote_locking: 7 * DAYS,
		// A vetoed external proposal may not come back for a week.
		cooloff: 7 * DAYS,
		// Council motions stay open five days, technical-committee motions two.
		council_motion: 5 * DAYS,
		technical_motion: 2 * DAYS,
	};
}

impl pallet_governance_periods::Config for Runtime {
	type ProductionPeriods = ProductionGovernancePeriods;
}

parameter_types! {
	/// Collective motions may use at most half a block.
	pub MaxCollectivesProposalWeight: Weight =
		Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CurrentPeriod<Runtime, CouncilMotion>;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<21>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	/// Members come from `CouncilMembership`, changed by referendum.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxCollectivesProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	/// Members are elected and their open motions are capped by `MaxProposals`, so a motion
	/// takes no deposit.
	type Consideration = ();
}

impl pallet_membership::Config<CouncilCollective> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = EnsureRoot<AccountId>;
	type RemoveOrigin = EnsureRoot<AccountId>;
	type SwapOrigin = EnsureRoot<AccountId>;
	type ResetOrigin = EnsureRoot<AccountId>;
	type PrimeOrigin = EnsureRoot<AccountId>;
	type MembershipInitialized = crate::Council;
	type MembershipChanged = crate::Council;
	type MaxMembers = ConstU32<21>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_collective::Config<TechnicalCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CurrentPeriod<Runtime, TechnicalMotion>;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<21>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxCollectivesProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

impl pallet_membership::Config<TechnicalCollective> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = RootOr<CouncilMajority>;
	type RemoveOrigin = RootOr<CouncilMajority>;
	type SwapOrigin = RootOr<CouncilMajority>;
	type ResetOrigin = RootOr<CouncilMajority>;
	type PrimeOrigin = RootOr<CouncilMajority>;
	type MembershipInitialized = crate::TechnicalCommittee;
	type MembershipChanged = crate::TechnicalCommittee;
	type MaxMembers = ConstU32<21>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The least a resident must lock to make a public proposal.
	pub const MinimumDeposit: Balance = 100 * CITY;
}

impl pallet_democracy::Config for Runtime {
	type WeightInfo = pallet_democracy::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Preimages = Preimage;
	type Currency = Balances;
	type EnactmentPeriod = CurrentPeriod<Runtime, Enactment>;
	type LaunchPeriod = CurrentPeriod<Runtime, Launch>;
	type VotingPeriod = CurrentPeriod<Runtime, Voting>;
	type VoteLockingPeriod = CurrentPeriod<Runtime, VoteLocking>;
	type MinimumDeposit = MinimumDeposit;
	type InstantAllowed = ConstBool<true>;
	type FastTrackVotingPeriod = CurrentPeriod<Runtime, FastTrackVoting>;
	type CooloffPeriod = CurrentPeriod<Runtime, Cooloff>;
	type MaxVotes = ConstU32<100>;
	type MaxProposals = ConstU32<100>;
	type MaxDeposits = ConstU32<100>;
	type MaxBlacklisted = ConstU32<100>;
	type ExternalOrigin = CouncilAtLeastHalf;
	type ExternalMajorityOrigin = CouncilThreeQuarters;
	type ExternalDefaultOrigin = CouncilUnanimous;
	type SubmitOrigin = EnsureSigned<AccountId>;
	type FastTrackOrigin = TechnicalCommitteeTwoThirds;
	type InstantOrigin = TechnicalCommitteeUnanimous;
	type CancellationOrigin = CouncilTwoThirds;
	type BlacklistOrigin = EnsureRoot<AccountId>;
	type CancelProposalOrigin = RootOr<TechnicalCommitteeUnanimous>;
	type VetoOrigin = TechnicalCommitteeMember;
	type PalletsOrigin = OriginCaller;
	/// Slashed proposal deposits go to the city's reserve.
	type Slash = super::currency::ToCityReserve;
}

parameter_types! {
	/// A preimage holds 1 CITY plus 10 micro-CITY a byte while it is stored.
	pub const PreimageBaseDeposit: Balance = CITY;
	pub const PreimageByteDeposit: Balance = 10 * MICRO_CITY;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// Scheduled calls (enacted referenda) may use most of a block.
	pub MaximumSchedulerWeight: Weight =
		Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	/// Only Root schedules directly; referenda schedule through pallet-democracy.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}
