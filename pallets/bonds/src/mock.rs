//! A runtime with `frame_system`, `pallet_balances`, the real reserve fund and the bonds.
//! Account 2 stands for two thirds of the council; accounts 3 and 4 are residents, 5 is not.

use crate::{self as pallet_bonds, *};
use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureSignedBy;
use sp_runtime::{traits::AccountIdConversion, BuildStorage};

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

/// [`COUNCIL`] as a `SortedMembers`.
pub struct Council;
impl frame_support::traits::SortedMembers<u64> for Council {
	fn sorted_members() -> Vec<u64> {
		vec![COUNCIL]
	}
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

pub fn free(who: u64) -> u64 {
	Balances::free_balance(who)
}

/// What `who` has on hold for holdings' deposits.
pub fn on_hold(who: u64) -> u64 {
	<Balances as frame_support::traits::fungible::InspectHold<u64>>::balance_on_hold(
		&RuntimeHoldReason::Bonds(HoldReason::HoldingDeposit),
		&who,
	)
}

pub fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

/// The bonds' events so far.
pub fn bond_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Bonds(event) => Some(event),
			_ => None,
		})
		.collect()
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
