//! `ReserveFund`: the spend tiers (a treasurer, a council majority, two thirds, each with its
//! cap), budgets per fiscal period and public works contracts.

use crate::{
	configs::{
		CouncilMajority, CouncilTwoThirds, ReserveFundPalletId, RootOr, TechnicalCommitteeMajority,
	},
	AccountId, Balance, Balances, BlockNumber, IdentityRegistry, Runtime, RuntimeEvent,
};
use city_primitives::{
	credentials::{EnsureCredential, Inspector, Treasurer},
	CITY, DAYS,
};
use frame_support::{
	parameter_types,
	traits::{EitherOf, EitherOfDiverse, MapSuccess},
};
use sp_runtime::traits::Replace;

parameter_types! {
	/// The most a treasurer spends at once.
	pub const TreasurerSpendCap: Balance = 1_000 * CITY;
	/// The most a council majority's motion spends at once.
	pub const CouncilMajoritySpendCap: Balance = 100_000 * CITY;
	/// The most a two-thirds council motion spends at once.
	pub const CouncilTwoThirdsSpendCap: Balance = 1_000_000 * CITY;
	/// A fiscal period: budgets count their spends per period.
	pub const FiscalPeriod: BlockNumber = 30 * DAYS;
	/// Categories with a budget.
	pub const MaxBudgets: u32 = 16;
	/// Blocks the council has to dispute a certified milestone.
	pub const ChallengePeriod: BlockNumber = 2 * DAYS;
	/// Milestones of a public works contract.
	pub const MaxMilestones: u32 = 16;
}

/// The council's spend tiers, with the most each spends (or awards) at once. Two thirds is
/// tried before a majority, so a motion that passes with both gets the larger cap. Root is the
/// pallet's own case (no cap).
pub type CouncilSpendOrigin = EitherOf<
	MapSuccess<CouncilTwoThirds, Replace<CouncilTwoThirdsSpendCap>>,
	MapSuccess<CouncilMajority, Replace<CouncilMajoritySpendCap>>,
>;

/// Who spends from the reserve fund: a treasurer within a small cap, or the council's tiers.
pub type ReserveSpendOrigin = EitherOf<
	MapSuccess<
		EnsureCredential<IdentityRegistry, Treasurer, AccountId>,
		Replace<TreasurerSpendCap>,
	>,
	CouncilSpendOrigin,
>;

impl pallet_reserve_fund::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	/// The account fees have been paid into since genesis.
	type PalletId = ReserveFundPalletId;
	type SpendOrigin = ReserveSpendOrigin;
	/// The body that spends does not set its own limits: budgets are two thirds' (a majority
	/// spends, awards and enrols within them).
	type BudgetOrigin = RootOr<CouncilTwoThirds>;
	type FiscalPeriod = FiscalPeriod;
	type MaxBudgets = MaxBudgets;
	type AwardOrigin = CouncilSpendOrigin;
	type DisputeOrigin = EitherOfDiverse<RootOr<CouncilMajority>, TechnicalCommitteeMajority>;
	type CancelOrigin = RootOr<CouncilMajority>;
	type InspectorOrigin = EnsureCredential<IdentityRegistry, Inspector, AccountId>;
	type ChallengePeriod = ChallengePeriod;
	type MaxMilestones = MaxMilestones;
	type WeightInfo = crate::weights::pallet_reserve_fund::WeightInfo<Runtime>;
}
