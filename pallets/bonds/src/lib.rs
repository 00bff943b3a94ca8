//! # Bonds
//!
//! Municipal bonds: residents lend the city CITY for public projects and are paid interest
//! (coupons) and principal from the reserve fund, all on chain.
//!
//! ## Overview
//! - **Issuance**: [`Config::IssueOrigin`] (two thirds of the council) issues a series within
//!   the debt ceiling Root sets ([`DebtCeiling`]); Root issues above it. Terms ([`Terms`]):
//!   bounded name, purpose (a document hash, optionally a public works contract), face value
//!   per unit, coupon rate per period, coupon period, number of periods, units on offer,
//!   subscription window, minimum raise, and units reserved for residents during the window.
//! - **Subscription**: a holder pays units x face into the reserve fund, set aside at once as
//!   a `BondPrincipal` obligation, so it is there to refund. When the window closes
//!   ([`Pallet::close_subscription`], anyone), a series that sold its minimum becomes active;
//!   one that did not is cancelled and every subscriber reclaims their money
//!   ([`Pallet::reclaim`]).
//! - **Coupons** accrue per period to whoever holds the units when the period ends. Claims
//!   are pulled ([`Pallet::claim_coupons`]) and cost O(1): the series counts its periods, each
//!   holding keeps the period it was settled through and what it was owed before. A transfer
//!   settles both sides first, so coupons accrued before it belong to the seller.
//! - **Obligations**: the outstanding principal, and the coupons due plus the next one, are set
//!   aside in the reserve fund; a coupon the fund cannot set aside when its period comes puts
//!   the series in arrears: claims wait for it, and are paid period by period in order once the
//!   fund can set it aside (any call on the series tries again). Transfers wait too.
//! - **Redemption** after maturity ([`Pallet::redeem`]): principal plus unpaid coupons; the
//!   series closes when every unit is redeemed.
//!
//! ## Low level details
//! - A series' coupon per unit per period is `coupon_rate * face`. Periods are counted from the
//!   end of the subscription window: period `k` ends at `start + k * coupon_period`.
//! - `TotalDebt` counts units on offer (during the window) or sold and not yet redeemed, times
//!   face: it is what the ceiling bounds.
//! - Invariants (`try_state`, after every unit test): see [`Pallet::do_try_state`].
//!
//! - **Calls**: the council calls a series early ([`Pallet::call_series`]) at a price >= face
//!   after at least [`Config::MinCallNotice`]: coupons stop with the last period ended by the
//!   call date, units are redeemed at the call price (the premium is set aside at once). Below
//!   Root the price is at most face plus one coupon (a period's interest): a call is not a way
//!   to pay holders out of the reserve.
//! - **Rates**: below Root, a series' coupon rate scaled to a year ([`Config::Year`]) is at most
//!   [`Config::MaxAnnualCouponRate`], so short coupon periods cannot hide a ruinous rate.
//! - **Default**: a series in arrears longer than [`Config::GracePeriod`] can be declared in
//!   default by anyone ([`Pallet::declare_default`]); the mark stays for the record, and claims
//!   are still paid in order if money comes. [`Pallet::poke`] brings a series' arrears up to
//!   date without a holder acting.
//!
//! - **Residents**: `resident_units` are for residents during the window; a series whose
//!   every unit is for residents stays with residents (transfers only to residents).
//! - **Deposits**: each holding (an account's units of a series) holds
//!   [`Config::HoldingDeposit`] from whoever creates it (the subscriber, or the seller for a
//!   buyer who held none), returned to them when it goes.
//! - **Coverage**: a series the council issues, fully sold, must leave the reserve fund's free
//!   funds at or above its floor with its principal and every coupon to maturity counted as
//!   owed ([`city_primitives::treasury::ReserveFund::within_floor`]). Root is not bound by it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

use city_primitives::{
	credentials::{CredentialInspect, CredentialKind},
	treasury::{Inflow, Obligation, ReserveFund as ReserveFundT, SpendCategory},
};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, Mutate, MutateHold},
		tokens::Precision,
		EitherOfDiverse,
	},
};
use frame_system::{pallet_prelude::*, EnsureRoot};
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, Saturating, UniqueSaturatedInto, Zero},
	ArithmeticError, Perbill,
};

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The target of the bonds' log lines.
pub const LOG_TARGET: &str = "runtime::bonds";

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

		/// CITY, with holds for the deposits of holdings.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason: From<HoldReason>>;

		/// The deposit held for each holding (one account's units of one series) from whoever
		/// creates it, returned when it goes.
		#[pallet::constant]
		type HoldingDeposit: Get<BalanceOf<Self>>;

		/// The reserve fund: subscriptions go in, coupons and principal come out.
		type ReserveFund: ReserveFundT<Self::AccountId, BalanceOf<Self>>;

		/// Who is a resident.
		type Credentials: CredentialInspect<Self::AccountId>;

		/// Who issues within the debt ceiling (two thirds of the council). Root is apart: it
		/// issues above it.
		type IssueOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who calls a series early (the council), at most one coupon period's interest above
		/// face. Root is apart: it calls at any price at or above face.
		type CallOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The highest coupon rate, a year, that `IssueOrigin` may issue at (a series' rate per
		/// period scaled to [`Config::Year`]). Root is not bound by it.
		#[pallet::constant]
		type MaxAnnualCouponRate: Get<Perbill>;

		/// A year, in blocks (to scale a coupon rate per period to a year).
		#[pallet::constant]
		type Year: Get<BlockNumberFor<Self>>;

		/// The shortest notice of a call, in blocks.
		#[pallet::constant]
		type MinCallNotice: Get<BlockNumberFor<Self>>;

		/// How long a series may stay in arrears before anyone may declare it in default.
		#[pallet::constant]
		type GracePeriod: Get<BlockNumberFor<Self>>;

		/// The longest series name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// The most coupon periods of a series.
		#[pallet::constant]
		type MaxPeriods: Get<u32>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why the bonds hold CITY.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a holding's storage.
		#[codec(index = 0)]
		HoldingDeposit,
	}

	/// The most the council may have outstanding, in face value.
	#[pallet::storage]
	pub type DebtCeiling<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Face value on offer or outstanding, over every series.
	#[pallet::storage]
	pub type TotalDebt<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The next series' id.
	#[pallet::storage]
	pub type NextSeriesId<T> = StorageValue<_, SeriesId, ValueQuery>;

	/// Every series, closed ones included.
	// Hasher: Twox64Concat because the chain chooses the (sequential) ids.
	#[pallet::storage]
	pub type AllSeries<T: Config> = StorageMap<_, Twox64Concat, SeriesId, SeriesOf<T>>;

	/// Holdings, by series and account.
	// Hashers: Twox64Concat because the chain chooses the (sequential) series ids;
	// Blake2_128Concat because users choose the accounts.
	#[pallet::storage]
	pub type Holdings<T: Config> =
		StorageDoubleMap<_, Twox64Concat, SeriesId, Blake2_128Concat, T::AccountId, HoldingOf<T>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The debt ceiling the city starts with (its charter's).
		pub debt_ceiling: BalanceOf<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			DebtCeiling::<T>::put(self.debt_ceiling);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Root set the debt ceiling.
		DebtCeilingSet { ceiling: BalanceOf<T> },
		/// A series was issued; its subscription window is open.
		SeriesIssued { id: SeriesId, units: u32, face: BalanceOf<T>, by_root: bool },
		/// Units were bought.
		Subscribed { id: SeriesId, who: T::AccountId, units: u32, paid: BalanceOf<T> },
		/// The window closed with at least the minimum sold: coupons accrue from now.
		SeriesActivated { id: SeriesId, sold: u32 },
		/// The window closed below the minimum: subscribers reclaim.
		SeriesCancelled { id: SeriesId, sold: u32 },
		/// A subscriber of a cancelled series took their money back.
		Reclaimed { id: SeriesId, who: T::AccountId, amount: BalanceOf<T> },
		/// Units changed hands.
		Transferred { id: SeriesId, from: T::AccountId, to: T::AccountId, units: u32 },
		/// Coupons were paid to a holder.
		CouponsClaimed { id: SeriesId, who: T::AccountId, amount: BalanceOf<T> },
		/// A due coupon could not be set aside: the series is in arrears.
		ArrearsStarted { id: SeriesId, period: u32 },
		/// Every due coupon is set aside again.
		ArrearsCleared { id: SeriesId },
		/// A holder redeemed units after maturity.
		Redeemed { id: SeriesId, who: T::AccountId, units: u32, principal: BalanceOf<T> },
		/// The council called the series: it matures at `at`, redeemed at `price` per unit.
		SeriesCalled { id: SeriesId, at: BlockNumberFor<T>, price: BalanceOf<T> },
		/// The series stayed in arrears beyond the grace period.
		SeriesDefaulted { id: SeriesId, arrears_since: BlockNumberFor<T> },
		/// Every unit of the series was redeemed or reclaimed, every coupon paid.
		SeriesClosed { id: SeriesId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A term is out of range: no units, no periods, a zero face or coupon period, a
		/// minimum above the units, resident units above the units, a window that has ended.
		InvalidTerms,
		/// More coupon periods than `MaxPeriods`.
		TooManyPeriods,
		/// The series would take the city's debt above the ceiling.
		AboveDebtCeiling,
		/// Fully sold, the series (its principal and every coupon) would leave the reserve
		/// fund's free funds below the reserve floor.
		BelowReserveFloor,
		/// No series has that id.
		SeriesNotFound,
		/// The subscription window is closed.
		SubscriptionClosed,
		/// The subscription window is still open.
		SubscriptionOpen,
		/// Not that many units are left (for non-residents: outside the residents' share).
		NotEnoughUnits,
		/// Zero units.
		ZeroUnits,
		/// The series is not in the state the call needs.
		WrongState,
		/// The account holds no units of the series (or not that many).
		NotEnoughHeld,
		/// The series is for residents only (every unit was for residents), and the recipient
		/// is not one.
		RecipientNotResident,
		/// A due coupon is not set aside yet: transfers and redemption wait.
		InArrears,
		/// The series has not matured.
		NotMatured,
		/// Nothing to claim.
		NothingToClaim,
		/// A call price below face value.
		CallBelowFace,
		/// A call notice shorter than `MinCallNotice`, or a call date at or after maturity.
		InvalidCallDate,
		/// The series was called already.
		AlreadyCalled,
		/// The series is not in arrears.
		NotInArrears,
		/// The grace period of the arrears has not ended.
		GracePeriodRunning,
		/// The series was declared in default already.
		AlreadyDefaulted,
		/// The coupon rate, a year, is above `MaxAnnualCouponRate` (only Root issues above it).
		CouponRateTooHigh,
		/// The call price is more than one coupon period's interest above face (only Root calls
		/// above it).
		CallPremiumTooHigh,
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
		/// Sets the most face value the council may have outstanding.
		///
		/// Origin: Root. Event: `DebtCeilingSet`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_debt_ceiling())]
		pub fn set_debt_ceiling(origin: OriginFor<T>, ceiling: BalanceOf<T>) -> DispatchResult {
			ensure_root(origin)?;
			DebtCeiling::<T>::put(ceiling);
			Self::deposit_event(Event::DebtCeilingSet { ceiling });
			Ok(())
		}

		/// Issues a series with `terms`; its subscription window opens now.
		///
		/// Origin: Root, or `IssueOrigin` at a coupon rate within `MaxAnnualCouponRate` a year,
		/// within the debt ceiling and the reserve floor: fully sold, the principal comes in and
		/// is owed, and every coupon to maturity is owed too (paid from free funds), and free
		/// funds must stay at or above the floor. Errors: `InvalidTerms`, `TooManyPeriods`,
		/// `CouponRateTooHigh`, `AboveDebtCeiling`, `BelowReserveFloor`, `Overflow`. Event:
		/// `SeriesIssued`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::issue())]
		pub fn issue(origin: OriginFor<T>, terms: TermsOf<T>) -> DispatchResult {
			let by_root =
				EitherOfDiverse::<EnsureRoot<T::AccountId>, T::IssueOrigin>::ensure_origin(origin)?
					.is_left();
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(
				terms.units > 0
					&& terms.periods > 0
					&& !terms.face.is_zero()
					&& !terms.coupon_period.is_zero()
					&& terms.min_units <= terms.units
					&& terms.resident_units <= terms.units
					&& terms.subscription_end >= now,
				Error::<T>::InvalidTerms
			);
			ensure!(terms.periods <= T::MaxPeriods::get(), Error::<T>::TooManyPeriods);
			let offered =
				terms.face.checked_mul(&terms.units.into()).ok_or(ArithmeticError::Overflow)?;
			let debt =
				TotalDebt::<T>::get().checked_add(&offered).ok_or(ArithmeticError::Overflow)?;
			if !by_root {
				ensure!(Self::rate_within_cap(&terms), Error::<T>::CouponRateTooHigh);
				ensure!(debt <= DebtCeiling::<T>::get(), Error::<T>::AboveDebtCeiling);
				let coupons = Self::coupon_per_unit(&terms)
					.checked_mul(&terms.units.into())
					.and_then(|per_period| per_period.checked_mul(&terms.periods.into()))
					.ok_or(ArithmeticError::Overflow)?;
				let owed = offered.checked_add(&coupons).ok_or(ArithmeticError::Overflow)?;
				ensure!(T::ReserveFund::within_floor(offered, owed), Error::<T>::BelowReserveFloor);
			}
			let id = NextSeriesId::<T>::get();
			NextSeriesId::<T>::put(id.checked_add(1).ok_or(ArithmeticError::Overflow)?);
			TotalDebt::<T>::put(debt);
			let (units, face) = (terms.units, terms.face);
			AllSeries::<T>::insert(
				id,
				Series {
					terms,
					state: SeriesState::Subscription,
					sold: 0,
					sold_to_others: 0,
					outstanding: 0,
					funded_periods: 0,
					coupons_paid: Zero::zero(),
					arrears_since: None,
					called: None,
					defaulted_at: None,
				},
			);
			Self::deposit_event(Event::SeriesIssued { id, units, face, by_root });
			Ok(())
		}

		/// Buys `units` of series `id` at face value; the money goes into the reserve fund and
		/// is set aside as principal. A first subscription also holds `HoldingDeposit`.
		///
		/// Origin: signed. Errors: `SeriesNotFound`, `ZeroUnits`, `SubscriptionClosed`,
		/// `NotEnoughUnits`, `Overflow`, or the currency's. Event: `Subscribed`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::subscribe())]
		pub fn subscribe(origin: OriginFor<T>, id: SeriesId, units: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut series = AllSeries::<T>::get(id).ok_or(Error::<T>::SeriesNotFound)?;
			ensure!(units > 0, Error::<T>::ZeroUnits);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(
				series.state == SeriesState::Subscription && now <= series.terms.subscription_end,
				Error::<T>::SubscriptionClosed
			);
			let sold = series.sold.checked_add(units).ok_or(ArithmeticError::Overflow)?;
			ensure!(sold <= series.terms.units, Error::<T>::NotEnoughUnits);
			if !T::Credentials::has_active_credential(&who, &CredentialKind::Resident, None) {
				let others =
					series.sold_to_others.checked_add(units).ok_or(ArithmeticError::Overflow)?;
				let open_to_others = series.terms.units.saturating_sub(series.terms.resident_units);
				ensure!(others <= open_to_others, Error::<T>::NotEnoughUnits);
				series.sold_to_others = others;
			}
			let paid =
				series.terms.face.checked_mul(&units.into()).ok_or(ArithmeticError::Overflow)?;
			T::ReserveFund::receive(&who, paid, Inflow::BondSubscription, series.terms.purpose)?;
			T::ReserveFund::reserve(Obligation::BondPrincipal, paid)?;
			let mut holding = match Holdings::<T>::get(id, &who) {
				Some(holding) => holding,
				None => Self::new_holding(&who)?,
			};
			holding.units = holding.units.saturating_add(units);
			Holdings::<T>::insert(id, &who, holding);
			series.sold = sold;
			series.outstanding = sold;
			AllSeries::<T>::insert(id, series);
			Self::deposit_event(Event::Subscribed { id, who, units, paid });
			Ok(())
		}

		/// Settles a series whose subscription window has ended: active if it sold its
		/// minimum (its first coupon is set aside), cancelled if not.
		///
		/// Origin: signed (anyone). Errors: `SeriesNotFound`, `WrongState`,
		/// `SubscriptionOpen`. Event: `SeriesActivated` or `SeriesCancelled`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::close_subscription())]
		pub fn close_subscription(origin: OriginFor<T>, id: SeriesId) -> DispatchResult {
			ensure_signed(origin)?;
			let mut series = AllSeries::<T>::get(id).ok_or(Error::<T>::SeriesNotFound)?;
			ensure!(series.state == SeriesState::Subscription, Error::<T>::WrongState);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now > series.terms.subscription_end, Error::<T>::SubscriptionOpen);
			let unsold = series.terms.units.saturating_sub(series.sold);
			Self::reduce_debt(series.terms.face, unsold);
			let sold = series.sold;
			if sold >= series.terms.min_units && sold > 0 {
				series.state = SeriesState::Active;
				Self::fund_coupons(id, &mut series, now);
				Self::deposit_event(Event::SeriesActivated { id, sold });
			} else {
				series.state = if sold == 0 { SeriesState::Closed } else { SeriesState::Cancelled };
				Self::deposit_event(Event::SeriesCancelled { id, sold });
			}
			AllSeries::<T>::insert(id, series);
			Ok(())
		}

		/// Takes back what the caller paid for a cancelled series.
		///
		/// Origin: signed. Errors: `SeriesNotFound`, `WrongState`, `NotEnoughHeld`. Event:
		/// `Reclaimed` (and `SeriesClosed` with the last).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::reclaim())]
		pub fn reclaim(origin: OriginFor<T>, id: SeriesId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut series = AllSeries::<T>::get(id).ok_or(Error::<T>::SeriesNotFound)?;
			ensure!(series.state == SeriesState::Cancelled, Error::<T>::WrongState);
			let holding = Holdings::<T>::get(id, &who).ok_or(Error::<T>::NotEnoughHeld)?;
			let amount = series.terms.face.saturating_mul(holding.units.into());
			T::ReserveFund::pay_obligation(
				&who,
				amount,
				Obligation::BondPrincipal,
				SpendCategory::DebtService,
				series.terms.purpose,
			)?;
			Holdings::<T>::remove(id, &who);
			Self::release_deposit(&holding)?;
			Self::reduce_debt(series.terms.face, holding.units);
			series.outstanding = series.outstanding.saturating_sub(holding.units);
			Self::deposit_event(Event::Reclaimed { id, who, amount });
			Self::close_if_done(id, &mut series);
			AllSeries::<T>::insert(id, series);
			Ok(())
		}

		/// Moves `units` of series `id` to `to`. Coupons accrued so far stay with the sender.
		/// If `to` held none, the sender pays the new holding's deposit. A series whose every
		/// unit was for residents stays with residents.
		///
		/// Origin: signed. Errors: `SeriesNotFound`, `WrongState` (not active), `ZeroUnits`,
		/// `RecipientNotResident`, `NotEnoughHeld`, `InArrears`. Event: `Transferred`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			id: SeriesId,
			to: T::AccountId,
			units: u32,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			ensure!(units > 0, Error::<T>::ZeroUnits);
			let mut series = Self::active(id)?;
			ensure!(
				series.terms.resident_units < series.terms.units
					|| T::Credentials::has_active_credential(&to, &CredentialKind::Resident, None),
				Error::<T>::RecipientNotResident
			);
			let now = frame_system::Pallet::<T>::block_number();
			Self::fund_coupons(id, &mut series, now);
			AllSeries::<T>::insert(id, &series);
			ensure!(series.arrears_since.is_none(), Error::<T>::InArrears);
			let due = Self::due_periods(&series, now);
			let mut sender = Holdings::<T>::get(id, &from).ok_or(Error::<T>::NotEnoughHeld)?;
			ensure!(sender.units >= units, Error::<T>::NotEnoughHeld);
			Self::settle(&series, &mut sender, due);
			sender.units = sender.units.saturating_sub(units);
			if from != to {
				let mut receiver = match Holdings::<T>::get(id, &to) {
					Some(holding) => holding,
					None => Self::new_holding(&from)?,
				};
				Self::settle(&series, &mut receiver, due);
				receiver.units = receiver.units.saturating_add(units);
				Holdings::<T>::insert(id, &to, receiver);
			} else {
				sender.units = sender.units.saturating_add(units);
			}
			Self::store_holding(id, &from, sender)?;
			Self::deposit_event(Event::Transferred { id, from, to, units });
			Ok(())
		}

		/// Pays the caller the coupons of series `id` due and set aside, in period order.
		///
		/// Origin: signed. Errors: `SeriesNotFound`, `WrongState`, `NotEnoughHeld`,
		/// `NothingToClaim`. Event: `CouponsClaimed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::claim_coupons())]
		pub fn claim_coupons(origin: OriginFor<T>, id: SeriesId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut series = Self::active(id)?;
			let now = frame_system::Pallet::<T>::block_number();
			Self::fund_coupons(id, &mut series, now);
			let mut holding = Holdings::<T>::get(id, &who).ok_or(Error::<T>::NotEnoughHeld)?;
			let amount = Self::pay_coupons(id, &mut series, &who, &mut holding, now)?;
			ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
			Self::store_holding(id, &who, holding)?;
			Self::close_if_done(id, &mut series);
			AllSeries::<T>::insert(id, series);
			Ok(())
		}

		/// Redeems `units` of a matured series at face value, with the caller's unpaid coupons.
		///
		/// Origin: signed. Errors: `SeriesNotFound`, `WrongState`, `ZeroUnits`, `NotMatured`,
		/// `InArrears`, `NotEnoughHeld`. Event: `Redeemed` (and `CouponsClaimed`,
		/// `SeriesClosed`).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::redeem())]
		pub fn redeem(origin: OriginFor<T>, id: SeriesId, units: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(units > 0, Error::<T>::ZeroUnits);
			let mut series = Self::active(id)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= Self::maturity(&series), Error::<T>::NotMatured);
			Self::fund_coupons(id, &mut series, now);
			ensure!(series.arrears_since.is_none(), Error::<T>::InArrears);
			let mut holding = Holdings::<T>::get(id, &who).ok_or(Error::<T>::NotEnoughHeld)?;
			ensure!(holding.units >= units, Error::<T>::NotEnoughHeld);
			Self::pay_coupons(id, &mut series, &who, &mut holding, now)?;
			let principal = Self::redemption_price(&series).saturating_mul(units.into());
			T::ReserveFund::pay_obligation(
				&who,
				principal,
				Obligation::BondPrincipal,
				SpendCategory::DebtService,
				series.terms.purpose,
			)?;
			holding.units = holding.units.saturating_sub(units);
			series.outstanding = series.outstanding.saturating_sub(units);
			Self::reduce_debt(series.terms.face, units);
			Self::store_holding(id, &who, holding)?;
			Self::deposit_event(Event::Redeemed { id, who, units, principal });
			Self::close_if_done(id, &mut series);
			AllSeries::<T>::insert(id, series);
			Ok(())
		}

		/// Calls an active series early: it matures at `now + notice`, coupons stop with the
		/// last period ended by then, and units are redeemed at `price` (>= face). The premium
		/// over face is set aside at once.
		///
		/// Origin: Root at any price, or `CallOrigin` at most one coupon (a period's interest,
		/// and at most a year's at `MaxAnnualCouponRate`: [`Pallet::max_premium`]) above face,
		/// so a council cannot pay holders out of the reserve by calling. Errors:
		/// `SeriesNotFound`, `WrongState`, `AlreadyCalled`, `CallBelowFace`,
		/// `CallPremiumTooHigh`, `InvalidCallDate`, the fund's `InsufficientFreeFunds`. Event:
		/// `SeriesCalled`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::call_series())]
		pub fn call_series(
			origin: OriginFor<T>,
			id: SeriesId,
			price: BalanceOf<T>,
			notice: BlockNumberFor<T>,
		) -> DispatchResult {
			let by_root =
				EitherOfDiverse::<EnsureRoot<T::AccountId>, T::CallOrigin>::ensure_origin(origin)?
					.is_left();
			let mut series = Self::active(id)?;
			ensure!(series.called.is_none(), Error::<T>::AlreadyCalled);
			ensure!(price >= series.terms.face, Error::<T>::CallBelowFace);
			ensure!(
				by_root
					|| price <= series.terms.face.saturating_add(Self::max_premium(&series.terms)),
				Error::<T>::CallPremiumTooHigh
			);
			let now = frame_system::Pallet::<T>::block_number();
			let at = now.saturating_add(notice);
			ensure!(
				notice >= T::MinCallNotice::get() && at < Self::maturity(&series),
				Error::<T>::InvalidCallDate
			);
			let premium =
				price.saturating_sub(series.terms.face).saturating_mul(series.outstanding.into());
			if !premium.is_zero() {
				T::ReserveFund::reserve(Obligation::BondPrincipal, premium)?;
			}
			series.called = Some((at, price));
			// Coupons of periods after the call are no longer owed.
			let last = Self::last_period(&series);
			if series.funded_periods > last {
				let excess = Self::coupon_per_period(&series)
					.saturating_mul(series.funded_periods.saturating_sub(last).into());
				T::ReserveFund::release(Obligation::BondCoupons, excess);
				series.funded_periods = last;
			}
			Self::fund_coupons(id, &mut series, now);
			AllSeries::<T>::insert(id, series);
			Self::deposit_event(Event::SeriesCalled { id, at, price });
			Ok(())
		}

		/// Declares a series in default: it has been in arrears longer than the grace period.
		/// Claims are still paid, in order, if money comes.
		///
		/// Origin: signed (anyone). Errors: `SeriesNotFound`, `WrongState`,
		/// `AlreadyDefaulted`, `NotInArrears`, `GracePeriodRunning`. Event: `SeriesDefaulted`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::declare_default())]
		pub fn declare_default(origin: OriginFor<T>, id: SeriesId) -> DispatchResult {
			ensure_signed(origin)?;
			let mut series = Self::active(id)?;
			ensure!(series.defaulted_at.is_none(), Error::<T>::AlreadyDefaulted);
			let now = frame_system::Pallet::<T>::block_number();
			Self::fund_coupons(id, &mut series, now);
			let since = series.arrears_since.ok_or(Error::<T>::NotInArrears)?;
			ensure!(
				now >= since.saturating_add(T::GracePeriod::get()),
				Error::<T>::GracePeriodRunning
			);
			series.defaulted_at = Some(now);
			AllSeries::<T>::insert(id, series);
			Self::deposit_event(Event::SeriesDefaulted { id, arrears_since: since });
			Ok(())
		}

		/// Brings an active series up to date: sets aside the coupons due as far as the fund
		/// can, starting or clearing its arrears (every other call on the series does too).
		///
		/// Origin: signed (anyone). Errors: `SeriesNotFound`, `WrongState`. Events:
		/// `ArrearsStarted` or `ArrearsCleared` when that changes.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::poke())]
		pub fn poke(origin: OriginFor<T>, id: SeriesId) -> DispatchResult {
			ensure_signed(origin)?;
			let mut series = Self::active(id)?;
			Self::fund_coupons(id, &mut series, frame_system::Pallet::<T>::block_number());
			AllSeries::<T>::insert(id, series);
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Series `id`, if it is active.
	fn active(id: SeriesId) -> Result<SeriesOf<T>, DispatchError> {
		let series = AllSeries::<T>::get(id).ok_or(Error::<T>::SeriesNotFound)?;
		ensure!(series.state == SeriesState::Active, Error::<T>::WrongState);
		Ok(series)
	}

	/// Whether `terms`' coupon rate, scaled from its period to a year, is within
	/// `MaxAnnualCouponRate`: `rate x year <= max x period`, in parts per billion.
	fn rate_within_cap(terms: &TermsOf<T>) -> bool {
		let year: u128 = T::Year::get().unique_saturated_into();
		let period: u128 = terms.coupon_period.unique_saturated_into();
		let rate = u128::from(terms.coupon_rate.deconstruct());
		let max = u128::from(T::MaxAnnualCouponRate::get().deconstruct());
		rate.saturating_mul(year) <= max.saturating_mul(period)
	}

	/// The most a council's call pays per unit above face: one coupon, and never more than a
	/// year's interest at `MaxAnnualCouponRate` (a series with long periods has large coupons).
	pub fn max_premium(terms: &TermsOf<T>) -> BalanceOf<T> {
		Self::coupon_per_unit(terms).min(T::MaxAnnualCouponRate::get() * terms.face)
	}

	/// The coupon of one unit for one period under `terms`.
	pub fn coupon_per_unit(terms: &TermsOf<T>) -> BalanceOf<T> {
		terms.coupon_rate * terms.face
	}

	/// The coupon of every unit sold, for one period.
	fn coupon_per_period(series: &SeriesOf<T>) -> BalanceOf<T> {
		Self::coupon_per_unit(&series.terms).saturating_mul(series.sold.into())
	}

	/// Coupon periods ended by block `now` (at most the series' periods).
	pub fn due_periods(series: &SeriesOf<T>, now: BlockNumberFor<T>) -> u32 {
		if matches!(series.state, SeriesState::Subscription | SeriesState::Cancelled) {
			return 0;
		}
		Self::periods_ended_by(series, now).min(Self::last_period(series))
	}

	/// Coupon periods of `series` ended by block `at` (uncapped).
	fn periods_ended_by(series: &SeriesOf<T>, at: BlockNumberFor<T>) -> u32 {
		city_primitives::periods_in(
			at.saturating_sub(series.terms.subscription_end),
			series.terms.coupon_period,
		)
	}

	/// The last coupon period owed: all of them, or those ended by the call date.
	pub fn last_period(series: &SeriesOf<T>) -> u32 {
		match series.called {
			None => series.terms.periods,
			Some((at, _)) => Self::periods_ended_by(series, at).min(series.terms.periods),
		}
	}

	/// When the series matures: at the end of its last period, or at the call date.
	pub fn maturity(series: &SeriesOf<T>) -> BlockNumberFor<T> {
		match series.called {
			Some((at, _)) => at,
			None => series.terms.subscription_end.saturating_add(
				series.terms.coupon_period.saturating_mul(series.terms.periods.into()),
			),
		}
	}

	/// What one unit is redeemed at: face, or the call price.
	pub fn redemption_price(series: &SeriesOf<T>) -> BalanceOf<T> {
		series.called.map_or(series.terms.face, |(_, price)| price)
	}

	/// Sets aside the coupons due and the next one, as many whole periods as the fund's free
	/// balance covers, in one reservation (O(1) however many periods passed); starts or
	/// clears arrears.
	fn fund_coupons(id: SeriesId, series: &mut SeriesOf<T>, now: BlockNumberFor<T>) {
		let due = Self::due_periods(series, now);
		let wanted = due.saturating_add(1).min(Self::last_period(series));
		let missing = wanted.saturating_sub(series.funded_periods);
		let coupon = Self::coupon_per_period(series);
		let periods = if missing == 0 || coupon.is_zero() {
			missing
		} else {
			let affordable: u32 = (T::ReserveFund::free_balance() / coupon).unique_saturated_into();
			let periods = missing.min(affordable);
			let amount = coupon.saturating_mul(periods.into());
			if periods > 0 && T::ReserveFund::reserve(Obligation::BondCoupons, amount).is_err() {
				0
			} else {
				periods
			}
		};
		series.funded_periods = series.funded_periods.saturating_add(periods);
		let in_arrears = series.funded_periods < due;
		match (series.arrears_since, in_arrears) {
			(None, true) => {
				series.arrears_since = Some(now);
				Self::deposit_event(Event::ArrearsStarted {
					id,
					period: series.funded_periods.saturating_add(1),
				});
			}
			(Some(_), false) => {
				series.arrears_since = None;
				Self::deposit_event(Event::ArrearsCleared { id });
			}
			_ => {}
		}
	}

	/// Counts in `holding.owed` the coupons of the periods up to `through` not yet settled.
	fn settle(series: &SeriesOf<T>, holding: &mut HoldingOf<T>, through: u32) {
		if through > holding.settled_through {
			let periods = through.saturating_sub(holding.settled_through);
			let accrued = Self::coupon_per_unit(&series.terms)
				.saturating_mul(holding.units.into())
				.saturating_mul(periods.into());
			holding.owed = holding.owed.saturating_add(accrued);
		}
		holding.settled_through = holding.settled_through.max(through);
	}

	/// Pays `who` their coupons of the periods due and set aside; answers the amount.
	fn pay_coupons(
		id: SeriesId,
		series: &mut SeriesOf<T>,
		who: &T::AccountId,
		holding: &mut HoldingOf<T>,
		now: BlockNumberFor<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let payable = Self::due_periods(series, now).min(series.funded_periods);
		Self::settle(series, holding, payable);
		let amount = holding.owed;
		if amount.is_zero() {
			return Ok(amount);
		}
		T::ReserveFund::pay_obligation(
			who,
			amount,
			Obligation::BondCoupons,
			SpendCategory::DebtService,
			series.terms.purpose,
		)?;
		holding.owed = Zero::zero();
		series.coupons_paid = series.coupons_paid.saturating_add(amount);
		Self::deposit_event(Event::CouponsClaimed { id, who: who.clone(), amount });
		Ok(amount)
	}

	/// Stores `holding`, or removes it once it holds and is owed nothing, returning its
	/// deposit.
	fn store_holding(id: SeriesId, who: &T::AccountId, holding: HoldingOf<T>) -> DispatchResult {
		if holding.units == 0 && holding.owed.is_zero() {
			Holdings::<T>::remove(id, who);
			Self::release_deposit(&holding)
		} else {
			Holdings::<T>::insert(id, who, holding);
			Ok(())
		}
	}

	/// A new, empty holding whose deposit is held from `depositor`.
	fn new_holding(depositor: &T::AccountId) -> Result<HoldingOf<T>, DispatchError> {
		let deposit = T::HoldingDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::HoldingDeposit.into(), depositor, deposit)?;
		}
		Ok(Holding::new(depositor.clone(), deposit))
	}

	/// Returns the deposit of a holding that goes.
	fn release_deposit(holding: &HoldingOf<T>) -> DispatchResult {
		if !holding.deposit.is_zero() {
			T::Currency::release(
				&HoldReason::HoldingDeposit.into(),
				&holding.depositor,
				holding.deposit,
				Precision::Exact,
			)?;
		}
		Ok(())
	}

	/// Takes `units` x `face` off the total debt.
	fn reduce_debt(face: BalanceOf<T>, units: u32) {
		TotalDebt::<T>::mutate(|debt| {
			*debt = debt.saturating_sub(face.saturating_mul(units.into()))
		});
	}

	/// Closes the series once no unit is outstanding and no coupon owed.
	fn close_if_done(id: SeriesId, series: &mut SeriesOf<T>) {
		if series.outstanding == 0 && Holdings::<T>::iter_prefix(id).next().is_none() {
			series.state = SeriesState::Closed;
			Self::deposit_event(Event::SeriesClosed { id });
		}
	}

	/// The coupons a series has set aside and not paid.
	pub fn coupons_reserved(series: &SeriesOf<T>) -> BalanceOf<T> {
		Self::coupon_per_period(series)
			.saturating_mul(series.funded_periods.into())
			.saturating_sub(series.coupons_paid)
	}

	/// The principal a series has set aside.
	pub fn principal_reserved(series: &SeriesOf<T>) -> BalanceOf<T> {
		match series.state {
			SeriesState::Subscription | SeriesState::Active | SeriesState::Cancelled => {
				Self::redemption_price(series).saturating_mul(series.outstanding.into())
			}
			SeriesState::Closed => Zero::zero(),
		}
	}

	/// Series `id` for the runtime API.
	pub fn series_info(id: SeriesId) -> Option<SeriesInfoOf<T>> {
		AllSeries::<T>::get(id).map(|series| Self::info(id, series))
	}

	/// Every series for the runtime API.
	pub fn all_series_info() -> alloc::vec::Vec<SeriesInfoOf<T>> {
		let mut all: alloc::vec::Vec<_> =
			AllSeries::<T>::iter().map(|(id, series)| Self::info(id, series)).collect();
		all.sort_by_key(|info| info.id);
		all
	}

	fn info(id: SeriesId, series: SeriesOf<T>) -> SeriesInfoOf<T> {
		let now = frame_system::Pallet::<T>::block_number();
		SeriesInfo {
			id,
			coupon_per_unit: Self::coupon_per_unit(&series.terms),
			due_periods: Self::due_periods(&series, now),
			maturity: Self::maturity(&series),
			series,
		}
	}

	/// What `who` holds of every series, for the runtime API: coupons accrued over every
	/// period ended, and what of them is set aside.
	pub fn holdings_of(
		who: &T::AccountId,
	) -> alloc::vec::Vec<HoldingInfo<T::AccountId, BalanceOf<T>>> {
		let now = frame_system::Pallet::<T>::block_number();
		(0..NextSeriesId::<T>::get())
			.filter_map(|id| {
				let holding = Holdings::<T>::get(id, who)?;
				let series = AllSeries::<T>::get(id)?;
				let due = Self::due_periods(&series, now);
				let owed_through = |through: u32| {
					let mut settled = holding.clone();
					Self::settle(&series, &mut settled, through);
					settled.owed
				};
				Some(HoldingInfo {
					series: id,
					accrued: owed_through(due),
					claimable: owed_through(due.min(series.funded_periods)),
					holding,
				})
			})
			.collect()
	}

	/// The city's debt against the ceiling, for the runtime API.
	pub fn debt() -> DebtStatus<BalanceOf<T>> {
		DebtStatus { total: TotalDebt::<T>::get(), ceiling: DebtCeiling::<T>::get() }
	}

	/// The invariants of the bonds:
	/// 1. the units held of a series add up to its outstanding units, and never above those
	///    sold;
	/// 2. a series never paid more coupons than accrued (due periods x coupon x units sold);
	/// 3. `TotalDebt` is the face value on offer (during subscription) or outstanding;
	/// 4. no series sets aside more periods than it owes (all, or those before its call);
	/// 5. what each account has on hold for holdings' deposits is the deposits it paid for
	///    the holdings there are.
	///
	/// What the series set aside (`principal_reserved`, `coupons_reserved`) is checked
	/// against the fund's obligations by the tests, which see both pallets.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let mut debt = BalanceOf::<T>::zero();
		for (id, series) in AllSeries::<T>::iter() {
			let held = Holdings::<T>::iter_prefix_values(id)
				.fold(0u32, |sum, holding| sum.saturating_add(holding.units));
			ensure!(held == series.outstanding, "1: units held are not the outstanding units");
			ensure!(series.outstanding <= series.sold, "1: more outstanding than sold");
			let accrued = Self::coupon_per_period(&series)
				.saturating_mul(Self::due_periods(&series, now).into());
			ensure!(series.coupons_paid <= accrued, "2: paid more coupons than accrued");
			let units = match series.state {
				SeriesState::Subscription => series.terms.units,
				SeriesState::Active | SeriesState::Cancelled => series.outstanding,
				SeriesState::Closed => 0,
			};
			debt = debt.saturating_add(series.terms.face.saturating_mul(units.into()));
			ensure!(
				series.funded_periods <= Self::last_period(&series),
				"4: funds more periods than it owes"
			);
		}
		ensure!(debt == TotalDebt::<T>::get(), "3: TotalDebt is wrong");
		let mut deposits = alloc::collections::BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for holding in Holdings::<T>::iter_values() {
			let paid = deposits.entry(holding.depositor).or_insert_with(Zero::zero);
			*paid = paid.saturating_add(holding.deposit);
		}
		for (who, paid) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::HoldingDeposit.into(), &who) == paid,
				"5: deposits held are not the holdings' deposits"
			);
		}
		Ok(())
	}
}
