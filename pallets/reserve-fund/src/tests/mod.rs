//! The reserve fund against its mock: inflows, tiered spends, budgets per fiscal period,
//! obligations and the reserve floor, contracts and wages, each error path with
//! `assert_noop!`. One file per call or domain (the attacks on a rule sit beside it); this
//! one is the mock.
//!
//! The mock: a runtime with `frame_system`, `pallet_balances` and the reserve fund. Spenders
//! and their caps stand for the treasurer and the council; account 2 is "the council" for
//! budgets, awards, disputes and cancellations, account 6 "the technical committee" (disputes
//! only).

use crate::{self as pallet_reserve_fund, *};
use city_primitives::treasury::ReserveFund as ReserveFundT;
use frame_support::{assert_noop, assert_ok, derive_impl, parameter_types, traits::ConstU32};
use frame_system::RawOrigin;
use sp_runtime::{BuildStorage, DispatchError, TokenError};

mod budgets;
mod contracts;
mod donate;
mod fees;
mod floor;
mod for_other_pallets;
mod invariants;
mod spend;
mod status;

const MEMO: H256 = H256::repeat_byte(0xaa);
const INVOICE: H256 = H256::repeat_byte(0xbb);

fn spend(origin: RuntimeOrigin, category: SpendCategory, amount: u64) -> DispatchResult {
	ReserveFund::spend(origin, category, amount, CONTRACTOR, INVOICE)
}

fn budget(category: SpendCategory, limit: u64) {
	assert_ok!(ReserveFund::set_budget(signed(COUNCIL), category, limit));
}

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		ReserveFund: pallet_reserve_fund,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
	// Not the default's zero: the hooks' database weights must show in the tests.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// Holds a treasurer credential: spends up to [`TREASURER_CAP`].
pub const TREASURER: u64 = 1;
/// Stands for a council majority: spends up to [`COUNCIL_CAP`] and sets budgets.
pub const COUNCIL: u64 = 2;
/// A resident with no say over the fund.
pub const RESIDENT: u64 = 3;
/// A contractor paid by the fund.
pub const CONTRACTOR: u64 = 4;

pub const TREASURER_CAP: u64 = 100;
pub const COUNCIL_CAP: u64 = 10_000;
/// What the fund holds at genesis, besides the existential deposit.
pub const FUND: u64 = 50_000;
/// A fiscal period, in blocks.
pub const PERIOD: u64 = 10;

parameter_types! {
	pub const ReserveFundPalletId: PalletId = PalletId(*b"city/rsv");
	pub const FiscalPeriod: u64 = PERIOD;
}

/// Stands for a technical-committee majority: may dispute a milestone, nothing else.
pub const TECHNICAL_COMMITTEE: u64 = 6;

/// The mock's tiered spend origin: each spender succeeds with their cap.
pub struct Spenders;
impl EnsureOrigin<RuntimeOrigin> for Spenders {
	type Success = u64;

	fn try_origin(origin: RuntimeOrigin) -> Result<u64, RuntimeOrigin> {
		match origin.clone().into() {
			Ok(RawOrigin::Signed(TREASURER)) => Ok(TREASURER_CAP),
			Ok(RawOrigin::Signed(COUNCIL)) => Ok(COUNCIL_CAP),
			_ => Err(origin),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::signed(COUNCIL))
	}
}

/// The mock's award origin: the council, up to [`COUNCIL_CAP`] (the treasurer awards nothing).
pub struct Awarders;
impl EnsureOrigin<RuntimeOrigin> for Awarders {
	type Success = u64;

	fn try_origin(origin: RuntimeOrigin) -> Result<u64, RuntimeOrigin> {
		match origin.clone().into() {
			Ok(RawOrigin::Signed(COUNCIL)) => Ok(COUNCIL_CAP),
			_ => Err(origin),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::signed(COUNCIL))
	}
}

/// [`COUNCIL`] and [`TECHNICAL_COMMITTEE`] as a `SortedMembers`: who disputes milestones.
pub struct Disputers;
impl frame_support::traits::SortedMembers<u64> for Disputers {
	fn sorted_members() -> Vec<u64> {
		vec![COUNCIL, TECHNICAL_COMMITTEE]
	}
}

frame_support::ord_parameter_types! {
	/// [`COUNCIL`] as a `SortedMembers`.
	pub const Council: u64 = COUNCIL;
}

/// Holds an inspector credential.
pub const INSPECTOR: u64 = 5;
/// Blocks the council has to dispute a certified milestone.
pub const CHALLENGE: u64 = 5;

/// [`INSPECTOR`] as a `SortedMembers`.
pub struct Inspectors;
impl frame_support::traits::SortedMembers<u64> for Inspectors {
	fn sorted_members() -> Vec<u64> {
		vec![INSPECTOR]
	}
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type PalletId = ReserveFundPalletId;
	type SpendOrigin = Spenders;
	type BudgetOrigin = frame_system::EnsureSignedBy<Council, u64>;
	type FiscalPeriod = FiscalPeriod;
	type MaxBudgets = ConstU32<3>;
	type AwardOrigin = Awarders;
	type DisputeOrigin = frame_system::EnsureSignedBy<Disputers, u64>;
	type CancelOrigin = frame_system::EnsureSignedBy<Council, u64>;
	type InspectorOrigin = frame_system::EnsureSignedBy<Inspectors, u64>;
	type ChallengePeriod = frame_support::traits::ConstU64<CHALLENGE>;
	type MaxMilestones = ConstU32<4>;
	type WeightInfo = ();
}

/// The fund's account.
pub fn fund() -> u64 {
	ReserveFund::account_id()
}

// `signed(who)`, `free(who)` and `last_event()`.
city_testing::impl_test_helpers!(Test);

/// Runs `test` from block 1 on a chain where the fund holds [`FUND`] (plus the existential
/// deposit), each of accounts 1-4 holds 1,000 and no category has a budget; checks the
/// invariants after.
pub fn new_test_ext(test: impl FnOnce()) {
	new_test_ext_with_budgets(vec![], test)
}

/// [`new_test_ext`] with `budgets` set at genesis.
pub fn new_test_ext_with_budgets(budgets: Vec<(SpendCategory, u64)>, test: impl FnOnce()) {
	let ed: u64 = <<Test as pallet_balances::Config>::ExistentialDeposit as Get<u64>>::get();
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(fund(), FUND + ed),
			(TREASURER, 1_000),
			(COUNCIL, 1_000),
			(RESIDENT, 1_000),
			(CONTRACTOR, 1_000),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_reserve_fund::GenesisConfig::<Test> { budgets }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		ReserveFund::do_try_state().expect("the invariants hold");
	});
}

/// The mock's genesis for the benchmarks' test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
