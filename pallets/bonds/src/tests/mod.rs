//! The bonds against their mock (with the real reserve fund): issuance under the ceiling,
//! subscription with a residents' share, cancellation and refunds, coupons claimed in O(1)
//! around a transfer, redemption, arrears and recovery; each error path with `assert_noop!`.
//!
//! This file is the mock: a runtime with `frame_system`, `pallet_balances`, the real reserve
//! fund and the bonds. Account 2 stands for two thirds of the council; accounts 3 and 4 are
//! residents, 5 is not.

use crate::{self as pallet_bonds, *};
use core::cell::RefCell;
use frame_support::{
	assert_noop, assert_ok, derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureSignedBy;
use sp_core::H256;
use sp_runtime::{traits::AccountIdConversion, BuildStorage, DispatchError, TokenError};

mod issue;
mod life;
mod property;
mod subscription;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		ReserveFund: pallet_reserve_fund,
		Bonds: pallet_bonds,
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

/// Two thirds of the council.
pub const COUNCIL: u64 = 2;
/// A resident.
pub const ANNA: u64 = 3;
/// Another resident.
pub const BORIS: u64 = 4;
/// Not a resident.
pub const VISITOR: u64 = 5;

/// What the fund holds at genesis beyond the existential deposit.
pub const FUND: u64 = 1_000;
/// What each holder holds at genesis.
pub const ENDOWMENT: u64 = 100_000;

std::thread_local! {
	/// Resident credentials of the mock's registry.
	static RESIDENTS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// The mock's identity registry: only residents.
pub struct Registry;
impl CredentialInspect<u64> for Registry {
	fn has_active_credential(who: &u64, kind: &CredentialKind, _: Option<u32>) -> bool {
		*kind == CredentialKind::Resident && RESIDENTS.with(|r| r.borrow().contains(who))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn grant_for_benchmarks(who: &u64, _: CredentialKind) {
		RESIDENTS.with(|r| r.borrow_mut().push(*who))
	}
}

frame_support::ord_parameter_types! {
	/// [`COUNCIL`] as a `SortedMembers`.
	pub const Council: u64 = COUNCIL;
}

// The reserve fund as the bonds', CityCoin's and the vehicle registry's mocks share it.
pallet_reserve_fund::impl_mock_config!(Test, Council);

/// The deposit of a holding.
pub const DEPOSIT: u64 = 5;
/// A year of the mock, in blocks.
pub const YEAR: u64 = 100;

frame_support::parameter_types! {
	/// The council issues at most 50% a year (5% per 10-block period).
	pub const MaxAnnualCouponRate: Perbill = Perbill::from_percent(50);
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type HoldingDeposit = ConstU64<DEPOSIT>;
	type ReserveFund = ReserveFund;
	type Credentials = Registry;
	type IssueOrigin = EnsureSignedBy<Council, u64>;
	type CallOrigin = EnsureSignedBy<Council, u64>;
	type MaxAnnualCouponRate = MaxAnnualCouponRate;
	type Year = ConstU64<YEAR>;
	type MinCallNotice = ConstU64<5>;
	type GracePeriod = ConstU64<10>;
	type MaxNameLen = ConstU32<16>;
	type MaxPeriods = ConstU32<8>;
	type WeightInfo = ();
}

// `signed`, `free`, `last_event`, and `on_hold` (what an account has on hold for holdings'
// deposits).
city_testing::impl_test_helpers!(Test, hold: RuntimeHoldReason::Bonds(HoldReason::HoldingDeposit));

/// The bonds' events so far.
pub fn bond_events() -> Vec<Event<Test>> {
	city_testing::events_of::<Test, Event<Test>>()
}

/// Runs blocks until block `n` is open (the bonds have no block hooks: only the number moves).
pub fn run_to(n: u64) {
	city_testing::run_to::<Test, Bonds>(n)
}

/// Checks what every series set aside against the fund's obligations, then the invariants of
/// both pallets.
pub fn check_invariants() {
	let (mut principal, mut coupons) = (0, 0);
	for (_, series) in AllSeries::<Test>::iter() {
		principal += Bonds::principal_reserved(&series);
		coupons += Bonds::coupons_reserved(&series);
	}
	assert_eq!(
		pallet_reserve_fund::Obligations::<Test>::get(Obligation::BondPrincipal),
		principal,
		"the fund holds the series' principal"
	);
	assert_eq!(
		pallet_reserve_fund::Obligations::<Test>::get(Obligation::BondCoupons),
		coupons,
		"the fund holds the series' coupons"
	);
	Bonds::do_try_state().expect("the bonds' invariants hold");
	ReserveFund::do_try_state().expect("the fund's invariants hold");
}

/// Runs `test` from block 1: the fund holds [`FUND`], the holders [`ENDOWMENT`] each; Anna
/// and Boris are residents. Checks the invariants after.
pub fn new_test_ext(test: impl FnOnce()) {
	RESIDENTS.with(|r| *r.borrow_mut() = vec![ANNA, BORIS]);
	let ed: u64 = <<Test as pallet_balances::Config>::ExistentialDeposit as Get<u64>>::get();
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let fund: u64 = ReserveFundPalletId::get().into_account_truncating();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(fund, FUND + ed),
			(COUNCIL, ENDOWMENT),
			(ANNA, ENDOWMENT),
			(BORIS, ENDOWMENT),
			(VISITOR, ENDOWMENT),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		check_invariants();
	});
}

/// The mock's genesis for the benchmarks' test suite: nobody holds anything yet.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

const PURPOSE: H256 = H256::repeat_byte(0x70);

/// 100 units of face 100, 5% a period of 10 blocks for 4 periods; the window ends at block
/// 10; at least 20 units; 30 for residents.
fn terms() -> TermsOf<Test> {
	Terms {
		name: b"school roof".to_vec().try_into().expect("short"),
		purpose: PURPOSE,
		contract: Some(0),
		face: 100,
		coupon_rate: Perbill::from_percent(5),
		coupon_period: 10,
		periods: 4,
		units: 100,
		subscription_end: 10,
		min_units: 20,
		resident_units: 30,
	}
}

/// Issues [`terms`] by Root; answers its id.
fn issue() -> SeriesId {
	let id = NextSeriesId::<Test>::get();
	assert_ok!(Bonds::issue(RuntimeOrigin::root(), terms()));
	id
}

fn held(id: SeriesId, who: u64) -> u32 {
	Holdings::<Test>::get(id, who).map_or(0, |h| h.units)
}

/// All CITY of the fund and the holders, deposits on hold included: bonds create and destroy
/// none.
fn money() -> u64 {
	[COUNCIL, ANNA, BORIS, VISITOR].iter().map(|who| free(*who) + on_hold(*who)).sum::<u64>()
		+ ReserveFund::balance()
}
