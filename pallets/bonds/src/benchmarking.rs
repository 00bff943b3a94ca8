//! The bonds' benchmarks, each at its worst case: a series of `MaxPeriods` periods whose every
//! coupon is set aside by the benchmarked call itself (one reservation whatever the number of
//! periods, but the most arithmetic and the arrears checks), transfers to a new resident holder
//! of a residents-only series, the last redemption closing the series.

use super::*;
use crate::Pallet as Bonds;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Inspect;
use frame_system::RawOrigin;
use sp_core::H256;

const UNITS: u32 = 100;
const PERIOD: u32 = 10;

fn face<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(100u32.into())
}

/// Gives `who` plenty of CITY.
fn endow<T: Config>(who: &T::AccountId) -> Result<(), BenchmarkError> {
	let amount = face::<T>().saturating_mul(1_000_000u32.into());
	city_primitives::benchmarking::endow::<T::AccountId, T::Currency>(who, amount)
		.map_err(|_| BenchmarkError::Weightless)
}

/// The current block, made at least 1: the benchmarks run from genesis, and the call itself
/// runs in block 1 at the earliest.
fn start<T: Config>() -> BlockNumberFor<T> {
	let now = frame_system::Pallet::<T>::block_number().max(1u32.into());
	frame_system::Pallet::<T>::set_block_number(now);
	now
}

/// Coupon periods long enough that a call at the shortest notice falls before maturity, at the
/// highest rate a council may issue at (`MaxAnnualCouponRate` scaled to the period).
fn terms<T: Config>(subscription_end: BlockNumberFor<T>) -> TermsOf<T> {
	let coupon_period = T::MinCallNotice::get().max(PERIOD.into());
	let period: u128 = coupon_period.unique_saturated_into();
	let year: u128 = T::Year::get().unique_saturated_into();
	let max = u128::from(T::MaxAnnualCouponRate::get().deconstruct());
	let parts = max.saturating_mul(period).checked_div(year).unwrap_or(0);
	Terms {
		name: BoundedVec::truncate_from(alloc::vec![b'n'; T::MaxNameLen::get() as usize]),
		purpose: H256::repeat_byte(1),
		contract: Some(0),
		face: face::<T>(),
		coupon_rate: Perbill::from_parts(parts.min(u128::from(u32::MAX)) as u32),
		coupon_period,
		periods: T::MaxPeriods::get(),
		units: UNITS,
		subscription_end,
		min_units: 1,
		resident_units: 0,
	}
}

/// A series with its window open until `end` (and the fund endowed); answers its id.
fn issued<T: Config>(end: BlockNumberFor<T>) -> Result<SeriesId, BenchmarkError> {
	endow::<T>(&T::ReserveFund::account())?;
	let id = NextSeriesId::<T>::get();
	Bonds::<T>::issue(RawOrigin::Root.into(), terms::<T>(end))
		.map_err(|_| BenchmarkError::Weightless)?;
	Ok(id)
}

/// An active series where `holder` bought half the units; the fund can pay everything.
fn active<T: Config>(holder: &T::AccountId) -> Result<SeriesId, BenchmarkError> {
	endow::<T>(holder)?;
	let now = start::<T>();
	let id = issued::<T>(now)?;
	Bonds::<T>::subscribe(RawOrigin::Signed(holder.clone()).into(), id, UNITS / 2)
		.map_err(|_| BenchmarkError::Weightless)?;
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
	Bonds::<T>::close_subscription(RawOrigin::Signed(holder.clone()).into(), id)
		.map_err(|_| BenchmarkError::Weightless)?;
	Ok(id)
}

/// Moves to the block where `periods` periods of series `id` have ended.
fn after_periods<T: Config>(id: SeriesId, periods: u32) -> Result<(), BenchmarkError> {
	let series = AllSeries::<T>::get(id).ok_or(BenchmarkError::Weightless)?;
	let at = series
		.terms
		.subscription_end
		.saturating_add(series.terms.coupon_period.saturating_mul(periods.into()));
	frame_system::Pallet::<T>::set_block_number(at);
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_debt_ceiling() {
		let ceiling = face::<T>();

		#[extrinsic_call]
		_(RawOrigin::Root, ceiling);

		assert_eq!(DebtCeiling::<T>::get(), ceiling);
	}

	#[benchmark]
	fn issue() -> Result<(), BenchmarkError> {
		let origin =
			T::IssueOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		DebtCeiling::<T>::put(face::<T>().saturating_mul(UNITS.into()));
		// Enough in the fund that the reserve floor is checked and passes.
		endow::<T>(&T::ReserveFund::account())?;
		let now = start::<T>();
		let id = NextSeriesId::<T>::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, terms::<T>(now));

		assert!(AllSeries::<T>::contains_key(id));
		Ok(())
	}

	/// A non-resident (the residents' share is checked) buying into a new holding.
	#[benchmark]
	fn subscribe() -> Result<(), BenchmarkError> {
		let now = start::<T>();
		let id = issued::<T>(now)?;
		let who: T::AccountId = whitelisted_caller();
		endow::<T>(&who)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id, UNITS);

		assert_eq!(Holdings::<T>::get(id, &who).map(|h| h.units), Some(UNITS));
		Ok(())
	}

	/// Activation, which sets the first coupon aside.
	#[benchmark]
	fn close_subscription() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		endow::<T>(&who)?;
		let now = start::<T>();
		let id = issued::<T>(now)?;
		Bonds::<T>::subscribe(RawOrigin::Signed(who.clone()).into(), id, UNITS)
			.map_err(|_| BenchmarkError::Weightless)?;
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_eq!(AllSeries::<T>::get(id).map(|s| s.state), Some(SeriesState::Active));
		Ok(())
	}

	/// The last subscriber of a cancelled series: the series closes.
	#[benchmark]
	fn reclaim() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		endow::<T>(&who)?;
		let now = start::<T>();
		let mut terms = terms::<T>(now);
		terms.min_units = UNITS;
		let id = NextSeriesId::<T>::get();
		Bonds::<T>::issue(RawOrigin::Root.into(), terms).map_err(|_| BenchmarkError::Weightless)?;
		Bonds::<T>::subscribe(RawOrigin::Signed(who.clone()).into(), id, 1)
			.map_err(|_| BenchmarkError::Weightless)?;
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
		Bonds::<T>::close_subscription(RawOrigin::Signed(who.clone()).into(), id)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_eq!(AllSeries::<T>::get(id).map(|s| s.state), Some(SeriesState::Closed));
		Ok(())
	}

	/// To a new holder who must be a resident (a residents-only series), with every period
	/// but the last due and none set aside yet but the first.
	#[benchmark]
	fn transfer() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		let id = active::<T>(&who)?;
		AllSeries::<T>::mutate(id, |series| {
			if let Some(series) = series {
				series.terms.resident_units = series.terms.units;
			}
		});
		after_periods::<T>(id, T::MaxPeriods::get().saturating_sub(1))?;
		let to: T::AccountId = account("buyer", 0, 0);
		T::Credentials::grant_for_benchmarks(&to, CredentialKind::Resident);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, to.clone(), 1);

		assert_eq!(Holdings::<T>::get(id, &to).map(|h| h.units), Some(1));
		Ok(())
	}

	/// Every period due, each set aside by the claim itself.
	#[benchmark]
	fn claim_coupons() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		let id = active::<T>(&who)?;
		after_periods::<T>(id, T::MaxPeriods::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert!(AllSeries::<T>::get(id).is_some_and(|s| !s.coupons_paid.is_zero()));
		Ok(())
	}

	/// The last holder redeems everything at maturity, with every coupon: the series closes.
	#[benchmark]
	fn redeem() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		let id = active::<T>(&who)?;
		after_periods::<T>(id, T::MaxPeriods::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, UNITS / 2);

		assert_eq!(AllSeries::<T>::get(id).map(|s| s.state), Some(SeriesState::Closed));
		Ok(())
	}

	/// A premium to set aside and a coupon to release.
	#[benchmark]
	fn call_series() -> Result<(), BenchmarkError> {
		let origin =
			T::CallOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = whitelisted_caller();
		let id = active::<T>(&who)?;
		Bonds::<T>::poke(RawOrigin::Signed(who).into(), id)
			.map_err(|_| BenchmarkError::Weightless)?;
		// The most a council may call at: one coupon above face.
		let terms = AllSeries::<T>::get(id).ok_or(BenchmarkError::Weightless)?.terms;
		let price = face::<T>().saturating_add(Bonds::<T>::coupon_per_unit(&terms));
		let notice = T::MinCallNotice::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, price, notice);

		assert!(AllSeries::<T>::get(id).is_some_and(|s| s.called.is_some()));
		Ok(())
	}

	/// A series in arrears past its grace period.
	#[benchmark]
	fn declare_default() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		let id = active::<T>(&who)?;
		AllSeries::<T>::mutate(id, |series| {
			if let Some(series) = series {
				series.funded_periods = 0;
				series.arrears_since = Some(Zero::zero());
			}
		});
		after_periods::<T>(id, 1)?;
		let now = frame_system::Pallet::<T>::block_number()
			.max(T::GracePeriod::get())
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		// The fund can pay nothing more.
		let free = T::ReserveFund::free_balance();
		T::ReserveFund::reserve(Obligation::Payroll, free)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert!(AllSeries::<T>::get(id).is_some_and(|s| s.defaulted_at.is_some()));
		Ok(())
	}

	/// Every period due, each set aside by the poke.
	#[benchmark]
	fn poke() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		let id = active::<T>(&who)?;
		after_periods::<T>(id, T::MaxPeriods::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_eq!(AllSeries::<T>::get(id).map(|s| s.funded_periods), Some(T::MaxPeriods::get()));
		Ok(())
	}

	impl_benchmark_test_suite!(Bonds, crate::tests::new_bench_ext(), crate::tests::Test);
}
