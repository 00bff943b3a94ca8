//! Benchmarks of the reserve fund, each at its worst case.

use super::*;
use crate::Pallet as Fund;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

/// Fills the fund with `amount` beyond what it holds.
fn endow<T: Config>(amount: BalanceOf<T>) {
	let have = T::Currency::balance(&Fund::<T>::account_id());
	T::Currency::set_balance(&Fund::<T>::account_id(), have.saturating_add(amount));
}

fn big<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000_000u32.into())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn donate() {
		let donor: T::AccountId = whitelisted_caller();
		let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());
		T::Currency::set_balance(&donor, big::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(donor), amount, H256::repeat_byte(1));

		assert_eq!(T::Currency::balance(&Fund::<T>::account_id()), amount);
	}

	/// The worst case: a budgeted category whose budget starts a new period, the floor
	/// checked against obligations, and a transfer that creates the beneficiary's account.
	#[benchmark]
	fn spend() -> Result<(), BenchmarkError> {
		let origin =
			T::SpendOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let cap =
			T::SpendOrigin::try_origin(origin.clone()).map_err(|_| BenchmarkError::Weightless)?;
		let amount = cap.min(big::<T>());
		endow::<T>(big::<T>().saturating_mul(4u32.into()));
		ReserveFloor::<T>::put(Permill::from_percent(10));
		Fund::<T>::reserve(Obligation::BondPrincipal, big::<T>())
			.map_err(|_| BenchmarkError::Weightless)?;
		Budgets::<T>::insert(
			SpendCategory::PublicWorks,
			Budget { limit: amount, period: 0, spent: amount },
		);
		BudgetCount::<T>::put(1);
		frame_system::Pallet::<T>::set_block_number(T::FiscalPeriod::get());
		let to: T::AccountId = account("contractor", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, SpendCategory::PublicWorks, amount, to.clone(), H256::zero());

		assert_eq!(T::Currency::balance(&to), amount);
		Ok(())
	}

	#[benchmark]
	fn set_budget() -> Result<(), BenchmarkError> {
		let origin =
			T::BudgetOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, SpendCategory::Operations, big::<T>());

		assert_eq!(BudgetCount::<T>::get(), 1);
		Ok(())
	}

	#[benchmark]
	fn remove_budget() -> Result<(), BenchmarkError> {
		let origin =
			T::BudgetOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Budgets::<T>::insert(SpendCategory::Operations, Budget::default());
		BudgetCount::<T>::put(1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, SpendCategory::Operations);

		assert_eq!(BudgetCount::<T>::get(), 0);
		Ok(())
	}

	#[benchmark]
	fn set_reserve_floor() {
		#[extrinsic_call]
		_(RawOrigin::Root, Permill::from_percent(20));

		assert_eq!(ReserveFloor::<T>::get(), Permill::from_percent(20));
	}

	impl_benchmark_test_suite!(Fund, crate::mock::new_bench_ext(), crate::mock::Test);
}
