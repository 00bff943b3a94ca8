//! BOOTSTRAP, NOT MEASURED: the `WeightInfo` trait this pallet's calls need, so the crate
//! compiles before its first benchmark run. The pallet is not in the runtime; it enters it
//! only once `scripts/benchmark.sh pallet_bonds` has overwritten this file.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions needed for `pallet_bonds`.
pub trait WeightInfo {
	fn set_debt_ceiling() -> Weight;
	fn issue() -> Weight;
	fn subscribe() -> Weight;
	fn close_subscription() -> Weight;
	fn reclaim() -> Weight;
	fn transfer() -> Weight;
	fn claim_coupons() -> Weight;
	fn redeem() -> Weight;
	fn call_series() -> Weight;
	fn declare_default() -> Weight;
	fn poke() -> Weight;
}

/// Placeholder for the measured weights (see the module docs).
pub struct SubstrateWeight<T>(PhantomData<T>);

macro_rules! unmeasured {
	($($name:ident($($arg:ident),*)),* $(,)?) => {
		impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
			$(fn $name($(_: $arg),*) -> Weight { Weight::zero() })*
		}
		impl WeightInfo for () {
			$(fn $name($(_: $arg),*) -> Weight { Weight::zero() })*
		}
	};
}

unmeasured! {
	set_debt_ceiling(),
	issue(),
	subscribe(),
	close_subscription(),
	reclaim(),
	transfer(),
	claim_coupons(),
	redeem(),
	call_series(),
	declare_default(),
	poke(),
}
