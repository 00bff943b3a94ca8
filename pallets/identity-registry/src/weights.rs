//! BOOTSTRAP, NOT MEASURED: the `WeightInfo` trait this pallet's calls need, so the crate
//! compiles before its first benchmark run. `scripts/benchmark.sh pallet_identity_registry`
//! overwrites this file with weights measured on the reference machine; the pallet is not
//! added to the runtime until it has.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions needed for `pallet_identity_registry`.
pub trait WeightInfo {
	fn register_issuer(a: u32, k: u32) -> Weight;
	fn update_issuer(a: u32, k: u32) -> Weight;
	fn remove_issuer(a: u32) -> Weight;
	fn suspend_issued(n: u32) -> Weight;
	fn issue() -> Weight;
	fn issue_by_council() -> Weight;
	fn suspend() -> Weight;
	fn reinstate() -> Weight;
	fn revoke() -> Weight;
	fn renew() -> Weight;
	fn erase() -> Weight;
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
	register_issuer(u32, u32),
	update_issuer(u32, u32),
	remove_issuer(u32),
	suspend_issued(u32),
	issue(),
	issue_by_council(),
	suspend(),
	reinstate(),
	revoke(),
	renew(),
	erase(),
}
