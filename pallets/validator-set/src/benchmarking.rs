//! The validator set's benchmarks, each at its worst case: a call on a set of `MaxValidators - 1`
//! (adding) or `MaxValidators` (removing the last); the author noted on a block; a session
//! ending with `v` validators that each authored and are paid by the reserve fund; the set
//! handed to `pallet-session` at its largest.

use super::*;
use crate::Pallet as ValidatorSetPallet;
use frame_benchmarking::v2::*;
use frame_support::{traits::EnsureOrigin, BoundedVec};

fn last_event<T: Config>(event: Event<T>) {
	let event: <T as frame_system::Config>::RuntimeEvent = event.into();
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

/// `count` validators with keys, made the set.
fn full_set<T: Config>(count: u32) -> Vec<T::AccountId> {
	let validators: Vec<T::AccountId> = (0..count).map(|i| account("validator", i, 0)).collect();
	for validator in &validators {
		T::BenchmarkHelper::register_keys(validator);
	}
	Validators::<T>::put(BoundedVec::truncate_from(validators.clone()));
	validators
}

/// A reward a fund can pay: a thousand units.
fn reward<T: Config>() -> T::Balance {
	T::Balance::from(1_000u32)
}

#[benchmarks(where T: pallet_authorship::Config)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		let origin =
			T::ManageOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		full_set::<T>(T::MaxValidators::get().saturating_sub(1));
		let newcomer: T::AccountId = account("newcomer", 0, 0);
		T::BenchmarkHelper::register_keys(&newcomer);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, newcomer.clone());

		assert!(Validators::<T>::get().contains(&newcomer));
		last_event::<T>(Event::ValidatorAdded { validator: newcomer });
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		let origin =
			T::ManageOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let set = full_set::<T>(T::MaxValidators::get());
		let leaving = set.last().cloned().ok_or(BenchmarkError::Weightless)?;
		SessionsWithoutBlocks::<T>::insert(&leaving, 1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, leaving.clone());

		assert!(!Validators::<T>::get().contains(&leaving));
		last_event::<T>(Event::ValidatorRemoved { validator: leaving });
		Ok(())
	}

	#[benchmark]
	fn set_reward() -> Result<(), BenchmarkError> {
		let origin =
			T::ManageOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let reward = reward::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, reward);

		assert_eq!(RewardPerSession::<T>::get(), reward);
		Ok(())
	}

	#[benchmark]
	fn set_offline_threshold() -> Result<(), BenchmarkError> {
		let origin =
			T::ManageOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 7);

		assert_eq!(OfflineThreshold::<T>::get(), 7);
		Ok(())
	}

	/// What every block costs that no pallet charges for: `pallet-authorship` finding the
	/// author in the digest (through the session's validators) and noting it here, then
	/// forgetting it at the block's end; `pallet-session` reading the session length.
	#[benchmark]
	fn note_author() {
		use frame_support::traits::Hooks;
		T::BenchmarkHelper::prepare_block_author();
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			pallet_authorship::Pallet::<T>::on_initialize(now);
			pallet_authorship::Pallet::<T>::on_finalize(now);
			let _ = CurrentSessionLength::<T>::get();
		}

		assert_eq!(AuthoredBlocks::<T>::iter().count(), 1);
	}

	/// An account out of the set purges its keys, the set and the session full.
	#[benchmark]
	fn purge_keys() {
		full_set::<T>(T::MaxValidators::get());
		let leaving: T::AccountId = account("leaving", 0, 0);
		T::BenchmarkHelper::register_keys(&leaving);

		#[extrinsic_call]
		_(frame_system::RawOrigin::Signed(leaving.clone()));

		assert!(!T::SessionKeys::is_registered(&leaving));
		last_event::<T>(Event::KeysPurged { who: leaving });
	}

	/// The set handed to `pallet-session`, at its largest.
	#[benchmark]
	fn new_session() {
		let set = full_set::<T>(T::MaxValidators::get());
		SetChanged::<T>::put(true);
		let handed;

		#[block]
		{
			handed = ValidatorSetPallet::<T>::new_session(2);
		}

		assert_eq!(handed, Some(set));
	}

	/// A session ends with `v` validators that each authored and are paid.
	#[benchmark]
	fn end_session(v: Linear<1, { T::MaxValidators::get() }>) {
		let set = full_set::<T>(v);
		T::BenchmarkHelper::set_session_validators(set.clone());
		for validator in &set {
			AuthoredBlocks::<T>::insert(validator, 5);
		}
		let reward = reward::<T>();
		RewardPerSession::<T>::put(reward);
		T::BenchmarkHelper::fund_rewards(reward, v);

		#[block]
		{
			ValidatorSetPallet::<T>::end_session(1);
		}

		assert_eq!(AuthoredBlocks::<T>::iter().count(), 0);
		if let Some(last) = set.last().cloned() {
			last_event::<T>(Event::ValidatorRewarded {
				session: 1,
				validator: last,
				blocks: 5,
				amount: reward,
			});
		}
	}

	impl_benchmark_test_suite!(
		ValidatorSetPallet,
		crate::tests::new_test_ext(),
		crate::tests::Test
	);
}
