//! `Bonds`: municipal bond series under the debt ceiling, issued by two thirds of the council
//! within a coupon-rate cap, called early by a majority.

use crate::{
	configs::{CouncilMajority, CouncilTwoThirds, RootOr},
	Balance, Balances, BlockNumber, IdentityRegistry, ReserveFund, Runtime, RuntimeEvent,
};
use city_primitives::{CITY, DAYS};
use frame_support::parameter_types;
use sp_runtime::Perbill;

parameter_types! {
	/// The shortest notice of an early call of a bond series.
	pub const MinCallNotice: BlockNumber = 30 * DAYS;
	/// How long a series may stay in arrears before anyone may declare it in default.
	pub const BondGracePeriod: BlockNumber = 30 * DAYS;
	/// Bytes of a series' name.
	pub const MaxBondNameLen: u32 = 64;
	/// Coupon periods of a series: ten years of monthly coupons, thirty of quarterly ones.
	pub const MaxCouponPeriods: u32 = 120;
	/// The deposit of a holding (an account's units of one series, about 100 bytes).
	pub const BondHoldingDeposit: Balance = CITY / 10;
	/// The highest coupon rate, a year, the council issues at (Root may go higher).
	pub const MaxAnnualCouponRate: Perbill = Perbill::from_percent(10);
	/// A year, to scale a coupon rate per period.
	pub const BondYear: BlockNumber = 365 * DAYS;
}

/// A bond series' name, as the runtime bounds it (the runtime API's `Name`).
pub type BondName = frame_support::BoundedVec<u8, MaxBondNameLen>;

impl pallet_bonds::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type HoldingDeposit = BondHoldingDeposit;
	type ReserveFund = ReserveFund;
	type Credentials = IdentityRegistry;
	type IssueOrigin = CouncilTwoThirds;
	type CallOrigin = RootOr<CouncilMajority>;
	type MaxAnnualCouponRate = MaxAnnualCouponRate;
	type Year = BondYear;
	type MinCallNotice = MinCallNotice;
	type GracePeriod = BondGracePeriod;
	type MaxNameLen = MaxBondNameLen;
	type MaxPeriods = MaxCouponPeriods;
	type WeightInfo = crate::weights::pallet_bonds::WeightInfo<Runtime>;
}
