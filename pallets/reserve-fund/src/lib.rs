//! # Reserve fund
//!
//! The city's treasury: one account, derived from a `PalletId`, that every city inflow goes
//! into and every city payment comes out of, with budgets, obligations and a reserve floor an
//! auditor can read at any block.
//!
//! ## Overview
//! - **Inflows**: anyone donates with a memo ([`Pallet::donate`]); other pallets pay in
//!   through [`ReserveFundT::receive`] (service payments, fines, bond subscriptions, metered
//!   bills); the runtime's fee handler ([`CollectFees`]) pays fees and tips in whole (none
//!   burned), reported once per block. Every inflow emits [`Event::Received`] with its
//!   [`Inflow`] category, amount and the hash of its off-chain document.
//! - **One set of rules for every outflow**: spends, public works contracts and wages pass
//!   the same tiers, budgets and floor, checked in one place. Below Root, each outflow is
//!   within its origin's cap, within its category's budget for the fiscal period, and leaves
//!   free funds at or above the reserve floor; for everyone, Root included, free funds must
//!   cover it: nobody spends money set aside for obligations. Root (a referendum) is the one
//!   way past caps, budgets and the floor, and what it moves still counts in the budget.
//! - **Spends** ([`Pallet::spend`]) by tiered origins: [`Config::SpendOrigin`] succeeds with
//!   the most that origin may spend at once (a treasurer's small cap, a council majority's
//!   larger one, two thirds' larger still). Root spends without a cap.
//! - **Budgets**: the council sets a limit per [`SpendCategory`] per fiscal period
//!   ([`Config::FiscalPeriod`] blocks); the chain may start with some
//!   ([`GenesisConfig::budgets`], for period 0). A spend, an award or a wage counts against
//!   its category; one beyond the budget, or in a category without one, fails unless Root.
//! - **Obligations**: other pallets set part of the fund aside for what the city owes
//!   ([`ReserveFundT::reserve`]: bond coupons and principal, contracts, wage arrears) and pay
//!   it out later ([`ReserveFundT::pay_obligation`]: no budget or floor again, the money was
//!   set aside already). Free funds are balance minus obligations. The reserve floor is a
//!   `Permill` of obligations, set by Root, that free funds must stay at or above.
//! - **Wages** ([`ReserveFundT::pay`], used by CityCoin's payroll): paid from free funds as
//!   they fall due, within the category's (`Payroll`) budget for the fiscal period and the
//!   floor. A category without a budget pays nothing; a wage that does not fit fails and
//!   changes nothing (CityCoin keeps it as arrears).
//! - **Public works contracts**: [`Config::AwardOrigin`] awards a contract with up to
//!   [`Config::MaxMilestones`] milestones (amount and specification hash each); the award is
//!   a spend of [`SpendCategory::PublicWorks`]: its total is within the origin's cap (a
//!   council majority's, two thirds' larger one; Root none), counts in the `PublicWorks`
//!   budget of the fiscal period it is awarded in, and is set aside at once as a `Contracts`
//!   obligation that keeps free funds at or above the floor. An inspector
//!   ([`Config::InspectorOrigin`], a credential in the runtime), never the contractor
//!   themselves, certifies a milestone; anyone releases the payment once
//!   [`Config::ChallengePeriod`] has passed without [`Config::DisputeOrigin`] (the council
//!   or the technical committee) disputing it (a dispute sends it back for certification).
//!   [`Config::CancelOrigin`] (the council) cancels a contract: what is unpaid goes back to
//!   free funds, the record stays, and the budget the award counted in is *not* given back
//!   (otherwise awarding and cancelling would get round the budget).
//!
//! ## Who may do what
//! | step | origin |
//! | --- | --- |
//! | donate; release a certified milestone after the challenge period | anyone |
//! | spend | `SpendOrigin` up to its cap, within budget and floor; Root without cap, budget or floor |
//! | award a contract | `AwardOrigin` up to its cap, within the `PublicWorks` budget and floor; Root without cap, budget or floor |
//! | certify a milestone | `InspectorOrigin`, not the contractor |
//! | dispute a certified milestone | `DisputeOrigin`, within the challenge period |
//! | cancel a contract | `CancelOrigin` |
//! | set or remove a budget | `BudgetOrigin` |
//! | set the reserve floor | Root |
//! | pay a wage ([`ReserveFundT::pay`]) | another pallet, within budget and floor |
//!
//! ## Low level details
//! - The fund's account must exist (the runtime endows it at genesis); spends keep it alive.
//! - Budgets are stored with the fiscal period they were last used in; the first outflow of
//!   a new period starts it from zero spent.
//! - Caps, budgets and the floor are checked by one private function, `do_outflow`, for
//!   `spend`, `award_contract` and `pay`; the floor after an award counts its total as an
//!   obligation, after a spend or a wage as money gone.
//! - Invariants (`try_state`, after every unit test): see [`Pallet::do_try_state`].
//! - The data types and the runtime API's view ([`FundStatus`]) are in `types.rs`; the mock
//!   configuration other pallets' tests share, `impl_mock_config!`, is in the `testing` module
//!   (feature `testing`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod runtime_api;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

use city_primitives::treasury::ReserveFund as ReserveFundT;
pub use city_primitives::treasury::{Inflow, Obligation, SpendCategory};
use core::marker::PhantomData;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Balanced, Credit, Inspect, Mutate},
		tokens::{imbalance::Imbalance, Fortitude, Preservation},
		EitherOfDiverse, OnUnbalanced,
	},
	PalletId,
};
use frame_system::{pallet_prelude::*, EnsureRoot};
use sp_core::H256;
use sp_runtime::{
	traits::{AccountIdConversion, CheckedSub, Saturating, Zero},
	Either, Permill,
};
pub use types::*;

pub use pallet::*;
pub use weights::WeightInfo;

/// The target of this pallet's log lines.
pub const LOG_TARGET: &str = "runtime::reserve_fund";

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

		/// The currency the fund holds (CITY).
		type Currency: Mutate<Self::AccountId>;

		/// The fund's account is derived from it.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Who may spend, succeeding with the most that origin may spend at once. Root is
		/// handled apart: it has no cap and no budget or floor applies to it.
		type SpendOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = BalanceOf<Self>>;

		/// Who sets budgets (the council).
		type BudgetOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The length of a fiscal period, in blocks (at least one).
		#[pallet::constant]
		type FiscalPeriod: Get<BlockNumberFor<Self>>;

		/// How many categories may have a budget.
		#[pallet::constant]
		type MaxBudgets: Get<u32>;

		/// Who awards public works contracts, succeeding with the most that origin may award
		/// at once (a contract's total). An award is a spend of `PublicWorks`: it also passes
		/// that category's budget and the reserve floor. Root is handled apart, as in `spend`:
		/// no cap, budget or floor.
		type AwardOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = BalanceOf<Self>>;

		/// Who disputes a certified milestone within its challenge period (the council or
		/// the technical committee).
		type DisputeOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who cancels a public works contract (the council).
		type CancelOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who certifies a milestone (an inspector), succeeding with their account.
		type InspectorOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// How long, in blocks, the council may dispute a certified milestone before it can be
		/// paid.
		#[pallet::constant]
		type ChallengePeriod: Get<BlockNumberFor<Self>>;

		/// The most milestones a contract has.
		#[pallet::constant]
		type MaxMilestones: Get<u32>;

		/// Weights of the calls, generated by the benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The budget of each category that has one.
	// Hasher: Twox64Concat because the keys are spend categories, a small enum only the
	// council writes under.
	#[pallet::storage]
	pub type Budgets<T: Config> = StorageMap<_, Twox64Concat, SpendCategory, Budget<BalanceOf<T>>>;

	/// How many categories have a budget.
	#[pallet::storage]
	pub type BudgetCount<T> = StorageValue<_, u32, ValueQuery>;

	/// What is set aside, by kind of obligation.
	// Hasher: Twox64Concat because the keys are kinds of obligation, a small fixed enum only
	// pallets write under.
	#[pallet::storage]
	pub type Obligations<T: Config> =
		StorageMap<_, Twox64Concat, Obligation, BalanceOf<T>, ValueQuery>;

	/// The sum of [`Obligations`].
	#[pallet::storage]
	pub type TotalObligations<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The share of obligations that free funds must stay above after a non-Root spend.
	#[pallet::storage]
	pub type ReserveFloor<T> = StorageValue<_, Permill, ValueQuery>;

	/// The next contract's id.
	#[pallet::storage]
	pub type NextContractId<T> = StorageValue<_, ContractId, ValueQuery>;

	/// Fees collected in this block, reported in one `Received` event when it ends (and then
	/// removed: the item never outlives its block). Whitelisted in benchmarks: `on_initialize`
	/// pays for its read and its write once a block, so no fee is charged for them again.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type FeesThisBlock<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Public works contracts, awarded or finished; cancelled and paid ones stay on record.
	// Hasher: Twox64Concat because the keys are sequential ids the pallet assigns: nobody can
	// choose them.
	#[pallet::storage]
	pub type Contracts<T: Config> = StorageMap<_, Twox64Concat, ContractId, ContractOf<T>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The budgets the city starts with, for fiscal period 0 on: category and limit (at
		/// most `MaxBudgets`, one per category). Without them only Root could spend, award a
		/// contract or pay a wage until the council sets budgets.
		pub budgets: alloc::vec::Vec<(SpendCategory, BalanceOf<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// Genesis is the one place a panic is right: a chain whose budgets break their
			// bounds must not start; qed.
			assert!(
				self.budgets.len() <= T::MaxBudgets::get() as usize,
				"the genesis budgets fit MaxBudgets; qed"
			);
			for (category, limit) in self.budgets.iter() {
				assert!(
					!Budgets::<T>::contains_key(category),
					"a category has at most one genesis budget; qed"
				);
				Budgets::<T>::insert(
					category,
					Budget { limit: *limit, period: 0, spent: Zero::zero() },
				);
			}
			BudgetCount::<T>::put(self.budgets.len() as u32);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Money came into the fund.
		Received { inflow: Inflow, from: T::AccountId, amount: BalanceOf<T>, reference: H256 },
		/// The fund paid for a spend.
		Spent {
			category: SpendCategory,
			to: T::AccountId,
			amount: BalanceOf<T>,
			reference: H256,
			/// Whether Root spent, beyond budgets and the floor.
			by_root: bool,
		},
		/// The fund paid, from free funds, what another pallet owed as it fell due (a wage).
		Paid { category: SpendCategory, to: T::AccountId, amount: BalanceOf<T>, reference: H256 },
		/// The fund paid part of an obligation.
		ObligationPaid {
			obligation: Obligation,
			category: SpendCategory,
			to: T::AccountId,
			amount: BalanceOf<T>,
			reference: H256,
		},
		/// Part of the fund was set aside for an obligation.
		ObligationReserved { obligation: Obligation, amount: BalanceOf<T> },
		/// Money set aside for an obligation was released.
		ObligationReleased { obligation: Obligation, amount: BalanceOf<T> },
		/// The council set a category's budget for the current fiscal period onwards.
		BudgetSet { category: SpendCategory, limit: BalanceOf<T>, period: u32 },
		/// The council removed a category's budget.
		BudgetRemoved { category: SpendCategory },
		/// Root set the reserve floor.
		ReserveFloorSet { floor: Permill },
		/// A contract was awarded (by `AwardOrigin` or Root); its total is set aside.
		ContractAwarded { id: ContractId, contractor: T::AccountId, total: BalanceOf<T> },
		/// An inspector certified a milestone; it can be paid after the challenge period.
		MilestoneCertified { id: ContractId, milestone: u32, inspector: T::AccountId },
		/// `DisputeOrigin` disputed a certified milestone; it must be certified again.
		MilestoneDisputed { id: ContractId, milestone: u32 },
		/// A milestone was paid to the contractor.
		MilestonePaid { id: ContractId, milestone: u32, amount: BalanceOf<T> },
		/// `CancelOrigin` cancelled a contract; what was unpaid is released (the budget the
		/// award counted in is not given back).
		ContractCancelled { id: ContractId, released: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The amount is zero.
		ZeroAmount,
		/// The amount (a contract's total) is above what the origin may spend or award at once.
		AboveSpendCap,
		/// The category has no budget (for a spend, an award or a wage not Root's).
		NoBudget,
		/// The spend, award or wage would take the category beyond its budget for this fiscal
		/// period.
		OverBudget,
		/// The spend, award or wage would leave free funds below the reserve floor.
		BelowReserveFloor,
		/// The spend would touch money set aside for obligations.
		ObligatedFunds,
		/// More categories would have a budget than `MaxBudgets`.
		TooManyBudgets,
		/// The category has no budget to remove.
		BudgetNotFound,
		/// The fund's free balance cannot cover the obligation, the contract or the payment.
		InsufficientFreeFunds,
		/// More is paid for an obligation than is set aside for it.
		ObligationExceeded,
		/// A contract needs at least one milestone.
		NoMilestones,
		/// No contract has that id.
		ContractNotFound,
		/// The contract was cancelled.
		ContractCancelled,
		/// The contract has no milestone with that index.
		MilestoneNotFound,
		/// The milestone is not waiting for certification.
		NotPending,
		/// The milestone is not certified.
		NotCertified,
		/// The milestone's challenge period has not ended.
		ChallengePeriodRunning,
		/// The milestone's challenge period has ended: it can no longer be disputed.
		ChallengePeriodOver,
		/// The inspector is the contract's contractor: nobody certifies their own work.
		InspectorIsContractor,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Pays, once a block, for the two items every fee touches: `FeesThisBlock` (which
		/// `on_finalize` takes) and the fund's account (which every fee lands in), one read and
		/// one write each (however many fees a block collects, the database writes each once).
		/// The runtime's benchmarks whitelist both, so no transaction pays for them again.
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			T::DbWeight::get().reads_writes(2, 2)
		}

		/// Reports the block's fees in one `Received` event (`Fees`, from the fund itself: the
		/// payers are many, each in `TransactionFeePaid`).
		fn on_finalize(_n: BlockNumberFor<T>) {
			let fees = FeesThisBlock::<T>::take();
			if !fees.is_zero() {
				Self::deposit_event(Event::Received {
					inflow: Inflow::Fees,
					from: Self::account_id(),
					amount: fees,
					reference: H256::zero(),
				});
			}
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(!T::FiscalPeriod::get().is_zero(), "a fiscal period is at least one block");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Donates `amount` to the city, with the hash of a memo (`H256::zero()` for none).
		///
		/// Origin: signed. The donor's account is kept alive. Errors: `ZeroAmount`, or the
		/// currency's own (e.g. too low a balance). Event: `Received` (`Donation`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::donate())]
		pub fn donate(origin: OriginFor<T>, amount: BalanceOf<T>, memo: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_receive(&who, amount, Inflow::Donation, memo)
		}

		/// Pays `amount` to `to` for `category`, with the hash of the decision or invoice.
		///
		/// Origin: Root (no cap, budget or floor), or `SpendOrigin` up to its cap, within the
		/// category's budget for this fiscal period and the reserve floor. Nobody spends money
		/// set aside for obligations. The amount counts in the category's budget (Root's too).
		/// Errors: `ZeroAmount`, `AboveSpendCap`, `ObligatedFunds`, `NoBudget`, `OverBudget`,
		/// `BelowReserveFloor`. Event: `Spent`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::spend())]
		pub fn spend(
			origin: OriginFor<T>,
			category: SpendCategory,
			amount: BalanceOf<T>,
			to: T::AccountId,
			reference: H256,
		) -> DispatchResult {
			let spender = Self::ensure_spender::<T::SpendOrigin>(origin)?;
			Self::do_outflow(spender, category, amount, Outflow::Spend, || {
				Self::transfer_out(&to, amount)
			})?;
			let by_root = matches!(spender, Spender::Root);
			Self::deposit_event(Event::Spent { category, to, amount, reference, by_root });
			Ok(())
		}

		/// Sets `category`'s budget per fiscal period to `limit`, from the current period on;
		/// what the category spent this period still counts.
		///
		/// Origin: `BudgetOrigin`. Errors: `TooManyBudgets`. Event: `BudgetSet`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_budget())]
		pub fn set_budget(
			origin: OriginFor<T>,
			category: SpendCategory,
			limit: BalanceOf<T>,
		) -> DispatchResult {
			T::BudgetOrigin::ensure_origin(origin)?;
			let period = Self::current_period();
			let budget = match Budgets::<T>::get(category) {
				Some(old) if old.period == period => Budget { limit, ..old },
				Some(_) => Budget { limit, period, spent: Zero::zero() },
				None => {
					let count = BudgetCount::<T>::get();
					ensure!(count < T::MaxBudgets::get(), Error::<T>::TooManyBudgets);
					BudgetCount::<T>::put(count.saturating_add(1));
					Budget { limit, period, spent: Zero::zero() }
				}
			};
			Budgets::<T>::insert(category, budget);
			Self::deposit_event(Event::BudgetSet { category, limit, period });
			Ok(())
		}

		/// Removes `category`'s budget: only Root can spend in it afterwards.
		///
		/// Origin: `BudgetOrigin`. Errors: `BudgetNotFound`. Event: `BudgetRemoved`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_budget())]
		pub fn remove_budget(origin: OriginFor<T>, category: SpendCategory) -> DispatchResult {
			T::BudgetOrigin::ensure_origin(origin)?;
			Budgets::<T>::take(category).ok_or(Error::<T>::BudgetNotFound)?;
			BudgetCount::<T>::mutate(|count| *count = count.saturating_sub(1));
			Self::deposit_event(Event::BudgetRemoved { category });
			Ok(())
		}

		/// Sets the reserve floor: the share of obligations free funds must stay above after
		/// a spend that is not Root's.
		///
		/// Origin: Root. Event: `ReserveFloorSet`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_reserve_floor())]
		pub fn set_reserve_floor(origin: OriginFor<T>, floor: Permill) -> DispatchResult {
			ensure_root(origin)?;
			ReserveFloor::<T>::put(floor);
			Self::deposit_event(Event::ReserveFloorSet { floor });
			Ok(())
		}

		/// Awards a public works contract to `contractor`, with milestones of an amount and
		/// the hash of its specification each; their total is set aside (obligation
		/// `Contracts`) at once.
		///
		/// The award is a spend of `PublicWorks`, bound as `spend` is: its total counts in that
		/// category's budget for this fiscal period when it is awarded (paying the milestones
		/// later does not count again, and cancelling does not give the budget back).
		///
		/// Origin: Root (no cap, budget or floor), or `AwardOrigin` up to its cap, within the
		/// `PublicWorks` budget and the reserve floor (free funds after setting the total aside
		/// stay at or above the floor x obligations). Errors: `NoMilestones`, `ZeroAmount` (a
		/// milestone of nothing), `AboveSpendCap`, `InsufficientFreeFunds` (Root too),
		/// `NoBudget`, `OverBudget`, `BelowReserveFloor`. Events: `ObligationReserved`,
		/// `ContractAwarded`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::award_contract(milestones.len() as u32))]
		pub fn award_contract(
			origin: OriginFor<T>,
			contractor: T::AccountId,
			milestones: BoundedVec<(BalanceOf<T>, H256), T::MaxMilestones>,
		) -> DispatchResult {
			let spender = Self::ensure_spender::<T::AwardOrigin>(origin)?;
			ensure!(!milestones.is_empty(), Error::<T>::NoMilestones);
			let mut total = BalanceOf::<T>::zero();
			for (amount, _) in milestones.iter() {
				ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
				// Clamping is safe: a saturated total is beyond any cap and any fund.
				total = total.saturating_add(*amount);
			}
			let milestones: BoundedVec<_, _> = milestones
				.into_iter()
				.map(|(amount, document)| Milestone {
					amount,
					document,
					state: MilestoneState::Pending,
				})
				.collect::<alloc::vec::Vec<_>>()
				.try_into()
				.map_err(|_| Error::<T>::NoMilestones)?;
			Self::do_outflow(
				spender,
				SpendCategory::PublicWorks,
				total,
				Outflow::Contract,
				|| <Self as ReserveFundT<_, _>>::reserve(Obligation::Contracts, total),
			)?;
			let id = NextContractId::<T>::get();
			NextContractId::<T>::put(id.saturating_add(1));
			Contracts::<T>::insert(
				id,
				Contract { contractor: contractor.clone(), milestones, cancelled: false },
			);
			Self::deposit_event(Event::ContractAwarded { id, contractor, total });
			Ok(())
		}

		/// Certifies that milestone `milestone` of contract `id` is done.
		///
		/// Origin: `InspectorOrigin`, never the contract's contractor. Errors:
		/// `ContractNotFound`, `ContractCancelled`, `MilestoneNotFound`,
		/// `InspectorIsContractor`, `NotPending`. Event: `MilestoneCertified`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::certify_milestone())]
		pub fn certify_milestone(
			origin: OriginFor<T>,
			id: ContractId,
			milestone: u32,
		) -> DispatchResult {
			let inspector = T::InspectorOrigin::ensure_origin(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			Self::with_milestone(id, milestone, |contractor, m| {
				ensure!(*contractor != inspector, Error::<T>::InspectorIsContractor);
				ensure!(m.state == MilestoneState::Pending, Error::<T>::NotPending);
				m.state = MilestoneState::Certified { at: now, by: inspector.clone() };
				Ok(())
			})?;
			Self::deposit_event(Event::MilestoneCertified { id, milestone, inspector });
			Ok(())
		}

		/// Disputes a certified milestone within its challenge period: it goes back to
		/// waiting for certification.
		///
		/// Origin: `DisputeOrigin`. Errors: `ContractNotFound`, `ContractCancelled`,
		/// `MilestoneNotFound`, `NotCertified`, `ChallengePeriodOver`. Event:
		/// `MilestoneDisputed`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::dispute_milestone())]
		pub fn dispute_milestone(
			origin: OriginFor<T>,
			id: ContractId,
			milestone: u32,
		) -> DispatchResult {
			T::DisputeOrigin::ensure_origin(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			Self::with_milestone(id, milestone, |_, m| {
				let MilestoneState::Certified { at, .. } = m.state else {
					return Err(Error::<T>::NotCertified.into());
				};
				ensure!(
					now < at.saturating_add(T::ChallengePeriod::get()),
					Error::<T>::ChallengePeriodOver
				);
				m.state = MilestoneState::Pending;
				Ok(())
			})?;
			Self::deposit_event(Event::MilestoneDisputed { id, milestone });
			Ok(())
		}

		/// Pays a certified milestone whose challenge period is over to the contractor.
		///
		/// Origin: signed (anyone: the contractor usually). Errors: `ContractNotFound`,
		/// `ContractCancelled`, `MilestoneNotFound`, `NotCertified`, `ChallengePeriodRunning`.
		/// Event: `MilestonePaid` (and `ObligationPaid`).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::release_milestone())]
		pub fn release_milestone(
			origin: OriginFor<T>,
			id: ContractId,
			milestone: u32,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			let amount = Self::with_milestone(id, milestone, |contractor, m| {
				let MilestoneState::Certified { at, .. } = m.state else {
					return Err(Error::<T>::NotCertified.into());
				};
				ensure!(
					now >= at.saturating_add(T::ChallengePeriod::get()),
					Error::<T>::ChallengePeriodRunning
				);
				m.state = MilestoneState::Paid { at: now };
				<Self as ReserveFundT<_, _>>::pay_obligation(
					contractor,
					m.amount,
					Obligation::Contracts,
					SpendCategory::PublicWorks,
					m.document,
				)?;
				Ok(m.amount)
			})?;
			Self::deposit_event(Event::MilestonePaid { id, milestone, amount });
			Ok(())
		}

		/// Cancels a contract: what is not paid yet is released from the obligations (back to
		/// free funds). Paid milestones stay on record. The budget the award counted in is not
		/// given back: a cancelled award cannot be used to award again past the budget.
		///
		/// Origin: `CancelOrigin`. Errors: `ContractNotFound`, `ContractCancelled`. Events:
		/// `ObligationReleased` (if anything was unpaid), `ContractCancelled`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::cancel_contract())]
		pub fn cancel_contract(origin: OriginFor<T>, id: ContractId) -> DispatchResult {
			T::CancelOrigin::ensure_origin(origin)?;
			let mut contract = Self::live_contract(id)?;
			let released = contract.unpaid();
			contract.cancelled = true;
			Contracts::<T>::insert(id, contract);
			<Self as ReserveFundT<_, _>>::release(Obligation::Contracts, released);
			Self::deposit_event(Event::ContractCancelled { id, released });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The fund's account.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// What the fund's account holds (all of it can be spent down to the existential deposit).
	pub fn balance() -> BalanceOf<T> {
		T::Currency::reducible_balance(
			&Self::account_id(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}

	/// The current fiscal period: the block number divided by the period length.
	pub fn current_period() -> u32 {
		city_primitives::periods_in(
			frame_system::Pallet::<T>::block_number(),
			T::FiscalPeriod::get(),
		)
	}

	/// Moves `amount` from `from` into the fund as `inflow` (the logic of `donate` and
	/// [`ReserveFundT::receive`]).
	pub fn do_receive(
		from: &T::AccountId,
		amount: BalanceOf<T>,
		inflow: Inflow,
		reference: H256,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		T::Currency::transfer(from, &Self::account_id(), amount, Preservation::Preserve)?;
		Self::deposit_event(Event::Received { inflow, from: from.clone(), amount, reference });
		Ok(())
	}

	/// The fund's state, for the runtime API.
	pub fn status() -> FundStatus<T::AccountId, BalanceOf<T>>
	where
		BalanceOf<T>: Into<u128>,
	{
		let balance = Self::balance();
		let total_obligations = TotalObligations::<T>::get();
		let period = Self::current_period();
		let coverage_ppm = if total_obligations.is_zero() {
			None
		} else {
			let (balance, obligations): (u128, u128) = (balance.into(), total_obligations.into());
			balance.saturating_mul(1_000_000).checked_div(obligations)
		};
		FundStatus {
			account: Self::account_id(),
			balance,
			obligations: Obligations::<T>::iter().collect(),
			total_obligations,
			free: balance.saturating_sub(total_obligations),
			coverage_ppm,
			reserve_floor: ReserveFloor::<T>::get(),
			period,
			budgets: Budgets::<T>::iter()
				.map(|(category, budget)| {
					let spent = if budget.period == period { budget.spent } else { Zero::zero() };
					(category, budget.limit, spent)
				})
				.collect(),
		}
	}

	/// The invariants of the fund:
	/// 1. the fund holds at least its obligations;
	/// 2. `TotalObligations` is the sum of `Obligations`, and no kind is stored at zero;
	/// 3. `BudgetCount` counts the budgets, at most `MaxBudgets`;
	/// 4. no budget counts a fiscal period still to come;
	/// 5. the `Contracts` obligation is what the live contracts' unpaid milestones add up to;
	/// 6. no milestone is certified by its contract's contractor.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let total = TotalObligations::<T>::get();
		ensure!(Self::balance() >= total, "1: the fund holds less than its obligations");
		let mut sum = BalanceOf::<T>::zero();
		for (_, amount) in Obligations::<T>::iter() {
			ensure!(!amount.is_zero(), "2: an obligation is stored at zero");
			sum = sum.saturating_add(amount);
		}
		ensure!(sum == total, "2: TotalObligations is not the sum of Obligations");
		let budgets = Budgets::<T>::iter().count() as u32;
		ensure!(budgets == BudgetCount::<T>::get(), "3: BudgetCount is wrong");
		ensure!(budgets <= T::MaxBudgets::get(), "3: more budgets than MaxBudgets");
		let period = Self::current_period();
		ensure!(
			Budgets::<T>::iter_values().all(|budget| budget.period <= period),
			"4: a budget counts a period to come"
		);
		let unpaid = Contracts::<T>::iter_values()
			.filter(|contract| !contract.cancelled)
			.fold(BalanceOf::<T>::zero(), |sum, contract| sum.saturating_add(contract.unpaid()));
		ensure!(
			unpaid == Obligations::<T>::get(Obligation::Contracts),
			"5: the Contracts obligation is not the contracts' unpaid milestones"
		);
		let self_certified = Contracts::<T>::iter_values().any(|contract| {
			contract.milestones.iter().any(|m| match &m.state {
				MilestoneState::Certified { by, .. } => *by == contract.contractor,
				_ => false,
			})
		});
		ensure!(!self_certified, "6: a milestone is certified by its contractor");
		Ok(())
	}
}

/// The runtime's fee handler: pays fees and tips into the fund whole (none is burned) and
/// counts them for the block's `Received` (`Fees`) event.
///
/// Should the fund's account ever refuse the credit (it cannot: it is endowed and kept
/// alive), the credit is dropped, i.e. burned, which keeps total issuance exact.
pub struct CollectFees<T>(PhantomData<T>);

impl<T: Config> OnUnbalanced<Credit<T::AccountId, T::Currency>> for CollectFees<T>
where
	T::Currency: Balanced<T::AccountId>,
{
	fn on_nonzero_unbalanced(fees: Credit<T::AccountId, T::Currency>) {
		let amount = fees.peek();
		if T::Currency::resolve(&Pallet::<T>::account_id(), fees).is_ok() {
			FeesThisBlock::<T>::mutate(|total| *total = total.saturating_add(amount));
		}
	}
}

impl<T: Config> ReserveFundT<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn account() -> T::AccountId {
		Self::account_id()
	}

	fn receive(
		from: &T::AccountId,
		amount: BalanceOf<T>,
		inflow: Inflow,
		reference: H256,
	) -> Result<(), DispatchError> {
		Self::do_receive(from, amount, inflow, reference)
	}

	fn pay_obligation(
		to: &T::AccountId,
		amount: BalanceOf<T>,
		obligation: Obligation,
		category: SpendCategory,
		reference: H256,
	) -> Result<(), DispatchError> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let reserved = Obligations::<T>::get(obligation);
		let left = reserved.checked_sub(&amount).ok_or(Error::<T>::ObligationExceeded)?;
		Self::transfer_out(to, amount)?;
		Self::set_obligation(obligation, reserved, left);
		Self::deposit_event(Event::ObligationPaid {
			obligation,
			category,
			to: to.clone(),
			amount,
			reference,
		});
		Ok(())
	}

	/// Bound as a council's spend is, without a cap of its own (the paying pallet bounds each
	/// payment): errors `ZeroAmount`, `InsufficientFreeFunds`, `NoBudget`, `OverBudget`,
	/// `BelowReserveFloor`, and nothing changes on any of them.
	fn pay(
		to: &T::AccountId,
		amount: BalanceOf<T>,
		category: SpendCategory,
		reference: H256,
	) -> Result<(), DispatchError> {
		Self::do_outflow(Spender::Pallet, category, amount, Outflow::Payment, || {
			Self::transfer_out(to, amount)
		})?;
		Self::deposit_event(Event::Paid { category, to: to.clone(), amount, reference });
		Ok(())
	}

	fn reserve(obligation: Obligation, amount: BalanceOf<T>) -> Result<(), DispatchError> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(Self::free_balance() >= amount, Error::<T>::InsufficientFreeFunds);
		let reserved = Obligations::<T>::get(obligation);
		Self::set_obligation(obligation, reserved, reserved.saturating_add(amount));
		Self::deposit_event(Event::ObligationReserved { obligation, amount });
		Ok(())
	}

	fn release(obligation: Obligation, amount: BalanceOf<T>) {
		let reserved = Obligations::<T>::get(obligation);
		let amount = amount.min(reserved);
		if amount.is_zero() {
			return;
		}
		Self::set_obligation(obligation, reserved, reserved.saturating_sub(amount));
		Self::deposit_event(Event::ObligationReleased { obligation, amount });
	}

	fn free_balance() -> BalanceOf<T> {
		Self::balance().saturating_sub(TotalObligations::<T>::get())
	}

	fn within_floor(incoming: BalanceOf<T>, new_obligations: BalanceOf<T>) -> bool {
		Self::floor_holds(
			Self::balance().saturating_add(incoming),
			TotalObligations::<T>::get().saturating_add(new_obligations),
		)
	}
}

impl<T: Config> Pallet<T> {
	/// Root, or `O` with its cap: who a spend or an award is by.
	fn ensure_spender<O>(origin: OriginFor<T>) -> Result<Spender<BalanceOf<T>>, DispatchError>
	where
		O: EnsureOrigin<T::RuntimeOrigin, Success = BalanceOf<T>>,
	{
		Ok(match EitherOfDiverse::<EnsureRoot<T::AccountId>, O>::ensure_origin(origin)? {
			Either::Left(()) => Spender::Root,
			Either::Right(cap) => Spender::UpTo(cap),
		})
	}

	/// The rules every outflow of the fund passes (`spend`, `award_contract` and
	/// [`ReserveFundT::pay`] all come here): `amount` is not zero (`ZeroAmount`) and within
	/// `spender`'s cap (`AboveSpendCap`); free funds cover it, for Root too (`ObligatedFunds`
	/// for a spend, else `InsufficientFreeFunds`); unless Root, `category` has a budget
	/// (`NoBudget`) that `amount` fits in this fiscal period (`OverBudget`), and free funds
	/// stay at or above the reserve floor afterwards (`BelowReserveFloor`). Then
	/// `move_funds` moves the money (pays it out, or sets it aside), and only if it
	/// succeeds does `amount` count in the budget (Root's too). Nothing changes on failure.
	fn do_outflow(
		spender: Spender<BalanceOf<T>>,
		category: SpendCategory,
		amount: BalanceOf<T>,
		outflow: Outflow,
		move_funds: impl FnOnce() -> DispatchResult,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		if let Spender::UpTo(cap) = spender {
			ensure!(amount <= cap, Error::<T>::AboveSpendCap);
		}
		let short = match outflow {
			Outflow::Spend => Error::<T>::ObligatedFunds,
			Outflow::Contract | Outflow::Payment => Error::<T>::InsufficientFreeFunds,
		};
		ensure!(Self::free_balance() >= amount, short);

		let period = Self::current_period();
		let budget = Budgets::<T>::get(category).map(|budget| {
			let spent = if budget.period == period { budget.spent } else { Zero::zero() };
			Budget { limit: budget.limit, period, spent: spent.saturating_add(amount) }
		});
		if !matches!(spender, Spender::Root) {
			let budget = budget.as_ref().ok_or(Error::<T>::NoBudget)?;
			ensure!(budget.spent <= budget.limit, Error::<T>::OverBudget);
			// Free funds cover `amount`, so neither side below over- or underflows.
			let (balance, obligations) = (Self::balance(), TotalObligations::<T>::get());
			let floor_holds = match outflow {
				Outflow::Contract => Self::floor_holds(balance, obligations.saturating_add(amount)),
				Outflow::Spend | Outflow::Payment => {
					Self::floor_holds(balance.saturating_sub(amount), obligations)
				}
			};
			ensure!(floor_holds, Error::<T>::BelowReserveFloor);
		}

		move_funds()?;
		if let Some(budget) = budget {
			Budgets::<T>::insert(category, budget);
		}
		Ok(())
	}

	/// Pays `amount` out of the fund's account to `to`, keeping the account alive.
	fn transfer_out(to: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::transfer(&Self::account_id(), to, amount, Preservation::Preserve).map(|_| ())
	}

	/// Whether a fund holding `balance` and owing `obligations` keeps free funds at or above
	/// the reserve floor (`ReserveFloor` x obligations).
	fn floor_holds(balance: BalanceOf<T>, obligations: BalanceOf<T>) -> bool {
		balance
			.checked_sub(&obligations)
			.is_some_and(|free| free >= ReserveFloor::<T>::get() * obligations)
	}

	/// Contract `id`, if it exists and was not cancelled.
	fn live_contract(id: ContractId) -> Result<ContractOf<T>, DispatchError> {
		let contract = Contracts::<T>::get(id).ok_or(Error::<T>::ContractNotFound)?;
		ensure!(!contract.cancelled, Error::<T>::ContractCancelled);
		Ok(contract)
	}

	/// Changes milestone `milestone` of live contract `id` with `f` (which is also given the
	/// contractor), storing the contract if `f` succeeds.
	fn with_milestone<R>(
		id: ContractId,
		milestone: u32,
		f: impl FnOnce(
			&T::AccountId,
			&mut Milestone<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
		) -> Result<R, DispatchError>,
	) -> Result<R, DispatchError> {
		let mut contract = Self::live_contract(id)?;
		let m =
			contract.milestones.get_mut(milestone as usize).ok_or(Error::<T>::MilestoneNotFound)?;
		let result = f(&contract.contractor, m)?;
		Contracts::<T>::insert(id, contract);
		Ok(result)
	}

	/// Moves what is set aside for `obligation` from `old` to `new`, and the total with it.
	fn set_obligation(obligation: Obligation, old: BalanceOf<T>, new: BalanceOf<T>) {
		if new.is_zero() {
			Obligations::<T>::remove(obligation);
		} else {
			Obligations::<T>::insert(obligation, new);
		}
		TotalObligations::<T>::mutate(|total| {
			*total = total.saturating_sub(old).saturating_add(new)
		});
	}
}
