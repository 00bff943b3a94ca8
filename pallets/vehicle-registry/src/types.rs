//! The vehicle registry's data: vehicles and their titles, liens, offers, inspections,
//! parking permits and fines, the `*Of<T>` aliases the pallet stores them as, and what the
//! runtime API answers (the same types).

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, traits::fungible::Inspect, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;

/// A balance of CITY.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A make or model as this runtime bounds it.
pub type TextOf<T> = BoundedVec<u8, <T as Config>::MaxTextLen>;

/// A plate as this runtime bounds it.
pub type PlateOf<T> = BoundedVec<u8, <T as Config>::MaxPlateLen>;

/// A vehicle's record as this runtime stores it.
pub type VehicleOf<T> = Vehicle<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	TextOf<T>,
	PlateOf<T>,
>;

/// A fine as this runtime stores it.
pub type FineOf<T> = Fine<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A vehicle's record, chosen by the chain (sequential).
pub type VehicleId = u32;

/// A fine, chosen by the chain (sequential).
pub type FineId = u64;

/// A parking zone, numbered by the city.
pub type ZoneId = u16;

/// The first model year the registry accepts (the first car).
pub const FIRST_MODEL_YEAR: u16 = 1886;

/// The last model year the registry accepts: the chain keeps no calendar, so a fixed bound.
pub const LAST_MODEL_YEAR: u16 = 2100;

/// A VIN as stored: exactly 17 characters, validated.
pub type Vin = BoundedVec<u8, ConstU32<17>>;

/// Where a vehicle's registration stands.
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
	Debug,
)]
pub enum Status {
	/// Applied for; a clerk has not decided.
	Pending,
	/// Registered with a plate.
	Registered,
	/// Off the road for good; the record stays.
	Deregistered(DeregistrationReason),
}

/// Why a vehicle left the registry.
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
	Debug,
)]
pub enum DeregistrationReason {
	/// Scrapped.
	Scrapped,
	/// Exported.
	Exported,
}

/// A lien on a vehicle.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Lien<AccountId, BlockNumber> {
	/// Who lent against the vehicle.
	pub lender: AccountId,
	/// The hash of the loan agreement.
	pub reference: H256,
	/// When it was recorded.
	pub since: BlockNumber,
}

/// An offer of a vehicle to a buyer.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Offer<AccountId, Balance> {
	/// Who may accept it.
	pub buyer: AccountId,
	/// What the buyer pays the owner, if anything.
	pub price: Option<Balance>,
}

/// A vehicle's record.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Vehicle<AccountId, Balance, BlockNumber, Text, Plate> {
	/// Its VIN.
	pub vin: Vin,
	/// Its make.
	pub make: Text,
	/// Its model.
	pub model: Text,
	/// Its model year.
	pub year: u16,
	/// Its owner.
	pub owner: AccountId,
	/// Where its registration stands.
	pub status: Status,
	/// How many times a clerk approved it (a re-imported vehicle is registered again).
	pub registrations: u32,
	/// Its plate, while registered.
	pub plate: Option<Plate>,
	/// The last block of its registration.
	pub registered_until: BlockNumber,
	/// The highest odometer reading recorded, in km.
	pub odometer: u32,
	/// An inspection reported a lower odometer reading: a clerk reviews it.
	pub odometer_flagged: bool,
	/// Flagged stolen (by the owner or the police).
	pub stolen: bool,
	/// Flagged stolen by the police: only the police clear it (`stolen` is set too).
	pub stolen_by_police: bool,
	/// A lender's lien, if any.
	pub lien: Option<Lien<AccountId, BlockNumber>>,
	/// The lender the owner consented to, who may record a lien.
	pub lien_consent: Option<AccountId>,
	/// The owner's offer to a buyer, if any.
	pub offer: Option<Offer<AccountId, Balance>>,
	/// The deposit held from the owner for this record.
	pub deposit: Balance,
}

/// An inspection's result.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Inspection<AccountId, BlockNumber> {
	/// The inspector.
	pub inspector: AccountId,
	/// Whether the vehicle passed.
	pub passed: bool,
	/// The odometer reading, in km.
	pub odometer: u32,
	/// The hash of the inspection report.
	pub report: H256,
	/// When it was inspected.
	pub at: BlockNumber,
	/// Until when a pass is valid (`None` for a fail).
	pub valid_until: Option<BlockNumber>,
}

/// A parking permit.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Permit<BlockNumber> {
	/// The zone.
	pub zone: ZoneId,
	/// The first block it is valid.
	pub from: BlockNumber,
	/// The last block it is valid.
	pub until: BlockNumber,
}

/// Where a fine stands.
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
	Debug,
)]
pub enum FineStatus {
	/// To be paid by its deadline.
	Open,
	/// The owner disputed it with this evidence hash; an adjudicator decides.
	Disputed(H256),
}

/// A fine.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Fine<AccountId, Balance, BlockNumber> {
	/// The vehicle fined.
	pub vehicle: VehicleId,
	/// The officer who issued it.
	pub officer: AccountId,
	/// What is to be paid.
	pub amount: Balance,
	/// The offence, by the city's code.
	pub offence: u16,
	/// The hash of the evidence.
	pub evidence: H256,
	/// When it was issued.
	pub issued_at: BlockNumber,
	/// The last block to pay it.
	pub deadline: BlockNumber,
	/// Open or disputed.
	pub status: FineStatus,
}
