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
//! - **Payroll**: the payroll admin ([`Config::PayrollAdminOrigin`]: Root or a council
//!   majority) or a payroll clerk ([`Config::PayrollClerkOrigin`]: a payroll clerk
//!   credential) enrols accounts that hold an employee credential of the department and
//!   role, sets wages and removes employees. A clerk never acts on their own record
//!   ([`Error::SelfDealing`]) and never sets a wage above [`Config::ClerkWageCap`]
//!   ([`Error::AboveClerkWageCap`]); the admin may. At each pay period's start the hook pays
//!   the period just ended, in batches of [`Config::PayrollBatch`] employees per block.
//! - **Metered billing**: the council sets a tariff per [`MeterKind`] and a usage cap (the
//!   most units per hour one consumer plausibly uses, [`UsageCaps`]). As
//!   [`OnMeterReading`], the pallet bills a meter's consumer units x tariff for each verified
//!   reading. A plausible reading is paid at once if the consumer can; anything else stays
//!   open on the meter ([`OpenBills`]) until anyone settles it with [`Pallet::settle_bill`].
//!   A reading above the cap, or of a kind without one, is never taken from the consumer's
//!   account automatically: its bill is held for the council, the consumer may dispute it
//!   ([`Pallet::dispute_bill`]) and the council resolves it ([`Pallet::resolve_bill`]) to at
//!   most what it is.
//!
//! ## Payroll rules
//! - Periods are counted from block 0: period = block / length. An employee is paid for the
//!   whole periods after the one they were enrolled in.
//! - A wage change ([`Pallet::set_wage`]) applies from the next pay period: it waits in the
//!   record as [`PendingWage`]; each settled period is paid at the wage in force in it (two
//!   products, whatever the number of periods). A second change in the same period replaces
//!   the first.
//! - Wages are paid with `ReserveFund::pay`: they count against the `Payroll` budget of the
//!   fiscal period and never take free funds below the reserve floor (without a `Payroll`
//!   budget nothing is paid). An employee is paid all they are owed (arrears and the periods
//!   due) if the fund allows, else one period's wage of it (oldest first), else nothing; what
//!   is not paid is arrears, paid first at later runs. The installment is there so that
//!   arrears larger than one fiscal period's budget cannot stop an employee's pay for good.
//! - A call that changes an employee's terms ([`Pallet::set_wage`],
//!   [`Pallet::remove_employee`]) first settles the whole periods they completed that the
//!   current run has not reached yet, as the run would: a change never reaches back into a
//!   period already worked, and removing someone during a multi-block run does not take their
//!   last wage. A departed employee keeps their record until their arrears are paid.
//!
//! ## Billing rules
//! - A reading's allowed units are its kind's cap x `elapsed_ms` / 3,600,000, rounded up.
//! - A normal reading while a bill is open adds to it; an implausible one also marks it held.
//! - [`Pallet::settle_bill`] pays a bill in full, held or disputed or not (anyone may pay).
//!   [`Pallet::resolve_bill`] sets what is owed (units stay as metered), clears the hold and
//!   the dispute, and removes a bill resolved to nothing.
//!
//! ## Low level details
//! - The calls are here; the logic of each sub-domain is in its own file: `issuance.rs`,
//!   `services.rs`, `payroll.rs` and `billing.rs` (each an `impl<T: Config> Pallet<T>`).
//! - Invariants (`try_state`, after every unit test): see [`Pallet::do_try_state`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod billing;
mod issuance;
mod payroll;
pub mod runtime_api;
mod services;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

use alloc::vec::Vec;
pub use billing::MS_PER_HOUR;
use city_primitives::treasury::ReserveFund as ReserveFundT;
pub use city_primitives::{
	credentials::{CredentialInspect, CredentialKind, Department},
	metering::{MeterId, MeterKind, MeterReading, OnMeterReading},
	treasury::{Inflow, SpendCategory},
};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
		EitherOfDiverse,
	},
};
use frame_system::{pallet_prelude::*, EnsureRoot};
pub use payroll::payroll_reference;
pub use services::MAX_PRUNED_PER_BLOCK;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	ArithmeticError, Perbill, Permill, SaturatedConversion,
};
pub use types::*;

pub use pallet::*;
pub use weights::WeightInfo;

/// The target of this pallet's log lines.
pub const LOG_TARGET: &str = "runtime::citycoin";

/// What the benchmarks need of the runtime beyond this pallet's `Config`.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<Balance> {
	/// Lets `ReserveFund::pay` pay `amount` for `SpendCategory::Payroll` in the current fiscal
	/// period: a `Payroll` budget of exactly `amount`, nothing of it spent (the benchmarks
	/// endow the fund themselves).
	fn set_payroll_budget(amount: Balance);
}

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

		/// CITY.
		type Currency: Mutate<Self::AccountId>;

		/// The reserve fund: payments go into it, wages come out of it, burns take from it.
		type ReserveFund: ReserveFundT<Self::AccountId, BalanceOf<Self>>;

		/// Who holds which credential (resident, employee).
		type Credentials: CredentialInspect<Self::AccountId>;

		/// Who mints and burns within the cap (two thirds of the council). Root is apart: no
		/// cap.
		type MintOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who keeps the catalogue of services, the tariffs and the usage caps, and resolves
		/// held or disputed bills (the council).
		type CatalogueOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who sets the city tax rate.
		type TaxOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The payroll's admin (Root or a council majority): enrols, sets wages and removes
		/// employees without a clerk's limits.
		type PayrollAdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// A payroll clerk (the payroll clerk credential), succeeding with their account:
		/// enrols, sets wages and removes employees, never on their own record and never with
		/// a wage above `ClerkWageCap`.
		type PayrollClerkOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// The highest wage per pay period a clerk may enrol someone with or set.
		#[pallet::constant]
		type ClerkWageCap: Get<BalanceOf<Self>>;

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

		/// What the benchmarks need of the runtime (a `Payroll` budget).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<BalanceOf<Self>>;
	}

	/// The share of total issuance the council may mint, and burn, per issuance period.
	#[pallet::storage]
	pub type MintCap<T> = StorageValue<_, Perbill, ValueQuery>;

	/// What was minted and burned, by issuance period (periods without any are absent).
	// Hasher: Twox64Concat because the keys are issuance periods the chain counts from the
	// block number: nobody can choose them.
	#[pallet::storage]
	pub type Issuance<T: Config> =
		StorageMap<_, Twox64Concat, u32, IssuanceRecord<BalanceOf<T>>, OptionQuery>;

	/// The catalogue of city services.
	// Hasher: Twox64Concat because the keys are sequential ids the pallet assigns: nobody can
	// choose them.
	#[pallet::storage]
	pub type Services<T: Config> = StorageMap<_, Twox64Concat, ServiceId, ServiceOf<T>>;

	/// The next service's id (also how many were ever added).
	#[pallet::storage]
	pub type NextServiceId<T> = StorageValue<_, ServiceId, ValueQuery>;

	/// The city tax on services.
	#[pallet::storage]
	pub type TaxRate<T> = StorageValue<_, Permill, ValueQuery>;

	/// Receipts of service payments, for [`Config::ReceiptRetention`] blocks.
	// Hasher: Twox64Concat because the keys are sequential ids the pallet assigns: nobody can
	// choose them.
	#[pallet::storage]
	pub type Receipts<T: Config> = StorageMap<_, Twox64Concat, ReceiptId, ReceiptOf<T>>;

	/// The next receipt's id.
	#[pallet::storage]
	pub type NextReceiptId<T> = StorageValue<_, ReceiptId, ValueQuery>;

	/// The oldest receipt still in storage (receipts below it were pruned).
	#[pallet::storage]
	pub type OldestReceipt<T> = StorageValue<_, ReceiptId, ValueQuery>;

	/// The payroll.
	// Hasher: Blake2_128Concat because the keys are accounts, which users choose.
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
	// Hasher: Twox64Concat because the keys are meter kinds, a small enum only the council
	// writes under.
	#[pallet::storage]
	pub type Tariffs<T: Config> = StorageMap<_, Twox64Concat, MeterKind, BalanceOf<T>>;

	/// The most units one consumer plausibly uses per hour, by meter kind: a reading above it
	/// (pro rata to the time it covers), or of a kind without one, is held, not paid at once.
	// Hasher: Twox64Concat because the keys are meter kinds, a small enum only the council
	// writes under.
	#[pallet::storage]
	pub type UsageCaps<T: Config> = StorageMap<_, Twox64Concat, MeterKind, u64>;

	/// Unpaid bills, by consumer and meter: one accumulating bill per meter.
	// Hasher: Blake2_128Concat (both keys) because consumers are accounts and meters are ids
	// that users choose.
	#[pallet::storage]
	pub type OpenBills<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		MeterId,
		OpenBillOf<T>,
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
		/// Usage caps: the most units per hour one consumer plausibly uses, by meter kind.
		pub usage_caps: Vec<(MeterKind, u64)>,
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
			for (kind, cap) in &self.usage_caps {
				UsageCaps::<T>::insert(kind, cap);
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
		/// An employee's wage changes, from pay period `from_period` on.
		WageSet { who: T::AccountId, wage: BalanceOf<T>, from_period: u32 },
		/// An employee left; their arrears will still be paid.
		EmployeeDeparted { who: T::AccountId, arrears: BalanceOf<T> },
		/// An employee's record was removed (left, nothing owed).
		EmployeeRemoved { who: T::AccountId },
		/// Wages (arrears first) were paid, for the pay periods up to `period`.
		WagePaid { who: T::AccountId, period: u32, amount: BalanceOf<T> },
		/// The fund (its free funds, the `Payroll` budget or the reserve floor) could not pay
		/// the wages up to `period`: they are owed as arrears, now `arrears` in all.
		WageInArrears { who: T::AccountId, period: u32, arrears: BalanceOf<T> },
		/// A payroll run finished.
		PayrollCompleted { period: u32, paid: BalanceOf<T>, owed: BalanceOf<T> },
		/// The council set, or removed (`None`), a meter kind's tariff.
		TariffSet { kind: MeterKind, price: Option<BalanceOf<T>> },
		/// A meter reading was billed; `paid` says whether the consumer paid it at once (if
		/// not, it was added to the meter's open bill).
		Billed {
			consumer: T::AccountId,
			meter: MeterId,
			kind: MeterKind,
			units: u64,
			amount: BalanceOf<T>,
			paid: bool,
		},
		/// An open bill was paid.
		BillSettled {
			consumer: T::AccountId,
			meter: MeterId,
			payer: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// The council set, or removed (`None`), a meter kind's usage cap per hour.
		UsageCapSet { kind: MeterKind, cap: Option<u64> },
		/// A reading above its kind's plausible use (`cap`: the units allowed for the time it
		/// covers; `None`: the kind has no cap) was not paid at once: the meter's open bill
		/// holds it for the council.
		BillHeld {
			consumer: T::AccountId,
			meter: MeterId,
			units: u64,
			amount: BalanceOf<T>,
			cap: Option<u64>,
		},
		/// The consumer disputed an open bill, with the hash of their evidence.
		BillDisputed { consumer: T::AccountId, meter: MeterId, evidence: H256 },
		/// The council resolved an open bill to `amount` (zero: the bill is gone).
		BillResolved { consumer: T::AccountId, meter: MeterId, amount: BalanceOf<T> },
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
		/// The meter has no open bill for that consumer.
		NoOpenBill,
		/// A payroll clerk may not enrol, set the wage of, or remove themselves.
		SelfDealing,
		/// A payroll clerk may not enrol anyone with, or set, a wage above `ClerkWageCap`.
		AboveClerkWageCap,
		/// The bill is disputed already.
		AlreadyDisputed,
		/// A bill is resolved to at most what it is.
		AboveBill,
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
			Self::do_pay_for_service(payer, id, max_total, reference)
		}

		/// Enrols `who`, who holds an active employee credential of `department` and `role`,
		/// with `wage` per pay period, paid from the next period.
		///
		/// Origin: `PayrollAdminOrigin`, or `PayrollClerkOrigin` for someone else than the
		/// clerk with a wage of at most `ClerkWageCap`. Errors: `SelfDealing`,
		/// `AboveClerkWageCap`, `NoEmployeeCredential`, `AlreadyEnrolled`, `TooManyEmployees`.
		/// Event: `EmployeeEnrolled`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::enrol())]
		pub fn enrol(
			origin: OriginFor<T>,
			who: T::AccountId,
			department: Department,
			role: u16,
			wage: BalanceOf<T>,
		) -> DispatchResult {
			let clerk = Self::ensure_payroll_staff(origin)?;
			Self::ensure_clerk_may(&clerk, &who, Some(wage))?;
			Self::do_enrol(who, department, role, wage)
		}

		/// Sets an employee's wage per pay period from the next pay period on (the current
		/// one, and any before it, are paid at the wage in force in them). A second change in
		/// the same period replaces the first. The whole periods the employee completed that
		/// the current payroll run has not reached yet are settled first, as the run would.
		///
		/// Origin: `PayrollAdminOrigin`, or `PayrollClerkOrigin` for someone else than the
		/// clerk with a wage of at most `ClerkWageCap`. Errors: `SelfDealing`,
		/// `AboveClerkWageCap`, `EmployeeNotFound`, `EmployeeDeparted`. Events: `WageSet`
		/// (and `WagePaid` or `WageInArrears` if periods were settled).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_wage())]
		pub fn set_wage(
			origin: OriginFor<T>,
			who: T::AccountId,
			wage: BalanceOf<T>,
		) -> DispatchResult {
			let clerk = Self::ensure_payroll_staff(origin)?;
			Self::ensure_clerk_may(&clerk, &who, Some(wage))?;
			let mut employee = Employees::<T>::get(&who).ok_or(Error::<T>::EmployeeNotFound)?;
			ensure!(!employee.departed, Error::<T>::EmployeeDeparted);
			Self::catch_up(&who, &mut employee);
			let from_period = Self::pay_period(frame_system::Pallet::<T>::block_number())
				.checked_add(1)
				.ok_or(ArithmeticError::Overflow)?;
			employee.pending = Some(PendingWage { from_period, wage });
			Employees::<T>::insert(&who, employee);
			Self::deposit_event(Event::WageSet { who, wage, from_period });
			Ok(())
		}

		/// Takes `who` off the payroll. The whole periods they completed that the current
		/// payroll run has not reached yet are settled first (paid, or put in arrears), as the
		/// run would; the current period is not paid. Arrears are still paid by the next
		/// payroll runs, after which the record goes.
		///
		/// Origin: `PayrollAdminOrigin`, or `PayrollClerkOrigin` for someone else than the
		/// clerk. Errors: `SelfDealing`, `EmployeeNotFound`, `EmployeeDeparted`. Events:
		/// `EmployeeDeparted` (with arrears) or `EmployeeRemoved` (and `WagePaid` or
		/// `WageInArrears` if periods were settled).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::remove_employee())]
		pub fn remove_employee(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let clerk = Self::ensure_payroll_staff(origin)?;
			Self::ensure_clerk_may(&clerk, &who, None)?;
			let mut employee = Employees::<T>::get(&who).ok_or(Error::<T>::EmployeeNotFound)?;
			ensure!(!employee.departed, Error::<T>::EmployeeDeparted);
			Self::catch_up(&who, &mut employee);
			employee.departed = true;
			employee.pending = None;
			let arrears = employee.arrears;
			Self::store_employee(&who, employee);
			if !arrears.is_zero() {
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

		/// Pays `consumer`'s open bill on `meter` in full, held or disputed or not (anyone
		/// may: the consumer, a landlord).
		///
		/// Origin: signed. Errors: `NoOpenBill`, or the currency's. Event: `BillSettled` (and
		/// the fund's `Received`).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::settle_bill())]
		pub fn settle_bill(
			origin: OriginFor<T>,
			consumer: T::AccountId,
			meter: MeterId,
		) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			let bill = OpenBills::<T>::get(&consumer, meter).ok_or(Error::<T>::NoOpenBill)?;
			T::ReserveFund::receive(&payer, bill.amount, Inflow::MeteredBill, meter)?;
			OpenBills::<T>::remove(&consumer, meter);
			Self::deposit_event(Event::BillSettled { consumer, meter, payer, amount: bill.amount });
			Ok(())
		}

		/// Sets the most units of `kind` one consumer plausibly uses per hour, or removes it
		/// (`None`: every reading of that kind is held for the council).
		///
		/// Origin: `CatalogueOrigin`. Event: `UsageCapSet`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_usage_cap())]
		pub fn set_usage_cap(
			origin: OriginFor<T>,
			kind: MeterKind,
			cap: Option<u64>,
		) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			UsageCaps::<T>::set(kind, cap);
			Self::deposit_event(Event::UsageCapSet { kind, cap });
			Ok(())
		}

		/// Disputes the caller's open bill on `meter`, with the hash of their evidence (kept
		/// off chain), for the council to resolve. The bill stays open: disputing pays nothing
		/// and does not stop anyone from settling it.
		///
		/// Origin: signed, the bill's consumer. Errors: `NoOpenBill`, `AlreadyDisputed`.
		/// Event: `BillDisputed`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::dispute_bill())]
		pub fn dispute_bill(
			origin: OriginFor<T>,
			meter: MeterId,
			evidence: H256,
		) -> DispatchResult {
			let consumer = ensure_signed(origin)?;
			OpenBills::<T>::try_mutate(&consumer, meter, |bill| {
				let bill = bill.as_mut().ok_or(Error::<T>::NoOpenBill)?;
				ensure!(bill.disputed.is_none(), Error::<T>::AlreadyDisputed);
				bill.disputed = Some(evidence);
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::BillDisputed { consumer, meter, evidence });
			Ok(())
		}

		/// Resolves `consumer`'s open bill on `meter` (held, disputed, or neither): it becomes
		/// `amount`, at most what it is (readings added since a dispute included), with its hold
		/// and dispute cleared; 0 removes it. The units stay as metered. What is left is paid
		/// with `settle_bill`.
		///
		/// Origin: `CatalogueOrigin`. Errors: `NoOpenBill`, `AboveBill`. Event: `BillResolved`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::resolve_bill())]
		pub fn resolve_bill(
			origin: OriginFor<T>,
			consumer: T::AccountId,
			meter: MeterId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			T::CatalogueOrigin::ensure_origin(origin)?;
			OpenBills::<T>::try_mutate_exists(&consumer, meter, |entry| {
				let bill = entry.as_mut().ok_or(Error::<T>::NoOpenBill)?;
				ensure!(amount <= bill.amount, Error::<T>::AboveBill);
				if amount.is_zero() {
					*entry = None;
				} else {
					bill.amount = amount;
					bill.held = false;
					bill.disputed = None;
				}
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::BillResolved { consumer, meter, amount });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The invariants of CityCoin:
	/// 1. the council never minted, nor burned, more in a period than its allowance;
	/// 2. `EmployeeCount` counts the payroll, at most `MaxEmployees`;
	/// 3. `TotalArrears` is the sum of the employees' arrears, and a departed employee is
	///    only kept while owed;
	/// 4. no open bill is empty;
	/// 5. receipts are kept only from `OldestReceipt` to `NextReceiptId`; services only
	///    below `NextServiceId`;
	/// 6. no payroll run is ahead of the current pay period;
	/// 7. a pending wage applies from a period after the last one settled, and a departed
	///    employee has none.
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
			ensure!(
				employee.pending.is_none_or(|pending| {
					!employee.departed && pending.from_period > employee.settled_through
				}),
				"7: a pending wage for a period already settled, or of a departed employee"
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
