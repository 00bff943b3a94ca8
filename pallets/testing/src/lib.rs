//! # City testing
//!
//! The helpers every city pallet's mock needs, written once (a dev-dependency only).
//!
//! The functions are generic over the mock runtime; [`impl_test_helpers!`] writes the short,
//! monomorphic names the tests call (`signed(1)`, `free(1)`, `last_event()`, ...) into a mock
//! whose runtime is `pallet_balances` over `u64` accounts and balances.

use frame_support::traits::{fungible::InspectHold, Hooks};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};

/// `who`, signing.
pub fn signed<T: frame_system::Config>(who: T::AccountId) -> T::RuntimeOrigin {
	RawOrigin::Signed(who).into()
}

/// What `who` has free.
pub fn free<T: pallet_balances::Config>(who: &T::AccountId) -> T::Balance {
	pallet_balances::Pallet::<T>::free_balance(who)
}

/// What `who` has on hold for `reason`.
pub fn on_hold<T: pallet_balances::Config>(
	reason: &T::RuntimeHoldReason,
	who: &T::AccountId,
) -> T::Balance {
	pallet_balances::Pallet::<T>::balance_on_hold(reason, who)
}

/// The last event deposited.
///
/// # Panics
/// If there is none: a test that expects an event fails there.
pub fn last_event<T: frame_system::Config>() -> T::RuntimeEvent {
	frame_system::Pallet::<T>::events()
		.pop()
		.expect("qed: documented: a test that expects an event fails here without one")
		.event
		.into()
}

/// The events of one pallet (`E`: its `Event<T>`) so far, oldest first.
pub fn events_of<T: frame_system::Config, E>() -> Vec<E>
where
	T::RuntimeEvent: TryInto<E>,
{
	frame_system::Pallet::<T>::events()
		.into_iter()
		.filter_map(|record| <T::RuntimeEvent>::from(record.event).try_into().ok())
		.collect()
}

/// Closes the current block and opens the next one, as the executive would: the idle hooks of
/// `H` with all the weight there is, then the initialize hooks, with the events cleared.
pub fn next_block<T: frame_system::Config, H: Hooks<BlockNumberFor<T>>>() {
	let now = frame_system::Pallet::<T>::block_number();
	H::on_idle(now, frame_support::weights::Weight::MAX);
	let next = now + 1u32.into();
	frame_system::Pallet::<T>::set_block_number(next);
	frame_system::Pallet::<T>::reset_events();
	H::on_initialize(next);
}

/// Runs blocks ([`next_block`]) until block `n` is open.
pub fn run_to<T: frame_system::Config, H: Hooks<BlockNumberFor<T>>>(n: BlockNumberFor<T>) {
	while frame_system::Pallet::<T>::block_number() < n {
		next_block::<T, H>();
	}
}

/// Writes the helpers a mock's tests call by short names, for a mock runtime `$runtime` over
/// `u64` accounts and balances whose `Balances` is `pallet_balances`:
/// `signed(who)`, `free(who)`, `last_event()`, and with a hold reason
/// `on_hold(who)` (what `who` has on hold for `$reason`).
#[macro_export]
macro_rules! impl_test_helpers {
	($runtime:ty) => {
		/// `who`, signing.
		pub fn signed(who: u64) -> <$runtime as frame_system::Config>::RuntimeOrigin {
			$crate::signed::<$runtime>(who)
		}

		/// What `who` has free.
		pub fn free(who: u64) -> u64 {
			$crate::free::<$runtime>(&who)
		}

		/// The last event deposited.
		pub fn last_event() -> <$runtime as frame_system::Config>::RuntimeEvent {
			$crate::last_event::<$runtime>()
		}
	};
	($runtime:ty, hold: $reason:expr) => {
		$crate::impl_test_helpers!($runtime);

		/// What `who` has on hold for this pallet's deposits.
		pub fn on_hold(who: u64) -> u64 {
			$crate::on_hold::<$runtime>(&$reason.into(), &who)
		}
	};
}
