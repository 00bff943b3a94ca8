//! Governance: the council and technical committee (`pallet-collective` with
//! `pallet-membership`), resident referenda (`pallet-democracy`), and what they need
//! (`Preimage`, `Scheduler`, `GovernancePeriods`). Also the named origins other pallets use.
//!
//! ## Who may do what
//! Which origin each step of governance takes (these named origins, Root, one member) is in
//! the one table of the root README, "Who may do what", beside the city pallets' steps.
//!
//! Root is reached only through a referendum: there is no sudo. No council majority reaches
//! it alone: the council cannot choose the committee that fast-tracks its proposals, a
//! fast-track shorter than the fast-track voting period needs every member of a committee of
//! at least three, and no fast-track (not even a unanimous one) gives residents less than the
//! minimum voting period (an hour on a production chain, `GovernancePeriods::minimum_voting`).

use crate::{
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, CITY, DAYS, HOURS,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, ConstBool, ConstU32, Contains, EitherOfDiverse, EnsureOrigin,
		EqualPrivilegeOnly, Get, LinearStoragePrice,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_governance_periods::{
	Cooloff, CouncilMotion, CurrentPeriod, Enactment, FastTrackVoting, GovernancePeriods, Launch,
	MinimumVoting, TechnicalMotion, VoteLocking, Voting,
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

/// The fewest members a technical committee has for its unanimity to fast-track instantly.
pub const MIN_INSTANT_COMMITTEE: u32 = 3;

/// Every member of a technical committee of at least [`MIN_INSTANT_COMMITTEE`]: a committee the
/// council (or anyone) shrank to one or two allies cannot fast-track instantly.
pub type TechnicalCommitteeUnanimousOfThree = UnanimousOfAtLeast<MIN_INSTANT_COMMITTEE>;

/// Every member of a technical committee of at least `MIN` members.
pub struct UnanimousOfAtLeast<const MIN: u32>;

impl<const MIN: u32> EnsureOrigin<RuntimeOrigin> for UnanimousOfAtLeast<MIN> {
	type Success = ();

	fn try_origin(origin: RuntimeOrigin) -> Result<(), RuntimeOrigin> {
		match origin.clone().into() {
			Ok(pallet_collective::RawOrigin::<AccountId, TechnicalCollective>::Members(
				yes,
				of,
			)) if yes == of && of >= MIN => Ok(()),
			_ => Err(origin),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Ok(pallet_collective::RawOrigin::<AccountId, TechnicalCollective>::Members(MIN, MIN).into())
	}
}

/// The runtime's call filter (`frame_system::Config::BaseCallFilter`): every call passes but
/// - a `democracy.fast_track` to a voting period shorter than the chain's minimum voting period
///   (`GovernancePeriods::minimum_voting`), which only Root (whose calls no filter stops) may
///   make. Collective motions dispatch with their members' origin, so the filter binds them;
/// - `session.purge_keys`, from anyone (it is signed, so Root cannot make it either): keys are
///   purged through `validatorSet.purge_keys`, which refuses a validator whose keys are in use,
///   so that no validator leaves the authorities without the council. The filter binds calls
///   wrapped in batches, proxies and multisig too.
pub struct CityCallFilter;

impl Contains<RuntimeCall> for CityCallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		match call {
			RuntimeCall::Democracy(pallet_democracy::Call::fast_track {
				voting_period, ..
			}) => *voting_period >= CurrentPeriod::<Runtime, MinimumVoting>::get(),
			RuntimeCall::Session(pallet_session::Call::purge_keys {}) => false,
			_ => true,
		}
	}
}

parameter_types! {
	/// The periods of the production chain. A development chain sets shorter ones in its
	/// genesis preset (see `genesis_config_presets`).
	pub const ProductionGovernancePeriods: GovernancePeriods<BlockNumber> = GovernancePeriods {
		// A referendum is launched from the queue once a week ...
		launch: 7 * DAYS,
		// ... residents vote on it for a week ...
		voting: 7 * DAYS,
		// ... unless the technical committee fast-tracks it (three hours at least, or
		// shorter if a committee of three or more is unanimous) ...
		fast_track_voting: 3 * HOURS,
		// ... but never shorter than an hour, whoever asks (Root aside).
		minimum_voting: HOURS,
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
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
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
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

impl pallet_collective::Config<TechnicalCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CurrentPeriod<Runtime, TechnicalMotion>;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<21>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxCollectivesProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

/// The committee changes by Root (a referendum) or by itself, never by the council: a council
/// majority that chose the committee would choose who fast-tracks its own proposals.
impl pallet_membership::Config<TechnicalCollective> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = RootOr<TechnicalCommitteeTwoThirds>;
	type RemoveOrigin = RootOr<TechnicalCommitteeTwoThirds>;
	type SwapOrigin = RootOr<TechnicalCommitteeTwoThirds>;
	type ResetOrigin = EnsureRoot<AccountId>;
	type PrimeOrigin = RootOr<TechnicalCommitteeTwoThirds>;
	type MembershipInitialized = crate::TechnicalCommittee;
	type MembershipChanged = crate::TechnicalCommittee;
	type MaxMembers = ConstU32<21>;
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

parameter_types! {
	/// The least a resident must lock to make a public proposal.
	pub const MinimumDeposit: Balance = 100 * CITY;
}

impl pallet_democracy::Config for Runtime {
	type WeightInfo = crate::weights::pallet_democracy::WeightInfo<Runtime>;
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
	type InstantOrigin = TechnicalCommitteeUnanimousOfThree;
	type CancellationOrigin = CouncilTwoThirds;
	type BlacklistOrigin = EnsureRoot<AccountId>;
	type CancelProposalOrigin = RootOr<TechnicalCommitteeUnanimous>;
	type VetoOrigin = TechnicalCommitteeMember;
	type PalletsOrigin = OriginCaller;
	/// Slashed proposal deposits go to the city's reserve.
	type Slash = super::currency::ToCityReserve;
}

parameter_types! {
	/// A preimage holds the storage price (`currency::deposit`: 1 CITY plus 10 micro-CITY a
	/// byte) while it is stored.
	pub const PreimageBaseDeposit: Balance = super::currency::STORAGE_ITEM_DEPOSIT;
	pub const PreimageByteDeposit: Balance = super::currency::STORAGE_BYTE_DEPOSIT;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
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
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}
