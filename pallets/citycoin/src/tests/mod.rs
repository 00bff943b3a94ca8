//! CityCoin against its mock (with the real reserve fund): issuance within the cap, services
//! and receipts, payroll across period boundaries with budgets, arrears and the clerk's limits,
//! metered billing with usage caps, holds and disputes; each error path with `assert_noop!`,
//! and each attack on a rule as a test named after it. One file per domain; this one is the
//! mock.
//!
//! The mock: a runtime with `frame_system`, `pallet_balances`, the real reserve fund and
//! CityCoin. Credentials come from a registry kept in a thread-local list; account 2 stands for
//! the council (and two thirds of it, and a majority: the payroll admin with Root), account 6
//! for a payroll clerk (the payroll clerk credential). Wages are paid only within a `Payroll`
//! budget: tests that pay set one with [`payroll_budget`].

use crate::{self as pallet_citycoin, *};
use city_primitives::{
	credentials::{EnsureCredential, PayrollClerk},
	treasury::Obligation,
};
use frame_support::{
	assert_noop, assert_ok, derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::{BuildStorage, DispatchError, TokenError};

mod billing;
mod issuance;
mod payroll;
mod services;

const DECISION: H256 = H256::repeat_byte(0xd1);
const ORDER: H256 = H256::repeat_byte(0x0d);

fn fund_balance() -> u64 {
	ReserveFund::balance()
}

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		ReserveFund: pallet_reserve_fund,
		CityCoin: pallet_citycoin,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// Stands for the council (and two thirds of it).
pub const COUNCIL: u64 = 2;
/// A resident (holds a resident credential).
pub const RESIDENT: u64 = 3;
/// A visitor: no credential.
pub const VISITOR: u64 = 4;
/// An employee of public works (role 1).
pub const WORKER: u64 = 5;
/// A payroll clerk (holds the payroll clerk credential).
pub const CLERK: u64 = 6;
/// A second employee of public works (role 1).
pub const MECHANIC: u64 = 7;
/// A meter's consumer: who is billed for its readings.
pub const CONSUMER: u64 = 8;

/// What the fund holds at genesis, besides the existential deposit.
pub const FUND: u64 = 10_000;
/// What each account holds at genesis.
pub const ENDOWMENT: u64 = 1_000;
/// Blocks of an issuance period.
pub const ISSUANCE_PERIOD: u64 = 100;
/// Blocks of a pay period.
pub const PAY_PERIOD: u64 = 10;
/// Employees paid per block.
pub const BATCH: u32 = 2;
/// Blocks a receipt is kept.
pub const RETENTION: u64 = 20;
/// The highest wage a clerk may set.
pub const CLERK_WAGE_CAP: u64 = 1_000;
/// Blocks of the reserve fund's fiscal period (its mock's, `impl_mock_config!`).
pub const FISCAL_PERIOD: u64 = 100;

/// Public works, role 1: the employee credential of the tests.
pub fn public_works() -> CredentialKind {
	CredentialKind::Employee { department: Department::PublicWorks, role: 1 }
}

pub use city_primitives::credentials::testing::{
	grant, reset, revoke, TestCredentials as Registry,
};

frame_support::ord_parameter_types! {
	/// [`COUNCIL`] as a `SortedMembers`.
	pub const Council: u64 = COUNCIL;
}

// The reserve fund as the bonds', CityCoin's and the vehicle registry's mocks share it.
pallet_reserve_fund::impl_mock_config!(Test, Council);

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ReserveFund = ReserveFund;
	type Credentials = Registry;
	type MintOrigin = EnsureSignedBy<Council, u64>;
	type CatalogueOrigin = EnsureSignedBy<Council, u64>;
	type TaxOrigin = EnsureSignedBy<Council, u64>;
	type PayrollAdminOrigin = EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<Council, u64>>;
	type PayrollClerkOrigin = EnsureCredential<Registry, PayrollClerk, u64>;
	type ClerkWageCap = ConstU64<CLERK_WAGE_CAP>;
	type IssuancePeriod = ConstU64<ISSUANCE_PERIOD>;
	type PayPeriod = ConstU64<PAY_PERIOD>;
	type PayrollBatch = ConstU32<BATCH>;
	type MaxEmployees = ConstU32<4>;
	type MaxServices = ConstU32<3>;
	type MaxServiceNameLen = ConstU32<16>;
	type ReceiptRetention = ConstU64<RETENTION>;
	type WeightInfo = MockWeights;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Sets the `Payroll` budget through the reserve fund's own call, as the council would.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockBenchmarkHelper {
	fn set_payroll_budget(amount: u64) {
		payroll_budget(amount)
	}
}

/// Gives the `Payroll` category a budget of `limit` per fiscal period (the council's call).
pub fn payroll_budget(limit: u64) {
	assert!(pallet_reserve_fund::Pallet::<Test>::set_budget(
		RuntimeOrigin::signed(COUNCIL),
		SpendCategory::Payroll,
		limit
	)
	.is_ok());
}

/// Zero weights, but pruning receipts costs 10 + 5 per receipt (ref time), so the tests can
/// check that `on_idle` stays within what it is given.
pub struct MockWeights;
impl crate::weights::WeightInfo for MockWeights {
	fn mint() -> Weight {
		Weight::zero()
	}
	fn burn() -> Weight {
		Weight::zero()
	}
	fn set_mint_cap() -> Weight {
		Weight::zero()
	}
	fn add_service() -> Weight {
		Weight::zero()
	}
	fn update_service() -> Weight {
		Weight::zero()
	}
	fn set_tax_rate() -> Weight {
		Weight::zero()
	}
	fn pay_for_service() -> Weight {
		Weight::zero()
	}
	fn enrol() -> Weight {
		Weight::zero()
	}
	fn set_wage() -> Weight {
		Weight::zero()
	}
	fn remove_employee() -> Weight {
		Weight::zero()
	}
	fn set_tariff() -> Weight {
		Weight::zero()
	}
	fn settle_bill() -> Weight {
		Weight::zero()
	}
	fn payroll_idle() -> Weight {
		Weight::zero()
	}
	fn pay_employees(_: u32) -> Weight {
		Weight::zero()
	}
	fn bill_meter() -> Weight {
		Weight::zero()
	}
	fn prune_receipts(n: u32) -> Weight {
		Weight::from_parts(10 + 5 * u64::from(n), 0)
	}
	fn set_usage_cap() -> Weight {
		Weight::zero()
	}
	fn dispute_bill() -> Weight {
		Weight::zero()
	}
	fn resolve_bill() -> Weight {
		Weight::zero()
	}
}

/// The reserve fund's account.
pub fn fund() -> u64 {
	ReserveFund::account_id()
}

// `signed(who)`, `free(who)` and `last_event()`.
city_testing::impl_test_helpers!(Test);

/// CityCoin's events so far.
pub fn citycoin_events() -> Vec<Event<Test>> {
	city_testing::events_of::<Test, Event<Test>>()
}

/// Closes the current block and runs the next one's hooks (CityCoin's), as the executive would.
pub fn next_block() {
	city_testing::next_block::<Test, CityCoin>()
}

/// Runs blocks ([`next_block`]) until block `n` is open.
pub fn run_to(n: u64) {
	city_testing::run_to::<Test, CityCoin>(n)
}

fn storage() -> sp_runtime::Storage {
	let ed: u64 = <<Test as pallet_balances::Config>::ExistentialDeposit as Get<u64>>::get();
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances = vec![(fund(), FUND + ed)];
	balances.extend(
		[COUNCIL, RESIDENT, VISITOR, WORKER, CLERK, MECHANIC, CONSUMER].map(|who| (who, ENDOWMENT)),
	);
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	storage
}

/// Runs `test` from block 1 on a chain where the fund holds [`FUND`] and accounts 2-8 hold
/// [`ENDOWMENT`] each; the resident, the two public-works employees and the payroll clerk
/// hold their credentials. No budget is set. Checks both pallets' invariants after.
pub fn new_test_ext(test: impl FnOnce()) {
	reset(Vec::new());
	grant(RESIDENT, CredentialKind::Resident);
	grant(WORKER, public_works());
	grant(MECHANIC, public_works());
	grant(CLERK, PayrollClerk::get());
	let mut ext = sp_io::TestExternalities::new(storage());
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		CityCoin::do_try_state().expect("CityCoin's invariants hold");
		ReserveFund::do_try_state().expect("the fund's invariants hold");
	});
}

/// The mock's genesis for the benchmarks' test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	reset(Vec::new());
	let mut ext = sp_io::TestExternalities::new(storage());
	ext.execute_with(|| System::set_block_number(1));
	ext
}
