//! The vehicle registry's unit tests, and their mock: a runtime with `frame_system`,
//! `pallet_balances`, the real reserve fund and the vehicle registry. Credentials come from a
//! thread-local list; the roles are credential origins, as in the runtime.
//!
//! The tests, one file per topic: registration and plates, renewal and deregistration,
//! re-import of exported vehicles, two-step transfers with tax and each blocker, liens,
//! inspections with the odometer, theft flags, parking permits, fines and disputes; each error
//! path with `assert_noop!`, and each rule's attack by name. The invariants are checked after
//! every test (`new_test_ext`).

mod fines;
mod fines_and_transfers;
mod inspections;
mod liens;
mod lookups;
mod permits;
mod registration;
mod reimport;
mod theft;
mod transfers;

use crate::{self as pallet_vehicle_registry, *};
pub use city_primitives::credentials::testing::{reset, revoke, TestCredentials};
use city_primitives::credentials::{
	Adjudicator, EnsureCredential, Inspector, PoliceOfficer, VehicleClerk,
};
use frame_support::{
	assert_noop, assert_ok, derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureSignedBy;
use sp_runtime::{traits::AccountIdConversion, BuildStorage, DispatchError, TokenError};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		ReserveFund: pallet_reserve_fund,
		VehicleRegistry: pallet_vehicle_registry,
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

/// The council (sets zone prices).
pub const COUNCIL: u64 = 1;
/// A resident who owns cars.
pub const ANNA: u64 = 2;
/// Another resident, who buys one.
pub const BORIS: u64 = 3;
/// Not a resident.
pub const VISITOR: u64 = 4;
/// A vehicle clerk.
pub const CLERK: u64 = 5;
/// An inspector.
pub const INSPECTOR: u64 = 6;
/// A police officer.
pub const OFFICER: u64 = 7;
/// An adjudicator.
pub const JUDGE: u64 = 8;
/// A bank that lends against cars.
pub const BANK: u64 = 9;

/// What each account holds at genesis.
pub const ENDOWMENT: u64 = 100_000;
/// The registration fee.
pub const FEE: u64 = 50;
/// The renewal fee.
pub const RENEWAL: u64 = 30;
/// The record's deposit.
pub const DEPOSIT: u64 = 10;
/// The least transfer tax.
pub const MIN_TAX: u64 = 5;
/// Blocks of a registration.
pub const PERIOD: u64 = 100;
/// Blocks a freed plate waits.
pub const COOLDOWN: u64 = 20;
/// Blocks a pass is valid.
pub const VALIDITY: u64 = 50;
/// Blocks to dispute a fine.
pub const WINDOW: u64 = 10;
/// Blocks of a permit period.
pub const PERMIT_PERIOD: u64 = 10;

frame_support::ord_parameter_types! {
	/// [`COUNCIL`] as a `SortedMembers`.
	pub const Council: u64 = COUNCIL;
}

parameter_types! {
	pub const TransferTax: Permill = Permill::from_percent(2);
}

// The reserve fund as the bonds', CityCoin's and the vehicle registry's mocks share it.
pallet_reserve_fund::impl_mock_config!(Test, Council);

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ReserveFund = ReserveFund;
	type Credentials = TestCredentials;
	type ClerkOrigin = EnsureCredential<TestCredentials, VehicleClerk, u64>;
	type InspectorOrigin = EnsureCredential<TestCredentials, Inspector, u64>;
	type PoliceOrigin = EnsureCredential<TestCredentials, PoliceOfficer, u64>;
	type AdjudicatorOrigin = EnsureCredential<TestCredentials, Adjudicator, u64>;
	type ZoneOrigin = EnsureSignedBy<Council, u64>;
	type RegistrationFee = ConstU64<FEE>;
	type RenewalFee = ConstU64<RENEWAL>;
	type RegistrationPeriod = ConstU64<PERIOD>;
	type VehicleDeposit = ConstU64<DEPOSIT>;
	type TransferTax = TransferTax;
	type MinTransferTax = ConstU64<MIN_TAX>;
	type PlateCooldown = ConstU64<COOLDOWN>;
	type InspectionValidity = ConstU64<VALIDITY>;
	type DisputeWindow = ConstU64<WINDOW>;
	type PermitPeriod = ConstU64<PERMIT_PERIOD>;
	type MaxTextLen = ConstU32<16>;
	type MaxPlateLen = ConstU32<10>;
	type MaxVehiclesPerOwner = ConstU32<2>;
	type MaxFinesPerVehicle = ConstU32<3>;
	type MaxInspections = ConstU32<2>;
	type MaxPermits = ConstU32<2>;
	type WeightInfo = ();
}

city_testing::impl_test_helpers!(
	Test,
	hold: RuntimeHoldReason::VehicleRegistry(HoldReason::VehicleDeposit)
);

/// Runs `test` from block 1: everyone holds [`ENDOWMENT`]; Anna and Boris are residents, and
/// each role has its holder. Checks the invariants after.
pub fn new_test_ext(test: impl FnOnce()) {
	reset(vec![
		(ANNA, CredentialKind::Resident),
		(BORIS, CredentialKind::Resident),
		(CLERK, CredentialKind::VehicleClerk),
		(INSPECTOR, CredentialKind::Inspector),
		(OFFICER, CredentialKind::PoliceOfficer),
		(JUDGE, CredentialKind::Adjudicator),
	]);
	let ed: u64 = <<Test as pallet_balances::Config>::ExistentialDeposit as Get<u64>>::get();
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let fund: u64 = ReserveFundPalletId::get().into_account_truncating();
	let mut balances: Vec<(u64, u64)> = (1..=9).map(|who| (who, ENDOWMENT)).collect();
	balances.push((fund, ed));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		VehicleRegistry::do_try_state().expect("the registry's invariants hold");
		ReserveFund::do_try_state().expect("the fund's invariants hold");
	});
}

/// The mock's genesis for the benchmarks' test suite: nobody holds anything yet.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	reset(Vec::new());
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

// The helpers the tests share.

const REPORT: H256 = H256::repeat_byte(0x0e);
const EVIDENCE: H256 = H256::repeat_byte(0xe1);
const LOAN: H256 = H256::repeat_byte(0x10);

fn vin(s: &str) -> Vin {
	s.as_bytes().to_vec().try_into().expect("17 bytes or fewer")
}

fn text(s: &str) -> TextOf<Test> {
	s.as_bytes().to_vec().try_into().expect("short")
}

fn plate(s: &str) -> PlateOf<Test> {
	s.as_bytes().to_vec().try_into().expect("short")
}

/// A European VIN (no check digit) ending in `n`.
fn eu_vin(n: u8) -> Vin {
	let mut v = b"WVWZZZ1JZXW00000".to_vec();
	v.push(b'0' + n);
	v.try_into().expect("17 bytes")
}

fn apply_as(who: u64, v: Vin) -> DispatchResult {
	VehicleRegistry::apply(signed(who), v, text("Volkswagen"), text("Golf"), 2020)
}

/// Jumps to block `n`. Not `city_testing::run_to`: no hooks run and the events stay, as the
/// tests expect.
fn run_to(n: u64) {
	System::set_block_number(n);
}

/// `who` applies for `eu_vin(n)` and the clerk registers it as `plate`; answers its id.
fn registered(who: u64, n: u8, p: &str) -> VehicleId {
	let id = NextVehicleId::<Test>::get();
	assert_ok!(apply_as(who, eu_vin(n)));
	assert_ok!(VehicleRegistry::approve(signed(CLERK), id, plate(p)));
	id
}

fn record(id: VehicleId) -> VehicleOf<Test> {
	Vehicles::<Test>::get(id).expect("a record")
}
