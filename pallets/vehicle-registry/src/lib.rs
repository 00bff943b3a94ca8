//! # Vehicle registry
//!
//! The city's department of motor vehicles: titles, plates, transfers, liens, inspections,
//! theft flags, parking permits, fines and disputes.
//!
//! ## Overview
//! - **Registration**: a resident applies with a VIN (validated, with its check digit where
//!   one applies: [`vin`]), make, model and year, paying the registration fee into the reserve
//!   fund and a deposit for the record; a vehicle clerk approves it with a plate (or rejects
//!   it, returning the deposit). VINs and plates are unique; a plate freed by deregistration
//!   is issued again only after [`Config::PlateCooldown`]. A registration lasts
//!   [`Config::RegistrationPeriod`]; the owner renews it for [`Config::RenewalFee`] (refused
//!   while flagged stolen, `VehicleStolen`, or with a fine unpaid past its deadline,
//!   `OverdueFine`).
//! - **Deregistration** (scrapped or exported), by the owner or a clerk, keeps the record. It
//!   is refused, in this order, under a lien (`ActiveLien`), while the police flag the vehicle
//!   stolen (`FlaggedByPolice`) and while it has any unpaid fine, open or disputed, due or
//!   overdue (`UnpaidFines`): fines belong to the vehicle's record, so they are paid or
//!   dismissed before it leaves the road, and a police flag is never shed by an export and a
//!   re-import.
//! - **Re-import**: a scrapped VIN never comes back (`VinScrapped`); an exported one does. An
//!   application with the VIN of an exported vehicle (any resident may make it) reuses its
//!   record and id with its history: the odometer (which stays monotonic across the export),
//!   its flag and the inspections. The make, model and year must be the record's
//!   (`VehicleDataMismatch`); the applicant pays the fee and deposit as for a new application
//!   and becomes the owner; plate, registration, lien, lien consent, offer and theft flags
//!   start afresh, and a clerk approves it as any application (event `Reimported` after
//!   `Applied`). Rejected, the record is exported again, with its history (the applicant
//!   stays named as its last owner; the events say who held it before); a rejected first
//!   application is deleted and its VIN freed. A pending or registered VIN is `VinTaken`.
//! - **Transfers** take two steps: the owner offers the vehicle to a buyer, optionally at a
//!   price; the buyer accepts, paying the price to the owner and the transfer tax
//!   ([`Config::TransferTax`] of the price, at least [`Config::MinTransferTax`]) to the
//!   reserve fund. Both steps are refused while the vehicle has a lien (`ActiveLien`), is
//!   flagged stolen (`VehicleStolen`), has any unpaid fine (`UnpaidFines`: open or disputed,
//!   before its deadline or after) or an expired registration (`RegistrationExpired`),
//!   checked in that order.
//!
//!   *Design choice: unpaid fines refuse a transfer.* The issue allowed either refusing it or
//!   moving the fines to a buyer who explicitly accepts them; the registry refuses. Fines
//!   belong to the vehicle's record (they are issued to its plate), so a buyer would inherit
//!   them unseen; paying them, or having them dismissed, before the sale is simple, and the
//!   events of both are auditable. A fine issued between the offer and the acceptance refuses
//!   the acceptance too.
//! - **Liens**: the owner consents to a lender, who records the lien and releases it when paid.
//! - **Inspections**: an inspector records pass or fail, the odometer and a report hash; a
//!   pass expires after [`Config::InspectionValidity`]. The odometer never goes down: a lower
//!   reading is not recorded, and the vehicle is flagged for review (`OdometerFlagged`) until a
//!   clerk clears it. The last [`Config::MaxInspections`] stay in storage, older ones in events.
//! - **Theft**: the owner or the police flag a vehicle stolen; a stolen vehicle is neither
//!   transferred nor renewed. A police flag (`stolen_by_police`, with `stolen`) is the
//!   police's to clear: the owner's `report_recovered` fails `FlaggedByPolice`, and the
//!   vehicle is not deregistered under it. The police may flag a vehicle its owner flagged
//!   already (it becomes a police flag) and clear any flag; the owner clears only their own.
//!   `AlreadyStolen` answers the police on a police flag and the owner on any flag.
//! - **Parking permits**: the owner buys periods of a zone at the zone's price (set by
//!   [`Config::ZoneOrigin`]); anyone reads a plate's permits through the runtime API.
//! - **Fines**: the police fine a plate (amount, offence code, evidence hash, deadline). The
//!   owner pays (into the reserve fund) or disputes it within [`Config::DisputeWindow`] with
//!   their own evidence hash; an adjudicator upholds it with a new deadline, or dismisses it.
//!   Any unpaid fine blocks a transfer and deregistration; one unpaid past its deadline (and
//!   not under dispute) blocks renewal too.
//!
//! Roles are origins the runtime sets to identity-registry credentials (vehicle clerk,
//! inspector, police officer, adjudicator) through `city-primitives`: this pallet never
//! depends on the registry's crate. Where an official or the owner may act (deregistration,
//! theft flags), the official's origin is tried first, but an official who owns the vehicle
//! acts as its owner (an officer cannot clear a colleague's flag on their own car). Nothing
//! personal is stored: accounts, hashes and the vehicle's own data.
//!
//! ## Low level details
//! - Deposits: the applicant pays [`Config::VehicleDeposit`] (held) for the vehicle's record,
//!   which moves to the buyer on a transfer and returns on rejection or deregistration (the
//!   record stays; its index entries go). A re-importer pays it again. Fines are written by
//!   the police for the city, so the city pays for them, and they leave storage when paid or
//!   dismissed.
//! - `registrations` counts a clerk's approvals: a pending record with none is a first
//!   application (deleted on rejection), one with some a re-import (exported again).
//! - Invariants (`try_state`, after every unit test): see [`Pallet::do_try_state`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod vin;
pub mod weights;

use city_primitives::{
	credentials::{CredentialInspect, CredentialKind},
	treasury::{Inflow, ReserveFund as ReserveFundT},
};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, Mutate, MutateHold},
		tokens::{Precision, Preservation},
		EitherOfDiverse,
	},
};
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedMul, One, Saturating, Zero},
	ArithmeticError, Either, Permill,
};

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The target of the pallet's log lines.
pub const LOG_TARGET: &str = "runtime::vehicle_registry";

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// CITY, with holds for the records' deposits.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason: From<HoldReason>>;

		/// The reserve fund: fees, taxes, permits and fines go into it.
		type ReserveFund: ReserveFundT<Self::AccountId, BalanceOf<Self>>;

		/// Who is a resident (only residents apply).
		type Credentials: CredentialInspect<Self::AccountId>;

		/// A vehicle clerk: approves, rejects, deregisters, clears odometer flags.
		type ClerkOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// An inspector: records inspections.
		type InspectorOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// A police officer: issues fines, flags vehicles stolen and recovered.
		type PoliceOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// An adjudicator: upholds or dismisses disputed fines.
		type AdjudicatorOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// Who sets the parking zones' prices (the council).
		type ZoneOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The fee of an application, paid into the reserve fund.
		#[pallet::constant]
		type RegistrationFee: Get<BalanceOf<Self>>;

		/// The fee of a renewal.
		#[pallet::constant]
		type RenewalFee: Get<BalanceOf<Self>>;

		/// How long a registration (or a renewal) lasts, in blocks.
		#[pallet::constant]
		type RegistrationPeriod: Get<BlockNumberFor<Self>>;

		/// The deposit held for a vehicle's record.
		#[pallet::constant]
		type VehicleDeposit: Get<BalanceOf<Self>>;

		/// The transfer tax, as a share of the price.
		#[pallet::constant]
		type TransferTax: Get<Permill>;

		/// The least transfer tax (for gifts and low prices).
		#[pallet::constant]
		type MinTransferTax: Get<BalanceOf<Self>>;

		/// How long a freed plate waits before it is issued again.
		#[pallet::constant]
		type PlateCooldown: Get<BlockNumberFor<Self>>;

		/// How long a passed inspection is valid.
		#[pallet::constant]
		type InspectionValidity: Get<BlockNumberFor<Self>>;

		/// How long after a fine is issued its owner may dispute it.
		#[pallet::constant]
		type DisputeWindow: Get<BlockNumberFor<Self>>;

		/// The length of one parking-permit period, in blocks.
		#[pallet::constant]
		type PermitPeriod: Get<BlockNumberFor<Self>>;

		/// The longest make or model, in bytes.
		#[pallet::constant]
		type MaxTextLen: Get<u32>;

		/// The longest plate, in bytes.
		#[pallet::constant]
		type MaxPlateLen: Get<u32>;

		/// The most vehicles one account owns or has applied for.
		#[pallet::constant]
		type MaxVehiclesPerOwner: Get<u32>;

		/// The most unpaid fines of one vehicle.
		#[pallet::constant]
		type MaxFinesPerVehicle: Get<u32>;

		/// Inspections kept in storage per vehicle (older ones live on in events).
		#[pallet::constant]
		type MaxInspections: Get<u32>;

		/// Permits of one vehicle not yet expired.
		#[pallet::constant]
		type MaxPermits: Get<u32>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why the registry holds CITY.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a vehicle's record.
		#[codec(index = 0)]
		VehicleDeposit,
	}

	/// The next vehicle's id.
	#[pallet::storage]
	pub type NextVehicleId<T> = StorageValue<_, VehicleId, ValueQuery>;

	/// Every vehicle's record, deregistered ones included.
	// Hasher: Twox64Concat because the chain chooses the ids (sequential).
	#[pallet::storage]
	pub type Vehicles<T: Config> = StorageMap<_, Twox64Concat, VehicleId, VehicleOf<T>>;

	/// Vehicles by VIN: every record, deregistered ones included (a VIN has one record for life;
	/// an exported one is reused on re-import).
	// Hasher: Blake2_128Concat because applicants choose the VINs.
	#[pallet::storage]
	pub type ByVin<T: Config> = StorageMap<_, Blake2_128Concat, Vin, VehicleId>;

	/// Registered vehicles by plate.
	// Hasher: Blake2_128Concat because clerks choose the plates.
	#[pallet::storage]
	pub type ByPlate<T: Config> = StorageMap<_, Blake2_128Concat, PlateOf<T>, VehicleId>;

	/// Freed plates, with the first block they may be issued again.
	// Hasher: Blake2_128Concat because clerks choose the plates.
	#[pallet::storage]
	pub type FreedPlates<T: Config> =
		StorageMap<_, Blake2_128Concat, PlateOf<T>, BlockNumberFor<T>>;

	/// The vehicles each account owns or applied for (not deregistered ones).
	// Hasher: Blake2_128Concat because the keys are accounts, which users choose.
	#[pallet::storage]
	pub type ByOwner<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<VehicleId, T::MaxVehiclesPerOwner>,
		ValueQuery,
	>;

	/// The last inspections of each vehicle, oldest first.
	// Hasher: Twox64Concat because the chain chooses the ids (sequential).
	#[pallet::storage]
	pub type Inspections<T: Config> = StorageMap<
		_,
		Twox64Concat,
		VehicleId,
		BoundedVec<Inspection<T::AccountId, BlockNumberFor<T>>, T::MaxInspections>,
		ValueQuery,
	>;

	/// Each parking zone's price per permit period.
	// Hasher: Twox64Concat because only `ZoneOrigin` (the council) chooses the zones.
	#[pallet::storage]
	pub type ZonePrices<T: Config> = StorageMap<_, Twox64Concat, ZoneId, BalanceOf<T>>;

	/// Each vehicle's permits not yet expired (expired ones go when the next is bought).
	// Hasher: Twox64Concat because the chain chooses the ids (sequential).
	#[pallet::storage]
	pub type Permits<T: Config> = StorageMap<
		_,
		Twox64Concat,
		VehicleId,
		BoundedVec<Permit<BlockNumberFor<T>>, T::MaxPermits>,
		ValueQuery,
	>;

	/// The next fine's id.
	#[pallet::storage]
	pub type NextFineId<T> = StorageValue<_, FineId, ValueQuery>;

	/// Unpaid fines (paid and dismissed ones leave; their events stay).
	// Hasher: Twox64Concat because the chain chooses the ids (sequential).
	#[pallet::storage]
	pub type Fines<T: Config> = StorageMap<_, Twox64Concat, FineId, FineOf<T>>;

	/// Each vehicle's unpaid fines.
	// Hasher: Twox64Concat because the chain chooses the ids (sequential).
	#[pallet::storage]
	pub type VehicleFines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		VehicleId,
		BoundedVec<FineId, T::MaxFinesPerVehicle>,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A resident applied to register a vehicle (for a re-import, `Reimported` follows).
		Applied { vehicle: VehicleId, owner: T::AccountId, vin: Vin },
		/// A clerk registered it with a plate.
		Registered {
			vehicle: VehicleId,
			plate: PlateOf<T>,
			until: BlockNumberFor<T>,
			clerk: T::AccountId,
		},
		/// A clerk rejected the application; the deposit is returned. A first application's
		/// record is gone; a re-imported vehicle's is exported again, with its history.
		Rejected { vehicle: VehicleId, clerk: T::AccountId },
		/// The owner renewed the registration.
		Renewed { vehicle: VehicleId, until: BlockNumberFor<T> },
		/// The vehicle left the registry; its plate is freed.
		Deregistered { vehicle: VehicleId, reason: DeregistrationReason },
		/// The owner offered the vehicle to a buyer.
		Offered { vehicle: VehicleId, buyer: T::AccountId, price: Option<BalanceOf<T>> },
		/// The owner withdrew the offer.
		OfferWithdrawn { vehicle: VehicleId },
		/// The buyer accepted: the vehicle is theirs.
		Transferred {
			vehicle: VehicleId,
			from: T::AccountId,
			to: T::AccountId,
			price: Option<BalanceOf<T>>,
			tax: BalanceOf<T>,
		},
		/// The owner consented to a lien by `lender` (or withdrew consent: `None`).
		LienConsent { vehicle: VehicleId, lender: Option<T::AccountId> },
		/// A lender recorded a lien.
		LienRecorded { vehicle: VehicleId, lender: T::AccountId, reference: H256 },
		/// The lender released the lien.
		LienReleased { vehicle: VehicleId, lender: T::AccountId },
		/// An inspection was recorded.
		Inspected { vehicle: VehicleId, passed: bool, odometer: u32, report: H256 },
		/// An inspection reported a lower odometer than recorded: not recorded, and flagged.
		OdometerFlagged { vehicle: VehicleId, recorded: u32, reported: u32, report: H256 },
		/// A clerk reviewed and cleared the odometer flag.
		OdometerFlagCleared { vehicle: VehicleId },
		/// Flagged stolen.
		ReportedStolen { vehicle: VehicleId, by: T::AccountId },
		/// Flagged recovered.
		ReportedRecovered { vehicle: VehicleId, by: T::AccountId },
		/// A zone's price per permit period was set (or the zone closed: `None`).
		ZonePriceSet { zone: ZoneId, price: Option<BalanceOf<T>> },
		/// A permit was bought.
		PermitBought {
			vehicle: VehicleId,
			zone: ZoneId,
			from: BlockNumberFor<T>,
			until: BlockNumberFor<T>,
			paid: BalanceOf<T>,
		},
		/// The police fined a vehicle.
		FineIssued {
			fine: FineId,
			vehicle: VehicleId,
			amount: BalanceOf<T>,
			offence: u16,
			evidence: H256,
			deadline: BlockNumberFor<T>,
		},
		/// A fine was paid.
		FinePaid { fine: FineId, by: T::AccountId, amount: BalanceOf<T> },
		/// The owner disputed a fine.
		FineDisputed { fine: FineId, evidence: H256 },
		/// An adjudicator upheld a disputed fine, with a new deadline.
		FineUpheld { fine: FineId, deadline: BlockNumberFor<T>, adjudicator: T::AccountId },
		/// An adjudicator dismissed a disputed fine.
		FineDismissed { fine: FineId, adjudicator: T::AccountId },
		/// The application was for an exported vehicle coming back: its record (and id,
		/// odometer and inspections) is reused, pending a clerk's approval.
		Reimported { vehicle: VehicleId, owner: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Not a VIN: not 17 characters, a character outside 0-9 and A-Z or one of I, O, Q,
		/// or (for a North American VIN) a wrong check digit.
		InvalidVin,
		/// That VIN is pending or registered already.
		VinTaken,
		/// Not a plate the city issues (2 or more of 0-9, A-Z, `-`).
		InvalidPlate,
		/// Another vehicle has that plate.
		PlateTaken,
		/// The plate was freed recently; it is issued again after the cool-down.
		PlateCoolingDown,
		/// A model year outside [`FIRST_MODEL_YEAR`] to [`LAST_MODEL_YEAR`].
		InvalidYear,
		/// An empty make or model.
		EmptyText,
		/// Only residents register vehicles.
		NotAResident,
		/// No vehicle has that id (or plate).
		VehicleNotFound,
		/// Only the owner may do that.
		NotOwner,
		/// The vehicle is not in the state the call needs (pending, or registered).
		WrongStatus,
		/// The account owns the most vehicles it may.
		TooManyVehicles,
		/// Blocks a transfer: a lien is recorded.
		ActiveLien,
		/// Blocks a transfer or renewal: the vehicle is flagged stolen.
		VehicleStolen,
		/// Blocks a renewal: a fine is unpaid past its deadline.
		OverdueFine,
		/// Blocks a transfer: the registration has expired.
		RegistrationExpired,
		/// No offer is open for the vehicle.
		NoOffer,
		/// The offer is to someone else.
		NotTheBuyer,
		/// The price is not the offer's.
		PriceMismatch,
		/// The owner cannot offer the vehicle to themselves.
		OfferToSelf,
		/// A lien is recorded already.
		LienExists,
		/// The owner has not consented to a lien by this lender.
		NoLienConsent,
		/// No lien is recorded, or not by the caller.
		NoLien,
		/// The odometer is not flagged.
		NotFlagged,
		/// The vehicle is flagged stolen already.
		AlreadyStolen,
		/// The vehicle is not flagged stolen.
		NotStolen,
		/// Permits are not sold for that zone.
		ZoneNotFound,
		/// Zero permit periods, or a zero fine.
		ZeroAmount,
		/// The vehicle has the most permits it may.
		TooManyPermits,
		/// No unpaid fine has that id.
		FineNotFound,
		/// The vehicle has the most unpaid fines it may.
		TooManyFines,
		/// A deadline that is not in the future.
		InvalidDeadline,
		/// The dispute window has closed.
		DisputeWindowClosed,
		/// The fine is under dispute already.
		AlreadyDisputed,
		/// The fine is not under dispute.
		NotDisputed,
		/// The police flagged the vehicle stolen: only the police clear the flag, and the
		/// vehicle is not deregistered while it stands.
		FlaggedByPolice,
		/// Blocks a transfer or deregistration: the vehicle has an unpaid fine (open or
		/// disputed, due or overdue). Pay it, or have it dismissed, first.
		UnpaidFines,
		/// A re-import's make, model or year differs from the exported vehicle's record.
		VehicleDataMismatch,
		/// That VIN belongs to a scrapped vehicle: it never comes back.
		VinScrapped,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Applies to register the vehicle `vin`; pays the registration fee into the reserve
		/// fund and holds the record's deposit.
		///
		/// A VIN whose record is exported (`Deregistered(Exported)`) is a re-import: the record
		/// and its id are reused with their history (odometer, its flag, inspections), pending
		/// with the applicant as owner; plate, registration, lien, consent, offer and theft
		/// flags start afresh. Its make, model and year must be the record's.
		///
		/// Origin: signed, a resident. Errors: `InvalidVin`, `VinTaken` (pending or
		/// registered), `VinScrapped`, `EmptyText`, `InvalidYear`, `VehicleDataMismatch`,
		/// `NotAResident`, `TooManyVehicles`, `Overflow`, or the currency's. Events: `Applied`,
		/// and `Reimported` for a re-import.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::apply().max(T::WeightInfo::apply_reimport()))]
		pub fn apply(
			origin: OriginFor<T>,
			vin: Vin,
			make: TextOf<T>,
			model: TextOf<T>,
			year: u16,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			vin::validate(&vin).map_err(|_| Error::<T>::InvalidVin)?;
			let exported = match ByVin::<T>::get(&vin) {
				None => None,
				Some(id) => {
					let record = Self::vehicle(id)?;
					match record.status {
						Status::Deregistered(DeregistrationReason::Exported) => Some((id, record)),
						Status::Deregistered(DeregistrationReason::Scrapped) => {
							return Err(Error::<T>::VinScrapped.into())
						}
						Status::Pending | Status::Registered => {
							return Err(Error::<T>::VinTaken.into())
						}
					}
				}
			};
			ensure!(!make.is_empty() && !model.is_empty(), Error::<T>::EmptyText);
			ensure!((FIRST_MODEL_YEAR..=LAST_MODEL_YEAR).contains(&year), Error::<T>::InvalidYear);
			if let Some((_, record)) = &exported {
				ensure!(
					record.make == make && record.model == model && record.year == year,
					Error::<T>::VehicleDataMismatch
				);
			}
			ensure!(
				T::Credentials::has_active_credential(&owner, &CredentialKind::Resident, None),
				Error::<T>::NotAResident
			);
			let id = match &exported {
				Some((id, _)) => *id,
				None => {
					let id = NextVehicleId::<T>::get();
					NextVehicleId::<T>::put(id.checked_add(1).ok_or(ArithmeticError::Overflow)?);
					id
				}
			};
			ByOwner::<T>::try_mutate(&owner, |owned| owned.try_push(id))
				.map_err(|_| Error::<T>::TooManyVehicles)?;
			let fee = T::RegistrationFee::get();
			if !fee.is_zero() {
				T::ReserveFund::receive(&owner, fee, Inflow::ServicePayment, H256::zero())?;
			}
			let deposit = T::VehicleDeposit::get();
			Self::hold(&owner, deposit)?;
			let reimport = exported.is_some();
			let record = match exported {
				Some((_, record)) => Vehicle {
					owner: owner.clone(),
					status: Status::Pending,
					plate: None,
					registered_until: Zero::zero(),
					stolen: false,
					stolen_by_police: false,
					lien: None,
					lien_consent: None,
					offer: None,
					deposit,
					..record
				},
				None => {
					ByVin::<T>::insert(&vin, id);
					Vehicle {
						vin: vin.clone(),
						make,
						model,
						year,
						owner: owner.clone(),
						status: Status::Pending,
						registrations: 0,
						plate: None,
						registered_until: Zero::zero(),
						odometer: 0,
						odometer_flagged: false,
						stolen: false,
						stolen_by_police: false,
						lien: None,
						lien_consent: None,
						offer: None,
						deposit,
					}
				}
			};
			Vehicles::<T>::insert(id, record);
			Self::deposit_event(Event::Applied { vehicle: id, owner: owner.clone(), vin });
			if reimport {
				Self::deposit_event(Event::Reimported { vehicle: id, owner });
			}
			Ok(())
		}

		/// Registers a pending vehicle with `plate`, for a registration period from now.
		///
		/// Origin: `ClerkOrigin`. Errors: `VehicleNotFound`, `WrongStatus`, `InvalidPlate`,
		/// `PlateTaken`, `PlateCoolingDown`. Event: `Registered`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve())]
		pub fn approve(
			origin: OriginFor<T>,
			vehicle: VehicleId,
			plate: PlateOf<T>,
		) -> DispatchResult {
			let clerk = T::ClerkOrigin::ensure_origin(origin)?;
			let mut record = Self::vehicle(vehicle)?;
			ensure!(record.status == Status::Pending, Error::<T>::WrongStatus);
			ensure!(vin::is_valid_plate(&plate), Error::<T>::InvalidPlate);
			ensure!(!ByPlate::<T>::contains_key(&plate), Error::<T>::PlateTaken);
			let now = frame_system::Pallet::<T>::block_number();
			if let Some(free_from) = FreedPlates::<T>::get(&plate) {
				ensure!(now >= free_from, Error::<T>::PlateCoolingDown);
				FreedPlates::<T>::remove(&plate);
			}
			let until = now.saturating_add(T::RegistrationPeriod::get());
			ByPlate::<T>::insert(&plate, vehicle);
			record.status = Status::Registered;
			// Only whether it is zero matters (a first application or a re-import): clamping
			// is harmless.
			record.registrations = record.registrations.saturating_add(1);
			record.plate = Some(plate.clone());
			record.registered_until = until;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::Registered { vehicle, plate, until, clerk });
			Ok(())
		}

		/// Rejects a pending application: the deposit returns (the fee paid for the review
		/// does not). A first application's record goes, freeing its VIN; a re-import's record
		/// (registered before) is exported again with its history, off the applicant's list.
		///
		/// Origin: `ClerkOrigin`. Errors: `VehicleNotFound`, `WrongStatus`. Event: `Rejected`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reject())]
		pub fn reject(origin: OriginFor<T>, vehicle: VehicleId) -> DispatchResult {
			let clerk = T::ClerkOrigin::ensure_origin(origin)?;
			let mut record = Self::vehicle(vehicle)?;
			ensure!(record.status == Status::Pending, Error::<T>::WrongStatus);
			Self::release(&record.owner, record.deposit)?;
			Self::unlist(&record.owner, vehicle);
			if record.registrations == 0 {
				ByVin::<T>::remove(&record.vin);
				Vehicles::<T>::remove(vehicle);
			} else {
				record.status = Status::Deregistered(DeregistrationReason::Exported);
				record.deposit = Zero::zero();
				Vehicles::<T>::insert(vehicle, record);
			}
			Self::deposit_event(Event::Rejected { vehicle, clerk });
			Ok(())
		}

		/// Renews a registration for another period from its end (or from now, if it ended),
		/// paying the renewal fee.
		///
		/// Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `WrongStatus`,
		/// `VehicleStolen`, `OverdueFine`, or the currency's. Event: `Renewed`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::renew(T::MaxFinesPerVehicle::get()))]
		pub fn renew(origin: OriginFor<T>, vehicle: VehicleId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::owned(vehicle, &who)?;
			ensure!(record.status == Status::Registered, Error::<T>::WrongStatus);
			ensure!(!record.stolen, Error::<T>::VehicleStolen);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(!Self::has_overdue_fine(vehicle, now), Error::<T>::OverdueFine);
			let fee = T::RenewalFee::get();
			if !fee.is_zero() {
				T::ReserveFund::receive(&who, fee, Inflow::ServicePayment, H256::zero())?;
			}
			let until =
				record.registered_until.max(now).saturating_add(T::RegistrationPeriod::get());
			record.registered_until = until;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::Renewed { vehicle, until });
			Ok(())
		}

		/// Takes a registered vehicle off the road: its plate is freed (issued again after the
		/// cool-down), its deposit returned, its record kept. A scrapped vehicle is gone for
		/// good; an exported one may come back (see [`Pallet::apply`]).
		///
		/// Refused, in this order, under a lien (`ActiveLien`), while the police flag it stolen
		/// (`FlaggedByPolice`: else an export and re-import would clear the flag) and while it
		/// has an unpaid fine, open or disputed (`UnpaidFines`: the fines stay with the record).
		///
		/// Origin: the owner, or `ClerkOrigin`. Errors: `VehicleNotFound`, `NotOwner`,
		/// `WrongStatus`, `ActiveLien`, `FlaggedByPolice`, `UnpaidFines`. Event:
		/// `Deregistered`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::deregister())]
		pub fn deregister(
			origin: OriginFor<T>,
			vehicle: VehicleId,
			reason: DeregistrationReason,
		) -> DispatchResult {
			let (_, _, mut record) = Self::role_or_owner::<T::ClerkOrigin>(origin, vehicle)?;
			ensure!(record.lien.is_none(), Error::<T>::ActiveLien);
			ensure!(!record.stolen_by_police, Error::<T>::FlaggedByPolice);
			ensure!(!Self::has_unpaid_fine(vehicle), Error::<T>::UnpaidFines);
			if let Some(plate) = record.plate.take() {
				ByPlate::<T>::remove(&plate);
				let now = frame_system::Pallet::<T>::block_number();
				FreedPlates::<T>::insert(&plate, now.saturating_add(T::PlateCooldown::get()));
			}
			Self::release(&record.owner, record.deposit)?;
			Self::unlist(&record.owner, vehicle);
			record.deposit = Zero::zero();
			record.status = Status::Deregistered(reason);
			record.offer = None;
			record.lien_consent = None;
			Permits::<T>::remove(vehicle);
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::Deregistered { vehicle, reason });
			Ok(())
		}

		/// Offers a registered vehicle to `buyer`, at `price` (paid to the owner on
		/// acceptance) or as a gift. A new offer replaces the last.
		///
		/// Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `WrongStatus`,
		/// `OfferToSelf`, then the transfer's blockers in order: `ActiveLien`,
		/// `VehicleStolen`, `UnpaidFines`, `RegistrationExpired`. Event: `Offered`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::offer())]
		pub fn offer(
			origin: OriginFor<T>,
			vehicle: VehicleId,
			buyer: T::AccountId,
			price: Option<BalanceOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::owned(vehicle, &who)?;
			ensure!(buyer != who, Error::<T>::OfferToSelf);
			Self::ensure_transferable(vehicle, &record)?;
			record.offer = Some(Offer { buyer: buyer.clone(), price });
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::Offered { vehicle, buyer, price });
			Ok(())
		}

		/// Withdraws the open offer.
		///
		/// Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `NoOffer`. Event:
		/// `OfferWithdrawn`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::withdraw_offer())]
		pub fn withdraw_offer(origin: OriginFor<T>, vehicle: VehicleId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::owned(vehicle, &who)?;
			ensure!(record.offer.take().is_some(), Error::<T>::NoOffer);
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::OfferWithdrawn { vehicle });
			Ok(())
		}

		/// Accepts the offer of `vehicle` at `price` (which must be the offer's, so a changed
		/// offer is never accepted unseen): pays the price to the owner and the transfer tax to
		/// the reserve fund, and holds the record's deposit (returned to the seller).
		///
		/// Origin: the buyer. Errors: `VehicleNotFound`, `NoOffer`, `NotTheBuyer`,
		/// `PriceMismatch`, the transfer's blockers in order (`ActiveLien`, `VehicleStolen`,
		/// `UnpaidFines`, `RegistrationExpired`), `TooManyVehicles`, or the currency's. Event:
		/// `Transferred`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::accept())]
		pub fn accept(
			origin: OriginFor<T>,
			vehicle: VehicleId,
			price: Option<BalanceOf<T>>,
		) -> DispatchResult {
			let buyer = ensure_signed(origin)?;
			let mut record = Self::vehicle(vehicle)?;
			let offer = record.offer.take().ok_or(Error::<T>::NoOffer)?;
			ensure!(offer.buyer == buyer, Error::<T>::NotTheBuyer);
			ensure!(offer.price == price, Error::<T>::PriceMismatch);
			Self::ensure_transferable(vehicle, &record)?;
			let seller = record.owner.clone();
			ByOwner::<T>::try_mutate(&buyer, |owned| owned.try_push(vehicle))
				.map_err(|_| Error::<T>::TooManyVehicles)?;
			Self::unlist(&seller, vehicle);
			let paid = price.unwrap_or_else(Zero::zero);
			if !paid.is_zero() {
				T::Currency::transfer(&buyer, &seller, paid, Preservation::Preserve)?;
			}
			let tax = (T::TransferTax::get() * paid).max(T::MinTransferTax::get());
			if !tax.is_zero() {
				T::ReserveFund::receive(&buyer, tax, Inflow::Tax, H256::zero())?;
			}
			Self::release(&seller, record.deposit)?;
			let deposit = T::VehicleDeposit::get();
			Self::hold(&buyer, deposit)?;
			record.deposit = deposit;
			record.owner = buyer.clone();
			record.lien_consent = None;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::Transferred {
				vehicle,
				from: seller,
				to: buyer,
				price,
				tax,
			});
			Ok(())
		}

		/// Consents to a lien by `lender` (or withdraws consent with `None`).
		///
		/// Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `WrongStatus`. Event:
		/// `LienConsent`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::consent_to_lien())]
		pub fn consent_to_lien(
			origin: OriginFor<T>,
			vehicle: VehicleId,
			lender: Option<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::owned(vehicle, &who)?;
			ensure!(record.status == Status::Registered, Error::<T>::WrongStatus);
			record.lien_consent = lender.clone();
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::LienConsent { vehicle, lender });
			Ok(())
		}

		/// Records the caller's lien on `vehicle`, which its owner consented to.
		///
		/// Origin: signed, the lender. Errors: `VehicleNotFound`, `LienExists`,
		/// `NoLienConsent`. Event: `LienRecorded`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::record_lien())]
		pub fn record_lien(
			origin: OriginFor<T>,
			vehicle: VehicleId,
			reference: H256,
		) -> DispatchResult {
			let lender = ensure_signed(origin)?;
			let mut record = Self::vehicle(vehicle)?;
			ensure!(record.lien.is_none(), Error::<T>::LienExists);
			ensure!(record.lien_consent.as_ref() == Some(&lender), Error::<T>::NoLienConsent);
			let since = frame_system::Pallet::<T>::block_number();
			record.lien = Some(Lien { lender: lender.clone(), reference, since });
			record.lien_consent = None;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::LienRecorded { vehicle, lender, reference });
			Ok(())
		}

		/// Releases the caller's lien: the loan is paid.
		///
		/// Origin: signed, the lender. Errors: `VehicleNotFound`, `NoLien`. Event:
		/// `LienReleased`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::release_lien())]
		pub fn release_lien(origin: OriginFor<T>, vehicle: VehicleId) -> DispatchResult {
			let lender = ensure_signed(origin)?;
			let mut record = Self::vehicle(vehicle)?;
			ensure!(
				record.lien.as_ref().is_some_and(|lien| lien.lender == lender),
				Error::<T>::NoLien
			);
			record.lien = None;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::LienReleased { vehicle, lender });
			Ok(())
		}

		/// Records an inspection. A reading below the recorded odometer is not recorded: the
		/// vehicle is flagged for review instead (the call succeeds, so the flag stays).
		///
		/// Origin: `InspectorOrigin`. Errors: `VehicleNotFound`, `WrongStatus`. Event:
		/// `Inspected` or `OdometerFlagged`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::inspect())]
		pub fn inspect(
			origin: OriginFor<T>,
			vehicle: VehicleId,
			passed: bool,
			odometer: u32,
			report: H256,
		) -> DispatchResult {
			let inspector = T::InspectorOrigin::ensure_origin(origin)?;
			let mut record = Self::vehicle(vehicle)?;
			ensure!(record.status == Status::Registered, Error::<T>::WrongStatus);
			if odometer < record.odometer {
				let recorded = record.odometer;
				record.odometer_flagged = true;
				Vehicles::<T>::insert(vehicle, record);
				Self::deposit_event(Event::OdometerFlagged {
					vehicle,
					recorded,
					reported: odometer,
					report,
				});
				return Ok(());
			}
			let at = frame_system::Pallet::<T>::block_number();
			let valid_until = passed.then(|| at.saturating_add(T::InspectionValidity::get()));
			Inspections::<T>::mutate(vehicle, |kept| {
				// When the ring is full the oldest leaves (it lives on in its event); with no
				// room at all (`MaxInspections` 0) nothing is kept.
				let _ = kept.force_insert_keep_right(
					kept.len(),
					Inspection { inspector, passed, odometer, report, at, valid_until },
				);
			});
			record.odometer = odometer;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::Inspected { vehicle, passed, odometer, report });
			Ok(())
		}

		/// Clears an odometer flag after review.
		///
		/// Origin: `ClerkOrigin`. Errors: `VehicleNotFound`, `NotFlagged`. Event:
		/// `OdometerFlagCleared`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::clear_odometer_flag())]
		pub fn clear_odometer_flag(origin: OriginFor<T>, vehicle: VehicleId) -> DispatchResult {
			T::ClerkOrigin::ensure_origin(origin)?;
			let mut record = Self::vehicle(vehicle)?;
			ensure!(record.odometer_flagged, Error::<T>::NotFlagged);
			record.odometer_flagged = false;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::OdometerFlagCleared { vehicle });
			Ok(())
		}

		/// Flags a vehicle stolen (an open offer is withdrawn). A flag by the police is the
		/// police's to clear (`stolen_by_police`); the police may flag a vehicle its owner
		/// flagged already, which makes it a police flag.
		///
		/// Origin: the owner, or `PoliceOrigin` (tried first). Errors: `VehicleNotFound`,
		/// `NotOwner`, `WrongStatus`, `AlreadyStolen` (flagged by the police already, or, for
		/// the owner, flagged at all). Event: `ReportedStolen`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::report_stolen())]
		pub fn report_stolen(origin: OriginFor<T>, vehicle: VehicleId) -> DispatchResult {
			let (by, police, mut record) = Self::role_or_owner::<T::PoliceOrigin>(origin, vehicle)?;
			if police {
				ensure!(!record.stolen_by_police, Error::<T>::AlreadyStolen);
				record.stolen_by_police = true;
			} else {
				ensure!(!record.stolen, Error::<T>::AlreadyStolen);
			}
			record.stolen = true;
			record.offer = None;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::ReportedStolen { vehicle, by });
			Ok(())
		}

		/// Flags a stolen vehicle recovered. The police clear any flag; the owner only their
		/// own, never the police's.
		///
		/// Origin: the owner, or `PoliceOrigin` (tried first). Errors: `VehicleNotFound`,
		/// `NotOwner`, `WrongStatus`, `NotStolen`, `FlaggedByPolice` (the owner, on a police
		/// flag). Event: `ReportedRecovered`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::report_recovered())]
		pub fn report_recovered(origin: OriginFor<T>, vehicle: VehicleId) -> DispatchResult {
			let (by, police, mut record) = Self::role_or_owner::<T::PoliceOrigin>(origin, vehicle)?;
			ensure!(record.stolen, Error::<T>::NotStolen);
			ensure!(police || !record.stolen_by_police, Error::<T>::FlaggedByPolice);
			record.stolen = false;
			record.stolen_by_police = false;
			Vehicles::<T>::insert(vehicle, record);
			Self::deposit_event(Event::ReportedRecovered { vehicle, by });
			Ok(())
		}

		/// Sets a zone's price per permit period, or stops selling its permits (`None`).
		///
		/// Origin: `ZoneOrigin`. Errors: `ZeroAmount`. Event: `ZonePriceSet`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::set_zone_price())]
		pub fn set_zone_price(
			origin: OriginFor<T>,
			zone: ZoneId,
			price: Option<BalanceOf<T>>,
		) -> DispatchResult {
			T::ZoneOrigin::ensure_origin(origin)?;
			match price {
				Some(price) => {
					ensure!(!price.is_zero(), Error::<T>::ZeroAmount);
					ZonePrices::<T>::insert(zone, price);
				}
				None => ZonePrices::<T>::remove(zone),
			}
			Self::deposit_event(Event::ZonePriceSet { zone, price });
			Ok(())
		}

		/// Buys `periods` permit periods of `zone` for a registered vehicle, from now; the
		/// price goes into the reserve fund. Expired permits are dropped first.
		///
		/// Origin: the owner. Errors: `VehicleNotFound`, `NotOwner`, `WrongStatus`,
		/// `ZoneNotFound`, `ZeroAmount`, `TooManyPermits`, `Overflow`, or the currency's.
		/// Event: `PermitBought`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::buy_permit(T::MaxPermits::get()))]
		pub fn buy_permit(
			origin: OriginFor<T>,
			vehicle: VehicleId,
			zone: ZoneId,
			periods: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::owned(vehicle, &who)?;
			ensure!(record.status == Status::Registered, Error::<T>::WrongStatus);
			let price = ZonePrices::<T>::get(zone).ok_or(Error::<T>::ZoneNotFound)?;
			ensure!(periods > 0, Error::<T>::ZeroAmount);
			let paid = price.checked_mul(&periods.into()).ok_or(ArithmeticError::Overflow)?;
			let from = frame_system::Pallet::<T>::block_number();
			let until = from
				.saturating_add(T::PermitPeriod::get().saturating_mul(periods.into()))
				.saturating_sub(One::one());
			Permits::<T>::try_mutate(vehicle, |permits| {
				permits.retain(|permit| permit.until >= from);
				permits
					.try_push(Permit { zone, from, until })
					.map_err(|_| Error::<T>::TooManyPermits)
			})?;
			T::ReserveFund::receive(&who, paid, Inflow::ServicePayment, H256::zero())?;
			Self::deposit_event(Event::PermitBought { vehicle, zone, from, until, paid });
			Ok(())
		}

		/// Fines the vehicle with `plate`: `amount` for `offence`, with the evidence's hash, to
		/// be paid by `deadline`.
		///
		/// Origin: `PoliceOrigin`. Errors: `VehicleNotFound`, `ZeroAmount`, `InvalidDeadline`,
		/// `TooManyFines`, `Overflow`. Event: `FineIssued`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::issue_fine())]
		pub fn issue_fine(
			origin: OriginFor<T>,
			plate: PlateOf<T>,
			amount: BalanceOf<T>,
			offence: u16,
			evidence: H256,
			deadline: BlockNumberFor<T>,
		) -> DispatchResult {
			let officer = T::PoliceOrigin::ensure_origin(origin)?;
			let vehicle = ByPlate::<T>::get(&plate).ok_or(Error::<T>::VehicleNotFound)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(deadline > now, Error::<T>::InvalidDeadline);
			let fine = NextFineId::<T>::get();
			NextFineId::<T>::put(fine.checked_add(1).ok_or(ArithmeticError::Overflow)?);
			VehicleFines::<T>::try_mutate(vehicle, |fines| fines.try_push(fine))
				.map_err(|_| Error::<T>::TooManyFines)?;
			Fines::<T>::insert(
				fine,
				Fine {
					vehicle,
					officer,
					amount,
					offence,
					evidence,
					issued_at: now,
					deadline,
					status: FineStatus::Open,
				},
			);
			Self::deposit_event(Event::FineIssued {
				fine,
				vehicle,
				amount,
				offence,
				evidence,
				deadline,
			});
			Ok(())
		}

		/// Pays a fine into the reserve fund (anyone may pay it, usually the owner). A fine
		/// under dispute is paid too if the payer chooses: it ends the dispute.
		///
		/// Origin: signed. Errors: `FineNotFound`, or the currency's. Event: `FinePaid`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::pay_fine(T::MaxFinesPerVehicle::get()))]
		pub fn pay_fine(origin: OriginFor<T>, fine: FineId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Fines::<T>::get(fine).ok_or(Error::<T>::FineNotFound)?;
			T::ReserveFund::receive(&who, record.amount, Inflow::Fine, record.evidence)?;
			Self::close_fine(fine, record.vehicle);
			Self::deposit_event(Event::FinePaid { fine, by: who, amount: record.amount });
			Ok(())
		}

		/// Disputes a fine, with the hash of the owner's evidence, within the dispute window.
		///
		/// Origin: the owner of the vehicle fined. Errors: `FineNotFound`, `VehicleNotFound`,
		/// `NotOwner`, `AlreadyDisputed`, `DisputeWindowClosed`. Event: `FineDisputed`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::dispute_fine())]
		pub fn dispute_fine(origin: OriginFor<T>, fine: FineId, evidence: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Fines::<T>::get(fine).ok_or(Error::<T>::FineNotFound)?;
			Self::owned(record.vehicle, &who)?;
			ensure!(record.status == FineStatus::Open, Error::<T>::AlreadyDisputed);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(
				now <= record.issued_at.saturating_add(T::DisputeWindow::get()),
				Error::<T>::DisputeWindowClosed
			);
			record.status = FineStatus::Disputed(evidence);
			Fines::<T>::insert(fine, record);
			Self::deposit_event(Event::FineDisputed { fine, evidence });
			Ok(())
		}

		/// Upholds a disputed fine: it is open again, to be paid by `deadline`.
		///
		/// Origin: `AdjudicatorOrigin`. Errors: `FineNotFound`, `NotDisputed`,
		/// `InvalidDeadline`. Event: `FineUpheld`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::uphold_fine())]
		pub fn uphold_fine(
			origin: OriginFor<T>,
			fine: FineId,
			deadline: BlockNumberFor<T>,
		) -> DispatchResult {
			let adjudicator = T::AdjudicatorOrigin::ensure_origin(origin)?;
			let mut record = Fines::<T>::get(fine).ok_or(Error::<T>::FineNotFound)?;
			ensure!(matches!(record.status, FineStatus::Disputed(_)), Error::<T>::NotDisputed);
			ensure!(
				deadline > frame_system::Pallet::<T>::block_number(),
				Error::<T>::InvalidDeadline
			);
			record.status = FineStatus::Open;
			record.deadline = deadline;
			Fines::<T>::insert(fine, record);
			Self::deposit_event(Event::FineUpheld { fine, deadline, adjudicator });
			Ok(())
		}

		/// Dismisses a disputed fine: it goes.
		///
		/// Origin: `AdjudicatorOrigin`. Errors: `FineNotFound`, `NotDisputed`. Event:
		/// `FineDismissed`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::dismiss_fine(T::MaxFinesPerVehicle::get()))]
		pub fn dismiss_fine(origin: OriginFor<T>, fine: FineId) -> DispatchResult {
			let adjudicator = T::AdjudicatorOrigin::ensure_origin(origin)?;
			let record = Fines::<T>::get(fine).ok_or(Error::<T>::FineNotFound)?;
			ensure!(matches!(record.status, FineStatus::Disputed(_)), Error::<T>::NotDisputed);
			Self::close_fine(fine, record.vehicle);
			Self::deposit_event(Event::FineDismissed { fine, adjudicator });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Vehicle `id`'s record.
	fn vehicle(id: VehicleId) -> Result<VehicleOf<T>, DispatchError> {
		Vehicles::<T>::get(id).ok_or_else(|| Error::<T>::VehicleNotFound.into())
	}

	/// Vehicle `id`'s record, if `who` owns it and it is not deregistered.
	fn owned(id: VehicleId, who: &T::AccountId) -> Result<VehicleOf<T>, DispatchError> {
		let record = Self::vehicle(id)?;
		ensure!(record.owner == *who, Error::<T>::NotOwner);
		ensure!(!matches!(record.status, Status::Deregistered(_)), Error::<T>::WrongStatus);
		Ok(record)
	}

	/// The registered vehicle `id`'s record, who acts on it, and whether they act in the role
	/// `Role` (tried first) or as its owner. An official who owns the vehicle acts as its owner:
	/// a police officer cannot clear a colleague's theft flag on their own car, nor a clerk
	/// deregister their own car past its owner's checks.
	fn role_or_owner<Role>(
		origin: OriginFor<T>,
		id: VehicleId,
	) -> Result<(T::AccountId, bool, VehicleOf<T>), DispatchError>
	where
		Role: EnsureOrigin<OriginFor<T>, Success = T::AccountId>,
	{
		let record = Self::vehicle(id)?;
		let (by, official) =
			match EitherOfDiverse::<Role, frame_system::EnsureSigned<T::AccountId>>::ensure_origin(
				origin,
			)? {
				Either::Left(official) => {
					let acting = official != record.owner;
					(official, acting)
				}
				Either::Right(who) => {
					ensure!(who == record.owner, Error::<T>::NotOwner);
					(who, false)
				}
			};
		ensure!(record.status == Status::Registered, Error::<T>::WrongStatus);
		Ok((by, official, record))
	}

	/// Whether `vehicle` has an unpaid fine, open or disputed, due or overdue (paid and
	/// dismissed fines leave storage).
	pub fn has_unpaid_fine(vehicle: VehicleId) -> bool {
		!VehicleFines::<T>::get(vehicle).is_empty()
	}

	/// Whether a fine of `vehicle` is open and past its deadline at `now`.
	pub fn has_overdue_fine(vehicle: VehicleId, now: BlockNumberFor<T>) -> bool {
		VehicleFines::<T>::get(vehicle).iter().any(|fine| {
			Fines::<T>::get(fine)
				.is_some_and(|fine| fine.status == FineStatus::Open && now > fine.deadline)
		})
	}

	/// Refuses a transfer of `record`, naming the first blocker: a lien, a theft flag, an
	/// unpaid fine (any: a buyer would inherit the vehicle's fines unseen), an expired
	/// registration (or a vehicle that is not registered).
	fn ensure_transferable(vehicle: VehicleId, record: &VehicleOf<T>) -> DispatchResult {
		ensure!(record.status == Status::Registered, Error::<T>::WrongStatus);
		ensure!(record.lien.is_none(), Error::<T>::ActiveLien);
		ensure!(!record.stolen, Error::<T>::VehicleStolen);
		ensure!(!Self::has_unpaid_fine(vehicle), Error::<T>::UnpaidFines);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= record.registered_until, Error::<T>::RegistrationExpired);
		Ok(())
	}

	/// Takes fine `fine` of `vehicle` out of storage.
	fn close_fine(fine: FineId, vehicle: VehicleId) {
		Fines::<T>::remove(fine);
		VehicleFines::<T>::mutate_exists(vehicle, |fines| {
			if let Some(list) = fines {
				list.retain(|id| *id != fine);
				if list.is_empty() {
					*fines = None;
				}
			}
		});
	}

	/// Takes `vehicle` off `owner`'s list.
	fn unlist(owner: &T::AccountId, vehicle: VehicleId) {
		ByOwner::<T>::mutate_exists(owner, |owned| {
			if let Some(list) = owned {
				list.retain(|id| *id != vehicle);
				if list.is_empty() {
					*owned = None;
				}
			}
		});
	}

	fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::hold(&HoldReason::VehicleDeposit.into(), who, amount)?;
		}
		Ok(())
	}

	fn release(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::release(
				&HoldReason::VehicleDeposit.into(),
				who,
				amount,
				Precision::Exact,
			)?;
		}
		Ok(())
	}

	/// The registered vehicle with `plate`, for the runtime API.
	pub fn find_by_plate(plate: &[u8]) -> Option<(VehicleId, VehicleOf<T>)> {
		let plate = PlateOf::<T>::try_from(plate.to_vec()).ok()?;
		let id = ByPlate::<T>::get(plate)?;
		Some((id, Vehicles::<T>::get(id)?))
	}

	/// The vehicle with `vin`, for the runtime API.
	pub fn find_by_vin(vin: &[u8]) -> Option<(VehicleId, VehicleOf<T>)> {
		let vin = Vin::try_from(vin.to_vec()).ok()?;
		let id = ByVin::<T>::get(vin)?;
		Some((id, Vehicles::<T>::get(id)?))
	}

	/// The vehicles `owner` owns or applied for, for the runtime API.
	pub fn vehicles_of(owner: &T::AccountId) -> alloc::vec::Vec<(VehicleId, VehicleOf<T>)> {
		ByOwner::<T>::get(owner)
			.into_iter()
			.filter_map(|id| Some((id, Vehicles::<T>::get(id)?)))
			.collect()
	}

	/// The permits of the vehicle with `plate` valid now or later, for the runtime API.
	pub fn permits_of(plate: &[u8]) -> alloc::vec::Vec<Permit<BlockNumberFor<T>>> {
		let now = frame_system::Pallet::<T>::block_number();
		Self::find_by_plate(plate).map_or_else(alloc::vec::Vec::new, |(id, _)| {
			Permits::<T>::get(id).into_iter().filter(|permit| permit.until >= now).collect()
		})
	}

	/// The unpaid fines of the vehicle with `plate`, for the runtime API.
	pub fn open_fines_of(plate: &[u8]) -> alloc::vec::Vec<(FineId, FineOf<T>)> {
		Self::find_by_plate(plate).map_or_else(alloc::vec::Vec::new, |(id, _)| {
			VehicleFines::<T>::get(id)
				.into_iter()
				.filter_map(|fine| Some((fine, Fines::<T>::get(fine)?)))
				.collect()
		})
	}

	/// The invariants of the registry:
	/// 1. `ByVin` and the records agree: every record is indexed by its VIN, and every VIN
	///    entry names a record with that VIN;
	/// 2. `ByPlate` and the records agree: a registered vehicle's plate names it, and every
	///    plate entry names a registered record with that plate;
	/// 3. no vehicle has two owners: `ByOwner` lists each vehicle that is not deregistered once,
	///    under its owner, and nothing else;
	/// 4. `VehicleFines` and `Fines` agree;
	/// 5. only registered vehicles have unpaid fines (a fine needs a plate, and deregistration
	///    waits until the fines are paid or dismissed);
	/// 6. a registered or deregistered record was approved at least once (`registrations`), so
	///    rejecting a re-import never deletes a vehicle's history;
	/// 7. theft flags: a police flag is a flag (`stolen_by_police` implies `stolen`), no
	///    deregistered record carries a police flag and no pending record any flag;
	/// 8. deposits: a deregistered record holds none, and each owner's hold is the sum of the
	///    deposits of the records listed under them.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut listed = 0usize;
		for (owner, owned) in ByOwner::<T>::iter() {
			let mut deposits = BalanceOf::<T>::zero();
			for id in owned.iter() {
				let record = Vehicles::<T>::get(id).ok_or("3: an owner lists a missing vehicle")?;
				ensure!(record.owner == owner, "3: a vehicle listed under another owner");
				ensure!(
					!matches!(record.status, Status::Deregistered(_)),
					"3: a deregistered vehicle is listed"
				);
				listed = listed.saturating_add(1);
				deposits = deposits.saturating_add(record.deposit);
			}
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::VehicleDeposit.into(), &owner)
					== deposits,
				"8: an owner's hold is not the deposits of their records"
			);
		}
		let mut live = 0usize;
		for (id, record) in Vehicles::<T>::iter() {
			ensure!(
				record.stolen || !record.stolen_by_police,
				"7: a police flag without a theft flag"
			);
			match record.status {
				Status::Pending => ensure!(!record.stolen, "7: a pending record is flagged"),
				Status::Registered => {
					ensure!(record.registrations > 0, "6: registered, never approved")
				}
				Status::Deregistered(_) => {
					ensure!(record.registrations > 0, "6: deregistered, never approved");
					ensure!(!record.stolen_by_police, "7: deregistered under a police flag");
					ensure!(record.deposit.is_zero(), "8: a deregistered record holds a deposit");
				}
			}
			ensure!(ByVin::<T>::get(&record.vin) == Some(id), "1: a record is not indexed by VIN");
			match (&record.status, &record.plate) {
				(Status::Registered, Some(plate)) => {
					ensure!(
						ByPlate::<T>::get(plate) == Some(id),
						"2: a plate does not name its vehicle"
					)
				}
				(Status::Registered, None) => {
					return Err("2: a registered vehicle has no plate".into())
				}
				(_, Some(_)) => return Err("2: an unregistered vehicle has a plate".into()),
				(_, None) => {}
			}
			if !matches!(record.status, Status::Deregistered(_)) {
				ensure!(
					ByOwner::<T>::get(&record.owner).contains(&id),
					"3: a vehicle is not listed under its owner"
				);
				live = live.saturating_add(1);
			}
		}
		ensure!(listed == live, "3: a vehicle is listed twice");
		for (vin, id) in ByVin::<T>::iter() {
			let record = Vehicles::<T>::get(id).ok_or("1: a VIN names a missing vehicle")?;
			ensure!(record.vin == vin, "1: a VIN names another vehicle");
		}
		for (plate, id) in ByPlate::<T>::iter() {
			let record = Vehicles::<T>::get(id).ok_or("2: a plate names a missing vehicle")?;
			ensure!(record.plate.as_ref() == Some(&plate), "2: a plate names another vehicle");
		}
		let mut indexed = 0usize;
		for (vehicle, fines) in VehicleFines::<T>::iter() {
			if !fines.is_empty() {
				ensure!(
					Vehicles::<T>::get(vehicle).is_some_and(|v| v.status == Status::Registered),
					"5: a vehicle that is not registered has unpaid fines"
				);
			}
			for fine in fines.iter() {
				let record = Fines::<T>::get(fine).ok_or("4: a vehicle lists a missing fine")?;
				ensure!(record.vehicle == vehicle, "4: a fine listed under another vehicle");
				indexed = indexed.saturating_add(1);
			}
		}
		ensure!(indexed == Fines::<T>::iter().count(), "4: a fine is not listed");
		Ok(())
	}
}
