//! # CityCoin
//!
//! The city's use of its money, CITY (the native token of `pallet-balances`): how much of it
//! may be created, what residents pay it for, how employees are paid in it and how metered
//! utilities bill in it. Every payment goes into, or comes out of, the reserve fund through
//! [`ReserveFundT`] (`city_primitives::treasury::ReserveFund`).
//!
//! ## Overview
//! - **Issuance**: [`Pallet::mint`] and [`Pallet::burn`] only by Root, or by
//!   [`Config::MintOrigin`] (two thirds of the council) within a cap per issuance period: a
//!   [`Perbill`] of total issuance ([`MintCap`], set by Root). Each period's minting and
//!   burning, by whom, stays on record in [`Issuance`]. Burning takes the reserve fund's free
//!   funds, never what it owes.
//! - **Services**: the council keeps a catalogue of city services ([`Services`]: bounded
//!   name, department, price, resident-only flag, active). [`Pallet::pay_for_service`] moves
//!   the price plus the city tax ([`TaxRate`]) into the reserve fund and records a receipt
//!   ([`Receipts`], kept [`Config::ReceiptRetention`] blocks; forever in the event).
//! - **Payroll**: the council or a finance clerk ([`Config::PayrollOrigin`]) enrols accounts
//!   that hold an employee credential of the department and role, with a wage per pay period.
//!   At each pay period's start the hook pays the period just ended, in batches of
//!   [`Config::PayrollBatch`] employees per block, from the reserve fund (as a `Payroll`
//!   obligation). A wage the fund cannot pay becomes arrears, paid before any later wage.
//!   A departed employee keeps their record until their arrears are paid.
//! - **Metered billing**: the council sets a tariff per [`MeterKind`]. As
//!   [`OnMeterReading`], the pallet bills a meter's owner units x tariff for each verified
//!   reading; what the owner cannot pay stays open on the meter ([`OpenBills`]) until anyone
//!   settles it with [`Pallet::settle_bill`].
//!
//! ## Low level details
//! - Periods are counted from block 0: period = block / length.
//! - An employee is paid for the whole periods after the one they were enrolled in.
//! - Invariants (`try_state`, after every unit test): see [`Pallet::do_try_state`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
use city_primitives::treasury::ReserveFund as ReserveFundT;
pub use city_primitives::{
	credentials::{CredentialInspect, CredentialKind, Department},
	metering::{MeterId, MeterKind, MeterReading, OnMeterReading},
	treasury::{Inflow, SpendCategory},
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
		EitherOfDiverse,
	},
};
use frame_system::{pallet_prelude::*, EnsureRoot};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	ArithmeticError, Perbill, Permill, SaturatedConversion,
};

pub use pallet::*;
pub use weights::WeightInfo;

/// A balance of CITY.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A city service, chosen by the chain (sequential).
pub type ServiceId = u32;

/// A receipt, chosen by the chain (sequential).
pub type ReceiptId = u64;

/// What was minted and burned in one issuance period.
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
	Default,
)]
pub struct IssuanceRecord<Balance> {
	/// What the council may mint, and separately burn, this period: the cap times total
	/// issuance at the period's first mint or burn.
	pub allowance: Balance,
	/// Minted by the council.
	pub council_minted: Balance,
	/// Burned by the council.
	pub council_burned: Balance,
	/// Minted by Root (no cap).
	pub root_minted: Balance,
	/// Burned by Root (no cap).
	pub root_burned: Balance,
}

/// A city service in the catalogue.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Service<Name, Balance> {
	/// Its name.
	pub name: Name,
	/// The department that provides it.
	pub department: Department,
	/// Its price in planck, before the city tax.
	pub price: Balance,
	/// Whether only residents (an active resident credential) may buy it.
	pub resident_only: bool,
	/// Whether it can be bought now.
	pub active: bool,
}

/// The record of a service payment.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Receipt<AccountId, Balance, BlockNumber> {
	/// Who paid.
	pub payer: AccountId,
	/// For which service.
	pub service: ServiceId,
	/// The price paid.
	pub price: Balance,
	/// The city tax paid on top.
	pub tax: Balance,
	/// The payer's reference (an order number's hash).
	pub reference: H256,
	/// When.
	pub at: BlockNumber,
}

/// An employee on the payroll.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Employee<Balance> {
	/// The department they work for.
	pub department: Department,
	/// Their role in it.
	pub role: u16,
	/// Their wage per pay period.
	pub wage: Balance,
	/// Wages due and not yet paid.
	pub arrears: Balance,
	/// The last pay period their wage was settled for (paid or put in arrears).
	pub settled_through: u32,
	/// Whether they left: no more wages, arrears still paid.
	pub departed: bool,
}

/// A payroll run in progress.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct PayrollRun<AccountId, Balance> {
	/// The pay period it started in: it settles the period before.
	pub period: u32,
	/// The last employee it handled.
	pub cursor: Option<AccountId>,
	/// What it paid so far.
	pub paid: Balance,
	/// What it put in arrears so far.
	pub owed: Balance,
}

/// What a meter's owner owes and has not paid.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct OpenBill<Balance, BlockNumber> {
	/// What the meter measures.
	pub kind: MeterKind,
	/// Units billed and unpaid.
	pub units: u64,
	/// What they cost.
	pub amount: Balance,
	/// The block of the oldest unpaid reading.
	pub since: BlockNumber,
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// CITY.
		type Currency: Mutate<Self::AccountId>;

		/// The reserve fund: payments go into it, wages come out of it, burns take from it.
		type ReserveFund: ReserveFundT<Self::AccountId, BalanceOf<Self>>;

		/// Who holds which credential (resident, employee).
		type Credentials: CredentialInspect<Self::AccountId>;

		/// Who mints and burns within the cap (two thirds of the council). Root is apart: no
		/// cap.
		type MintOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who keeps the catalogue of services and the tariffs (the council).
		type CatalogueOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who sets the city tax rate.
		type TaxOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who enrols and removes employees and sets wages (the council or a finance clerk).
		type PayrollOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The length of an issuance period, in blocks (at least one).
		#[pallet::constant]
		type IssuancePeriod: Get<BlockNumberFor<Self>>;

		/// The length of a pay period, in blocks (at least one).
		#[pallet::constant]
		type PayPeriod: Get<BlockNumberFor<Self>>;

		/// Employees paid per block during a payroll run (at least one).
		#[pallet::constant]
		type PayrollBatch: Get<u32>;

		/// The most employees on the payroll.
		#[pallet::constant]
		type MaxEmployees: Get<u32>;

		/// The most services in the catalogue.
		#[pallet::constant]
		type MaxServices: Get<u32>;

		/// The longest service name, in bytes.
		#[pallet::constant]
		type MaxServiceNameLen: Get<u32>;

		/// How long a receipt stays in storage, in blocks.
		#[pallet::constant]
		type ReceiptRetention: Get<BlockNumberFor<Self>>;

		/// Weights of the calls and hooks, generated by the benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The share of total issuance the council may mint, and burn, per issuance period.
	#[pallet::storage]
	pub type MintCap<T> = StorageValue<_, Perbill, ValueQuery>;

	/// What was minted and burned, by issuance period (periods without any are absent).
	// Hasher: Twox64Concat because the chain chooses the keys.
	#[pallet::storage]
	pub type Issuance<T: Config> =
		StorageMap<_, Twox64Concat, u32, IssuanceRecord<BalanceOf<T>>, OptionQuery>;

	/// The catalogue of city services.
	// Hasher: Twox64Concat because the chain chooses the ids.
	#[pallet::storage]
	pub type Services<T: Config> = StorageMap<_, Twox64Concat, ServiceId, ServiceOf<T>>;

	/// The next service's id (also how many were ever added).
	#[pallet::storage]
	pub type NextServiceId<T> = StorageValue<_, ServiceId, ValueQuery>;

	/// The city tax on services.
	#[pallet::storage]
	pub type TaxRate<T> = StorageValue<_, Permill, ValueQuery>;

	/// Receipts of service payments, for [`Config::ReceiptRetention`] blocks.
	// Hasher: Twox64Concat because the chain chooses the ids.
	#[pallet::storage]
	pub type Receipts<T: Config> = StorageMap<_, Twox64Concat, ReceiptId, ReceiptOf<T>>;

	/// The next receipt's id.
	#[pallet::storage]
	pub type NextReceiptId<T> = StorageValue<_, ReceiptId, ValueQuery>;

	/// The oldest receipt still in storage (receipts below it were pruned).
	#[pallet::storage]
	pub type OldestReceipt<T> = StorageValue<_, ReceiptId, ValueQuery>;

	/// The payroll.
	// Hasher: Blake2_128Concat because accounts are chosen by users.
	#[pallet::storage]
	pub type Employees<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Employee<BalanceOf<T>>>;

	/// How many employees are on the payroll (departed ones with arrears included).
	#[pallet::storage]
	pub type EmployeeCount<T> = StorageValue<_, u32, ValueQuery>;

	/// The sum of the employees' arrears.
	#[pallet::storage]
	pub type TotalArrears<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The last pay period whose payroll run finished.
	#[pallet::storage]
	pub type LastPayroll<T> = StorageValue<_, u32, ValueQuery>;

	/// The payroll run in progress, if any.
	#[pallet::storage]
	pub type Payroll<T: Config> = StorageValue<_, PayrollRunOf<T>, OptionQuery>;

	/// The price of one unit, by meter kind (kinds without a tariff are not billed).
	// Hasher: Twox64Concat because only the council chooses the keys.
	#[pallet::storage]
	pub type Tariffs<T: Config> = StorageMap<_, Twox64Concat, MeterKind, BalanceOf<T>>;

	/// Unpaid bills, by owner and meter: one accumulating bill per meter.
	// Hasher: Blake2_128Concat because owners and meters are chosen by users.
	#[pallet::storage]
	pub type OpenBills<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		MeterId,
		OpenBill<BalanceOf<T>, BlockNumberFor<T>>,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The catalogue at genesis: name, department, price, resident-only (all active).
		pub services: Vec<(Vec<u8>, Department, BalanceOf<T>, bool)>,
		/// The city tax on services.
		pub tax_rate: Permill,
		/// The council's mint cap per issuance period.
		pub mint_cap: Perbill,
		/// Tariffs: price per unit by meter kind.
		pub tariffs: Vec<(MeterKind, BalanceOf<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// Genesis is the one place a panic is right: a chain whose catalogue breaks its
			// bounds must not start; qed.
			assert!(
				self.services.len() <= T::MaxServices::get() as usize,
				"the genesis catalogue fits MaxServices; qed"
			);
			for (id, (name, department, price, resident_only)) in self.services.iter().enumerate() {
				let name = name
					.clone()
					.try_into()
					.expect("a genesis service's name fits MaxServiceNameLen; qed");
				Services::<T>::insert(
					id as ServiceId,
					Service {
						name,
						department: *department,
						price: *price,
						resident_only: *resident_only,
						active: true,
					},
				);
			}
			NextServiceId::<T>::put(self.services.len() as ServiceId);
			TaxRate::<T>::put(self.tax_rate);
			MintCap::<T>::put(self.mint_cap);
			for (kind, price) in &self.tariffs {
				Tariffs::<T>::insert(kind, price);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// CITY was created.
		Minted { to: T::AccountId, amount: BalanceOf<T>, reference: H256, by_root: bool },
		/// CITY was destroyed from the reserve fund's free funds.
		Burned { amount: BalanceOf<T>, reference: H256, by_root: bool },
		/// Root set the council's mint cap.
		MintCapSet { cap: Perbill },
		/// A service joined the catalogue.
		ServiceAdded { id: ServiceId, department: Department, price: BalanceOf<T> },
		/// A service's terms changed.
		ServiceUpdated { id: ServiceId, price: BalanceOf<T>, resident_only: bool, active: bool },
		/// The city tax rate changed.
		TaxRateSet { rate: Permill },
		/// A service was paid for: the receipt.
		ServicePaid {
			receipt: ReceiptId,
			payer: T::AccountId,
			service: ServiceId,
			price: BalanceOf<T>,
			tax: BalanceOf<T>,
			reference: H256,
		},
		/// An employee joined the payroll.
		EmployeeEnrolled {
			who: T::AccountId,
			department: Department,
			role: u16,
			wage: BalanceOf<T>,
		},
		/// An employee's wage changed.
		WageSet { who: T::AccountId, wage: BalanceOf<T> },
		/// An employee left; their arrears will still be paid.
		EmployeeDeparted { who: T::AccountId, arrears: BalanceOf<T> },
		/// An employee's record was removed (left, nothing owed).
		EmployeeRemoved { who: T::AccountId },
		/// Wages (arrears first) were paid.
		WagePaid { who: T::AccountId, period: u32, amount: BalanceOf<T> },
		/// The fund could not pay a wage: it is owed as arrears.
		WageInArrears { who: T::AccountId, period: u32, arrears: BalanceOf<T> },
		/// A payroll run finished.
		PayrollCompleted { period: u32, paid: BalanceOf<T>, owed: BalanceOf<T> },
		/// The council set, or removed (`None`), a meter kind's tariff.
		TariffSet { kind: MeterKind, price: Option<BalanceOf<T>> },
		/// A meter reading was billed; `paid` says whether the owner paid it at once.
		Billed {
			owner: T::AccountId,
			meter: MeterId,
			kind: MeterKind,
			units: u64,
			amount: BalanceOf<T>,
			paid: bool,
		},
		/// An open bill was paid.
		BillSettled {
			owner: T::AccountId,
			meter: MeterId,
			payer: T::AccountId,
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The amount is zero.
		ZeroAmount,
		/// The council would mint or burn more this period than its cap allows.
		AboveMintCap,
		/// The reserve fund's free funds cannot cover the burn.
		InsufficientFreeFunds,
		/// No service has that id.
		ServiceNotFound,
		/// The catalogue is full.
		TooManyServices,
		/// The service cannot be bought now.
		ServiceInactive,
		/// The service is for residents only, and the payer holds no active resident
		/// credential.
		NotAResident,
		/// The price plus tax is above the most the payer agreed to pay.
		PriceAboveLimit,
		/// The account holds no active employee credential of that department and role.
		NoEmployeeCredential,
		/// The account is on the payroll already.
		AlreadyEnrolled,
		/// The payroll is full.
		TooManyEmployees,
		/// The account is not on the payroll.
		EmployeeNotFound,
		/// The employee has left.
		EmployeeDeparted,
		/// The meter has no open bill for that owner.
		NoOpenBill,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Starts or continues the payroll run: at most `PayrollBatch` employees a block.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::run_payroll(now)
		}

		/// Prunes receipts older than `ReceiptRetention`, as far as the block's spare weight
		/// goes.
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune_receipts(now, remaining)
		}

		fn integrity_test() {
			assert!(!T::IssuancePeriod::get().is_zero(), "an issuance period is at least a block");
			assert!(!T::PayPeriod::get().is_zero(), "a pay period is at least one block");
			assert!(T::PayrollBatch::get() > 0, "a payroll batch pays at least one employee");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates `amount` CITY in `to`'s account, with the hash of the decision.
		///
		/// Origin: Root (no cap), or `MintOrigin` within this period's allowance. Errors:
		/// `ZeroAmount`, `AboveMintCap`, or the currency's (an amount below the existential
		/// deposit for a new account). Event: `Minted`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::mint())]
		pub fn mint(
			origin: OriginFor<T>,
			to: T::AccountId,
			amount: BalanceOf<T>,
			reference: H256,
		) -> DispatchResult {
			let by_root = Self::ensure_issuer(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			Self::count_issuance(amount, by_root, true)?;
			T::Currency::mint_into(&to, amount)?;
			Self::deposit_event(Event::Minted { to, amount, reference, by_root });
			Ok(())
		}

		/// Destroys `amount` CITY of the reserve fund's free funds (never what it owes), with
		/// the hash of the decision.
		///
		/// Origin: Root (no cap), or `MintOrigin` within this period's allowance. Errors:
		/// `ZeroAmount`, `AboveMintCap`, `InsufficientFreeFunds`. Event: `Burned`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::burn())]
		pub fn burn(origin: OriginFor<T>, amount: BalanceOf<T>, reference: H256) -> DispatchResult {
			let by_root = Self::ensure_issuer(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			ensure!(T::ReserveFund::free_balance() >= amount, Error::<T>::InsufficientFreeFunds);
			Self::count_issuance(amount, by_root, false)?;
			T::Currency::burn_from(
				&T::ReserveFund::account(),
				amount,
				Preservation::Preserve,
				Precision::Exact,
				Fortitude::Polite,
			)?;
			Self::deposit_event(Event::Burned { amount, reference, by_root });
			Ok(())
		}

		/// Sets the share of total issuance the council may mint, and burn, per period. A
		/// period's allowance is fixed at its first mint or burn: a new cap applies from the
		/// next period that has none yet.
		///
		/// Origin: Root. Event: `MintCapSet`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_mint_cap())]
		pub fn set_mint_cap(origin: OriginFor<T>, cap: Perbill) -> DispatchResult {
			ensure_root(origin)?;
			MintCap::<T>::put(cap);
			Self::deposit_event(Event::MintCapSet { cap });
			Ok(())
		}

		/// Adds a service to the catalogue, active.
		///
		/// Origin: `CatalogueOrigin`. Errors: `TooManyServices`. Event: `ServiceAdded`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::add_service())]
		pub fn add_service(
			origin: OriginFor<T>,
			name: BoundedVec<u8, T::MaxServiceNameLen>,
			department: Department,
			price: BalanceOf<T>,
			resident_only: bool,
		) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			let id = NextServiceId::<T>::get();
			ensure!(id < T::MaxServices::get(), Error::<T>::TooManyServices);
			Services::<T>::insert(
				id,
				Service { name, department, price, resident_only, active: true },
			);
			NextServiceId::<T>::put(id.saturating_add(1));
			Self::deposit_event(Event::ServiceAdded { id, department, price });
			Ok(())
		}

		/// Changes a service's price, resident-only flag and whether it is active (a service
		/// is never removed: its receipts refer to it).
		///
		/// Origin: `CatalogueOrigin`. Errors: `ServiceNotFound`. Event: `ServiceUpdated`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::update_service())]
		pub fn update_service(
			origin: OriginFor<T>,
			id: ServiceId,
			price: BalanceOf<T>,
			resident_only: bool,
			active: bool,
		) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			Services::<T>::try_mutate(id, |service| {
				let service = service.as_mut().ok_or(Error::<T>::ServiceNotFound)?;
				service.price = price;
				service.resident_only = resident_only;
				service.active = active;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::ServiceUpdated { id, price, resident_only, active });
			Ok(())
		}

		/// Sets the city tax on services.
		///
		/// Origin: `TaxOrigin`. Event: `TaxRateSet`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_tax_rate())]
		pub fn set_tax_rate(origin: OriginFor<T>, rate: Permill) -> DispatchResult {
			T::TaxOrigin::ensure_origin(origin)?;
			TaxRate::<T>::put(rate);
			Self::deposit_event(Event::TaxRateSet { rate });
			Ok(())
		}

		/// Pays for service `id`: its price plus the city tax go into the reserve fund, and a
		/// receipt is recorded. `max_total` is the most the payer agrees to pay (the price may
		/// change before the transaction lands); `reference` is the hash of the payer's order.
		///
		/// Origin: signed (a resident for a resident-only service). Errors: `ServiceNotFound`,
		/// `ServiceInactive`, `NotAResident`, `PriceAboveLimit`, `ZeroAmount` (a free
		/// service), or the currency's. Event: `ServicePaid` (and the fund's `Received`).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::pay_for_service())]
		pub fn pay_for_service(
			origin: OriginFor<T>,
			id: ServiceId,
			max_total: BalanceOf<T>,
			reference: H256,
		) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			let service = Services::<T>::get(id).ok_or(Error::<T>::ServiceNotFound)?;
			ensure!(service.active, Error::<T>::ServiceInactive);
			ensure!(
				!service.resident_only
					|| T::Credentials::has_active_credential(
						&payer,
						&CredentialKind::Resident,
						None
					),
				Error::<T>::NotAResident
			);
			let tax = TaxRate::<T>::get().mul_ceil(service.price);
			let total = service.price.checked_add(&tax).ok_or(ArithmeticError::Overflow)?;
			ensure!(total <= max_total, Error::<T>::PriceAboveLimit);
			let receipt = NextReceiptId::<T>::get();
			T::ReserveFund::receive(&payer, total, Inflow::ServicePayment, reference)?;
			Receipts::<T>::insert(
				receipt,
				Receipt {
					payer: payer.clone(),
					service: id,
					price: service.price,
					tax,
					reference,
					at: frame_system::Pallet::<T>::block_number(),
				},
			);
			NextReceiptId::<T>::put(receipt.saturating_add(1));
			Self::deposit_event(Event::ServicePaid {
				receipt,
				payer,
				service: id,
				price: service.price,
				tax,
				reference,
			});
			Ok(())
		}

		/// Enrols `who`, who holds an active employee credential of `department` and `role`,
		/// with `wage` per pay period, from the next period.
		///
		/// Origin: `PayrollOrigin`. Errors: `NoEmployeeCredential`, `AlreadyEnrolled`,
		/// `TooManyEmployees`. Event: `EmployeeEnrolled`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::enrol())]
		pub fn enrol(
			origin: OriginFor<T>,
			who: T::AccountId,
			department: Department,
			role: u16,
			wage: BalanceOf<T>,
		) -> DispatchResult {
			T::PayrollOrigin::ensure_origin(origin)?;
			ensure!(
				T::Credentials::has_active_credential(
					&who,
					&CredentialKind::Employee { department, role },
					None
				),
				Error::<T>::NoEmployeeCredential
			);
			ensure!(!Employees::<T>::contains_key(&who), Error::<T>::AlreadyEnrolled);
			let count = EmployeeCount::<T>::get();
			ensure!(count < T::MaxEmployees::get(), Error::<T>::TooManyEmployees);
			Employees::<T>::insert(
				&who,
				Employee {
					department,
					role,
					wage,
					arrears: Zero::zero(),
					settled_through: Self::pay_period(frame_system::Pallet::<T>::block_number()),
					departed: false,
				},
			);
			EmployeeCount::<T>::put(count.saturating_add(1));
			Self::deposit_event(Event::EmployeeEnrolled { who, department, role, wage });
			Ok(())
		}

		/// Sets an employee's wage per pay period, from the next payroll run on.
		///
		/// Origin: `PayrollOrigin`. Errors: `EmployeeNotFound`, `EmployeeDeparted`. Event:
		/// `WageSet`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_wage())]
		pub fn set_wage(
			origin: OriginFor<T>,
			who: T::AccountId,
			wage: BalanceOf<T>,
		) -> DispatchResult {
			T::PayrollOrigin::ensure_origin(origin)?;
			Employees::<T>::try_mutate(&who, |employee| {
				let employee = employee.as_mut().ok_or(Error::<T>::EmployeeNotFound)?;
				ensure!(!employee.departed, Error::<T>::EmployeeDeparted);
				employee.wage = wage;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::WageSet { who, wage });
			Ok(())
		}

		/// Takes `who` off the payroll: no wage for the current period; arrears are still
		/// paid by the next payroll runs, after which the record goes.
		///
		/// Origin: `PayrollOrigin`. Errors: `EmployeeNotFound`, `EmployeeDeparted`. Event:
		/// `EmployeeDeparted` (with arrears) or `EmployeeRemoved`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::remove_employee())]
		pub fn remove_employee(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::PayrollOrigin::ensure_origin(origin)?;
			let mut employee = Employees::<T>::get(&who).ok_or(Error::<T>::EmployeeNotFound)?;
			ensure!(!employee.departed, Error::<T>::EmployeeDeparted);
			if employee.arrears.is_zero() {
				Self::remove_record(&who);
			} else {
				employee.departed = true;
				let arrears = employee.arrears;
				Employees::<T>::insert(&who, employee);
				Self::deposit_event(Event::EmployeeDeparted { who, arrears });
			}
			Ok(())
		}

		/// Sets the price of one unit of `kind`, or removes it (`None`: readings of that kind
		/// are no longer billed).
		///
		/// Origin: `CatalogueOrigin`. Event: `TariffSet`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_tariff())]
		pub fn set_tariff(
			origin: OriginFor<T>,
			kind: MeterKind,
			price: Option<BalanceOf<T>>,
		) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			Tariffs::<T>::set(kind, price);
			Self::deposit_event(Event::TariffSet { kind, price });
			Ok(())
		}

		/// Pays `owner`'s open bill on `meter` in full (anyone may: the owner, a landlord).
		///
		/// Origin: signed. Errors: `NoOpenBill`, or the currency's. Event: `BillSettled` (and
		/// the fund's `Received`).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::settle_bill())]
		pub fn settle_bill(
			origin: OriginFor<T>,
			owner: T::AccountId,
			meter: MeterId,
		) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			let bill = OpenBills::<T>::get(&owner, meter).ok_or(Error::<T>::NoOpenBill)?;
			T::ReserveFund::receive(&payer, bill.amount, Inflow::MeteredBill, meter)?;
			OpenBills::<T>::remove(&owner, meter);
			Self::deposit_event(Event::BillSettled { owner, meter, payer, amount: bill.amount });
			Ok(())
		}
	}
}

/// A service as this runtime stores it.
pub type ServiceOf<T> = Service<BoundedVec<u8, <T as Config>::MaxServiceNameLen>, BalanceOf<T>>;

/// A receipt as this runtime stores it.
pub type ReceiptOf<T> =
	Receipt<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A payroll run as this runtime stores it.
pub type PayrollRunOf<T> = PayrollRun<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// What one employee was paid, and newly owed, in a payroll run.
#[derive(Default)]
struct Payment<Balance> {
	/// Arrears paid.
	arrears: Balance,
	/// Wages paid.
	wages: Balance,
	/// Wages put in arrears.
	owed: Balance,
}

impl<Balance: Saturating + Copy> Payment<Balance> {
	/// Arrears and wages paid.
	fn total(&self) -> Balance {
		self.arrears.saturating_add(self.wages)
	}
}

/// The issuance policy's state, as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct IssuanceStatus<Balance> {
	/// The current issuance period.
	pub period: u32,
	/// The council's cap per period.
	pub cap: Perbill,
	/// This period's record (`None`: nothing minted or burned yet).
	pub record: Option<IssuanceRecord<Balance>>,
	/// All CITY in existence.
	pub total_issuance: Balance,
}

/// The payroll's state, as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PayrollStatus<Balance> {
	/// The current pay period.
	pub period: u32,
	/// The last pay period whose run finished.
	pub last_run: u32,
	/// Whether a run is in progress.
	pub running: bool,
	/// Employees on the payroll.
	pub employees: u32,
	/// Wages owed.
	pub arrears: Balance,
}

impl<T: Config> Pallet<T> {
	/// The issuance period of the current block.
	pub fn issuance_period() -> u32 {
		city_primitives::periods_in(
			frame_system::Pallet::<T>::block_number(),
			T::IssuancePeriod::get(),
		)
	}

	/// The pay period of block `now`.
	pub fn pay_period(now: BlockNumberFor<T>) -> u32 {
		city_primitives::periods_in(now, T::PayPeriod::get())
	}

	/// Root, or `MintOrigin`: answers whether it was Root.
	fn ensure_issuer(origin: OriginFor<T>) -> Result<bool, DispatchError> {
		let issuer =
			EitherOfDiverse::<EnsureRoot<T::AccountId>, T::MintOrigin>::ensure_origin(origin)?;
		Ok(issuer.is_left())
	}

	/// Records a mint (`minting`) or burn of `amount` in this period, within the council's
	/// allowance unless `by_root`.
	fn count_issuance(amount: BalanceOf<T>, by_root: bool, minting: bool) -> DispatchResult {
		let period = Self::issuance_period();
		let mut record = Issuance::<T>::get(period).unwrap_or_else(|| IssuanceRecord {
			allowance: MintCap::<T>::get() * T::Currency::total_issuance(),
			..Default::default()
		});
		let counter = match (by_root, minting) {
			(true, true) => &mut record.root_minted,
			(true, false) => &mut record.root_burned,
			(false, true) => &mut record.council_minted,
			(false, false) => &mut record.council_burned,
		};
		*counter = counter.saturating_add(amount);
		ensure!(by_root || *counter <= record.allowance, Error::<T>::AboveMintCap);
		Issuance::<T>::insert(period, record);
		Ok(())
	}

	/// The issuance policy's state.
	pub fn issuance_status() -> IssuanceStatus<BalanceOf<T>> {
		let period = Self::issuance_period();
		IssuanceStatus {
			period,
			cap: MintCap::<T>::get(),
			record: Issuance::<T>::get(period),
			total_issuance: T::Currency::total_issuance(),
		}
	}

	/// The payroll's state.
	pub fn payroll_status() -> PayrollStatus<BalanceOf<T>> {
		PayrollStatus {
			period: Self::pay_period(frame_system::Pallet::<T>::block_number()),
			last_run: LastPayroll::<T>::get(),
			running: Payroll::<T>::exists(),
			employees: EmployeeCount::<T>::get(),
			arrears: TotalArrears::<T>::get(),
		}
	}

	/// The catalogue, by id, with names as bytes.
	pub fn services() -> Vec<(ServiceId, Service<Vec<u8>, BalanceOf<T>>)> {
		let mut services: Vec<_> = Services::<T>::iter()
			.map(|(id, service)| {
				(
					id,
					Service {
						name: service.name.into_inner(),
						department: service.department,
						price: service.price,
						resident_only: service.resident_only,
						active: service.active,
					},
				)
			})
			.collect();
		services.sort_by_key(|(id, _)| *id);
		services
	}

	/// The open bills of `owner`.
	pub fn open_bills(
		owner: &T::AccountId,
	) -> Vec<(MeterId, OpenBill<BalanceOf<T>, BlockNumberFor<T>>)> {
		OpenBills::<T>::iter_prefix(owner).collect()
	}

	/// The payroll hook: starts a run when a pay period begins and pays at most
	/// `PayrollBatch` employees a block. Answers the weight used.
	pub fn run_payroll(now: BlockNumberFor<T>) -> Weight {
		let period = Self::pay_period(now);
		let mut run = match Payroll::<T>::get() {
			Some(run) => run,
			None if period > LastPayroll::<T>::get() => {
				PayrollRun { period, cursor: None, paid: Zero::zero(), owed: Zero::zero() }
			}
			None => return T::WeightInfo::payroll_idle(),
		};
		let batch = T::PayrollBatch::get();
		let employees: Vec<_> = match &run.cursor {
			Some(last) => Employees::<T>::iter_from(Employees::<T>::hashed_key_for(last)),
			None => Employees::<T>::iter(),
		}
		.take(batch as usize)
		.collect();
		let handled = employees.len() as u32;
		let (mut arrears_paid, mut owed) = (BalanceOf::<T>::zero(), BalanceOf::<T>::zero());
		for (who, employee) in employees {
			let payment = Self::pay_employee(&who, employee, run.period);
			run.paid = run.paid.saturating_add(payment.total());
			arrears_paid = arrears_paid.saturating_add(payment.arrears);
			owed = owed.saturating_add(payment.owed);
			run.cursor = Some(who);
		}
		run.owed = run.owed.saturating_add(owed);
		if !arrears_paid.is_zero() || !owed.is_zero() {
			TotalArrears::<T>::mutate(|total| {
				*total = total.saturating_sub(arrears_paid).saturating_add(owed)
			});
		}
		if handled < batch {
			LastPayroll::<T>::put(run.period);
			Payroll::<T>::kill();
			Self::deposit_event(Event::PayrollCompleted {
				period: run.period,
				paid: run.paid,
				owed: run.owed,
			});
		} else {
			Payroll::<T>::put(run);
		}
		T::WeightInfo::pay_employees(handled)
	}

	/// Pays `who` their arrears, then the wages of the periods before `period` not yet
	/// settled, from the reserve fund's free funds; what the fund cannot pay is put in arrears.
	/// The caller moves `TotalArrears` by what this answers.
	fn pay_employee(
		who: &T::AccountId,
		mut employee: Employee<BalanceOf<T>>,
		period: u32,
	) -> Payment<BalanceOf<T>> {
		let mut payment = Payment::default();
		let reference = payroll_reference(period);
		let pay =
			|amount| T::ReserveFund::pay(who, amount, SpendCategory::Payroll, reference).is_ok();
		if !employee.arrears.is_zero() && pay(employee.arrears) {
			payment.arrears = core::mem::take(&mut employee.arrears);
		}
		let due_through = period.saturating_sub(1);
		if !employee.departed && employee.settled_through < due_through {
			let periods = due_through.saturating_sub(employee.settled_through);
			let due = employee.wage.saturating_mul(periods.into());
			employee.settled_through = due_through;
			// Arrears first: no wage while older ones are unpaid.
			if employee.arrears.is_zero() && pay(due) {
				payment.wages = due;
			} else if !due.is_zero() {
				employee.arrears = employee.arrears.saturating_add(due);
				payment.owed = due;
				Self::deposit_event(Event::WageInArrears {
					who: who.clone(),
					period: due_through,
					arrears: employee.arrears,
				});
			}
		}
		if !payment.total().is_zero() {
			Self::deposit_event(Event::WagePaid {
				who: who.clone(),
				period: due_through,
				amount: payment.total(),
			});
		}
		if employee.departed && employee.arrears.is_zero() {
			Self::remove_record(who);
		} else {
			Employees::<T>::insert(who, employee);
		}
		payment
	}

	/// Removes `who`'s payroll record.
	fn remove_record(who: &T::AccountId) {
		Employees::<T>::remove(who);
		EmployeeCount::<T>::mutate(|count| *count = count.saturating_sub(1));
		Self::deposit_event(Event::EmployeeRemoved { who: who.clone() });
	}

	/// Bills a meter reading: units x tariff, paid at once if the owner can, else added to the
	/// meter's open bill.
	pub fn bill(reading: MeterReading<T::AccountId>) {
		let Some(tariff) = Tariffs::<T>::get(reading.kind) else { return };
		let amount = tariff.saturating_mul(reading.units.saturated_into());
		if amount.is_zero() {
			return;
		}
		let MeterReading { meter, owner, kind, units, reference } = reading;
		let has_open_bill = OpenBills::<T>::contains_key(&owner, meter);
		// An owner with an open bill on the meter pays it first (with `settle_bill`).
		let paid = !has_open_bill
			&& T::ReserveFund::receive(&owner, amount, Inflow::MeteredBill, reference).is_ok();
		if !paid {
			let now = frame_system::Pallet::<T>::block_number();
			OpenBills::<T>::mutate(&owner, meter, |bill| match bill {
				Some(bill) => {
					bill.units = bill.units.saturating_add(units);
					bill.amount = bill.amount.saturating_add(amount);
				}
				None => *bill = Some(OpenBill { kind, units, amount, since: now }),
			});
		}
		Self::deposit_event(Event::Billed { owner, meter, kind, units, amount, paid });
	}

	/// Prunes receipts older than `ReceiptRetention` while `remaining` weight allows.
	/// Answers the weight used.
	pub fn prune_receipts(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let base = T::WeightInfo::prune_receipts(0);
		let per_receipt = T::WeightInfo::prune_receipts(1).saturating_sub(base);
		if remaining.any_lt(base.saturating_add(per_receipt)) {
			return Weight::zero();
		}
		let fit = remaining
			.saturating_sub(base)
			.checked_div_per_component(&per_receipt)
			.unwrap_or(u64::MAX)
			.min(MAX_PRUNED_PER_BLOCK.into()) as u32;
		let (mut oldest, next) = (OldestReceipt::<T>::get(), NextReceiptId::<T>::get());
		let mut pruned = 0;
		while pruned < fit && oldest < next {
			match Receipts::<T>::get(oldest) {
				Some(receipt) if receipt.at.saturating_add(T::ReceiptRetention::get()) > now => {
					break
				}
				_ => {
					Receipts::<T>::remove(oldest);
					oldest = oldest.saturating_add(1);
					pruned += 1;
				}
			}
		}
		if pruned > 0 {
			OldestReceipt::<T>::put(oldest);
		}
		T::WeightInfo::prune_receipts(pruned)
	}

	/// The invariants of CityCoin:
	/// 1. the council never minted, nor burned, more in a period than its allowance;
	/// 2. `EmployeeCount` counts the payroll, at most `MaxEmployees`;
	/// 3. `TotalArrears` is the sum of the employees' arrears, and a departed employee is
	///    only kept while owed;
	/// 4. no open bill is empty;
	/// 5. receipts are kept only from `OldestReceipt` to `NextReceiptId`; services only
	///    below `NextServiceId`;
	/// 6. no payroll run is ahead of the current pay period.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (_, record) in Issuance::<T>::iter() {
			ensure!(
				record.council_minted <= record.allowance
					&& record.council_burned <= record.allowance,
				"1: the council went beyond its allowance"
			);
		}
		let mut count = 0u32;
		let mut arrears = BalanceOf::<T>::zero();
		for (_, employee) in Employees::<T>::iter() {
			count = count.saturating_add(1);
			arrears = arrears.saturating_add(employee.arrears);
			ensure!(
				!employee.departed || !employee.arrears.is_zero(),
				"3: a departed employee is kept with nothing owed"
			);
		}
		ensure!(count == EmployeeCount::<T>::get(), "2: EmployeeCount is wrong");
		ensure!(count <= T::MaxEmployees::get(), "2: more employees than MaxEmployees");
		ensure!(arrears == TotalArrears::<T>::get(), "3: TotalArrears is not the sum");
		ensure!(
			OpenBills::<T>::iter_values().all(|bill| !bill.amount.is_zero()),
			"4: an open bill is empty"
		);
		let (oldest, next) = (OldestReceipt::<T>::get(), NextReceiptId::<T>::get());
		ensure!(
			Receipts::<T>::iter_keys().all(|id| oldest <= id && id < next),
			"5: a receipt outside OldestReceipt..NextReceiptId"
		);
		ensure!(
			Services::<T>::iter_keys().all(|id| id < NextServiceId::<T>::get()),
			"5: a service at or above NextServiceId"
		);
		let period = Self::pay_period(frame_system::Pallet::<T>::block_number());
		ensure!(LastPayroll::<T>::get() <= period, "6: a payroll run is ahead of its period");
		ensure!(
			Payroll::<T>::get().is_none_or(|run| run.period <= period),
			"6: a payroll run is ahead of its period"
		);
		Ok(())
	}
}

/// The reference of a payroll run's payments: the pay period as a big-endian number.
pub fn payroll_reference(period: u32) -> H256 {
	let mut bytes = [0u8; 32];
	for (byte, from) in bytes.iter_mut().rev().zip(period.to_le_bytes()) {
		*byte = from;
	}
	H256(bytes)
}

/// The most receipts pruned in one block, whatever the spare weight.
pub const MAX_PRUNED_PER_BLOCK: u32 = 256;

impl<T: Config> OnMeterReading<T::AccountId> for Pallet<T> {
	fn on_meter_reading(reading: MeterReading<T::AccountId>) {
		Self::bill(reading)
	}

	fn max_weight() -> Weight {
		T::WeightInfo::bill_meter()
	}
}
