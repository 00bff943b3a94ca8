//! `CityCoin`: issuance under the council's mint cap, the catalogue of services, payroll (an
//! admin and payroll clerks within a wage cap) and metered billing.

use crate::{
	configs::{CouncilMajority, CouncilTwoThirds, RootOr},
	AccountId, Balance, Balances, BlockNumber, IdentityRegistry, ReserveFund, Runtime,
	RuntimeEvent,
};
use city_primitives::{
	credentials::{EnsureCredential, PayrollClerk},
	CITY, DAYS,
};
use frame_support::parameter_types;

parameter_types! {
	/// An issuance period: the council's mint cap counts per period.
	pub const IssuancePeriod: BlockNumber = 30 * DAYS;
	/// A pay period: wages are paid when one starts, for the one that ended.
	pub const PayPeriod: BlockNumber = 30 * DAYS;
	/// Employees paid per block during a payroll run.
	pub const PayrollBatch: u32 = 50;
	/// Employees on the payroll.
	pub const MaxEmployees: u32 = 10_000;
	/// Services in the catalogue.
	pub const MaxServices: u32 = 256;
	/// Bytes of a service's name.
	pub const MaxServiceNameLen: u32 = 64;
	/// How long a receipt stays in storage (it stays in its event for good).
	pub const ReceiptRetention: BlockNumber = 90 * DAYS;
	/// The most a payroll clerk may set as a wage per pay period (the council sets more).
	pub const ClerkWageCap: Balance = 10_000 * CITY;
}

impl pallet_citycoin::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ReserveFund = ReserveFund;
	type Credentials = IdentityRegistry;
	type MintOrigin = CouncilTwoThirds;
	type CatalogueOrigin = RootOr<CouncilMajority>;
	type TaxOrigin = RootOr<CouncilMajority>;
	type PayrollAdminOrigin = RootOr<CouncilMajority>;
	type PayrollClerkOrigin = EnsureCredential<IdentityRegistry, PayrollClerk, AccountId>;
	type ClerkWageCap = ClerkWageCap;
	type IssuancePeriod = IssuancePeriod;
	type PayPeriod = PayPeriod;
	type PayrollBatch = PayrollBatch;
	type MaxEmployees = MaxEmployees;
	type MaxServices = MaxServices;
	type MaxServiceNameLen = MaxServiceNameLen;
	type ReceiptRetention = ReceiptRetention;
	type WeightInfo = crate::weights::pallet_citycoin::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PayrollBudgetForBenchmarks;
}

/// Gives the payroll's benchmarks a `Payroll` budget, as the council would.
#[cfg(feature = "runtime-benchmarks")]
pub struct PayrollBudgetForBenchmarks;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_citycoin::BenchmarkHelper<Balance> for PayrollBudgetForBenchmarks {
	fn set_payroll_budget(amount: Balance) {
		let _ = ReserveFund::set_budget(
			crate::RuntimeOrigin::root(),
			city_primitives::treasury::SpendCategory::Payroll,
			amount,
		);
	}
}
