//! BOOTSTRAP, NOT MEASURED: the `WeightInfo` trait this pallet's calls need, so the crate
//! compiles before its first benchmark run. `scripts/benchmark.sh pallet_reserve_fund`
//! overwrites this file with weights measured on the reference machine; the pallet is not
//! added to the runtime until it has.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions needed for `pallet_reserve_fund`.
pub trait WeightInfo {
	fn donate() -> Weight;
	fn spend() -> Weight;
	fn set_budget() -> Weight;
	fn remove_budget() -> Weight;
	fn set_reserve_floor() -> Weight;
	fn award_contract(m: u32) -> Weight;
	fn certify_milestone() -> Weight;
	fn dispute_milestone() -> Weight;
	fn release_milestone() -> Weight;
	fn cancel_contract() -> Weight;
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
	donate(),
	spend(),
	set_budget(),
	remove_budget(),
	set_reserve_floor(),
	award_contract(u32),
	certify_milestone(),
	dispute_milestone(),
	release_milestone(),
	cancel_contract(),
}
