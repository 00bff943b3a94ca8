//! Benchmarks of the reserve fund, each at its worst case.

use super::*;
use crate::Pallet as Fund;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::CheckedDiv;

/// Gives `who` `amount` more than they hold.
fn endow<T: Config>(who: &T::AccountId, amount: BalanceOf<T>) -> Result<(), BenchmarkError> {
	city_primitives::benchmarking::endow::<T::AccountId, T::Currency>(who, amount)
		.map_err(|_| BenchmarkError::Weightless)
}

/// Fills the fund with `amount` beyond what it holds.
fn endow_fund<T: Config>(amount: BalanceOf<T>) -> Result<(), BenchmarkError> {
	endow::<T>(&Fund::<T>::account_id(), amount)
}

fn big<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000_000u32.into())
}

/// A contract with the most milestones, awarded by Root (beyond caps and budgets) to a
/// contractor without an account.
fn awarded<T: Config>() -> Result<ContractId, BenchmarkError> {
	let m = T::MaxMilestones::get();
	endow_fund::<T>(big::<T>().saturating_mul(m.saturating_add(1).into()))?;
	let milestones: BoundedVec<_, _> = (0..m)
		.map(|_| (big::<T>(), H256::repeat_byte(1)))
		.collect::<alloc::vec::Vec<_>>()
		.try_into()
		.map_err(|_| BenchmarkError::Weightless)?;
	let id = NextContractId::<T>::get();
	Fund::<T>::award_contract(RawOrigin::Root.into(), account("contractor", 0, 0), milestones)
		.map_err(|_| BenchmarkError::Weightless)?;
	Ok(id)
}

/// Certifies milestone `milestone` of contract `id`.
fn certified<T: Config>(id: ContractId, milestone: u32) -> Result<(), BenchmarkError> {
	let origin =
		T::InspectorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	Fund::<T>::certify_milestone(origin, id, milestone).map_err(|_| BenchmarkError::Weightless)
}

/// Where milestone `milestone` of contract `id` stands.
fn state<T: Config>(
	id: ContractId,
	milestone: u32,
) -> Option<MilestoneState<T::AccountId, BlockNumberFor<T>>> {
	Contracts::<T>::get(id)?.milestones.get(milestone as usize).map(|m| m.state.clone())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn donate() -> Result<(), BenchmarkError> {
		let donor: T::AccountId = whitelisted_caller();
		let amount = T::Currency::minimum_balance().saturating_mul(10u32.into());
		endow::<T>(&donor, big::<T>())?;
		let before = T::Currency::balance(&Fund::<T>::account_id());

		#[extrinsic_call]
		_(RawOrigin::Signed(donor), amount, H256::repeat_byte(1));

		assert_eq!(T::Currency::balance(&Fund::<T>::account_id()), before.saturating_add(amount));
		Ok(())
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
		endow_fund::<T>(big::<T>().saturating_mul(4u32.into()))?;
		ReserveFloor::<T>::put(Permill::from_percent(10));
		Fund::<T>::reserve(Obligation::BondPrincipal, big::<T>())
			.map_err(|_| BenchmarkError::Weightless)?;
		Budgets::<T>::insert(
			SpendCategory::PublicWorks,
			Budget { limit: amount, period: 0, spent: amount },
		);
		BudgetCount::<T>::put(Budgets::<T>::iter().count() as u32);
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
		// A new category (the chain may have budgets from genesis): one more is counted.
		Budgets::<T>::remove(SpendCategory::Operations);
		let before = Budgets::<T>::iter().count() as u32;
		BudgetCount::<T>::put(before);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, SpendCategory::Operations, big::<T>());

		assert_eq!(BudgetCount::<T>::get(), before + 1);
		Ok(())
	}

	#[benchmark]
	fn remove_budget() -> Result<(), BenchmarkError> {
		let origin =
			T::BudgetOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Budgets::<T>::insert(SpendCategory::Operations, Budget::default());
		let before = Budgets::<T>::iter().count() as u32;
		BudgetCount::<T>::put(before);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, SpendCategory::Operations);

		assert_eq!(BudgetCount::<T>::get(), before - 1);
		Ok(())
	}

	#[benchmark]
	fn set_reserve_floor() {
		#[extrinsic_call]
		_(RawOrigin::Root, Permill::from_percent(20));

		assert_eq!(ReserveFloor::<T>::get(), Permill::from_percent(20));
	}

	/// The worst case: `m` milestones awarded by a capped origin (Root skips the floor), up
	/// to its cap, with a `PublicWorks` budget that starts a new period (read and written)
	/// and the floor checked against obligations.
	#[benchmark]
	fn award_contract(m: Linear<1, { T::MaxMilestones::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::AwardOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let cap =
			T::AwardOrigin::try_origin(origin.clone()).map_err(|_| BenchmarkError::Weightless)?;
		let each = cap
			.min(big::<T>())
			.checked_div(&m.into())
			.filter(|each| !each.is_zero())
			.ok_or(BenchmarkError::Weightless)?;
		let total = each.saturating_mul(m.into());
		endow_fund::<T>(big::<T>().saturating_mul(4u32.into()).saturating_add(total))?;
		ReserveFloor::<T>::put(Permill::from_percent(10));
		Fund::<T>::reserve(Obligation::BondPrincipal, big::<T>())
			.map_err(|_| BenchmarkError::Weightless)?;
		Budgets::<T>::insert(
			SpendCategory::PublicWorks,
			Budget { limit: total, period: 0, spent: total },
		);
		BudgetCount::<T>::put(Budgets::<T>::iter().count() as u32);
		frame_system::Pallet::<T>::set_block_number(T::FiscalPeriod::get());
		let milestones: BoundedVec<_, _> = (0..m)
			.map(|_| (each, H256::repeat_byte(1)))
			.collect::<alloc::vec::Vec<_>>()
			.try_into()
			.map_err(|_| BenchmarkError::Weightless)?;
		let contractor: T::AccountId = account("contractor", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, contractor, milestones);

		assert!(Contracts::<T>::contains_key(0));
		let budget = Budgets::<T>::get(SpendCategory::PublicWorks);
		assert_eq!(budget.map(|b| (b.period, b.spent)), Some((1, total)));
		Ok(())
	}

	#[benchmark]
	fn certify_milestone() -> Result<(), BenchmarkError> {
		let id = awarded::<T>()?;
		let origin =
			T::InspectorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let last = T::MaxMilestones::get().saturating_sub(1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, last);

		assert!(matches!(state::<T>(id, last), Some(MilestoneState::Certified { .. })));
		Ok(())
	}

	#[benchmark]
	fn dispute_milestone() -> Result<(), BenchmarkError> {
		let id = awarded::<T>()?;
		let last = T::MaxMilestones::get().saturating_sub(1);
		certified::<T>(id, last)?;
		let origin =
			T::DisputeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, last);

		assert_eq!(state::<T>(id, last), Some(MilestoneState::Pending));
		Ok(())
	}

	/// The worst case: the last milestone, paid to a contractor whose account it creates.
	#[benchmark]
	fn release_milestone() -> Result<(), BenchmarkError> {
		let id = awarded::<T>()?;
		let last = T::MaxMilestones::get().saturating_sub(1);
		certified::<T>(id, last)?;
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::ChallengePeriod::get()));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, last);

		assert_eq!(T::Currency::balance(&account::<T::AccountId>("contractor", 0, 0)), big::<T>());
		Ok(())
	}

	#[benchmark]
	fn cancel_contract() -> Result<(), BenchmarkError> {
		let id = awarded::<T>()?;
		let origin =
			T::CancelOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(TotalObligations::<T>::get().is_zero());
		Ok(())
	}

	impl_benchmark_test_suite!(Fund, crate::tests::new_bench_ext(), crate::tests::Test);
}
