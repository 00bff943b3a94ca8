//! Benchmarks of `pallet_session`'s calls on this runtime. Upstream's
//! (`pallet-session-benchmarking`) need staking, which the city does not run; these measure the
//! same calls at their worst case: `set_keys` by an account registering keys for the first time
//! (the ownership proof checked, each key's owner written, the deposit held, a consumer
//! added), and `purge_keys` of those keys (each owner cleared, the deposit released). Their
//! weights are `weights::pallet_session`.

use crate::{opaque::SessionKeys, AccountId, Balances, Runtime, RuntimeOrigin, Session, CITY};
use alloc::vec::Vec;
use codec::Encode;
use core::marker::PhantomData;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate;

/// The benchmarks' pallet: named `pallet_session`, so their weights implement its trait.
pub struct Pallet<T: Config>(PhantomData<T>);

/// Implemented by the runtime alone.
pub trait Config: frame_system::Config {}

impl Config for Runtime {}

/// An account with funds for the deposit, and keys generated in the keystore with their proof
/// of ownership for it.
pub fn keys_for(who: &AccountId) -> (SessionKeys, Vec<u8>) {
	<Balances as Mutate<AccountId>>::set_balance(who, 1_000 * CITY);
	let generated = SessionKeys::generate(&who.encode(), None);
	(generated.keys, generated.proof.encode())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_keys() -> Result<(), BenchmarkError> {
		let who: AccountId = account("validator", 0, 0);
		let (keys, proof) = keys_for(&who);

		#[block]
		{
			Session::set_keys(RuntimeOrigin::signed(who.clone()), keys.clone(), proof)
				.map_err(|_| BenchmarkError::Stop("the keys could not be set"))?;
		}

		assert_eq!(pallet_session::NextKeys::<Runtime>::get(&who), Some(keys));
		Ok(())
	}

	#[benchmark]
	fn purge_keys() -> Result<(), BenchmarkError> {
		let who: AccountId = account("validator", 0, 0);
		let (keys, proof) = keys_for(&who);
		Session::set_keys(RuntimeOrigin::signed(who.clone()), keys, proof)
			.map_err(|_| BenchmarkError::Stop("the keys could not be set"))?;

		#[block]
		{
			Session::purge_keys(RuntimeOrigin::signed(who.clone()))
				.map_err(|_| BenchmarkError::Stop("the keys could not be purged"))?;
		}

		assert_eq!(pallet_session::NextKeys::<Runtime>::get(&who), None);
		Ok(())
	}
}
