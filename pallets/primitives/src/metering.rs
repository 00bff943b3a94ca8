//! Metered utilities: the readings a meter reports (through the IoT anchors pallet) and the
//! trait through which a biller (CityCoin) hears of them.
//!
//! The IoT pallet names a `Config` item bounded by [`OnMeterReading`] and calls it with the
//! delta of each verified reading; the runtime connects it to CityCoin's billing.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::weights::Weight;
use scale_info::TypeInfo;
use sp_core::H256;

/// A meter: the hash of its device's public key.
pub type MeterId = H256;

/// What a meter measures, each kind with its own tariff.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum MeterKind {
	/// Litres of water.
	Water,
	/// Watt-hours of electricity.
	Electricity,
	/// Litres of gas.
	Gas,
	/// Watt-hours of district heating.
	Heat,
	/// Another kind, by a code the council documents.
	Other(u16),
}

/// A verified reading's delta: what was consumed since the meter's last reading.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct MeterReading<AccountId> {
	/// The meter.
	pub meter: MeterId,
	/// Who is billed: the consumer bound to the meter, who accepted the binding (never the
	/// utility that keys the meter).
	pub consumer: AccountId,
	/// What it measures.
	pub kind: MeterKind,
	/// Units consumed since the last reading.
	pub units: u64,
	/// Milliseconds between the last reading and this one, by the meter's signed timestamps
	/// (each within the chain's freshness window of chain time): what a plausibility cap per
	/// hour is measured against.
	pub elapsed_ms: u64,
	/// The reading's anchor (the Merkle root the reading is proven against).
	pub reference: H256,
}

/// Hears of verified meter readings.
pub trait OnMeterReading<AccountId> {
	/// Handles one reading; it must not fail (an unpaid bill stays open).
	fn on_meter_reading(reading: MeterReading<AccountId>);

	/// The most [`Self::on_meter_reading`] costs, for the caller's weight.
	fn max_weight() -> Weight;
}

/// Nobody listens: readings are not billed.
impl<AccountId> OnMeterReading<AccountId> for () {
	fn on_meter_reading(_: MeterReading<AccountId>) {}

	fn max_weight() -> Weight {
		Weight::zero()
	}
}
