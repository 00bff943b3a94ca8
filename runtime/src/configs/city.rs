//! The city's own pallets: the identity registry (who is a resident, who acts for which
//! department, who holds which role), the reserve fund (the city's treasury), CityCoin
//! (issuance, services, payroll, metered billing), the municipal bonds, the vehicle registry
//! and the IoT anchors (device-signed fingerprints of sensor data).
//!
//! ## Who may do what
//! | step | origin |
//! | --- | --- |
//! | spend from the reserve fund | a treasurer credential up to [`TreasurerSpendCap`], [`CouncilMajority`] up to [`CouncilMajoritySpendCap`], [`CouncilTwoThirds`] up to [`CouncilTwoThirdsSpendCap`], Root without cap (and beyond budgets and the floor) |
//! | set or remove a category's budget; award, dispute or cancel a public works contract | Root or [`CouncilMajority`] |
//! | set the reserve floor | Root |
//! | certify a milestone | an inspector credential |
//! | donate; release a certified milestone after the challenge period | anyone |
//! | mint or burn CITY | Root without cap, [`CouncilTwoThirds`] within [`MintCap`](pallet_citycoin::MintCap) of total issuance per period |
//! | set the mint cap | Root |
//! | keep the catalogue of services, the tariffs and the city tax | Root or [`CouncilMajority`] |
//! | enrol or remove employees, set wages | Root, [`CouncilMajority`] or a finance clerk (an employee credential of `Finance`, role [`PAYROLL_CLERK_ROLE`]) |
//! | pay for a service, settle a bill | anyone (resident-only services: a resident) |
//! | set the debt ceiling | Root |
//! | issue a bond series | Root, or [`CouncilTwoThirds`] within the debt ceiling and the reserve floor |
//! | call a bond series early | Root or [`CouncilMajority`] |
//! | subscribe (residents' share: a resident), transfer, claim coupons, redeem | a holder |
//! | close a subscription, declare a default, bring arrears up to date | anyone |
//! | apply to register a vehicle | a resident |
//! | approve (with a plate) or reject an application; deregister any vehicle; clear an odometer flag | a vehicle-clerk credential |
//! | record an inspection | an inspector credential |
//! | fine a plate; flag a vehicle stolen or recovered | a police-officer credential (stolen/recovered: the owner too) |
//! | uphold or dismiss a disputed fine | an adjudicator credential |
//! | set a parking zone's price | Root or [`CouncilMajority`] |
//! | renew, offer, deregister, buy permits, consent to a lien, dispute a fine | the vehicle's owner |
//! | accept an offer; record or release a lien; pay a fine | the buyer; the lender; anyone |
//! | register, update or remove an issuer (a city department); bulk-suspend its credentials | Root or [`CouncilMajority`] |
//! | grant a privileged kind (issuer, treasurer) | Root or [`CouncilTwoThirds`] |
//! | issue, suspend, reinstate, revoke, renew a credential | an account acting for an issuer that may issue the kind |
//! | erase a credential's commitment | its subject |
//! | register a public sensor (air quality, traffic, noise, ...) | a device-operator credential |
//! | register a utility meter | a resident (or a device-operator credential) |
//! | suspend, resume, revoke, rotate the key of, offer a device | its owner |
//! | accept a device | whom it was offered to, if allowed to own its kind |
//! | anchor a batch of readings | the device's key (a free general transaction, rate limited) |
//! | set a kind's plausible range | Root or [`CouncilMajority`] |

use crate::{
	configs::{CouncilMajority, CouncilTwoThirds, ReserveFundPalletId, RootOr},
	AccountId, Balance, Balances, BlockNumber, CityCoin, IdentityRegistry, ReserveFund, Runtime,
	RuntimeEvent, Timestamp,
};
use city_primitives::{
	credentials::{
		Adjudicator, CredentialKind, Department, DeviceOperator, EnsureCredential, Inspector,
		PoliceOfficer, Treasurer, VehicleClerk,
	},
	CITY, DAYS,
};
use frame_support::{
	parameter_types,
	traits::{EitherOf, EitherOfDiverse, Get, MapSuccess},
};
use sp_runtime::{traits::Replace, Permill};

parameter_types! {
	/// City departments registered as issuers at one time.
	pub const MaxIssuers: u32 = 64;
	/// Accounts (clerks) acting for one issuer.
	pub const MaxAccountsPerIssuer: u32 = 32;
	/// Credential kinds one issuer may issue.
	pub const MaxKindsPerIssuer: u32 = 16;
	/// Bytes of an issuer's display name.
	pub const MaxIssuerNameLen: u32 = 64;
	/// Credentials one account holds, of every status (revoked and expired stay on record).
	pub const MaxCredentialsPerSubject: u32 = 32;
}

impl pallet_identity_registry::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type CouncilOrigin = RootOr<CouncilMajority>;
	type PrivilegedOrigin = RootOr<CouncilTwoThirds>;
	type MaxIssuers = MaxIssuers;
	type MaxAccountsPerIssuer = MaxAccountsPerIssuer;
	type MaxKindsPerIssuer = MaxKindsPerIssuer;
	type MaxIssuerNameLen = MaxIssuerNameLen;
	type MaxCredentialsPerSubject = MaxCredentialsPerSubject;
	type WeightInfo = pallet_identity_registry::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The most a treasurer spends at once.
	pub const TreasurerSpendCap: Balance = 1_000 * CITY;
	/// The most a council majority's motion spends at once.
	pub const CouncilMajoritySpendCap: Balance = 100_000 * CITY;
	/// The most a two-thirds council motion spends at once.
	pub const CouncilTwoThirdsSpendCap: Balance = 1_000_000 * CITY;
	/// A fiscal period: budgets count their spends per period.
	pub const FiscalPeriod: BlockNumber = 30 * DAYS;
	/// Categories with a budget.
	pub const MaxBudgets: u32 = 16;
	/// Blocks the council has to dispute a certified milestone.
	pub const ChallengePeriod: BlockNumber = 2 * DAYS;
	/// Milestones of a public works contract.
	pub const MaxMilestones: u32 = 16;
}

/// Who spends from the reserve fund, with the most they spend at once. Two thirds is tried
/// before a majority, so a motion that passes with both gets the larger cap. Root is the
/// pallet's own case (no cap).
pub type ReserveSpendOrigin = EitherOf<
	MapSuccess<
		EnsureCredential<IdentityRegistry, Treasurer, AccountId>,
		Replace<TreasurerSpendCap>,
	>,
	EitherOf<
		MapSuccess<CouncilTwoThirds, Replace<CouncilTwoThirdsSpendCap>>,
		MapSuccess<CouncilMajority, Replace<CouncilMajoritySpendCap>>,
	>,
>;

impl pallet_reserve_fund::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	/// The account fees have been paid into since genesis.
	type PalletId = ReserveFundPalletId;
	type SpendOrigin = ReserveSpendOrigin;
	type BudgetOrigin = RootOr<CouncilMajority>;
	type FiscalPeriod = FiscalPeriod;
	type MaxBudgets = MaxBudgets;
	type ContractOrigin = RootOr<CouncilMajority>;
	type InspectorOrigin = EnsureCredential<IdentityRegistry, Inspector, AccountId>;
	type ChallengePeriod = ChallengePeriod;
	type MaxMilestones = MaxMilestones;
	type WeightInfo = pallet_reserve_fund::weights::SubstrateWeight<Runtime>;
}

/// The role, in the finance department, of the clerks who run the payroll.
pub const PAYROLL_CLERK_ROLE: u16 = 1;

/// The credential of a payroll clerk: an employee of `Finance` in [`PAYROLL_CLERK_ROLE`].
pub struct PayrollClerk;
impl Get<CredentialKind> for PayrollClerk {
	fn get() -> CredentialKind {
		CredentialKind::Employee { department: Department::Finance, role: PAYROLL_CLERK_ROLE }
	}
}

parameter_types! {
	/// An issuance period: the council's mint cap counts per period.
	pub const IssuancePeriod: BlockNumber = 30 * DAYS;
	/// A pay period: wages are paid when one starts, for the one that ended.
	pub const PayPeriod: BlockNumber = 30 * DAYS;
	/// Employees paid per block during a payroll run.
	pub const PayrollBatch: u32 = 50;
	/// Employees on the payroll.
	pub const MaxEmployees: u32 = 10_000;
	/// Services in the catalogue.
	pub const MaxServices: u32 = 256;
	/// Bytes of a service's name.
	pub const MaxServiceNameLen: u32 = 64;
	/// How long a receipt stays in storage (it stays in its event for good).
	pub const ReceiptRetention: BlockNumber = 90 * DAYS;
}

impl pallet_citycoin::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ReserveFund = ReserveFund;
	type Credentials = IdentityRegistry;
	type MintOrigin = CouncilTwoThirds;
	type CatalogueOrigin = RootOr<CouncilMajority>;
	type TaxOrigin = RootOr<CouncilMajority>;
	type PayrollOrigin = EitherOfDiverse<
		RootOr<CouncilMajority>,
		EnsureCredential<IdentityRegistry, PayrollClerk, AccountId>,
	>;
	type IssuancePeriod = IssuancePeriod;
	type PayPeriod = PayPeriod;
	type PayrollBatch = PayrollBatch;
	type MaxEmployees = MaxEmployees;
	type MaxServices = MaxServices;
	type MaxServiceNameLen = MaxServiceNameLen;
	type ReceiptRetention = ReceiptRetention;
	type WeightInfo = pallet_citycoin::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The shortest notice of an early call of a bond series.
	pub const MinCallNotice: BlockNumber = 30 * DAYS;
	/// How long a series may stay in arrears before anyone may declare it in default.
	pub const BondGracePeriod: BlockNumber = 30 * DAYS;
	/// Bytes of a series' name.
	pub const MaxBondNameLen: u32 = 64;
	/// Coupon periods of a series: ten years of monthly coupons, thirty of quarterly ones.
	pub const MaxCouponPeriods: u32 = 120;
	/// The deposit of a holding (an account's units of one series, about 100 bytes).
	pub const BondHoldingDeposit: Balance = CITY / 10;
}

/// A bond series' name, as the runtime bounds it (the runtime API's `Name`).
pub type BondName = frame_support::BoundedVec<u8, MaxBondNameLen>;

impl pallet_bonds::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type HoldingDeposit = BondHoldingDeposit;
	type ReserveFund = ReserveFund;
	type Credentials = IdentityRegistry;
	type IssueOrigin = CouncilTwoThirds;
	type CallOrigin = RootOr<CouncilMajority>;
	type MinCallNotice = MinCallNotice;
	type GracePeriod = BondGracePeriod;
	type MaxNameLen = MaxBondNameLen;
	type MaxPeriods = MaxCouponPeriods;
	type WeightInfo = pallet_bonds::weights::SubstrateWeight<Runtime>;
}

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
	type WeightInfo = pallet_vehicle_registry::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The deposit for a device and its ring of anchors (about 10 KB at most).
	pub const IotDeviceDeposit: Balance = CITY;
	/// Anchors kept in storage per device; older ones live on in events.
	pub const MaxAnchorsKept: u32 = 64;
	/// The most readings one anchor stands for.
	pub const MaxReadingsPerAnchor: u32 = 65_536;
	/// One anchor per device per block at most.
	pub const MinAnchorInterval: BlockNumber = 1;
	/// An anchor's timestamp may be ten minutes behind chain time (the gateway signs each
	/// submission afresh, so only a long queue in the pool comes near it).
	pub const AnchorFreshnessWindow: u64 = 10 * 60 * 1_000;
	/// ... and thirty seconds ahead (clocks drift; chain time is the last block's).
	pub const AnchorMaxClockDrift: u64 = 30 * 1_000;
	/// A meter's location is a geohash of six characters at most (about 1.2 km x 0.6 km): a
	/// neighbourhood, not a home.
	pub const MaxMeterPrecision: u32 = 6;
	/// Anchors go ahead of untipped transactions; a tip outbids them.
	pub const AnchorPriority: u64 = 1_000;
	/// How long an anchor stays valid in the pool, in blocks.
	pub const AnchorLongevity: u64 = 64;
}

impl pallet_iot_anchors::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Credentials = IdentityRegistry;
	type OperatorOrigin = EnsureCredential<IdentityRegistry, DeviceOperator, AccountId>;
	type AdminOrigin = RootOr<CouncilMajority>;
	type UnixTime = Timestamp;
	type OnMeterReading = CityCoin;
	type DeviceDeposit = IotDeviceDeposit;
	type MaxAnchorsKept = MaxAnchorsKept;
	type MaxReadingsPerAnchor = MaxReadingsPerAnchor;
	type MinAnchorInterval = MinAnchorInterval;
	type FreshnessWindow = AnchorFreshnessWindow;
	type MaxClockDrift = AnchorMaxClockDrift;
	type MaxMeterPrecision = MaxMeterPrecision;
	type AnchorPriority = AnchorPriority;
	type AnchorLongevity = AnchorLongevity;
	type WeightInfo = pallet_iot_anchors::weights::SubstrateWeight<Runtime>;
}
