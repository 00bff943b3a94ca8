//! # Governance periods
//!
//! How long City Chain's governance steps last: the launch, voting, fast-track, enactment,
//! vote-locking and cool-off periods of resident referenda, and how long council and
//! technical-committee motions stay open.
//!
//! ## Overview
//! A production chain uses the values the runtime declares as [`Config::ProductionPeriods`]
//! (a week to vote, two days before a passed referendum is enacted, ...). A development or
//! test chain sets shorter ones in its genesis preset, so that a whole referendum runs in a
//! few minutes, while running exactly the same runtime code. Nothing else differs between
//! the two: the same wasm is on every chain.
//!
//! ## Low level details
//! - One storage value, [`Periods`], written only at genesis. While it is empty the production
//!   values apply.
//! - The runtime hands the governance pallets a [`CurrentPeriod`] for each period: a
//!   `Get<BlockNumber>` that reads [`Periods`] (one storage read) or falls back to production.
//! - Invariants (checked at genesis and in `try_state`): every period is at least one block
//!   (pallet-democracy divides by its launch period), and votes stay locked at least as long
//!   as enactment takes (a voter cannot sell before the result is enacted), and the minimum
//!   voting period is at most the fast-track one.
//! - There is no call: a chain changes its periods by runtime upgrade, or Root writes the
//!   value with `system.set_storage`.
//! - The runtime API [`runtime_api::CityGovernanceApi`] answers the periods in force at a
//!   block (the node's `city_governancePeriods` RPC method reads it), and since its version 2
//!   what governance is doing: the collectives and their open motions, the referenda under
//!   way, the calls scheduled for enactment and the authorized upgrade ([`views`]; the runtime
//!   fills them from the governance pallets).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod views;

use core::marker::PhantomData;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;

pub use pallet::*;
pub use types::*;

/// The target of the governance periods' log lines.
pub const LOG_TARGET: &str = "runtime::governance_periods";

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The periods of a production chain, used while genesis set none.
		#[pallet::constant]
		type ProductionPeriods: Get<GovernancePeriods<BlockNumberFor<Self>>>;
	}

	/// The periods this chain set at genesis; empty on a production chain.
	// No hasher: a single value.
	#[pallet::storage]
	pub type Periods<T: Config> =
		StorageValue<_, GovernancePeriods<BlockNumberFor<T>>, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Periods that replace the production ones on this chain (development and test
		/// chains); `None` keeps production.
		pub periods: Option<GovernancePeriods<BlockNumberFor<T>>>,
		#[serde(skip)]
		pub _config: PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(periods) = self.periods {
				// A chain whose periods break an invariant must not start: genesis is the one
				// place a panic is the right answer.
				if let Err(why) = periods.check() {
					panic!("invalid governance periods in genesis: {why}");
				}
				Periods::<T>::put(periods);
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::ProductionPeriods::get().check().is_ok(),
				"the runtime's production governance periods break an invariant"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	impl<T: Config> Pallet<T> {
		/// The periods in force on this chain.
		pub fn periods() -> GovernancePeriods<BlockNumberFor<T>> {
			Periods::<T>::get().unwrap_or_else(T::ProductionPeriods::get)
		}

		/// Invariant 1: the periods in force are each at least one block, and votes stay
		/// locked at least until enactment.
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			Self::periods().check().map_err(Into::into)
		}
	}
}

/// Selects one period out of [`GovernancePeriods`].
pub trait PeriodSelector {
	/// The selected period.
	fn select<B: Copy>(periods: &GovernancePeriods<B>) -> B;
}

macro_rules! period_selectors {
	($($(#[$doc:meta])* $name:ident => $field:ident),* $(,)?) => {
		$(
			$(#[$doc])*
			pub struct $name;
			impl PeriodSelector for $name {
				fn select<B: Copy>(periods: &GovernancePeriods<B>) -> B {
					periods.$field
				}
			}
		)*
	};
}

period_selectors! {
	/// [`GovernancePeriods::launch`].
	Launch => launch,
	/// [`GovernancePeriods::voting`].
	Voting => voting,
	/// [`GovernancePeriods::fast_track_voting`].
	FastTrackVoting => fast_track_voting,
	/// [`GovernancePeriods::minimum_voting`].
	MinimumVoting => minimum_voting,
	/// [`GovernancePeriods::enactment`].
	Enactment => enactment,
	/// [`GovernancePeriods::vote_locking`].
	VoteLocking => vote_locking,
	/// [`GovernancePeriods::cooloff`].
	Cooloff => cooloff,
	/// [`GovernancePeriods::council_motion`].
	CouncilMotion => council_motion,
	/// [`GovernancePeriods::technical_motion`].
	TechnicalMotion => technical_motion,
}

/// The period `S` in force on this chain, for a governance pallet's `Config`
/// (`type VotingPeriod = CurrentPeriod<Runtime, Voting>;`).
pub struct CurrentPeriod<T, S>(PhantomData<(T, S)>);

impl<T: Config, S: PeriodSelector> Get<BlockNumberFor<T>> for CurrentPeriod<T, S> {
	fn get() -> BlockNumberFor<T> {
		S::select(&Pallet::<T>::periods())
	}
}
