//! The IoT anchors' unit tests, and their mock: a runtime with `frame_system`,
//! `pallet_balances` and the IoT anchors. Credentials come from a thread-local list, chain time
//! from a thread-local clock, and meter readings are recorded for the tests to read.
//!
//! The tests cover every call's success and each error path (with `assert_noop!`), every
//! rejection of an anchor both where the pool meets it (`authorize`) and where the block
//! applies it, the ring, meters' billing and proofs of readings, one file per topic. The
//! invariants are checked after every test (`new_test_ext`).

mod anchoring;
mod city;
mod consumers;
mod ownership;
mod proofs;
mod registration;
mod rejections;
mod relay;
mod reset;

use crate::{self as pallet_iot_anchors, *};
pub use city_primitives::credentials::testing::{grant, reset, revoke, TestCredentials};
use city_primitives::{
	credentials::{DeviceOperator, MeterOperator},
	metering::MeterKind,
};
use core::cell::RefCell;
use frame_support::{
	assert_noop, assert_ok, derive_impl,
	traits::{Authorize, ConstU32, ConstU64},
};
use frame_system::EnsureSignedBy;
use sp_runtime::{
	transaction_validity::{TransactionSource, TransactionValidityError},
	BuildStorage, DispatchError,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		IotAnchors: pallet_iot_anchors,
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

/// The council (sets plausible ranges and policies, suspends and revokes devices).
pub const COUNCIL: u64 = 1;
/// A resident, billed for a water meter.
pub const ANNA: u64 = 2;
/// Another resident.
pub const BORIS: u64 = 3;
/// Not a resident, no credential.
pub const VISITOR: u64 = 4;
/// The city's sensor operator.
pub const OPERATOR: u64 = 5;
/// The water utility's meter operator: installs and keys meters.
pub const UTILITY: u64 = 6;
/// A second meter operator of the utility.
pub const FITTER: u64 = 7;
/// A second sensor operator (a contractor taking over a station).
pub const OTHER_OPERATOR: u64 = 8;

/// What each account holds at genesis.
pub const ENDOWMENT: u64 = 10_000;
/// A device's deposit.
pub const DEPOSIT: u64 = 100;
/// Anchors kept per device.
pub const KEPT: u32 = 3;
/// The most readings per anchor.
pub const MAX_READINGS: u32 = 1_000;
/// Blocks between two anchors of a public sensor.
pub const INTERVAL: u64 = 2;
/// Blocks between two anchors of a meter (its billing interval).
pub const METER_INTERVAL: u64 = 5;
/// Public sensors of one kind one account may own.
pub const MAX_SENSORS: u32 = 4;
/// Meters of one kind one account may own.
pub const MAX_METERS: u32 = 3;
/// Anchors (with billing) one block takes.
pub const ANCHORS_PER_BLOCK: u64 = 3;
/// How far behind chain time a timestamp may be (ms).
pub const FRESHNESS: u64 = 60_000;
/// How far ahead (ms).
pub const DRIFT: u64 = 5_000;
/// Chain time at block 1 (ms).
pub const START_MS: u64 = 1_800_000_000_000;

std::thread_local! {
	static NOW_MS: RefCell<u64> = const { RefCell::new(START_MS) };
	static BILLED: RefCell<Vec<MeterReading<u64>>> = const { RefCell::new(Vec::new()) };
}

/// The mock's clock.
pub struct Clock;
impl UnixTime for Clock {
	fn now() -> core::time::Duration {
		core::time::Duration::from_millis(NOW_MS.with(|now| *now.borrow()))
	}
}

/// Chain time now (ms).
pub fn now_ms() -> u64 {
	NOW_MS.with(|now| *now.borrow())
}

/// Moves to block `n`, the clock 6 s a block. Not `city_testing::run_to`: it moves the mock's
/// clock too, and keeps the events and runs no hooks, as the tests expect.
pub fn go_to_block(n: u64) {
	let from = System::block_number();
	NOW_MS.with(|now| *now.borrow_mut() += n.saturating_sub(from) * 6_000);
	System::set_block_number(n);
}

/// The biller: records what it hears.
pub struct Biller;
impl OnMeterReading<u64> for Biller {
	fn on_meter_reading(reading: MeterReading<u64>) {
		BILLED.with(|billed| billed.borrow_mut().push(reading))
	}

	fn max_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

/// What the biller heard.
pub fn billed() -> Vec<MeterReading<u64>> {
	BILLED.with(|billed| billed.borrow().clone())
}

frame_support::ord_parameter_types! {
	/// [`COUNCIL`] as a `SortedMembers`.
	pub const Council: u64 = COUNCIL;
}

frame_support::parameter_types! {
	/// Room for [`ANCHORS_PER_BLOCK`] anchors with billing.
	pub AnchorBudget: Weight = IotAnchors::anchor_cost(true).saturating_mul(ANCHORS_PER_BLOCK);
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Credentials = TestCredentials;
	type OperatorCredential = DeviceOperator;
	type MeterOperatorCredential = MeterOperator;
	type AdminOrigin = EnsureSignedBy<Council, u64>;
	type UnixTime = Clock;
	type OnMeterReading = Biller;
	type DeviceDeposit = ConstU64<DEPOSIT>;
	type MaxAnchorsKept = ConstU32<KEPT>;
	type MaxReadingsPerAnchor = ConstU32<MAX_READINGS>;
	type FreshnessWindow = ConstU64<FRESHNESS>;
	type MaxClockDrift = ConstU64<DRIFT>;
	type MaxMeterPrecision = ConstU32<6>;
	type MaxAnchorWeight = AnchorBudget;
	type AnchorPriority = ConstU64<100>;
	type AnchorLongevity = ConstU64<64>;
	type WeightInfo = ();
}

city_testing::impl_test_helpers!(
	Test,
	hold: RuntimeHoldReason::IotAnchors(HoldReason::DeviceDeposit)
);

/// A device's key pair, by scheme and seed (the pallet's [`crate::DevicePair`]), with what the
/// tests ask of it besides.
pub use crate::DevicePair as TestKey;

impl TestKey {
	pub fn id(&self) -> DeviceId {
		self.public().device_id()
	}

	/// The proof of possession for `owner`.
	pub fn possession(&self, owner: u64) -> MultiSignature {
		self.sign(&possession_message(&IotAnchors::genesis(), &owner))
	}

	/// This key's signature of `anchor`.
	pub fn sign_anchor(&self, anchor: &Anchor) -> MultiSignature {
		self.sign(&anchor_message(&IotAnchors::genesis(), &self.public(), anchor))
	}
}

/// The policies of the tests: [`MAX_SENSORS`] sensors of a kind per owner anchoring every
/// [`INTERVAL`] blocks, [`MAX_METERS`] water or electricity meters anchoring every
/// [`METER_INTERVAL`] blocks; no other kind is allowed.
pub fn policies() -> Vec<(DeviceKind, u32, u64)> {
	let mut policies: Vec<_> =
		[DeviceKind::AirQuality, DeviceKind::Noise, DeviceKind::Traffic, DeviceKind::Weather]
			.into_iter()
			.map(|kind| (kind, MAX_SENSORS, INTERVAL))
			.collect();
	for meter in [MeterKind::Water, MeterKind::Electricity, MeterKind::Gas, MeterKind::Heat] {
		policies.push((DeviceKind::Meter(meter), MAX_METERS, METER_INTERVAL));
	}
	policies
}

/// Runs `test` from block 1: everyone holds [`ENDOWMENT`]; Anna and Boris are residents, the
/// operator and the other operator hold device-operator credentials, the utility and the
/// fitter meter-operator credentials. Checks the invariants after.
pub fn new_test_ext(test: impl FnOnce()) {
	reset(vec![
		(ANNA, CredentialKind::Resident),
		(BORIS, CredentialKind::Resident),
		(OPERATOR, CredentialKind::DeviceOperator),
		(UTILITY, MeterOperator::get()),
		(FITTER, MeterOperator::get()),
		(OTHER_OPERATOR, CredentialKind::DeviceOperator),
	]);
	NOW_MS.with(|now| *now.borrow_mut() = START_MS);
	BILLED.with(|billed| billed.borrow_mut().clear());
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=8).map(|who| (who, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_iot_anchors::GenesisConfig::<Test> {
		plausible_ranges: vec![(DeviceKind::AirQuality, 0, 500_000)],
		policies: policies(),
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		IotAnchors::do_try_state().expect("the anchors' invariants hold");
	});
}

/// The mock's genesis for the benchmarks' test suite, with a keystore for the benchmarks' keys.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	reset(Vec::new());
	NOW_MS.with(|now| *now.borrow_mut() = START_MS);
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_iot_anchors::GenesisConfig::<Test> { plausible_ranges: vec![], policies: policies() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

// The helpers the tests share.

type Error = crate::Error<Test>;

fn authorized() -> RuntimeOrigin {
	frame_system::RawOrigin::Authorized.into()
}

fn meter() -> DeviceKind {
	DeviceKind::Meter(MeterKind::Water)
}

fn location(text: &str) -> Geohash {
	BoundedVec::truncate_from(text.as_bytes().to_vec())
}

/// Registers `key` for `owner` as `kind`; answers its id.
fn register(owner: u64, key: &TestKey, kind: DeviceKind) -> DeviceId {
	assert_ok!(IotAnchors::register(
		signed(owner),
		key.public(),
		kind,
		location("u33db"),
		key.possession(owner)
	));
	key.id()
}

/// The readings `values` of device `id`'s batch `sequence`, taken a second apart up to now.
fn readings(id: DeviceId, sequence: u64, values: &[i64]) -> Vec<Reading> {
	let start = now_ms().saturating_sub(1_000 * values.len() as u64);
	values
		.iter()
		.enumerate()
		.map(|(i, value)| Reading {
			device: id,
			sequence,
			index: i as u32,
			timestamp: start + 1_000 * i as u64,
			value: *value,
			signature: None,
		})
		.collect()
}

/// The anchor of `readings` (a batch of device `id`'s next), signed now.
fn anchor_of(id: DeviceId, readings: &[Reading], cumulative: Option<u64>) -> Anchor {
	let leaves: Vec<H256> = readings.iter().map(reading_leaf).collect();
	let values: Vec<i64> = readings.iter().map(|r| r.value).collect();
	let min = values.iter().copied().min().unwrap_or(0);
	let max = values.iter().copied().max().unwrap_or(0);
	let mean = values.iter().sum::<i64>() / values.len().max(1) as i64;
	Anchor {
		device: id,
		sequence: Devices::<Test>::get(id).map_or(0, |d| d.next_sequence),
		timestamp: now_ms(),
		root: merkle::root(&leaves),
		count: readings.len() as u32,
		// Meters (which carry a cumulative reading) anchor no summary.
		summary: cumulative.is_none().then_some(Summary { min, max, mean }),
		cumulative,
	}
}

/// The utility's water meter `key`, bound to `consumer` (who accepted it); answers its id.
fn bound_meter(key: &TestKey, consumer: u64) -> DeviceId {
	let id = register(UTILITY, key, meter());
	bind(id, consumer);
	id
}

/// The utility binds meter `id` to `consumer`, who accepts.
fn bind(id: DeviceId, consumer: u64) {
	let owner = Devices::<Test>::get(id).expect("a device").owner;
	assert_ok!(IotAnchors::propose_consumer(signed(owner), id, Some(consumer)));
	assert_ok!(IotAnchors::accept_consumer(signed(consumer), id));
}

/// The blocks between two anchors of a device of `kind`.
fn interval(kind: DeviceKind) -> u64 {
	if kind.meter().is_some() {
		METER_INTERVAL
	} else {
		INTERVAL
	}
}

/// A batch of `values` for device `id`'s next sequence number.
fn next(id: DeviceId, values: &[i64], cumulative: Option<u64>) -> (Anchor, Vec<Reading>) {
	let sequence = Devices::<Test>::get(id).map_or(0, |d| d.next_sequence);
	let readings = readings(id, sequence, values);
	(anchor_of(id, &readings, cumulative), readings)
}

/// What the pool says of `anchor` signed with `signature`.
fn authorize(
	anchor: &Anchor,
	signature: &MultiSignature,
) -> Result<ValidTransaction, TransactionValidityError> {
	let call = Call::<Test>::anchor { anchor: anchor.clone(), signature: signature.clone() };
	call.authorize(TransactionSource::External)
		.expect("anchor is authorized by the pallet")
		.map(|(valid, _)| valid)
}

/// Authorizes and applies `anchor` signed by `key`, as a block does.
fn submit(key: &TestKey, anchor: &Anchor) {
	let signature = key.sign_anchor(anchor);
	assert_ok!(authorize(anchor, &signature));
	assert_ok!(IotAnchors::anchor(authorized(), anchor.clone(), signature));
}

/// The pool's custom code for `error`.
fn custom(error: Error) -> TransactionValidityError {
	InvalidTransaction::Custom(error.encode()[0]).into()
}

/// Asserts that `anchor` (signed by `key`) is refused in the pool with `validity` and in a
/// block with `error`, changing nothing.
fn refused(key: &TestKey, anchor: &Anchor, validity: TransactionValidityError, error: Error) {
	let signature = key.sign_anchor(anchor);
	assert_eq!(authorize(anchor, &signature), Err(validity));
	assert_noop!(IotAnchors::anchor(authorized(), anchor.clone(), signature), error);
}
