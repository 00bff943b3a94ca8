//! `VehicleRegistry`: fees, periods and bounds of the city's register of vehicles, and the
//! credentials of the officials who act on it (vehicle clerks, inspectors, police officers,
//! adjudicators).

use crate::{
	configs::{CouncilMajority, RootOr},
	AccountId, Balance, Balances, BlockNumber, IdentityRegistry, ReserveFund, Runtime,
	RuntimeEvent,
};
use city_primitives::{
	credentials::{Adjudicator, EnsureCredential, Inspector, PoliceOfficer, VehicleClerk},
	CITY, DAYS,
};
use frame_support::parameter_types;
use sp_runtime::Permill;

parameter_types! {
	/// The fee of a vehicle registration (the clerk's review).
	pub const VehicleRegistrationFee: Balance = 50 * CITY;
	/// The fee of a renewal.
	pub const VehicleRenewalFee: Balance = 30 * CITY;
	/// How long a registration or renewal lasts.
	pub const VehicleRegistrationPeriod: BlockNumber = 365 * DAYS;
	/// The deposit for a vehicle's record (about 400 bytes).
	pub const VehicleDeposit: Balance = CITY;
	/// The transfer tax on a vehicle's price.
	pub const VehicleTransferTax: Permill = Permill::from_percent(2);
	/// The least transfer tax (gifts, low prices).
	pub const MinVehicleTransferTax: Balance = 5 * CITY;
	/// How long a freed plate waits before it is issued again.
	pub const PlateCooldown: BlockNumber = 90 * DAYS;
	/// How long a passed inspection is valid.
	pub const InspectionValidity: BlockNumber = 365 * DAYS;
	/// How long the owner has to dispute a fine.
	pub const FineDisputeWindow: BlockNumber = 30 * DAYS;
	/// One parking-permit period: a month.
	pub const PermitPeriod: BlockNumber = 30 * DAYS;
	/// Bytes of a make or a model.
	pub const MaxVehicleTextLen: u32 = 32;
	/// Bytes of a plate.
	pub const MaxPlateLen: u32 = 10;
	/// Vehicles one account owns or applied for.
	pub const MaxVehiclesPerOwner: u32 = 16;
	/// Unpaid fines of one vehicle.
	pub const MaxFinesPerVehicle: u32 = 32;
	/// Inspections kept per vehicle.
	pub const MaxInspections: u32 = 8;
	/// Permits of one vehicle not yet expired.
	pub const MaxPermits: u32 = 8;
}

/// A vehicle's make or model, as the runtime bounds it (the runtime API's `Text`).
pub type VehicleText = frame_support::BoundedVec<u8, MaxVehicleTextLen>;

/// A plate, as the runtime bounds it (the runtime API's `Plate`).
pub type Plate = frame_support::BoundedVec<u8, MaxPlateLen>;

impl pallet_vehicle_registry::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ReserveFund = ReserveFund;
	type Credentials = IdentityRegistry;
	type ClerkOrigin = EnsureCredential<IdentityRegistry, VehicleClerk, AccountId>;
	type InspectorOrigin = EnsureCredential<IdentityRegistry, Inspector, AccountId>;
	type PoliceOrigin = EnsureCredential<IdentityRegistry, PoliceOfficer, AccountId>;
	type AdjudicatorOrigin = EnsureCredential<IdentityRegistry, Adjudicator, AccountId>;
	type ZoneOrigin = RootOr<CouncilMajority>;
	type RegistrationFee = VehicleRegistrationFee;
	type RenewalFee = VehicleRenewalFee;
	type RegistrationPeriod = VehicleRegistrationPeriod;
	type VehicleDeposit = VehicleDeposit;
	type TransferTax = VehicleTransferTax;
	type MinTransferTax = MinVehicleTransferTax;
	type PlateCooldown = PlateCooldown;
	type InspectionValidity = InspectionValidity;
	type DisputeWindow = FineDisputeWindow;
	type PermitPeriod = PermitPeriod;
	type MaxTextLen = MaxVehicleTextLen;
	type MaxPlateLen = MaxPlateLen;
	type MaxVehiclesPerOwner = MaxVehiclesPerOwner;
	type MaxFinesPerVehicle = MaxFinesPerVehicle;
	type MaxInspections = MaxInspections;
	type MaxPermits = MaxPermits;
	type WeightInfo = crate::weights::pallet_vehicle_registry::WeightInfo<Runtime>;
}
