//! `IotAnchors`: the devices' deposit, the anchors' freshness window, their block budget and
//! pool priority, and meters billed through CityCoin.

use crate::{
	configs::{CouncilMajority, RootOr, RuntimeBlockWeights},
	Balance, Balances, CityCoin, IdentityRegistry, Runtime, RuntimeEvent, Timestamp,
};
use city_primitives::{
	credentials::{DeviceOperator, MeterOperator},
	CITY,
};
use frame_support::{parameter_types, weights::Weight};
use sp_runtime::Perbill;

parameter_types! {
	/// The deposit for a device and its ring of anchors (about 10 KB at most).
	pub const IotDeviceDeposit: Balance = CITY;
	/// Anchors kept in storage per device; older ones live on in events.
	pub const MaxAnchorsKept: u32 = 64;
	/// The most readings one anchor stands for.
	pub const MaxReadingsPerAnchor: u32 = 65_536;
	/// An anchor's timestamp may be ten minutes behind chain time (the gateway signs each
	/// submission afresh, so only a long queue in the pool comes near it).
	pub const AnchorFreshnessWindow: u64 = 10 * 60 * 1_000;
	/// ... and thirty seconds ahead (clocks drift; chain time is the last block's).
	pub const AnchorMaxClockDrift: u64 = 30 * 1_000;
	/// A meter's location is a geohash of six characters at most (about 1.2 km x 0.6 km): a
	/// neighbourhood, not a home.
	pub const MaxMeterPrecision: u32 = 6;
	/// All anchors of a block take at most 27% of it (394 ms: more than 1,000 sensor anchors at
	/// their measured weight; 36% of the normal class): free transactions cannot crowd out paid
	/// ones, which keep the rest of the normal class and go first (`AnchorPriority`). The fee
	/// adjustment leaves anchors out (`currency::WithoutFreeAnchors`), so they never raise fees.
	pub MaxAnchorWeight: Weight = Perbill::from_percent(27) * RuntimeBlockWeights::get().max_block;
	/// Anchors go after every paid transaction: a signed transaction's priority is at least
	/// one (pallet-transaction-payment scales its tip plus one), so even an untipped transfer
	/// outranks an anchor; anchors fill what room is left, within their budget, in the order
	/// they came.
	pub const AnchorPriority: u64 = 0;
	/// How long an anchor stays valid in the pool, in blocks.
	pub const AnchorLongevity: u64 = 64;
}

impl pallet_iot_anchors::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Credentials = IdentityRegistry;
	type OperatorCredential = DeviceOperator;
	type MeterOperatorCredential = MeterOperator;
	type AdminOrigin = RootOr<CouncilMajority>;
	type UnixTime = Timestamp;
	type OnMeterReading = CityCoin;
	type DeviceDeposit = IotDeviceDeposit;
	type MaxAnchorsKept = MaxAnchorsKept;
	type MaxReadingsPerAnchor = MaxReadingsPerAnchor;
	type FreshnessWindow = AnchorFreshnessWindow;
	type MaxClockDrift = AnchorMaxClockDrift;
	type MaxMeterPrecision = MaxMeterPrecision;
	type MaxAnchorWeight = MaxAnchorWeight;
	type AnchorPriority = AnchorPriority;
	type AnchorLongevity = AnchorLongevity;
	type WeightInfo = crate::weights::pallet_iot_anchors::WeightInfo<Runtime>;
}
