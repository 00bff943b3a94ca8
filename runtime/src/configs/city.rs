//! The city's own pallets: the identity registry (who is a resident, who acts for which
//! department, who holds which role), the reserve fund (the city's treasury), CityCoin
//! (issuance, services, payroll, metered billing), the municipal bonds, the vehicle registry
//! and the IoT anchors (device-signed fingerprints of sensor data).
//!
//! ## Who may do what
//! | step | origin |
//! | --- | --- |
//! | spend from the reserve fund | a treasurer credential up to [`TreasurerSpendCap`], [`CouncilMajority`] up to [`CouncilMajoritySpendCap`], [`CouncilTwoThirds`] up to [`CouncilTwoThirdsSpendCap`], Root without cap (and beyond budgets and the floor) |
//! | award a public works contract (a spend of `PublicWorks`: its cap, budget and floor) | [`CouncilMajority`] up to [`CouncilMajoritySpendCap`], [`CouncilTwoThirds`] up to [`CouncilTwoThirdsSpendCap`], Root without cap |
//! | set or remove a category's budget (the spenders' limit, so not theirs to set) | Root or [`CouncilTwoThirds`] |
//! | cancel a public works contract | Root or [`CouncilMajority`] |
//! | dispute a certified milestone within the challenge period | Root, [`CouncilMajority`] or [`TechnicalCommitteeMajority`] |
//! | set the reserve floor | Root |
//! | certify a milestone (not of one's own contract) | an inspector credential (privileged) |
//! | donate; release a certified milestone after the challenge period | anyone |
//! | mint or burn CITY | Root without cap, [`CouncilTwoThirds`] within [`MintCap`](pallet_citycoin::MintCap) of total issuance per period |
//! | set the mint cap | Root |
//! | keep the catalogue of services, the tariffs, the usage caps and the city tax; resolve a disputed bill | Root or [`CouncilMajority`] |
//! | enrol or remove employees, set wages (from the next pay period) | Root or [`CouncilMajority`]; a payroll clerk (privileged) up to [`ClerkWageCap`], never for themselves |
//! | pay for a service, settle a bill | anyone (resident-only services: a resident) |
//! | dispute an open bill (held ones above all) | the consumer billed |
//! | set the debt ceiling | Root |
//! | issue a bond series | Root, or [`CouncilTwoThirds`] within the debt ceiling, the reserve floor and [`MaxAnnualCouponRate`] |
//! | call a bond series early | Root at any price, [`CouncilMajority`] at most one coupon above face |
//! | subscribe (residents' share: a resident), transfer, claim coupons, redeem | a holder |
//! | close a subscription, declare a default, bring arrears up to date | anyone |
//! | apply to register a vehicle (or re-register an exported one) | a resident |
//! | approve (with a plate) or reject an application; deregister any vehicle; clear an odometer flag | a vehicle-clerk credential |
//! | record an inspection | an inspector credential |
//! | fine a plate; flag a vehicle stolen or recovered | a police-officer credential (stolen: the owner too; recovered: the owner only of a flag of their own) |
//! | uphold or dismiss a disputed fine | an adjudicator credential |
//! | set a parking zone's price | Root or [`CouncilMajority`] |
//! | renew, offer, deregister (no lien, police flag or unpaid fine), buy permits, consent to a lien, dispute a fine | the vehicle's owner |
//! | accept an offer (no unpaid fine on the vehicle); record or release a lien; pay a fine | the buyer; the lender; anyone |
//! | register an issuer (a city department), change the kinds it issues; change the accounts of, or remove, one that never issued | Root or [`CouncilMajority`] |
//! | change the accounts of, or remove, an issuer that issued credentials; bulk-suspend a removed issuer's credentials (not while a referendum runs, unless Root) | Root or [`CouncilTwoThirds`] |
//! | grant a privileged kind ([`PrivilegedCredentials`]: treasurer, inspector, payroll clerk, meter operator) | Root or [`CouncilTwoThirds`] |
//! | issue, suspend (with a reason), reinstate, revoke, renew a credential | an account acting for an issuer that may issue the kind, or the council (not a resident's suspension or revocation while a referendum runs, unless Root) |
//! | erase a credential's commitment | its subject |
//! | register a public sensor (air quality, traffic, noise, ...), within its kind's policy | a device-operator credential |
//! | register a utility meter, bind it to a consumer | a meter-operator credential (privileged) |
//! | accept being billed for a meter | the consumer it was proposed to |
//! | suspend, resume, revoke, rotate the key of, offer a device | its owner (not a device the city suspended) |
//! | accept a device (with a key of one's own) | whom it was offered to, if allowed to own one more of its kind |
//! | anchor a batch of readings | the device's key (a free general transaction, within the kind's interval and the block's anchor budget) |
//! | set a kind's plausible range or policy; suspend, resume or revoke any device | Root or [`CouncilMajority`] |

use crate::{
	configs::{
		CouncilMajority, CouncilTwoThirds, ReserveFundPalletId, RootOr, RuntimeBlockWeights,
		TechnicalCommitteeMajority,
	},
	AccountId, Balance, Balances, BlockNumber, CityCoin, IdentityRegistry, ReserveFund, Runtime,
	RuntimeEvent, Timestamp,
};
use city_primitives::{
	credentials::{
		Adjudicator, CredentialKind, DeviceOperator, EnsureCredential, Inspector, MeterOperator,
		PayrollClerk, PoliceOfficer, Treasurer, VehicleClerk,
	},
	CITY, DAYS,
};
use frame_support::{
	parameter_types,
	traits::{Contains, EitherOf, EitherOfDiverse, Get, MapSuccess},
	weights::Weight,
};
use sp_runtime::{traits::Replace, Perbill, Permill};

parameter_types! {
	/// City departments registered as issuers at one time.
	pub const MaxIssuers: u32 = 64;
	/// Accounts (clerks) acting for one issuer.
	pub const MaxAccountsPerIssuer: u32 = 32;
	/// Credential kinds one issuer may issue.
	pub const MaxKindsPerIssuer: u32 = 16;
	/// Bytes of an issuer's display name.
	pub const MaxIssuerNameLen: u32 = 64;
	/// Live credentials one account holds (revoked, erased and expired ones leave the list and
	/// stay on record).
	pub const MaxCredentialsPerSubject: u32 = 32;
	/// Of those, the most from one issuer (the council counts as one): no issuer fills a
	/// resident's slots.
	pub const MaxCredentialsPerIssuer: u32 = 8;
}

/// The credentials that move or certify city money, granted only by [`CouncilTwoThirds`] or
/// Root, never by an issuer: the treasurer (spends), the inspector (certifies milestones that
/// release payments), the payroll clerk (enrols employees and sets wages) and the meter
/// operator (installs the meters residents are billed by).
pub struct PrivilegedCredentials;
impl Contains<CredentialKind> for PrivilegedCredentials {
	fn contains(kind: &CredentialKind) -> bool {
		*kind == CredentialKind::Treasurer
			|| *kind == CredentialKind::Inspector
			|| *kind == PayrollClerk::get()
			|| *kind == MeterOperator::get()
	}
}

/// Whether residents are voting in a referendum now (bulk suspension of credentials, and a
/// council's suspension of a resident, wait for it to end unless by Root, so a council cannot
/// silence voters mid-vote). Two reads: pallet-democracy keeps `LowestUnbaked` at the first
/// referendum still being voted on, moving it past finished and cancelled ones at the start of
/// each block (so a referendum that ended in this block still counts: the safe side).
pub struct ReferendumRunning;
impl Get<bool> for ReferendumRunning {
	fn get() -> bool {
		pallet_democracy::LowestUnbaked::<Runtime>::get()
			< pallet_democracy::ReferendumCount::<Runtime>::get()
	}
}

impl pallet_identity_registry::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type CouncilOrigin = RootOr<CouncilMajority>;
	type PrivilegedOrigin = RootOr<CouncilTwoThirds>;
	type PrivilegedKinds = PrivilegedCredentials;
	type ReferendumOngoing = ReferendumRunning;
	type MaxCredentialsPerIssuer = MaxCredentialsPerIssuer;
	type MaxIssuers = MaxIssuers;
	type MaxAccountsPerIssuer = MaxAccountsPerIssuer;
	type MaxKindsPerIssuer = MaxKindsPerIssuer;
	type MaxIssuerNameLen = MaxIssuerNameLen;
	type MaxCredentialsPerSubject = MaxCredentialsPerSubject;
	type WeightInfo = crate::weights::pallet_identity_registry::WeightInfo<Runtime>;
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

/// The council's spend tiers, with the most each spends (or awards) at once. Two thirds is
/// tried before a majority, so a motion that passes with both gets the larger cap. Root is the
/// pallet's own case (no cap).
pub type CouncilSpendOrigin = EitherOf<
	MapSuccess<CouncilTwoThirds, Replace<CouncilTwoThirdsSpendCap>>,
	MapSuccess<CouncilMajority, Replace<CouncilMajoritySpendCap>>,
>;

/// Who spends from the reserve fund: a treasurer within a small cap, or the council's tiers.
pub type ReserveSpendOrigin = EitherOf<
	MapSuccess<
		EnsureCredential<IdentityRegistry, Treasurer, AccountId>,
		Replace<TreasurerSpendCap>,
	>,
	CouncilSpendOrigin,
>;

impl pallet_reserve_fund::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	/// The account fees have been paid into since genesis.
	type PalletId = ReserveFundPalletId;
	type SpendOrigin = ReserveSpendOrigin;
	/// The body that spends does not set its own limits: budgets are two thirds' (a majority
	/// spends, awards and enrols within them).
	type BudgetOrigin = RootOr<CouncilTwoThirds>;
	type FiscalPeriod = FiscalPeriod;
	type MaxBudgets = MaxBudgets;
	type AwardOrigin = CouncilSpendOrigin;
	type DisputeOrigin = EitherOfDiverse<RootOr<CouncilMajority>, TechnicalCommitteeMajority>;
	type CancelOrigin = RootOr<CouncilMajority>;
	type InspectorOrigin = EnsureCredential<IdentityRegistry, Inspector, AccountId>;
	type ChallengePeriod = ChallengePeriod;
	type MaxMilestones = MaxMilestones;
	type WeightInfo = crate::weights::pallet_reserve_fund::WeightInfo<Runtime>;
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
	/// The most a payroll clerk may set as a wage per pay period (the council sets more).
	pub const ClerkWageCap: Balance = 10_000 * CITY;
}

impl pallet_citycoin::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type ReserveFund = ReserveFund;
	type Credentials = IdentityRegistry;
	type MintOrigin = CouncilTwoThirds;
	type CatalogueOrigin = RootOr<CouncilMajority>;
	type TaxOrigin = RootOr<CouncilMajority>;
	type PayrollAdminOrigin = RootOr<CouncilMajority>;
	type PayrollClerkOrigin = EnsureCredential<IdentityRegistry, PayrollClerk, AccountId>;
	type ClerkWageCap = ClerkWageCap;
	type IssuancePeriod = IssuancePeriod;
	type PayPeriod = PayPeriod;
	type PayrollBatch = PayrollBatch;
	type MaxEmployees = MaxEmployees;
	type MaxServices = MaxServices;
	type MaxServiceNameLen = MaxServiceNameLen;
	type ReceiptRetention = ReceiptRetention;
	type WeightInfo = crate::weights::pallet_citycoin::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PayrollBudgetForBenchmarks;
}

/// Gives the payroll's benchmarks a `Payroll` budget, as the council would.
#[cfg(feature = "runtime-benchmarks")]
pub struct PayrollBudgetForBenchmarks;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_citycoin::BenchmarkHelper<Balance> for PayrollBudgetForBenchmarks {
	fn set_payroll_budget(amount: Balance) {
		let _ = ReserveFund::set_budget(
			crate::RuntimeOrigin::root(),
			city_primitives::treasury::SpendCategory::Payroll,
			amount,
		);
	}
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
	/// The highest coupon rate, a year, the council issues at (Root may go higher).
	pub const MaxAnnualCouponRate: Perbill = Perbill::from_percent(10);
	/// A year, to scale a coupon rate per period.
	pub const BondYear: BlockNumber = 365 * DAYS;
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
	type MaxAnnualCouponRate = MaxAnnualCouponRate;
	type Year = BondYear;
	type MinCallNotice = MinCallNotice;
	type GracePeriod = BondGracePeriod;
	type MaxNameLen = MaxBondNameLen;
	type MaxPeriods = MaxCouponPeriods;
	type WeightInfo = crate::weights::pallet_bonds::WeightInfo<Runtime>;
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
	type WeightInfo = crate::weights::pallet_vehicle_registry::WeightInfo<Runtime>;
}

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
