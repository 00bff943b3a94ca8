//! # Validator set
//!
//! Who validates City Chain: the validators two thirds of the council (or Root) choose, the
//! blocks each authors per session, the report of those that author nothing, and a reward per
//! session from the reserve fund for those that do.
//!
//! ## Overview
//! A validator runs `city-node --validator`, makes session keys in its node's keystore
//! (`author_rotateKeysWithOwner`), registers them on chain with `session.setKeys` (holding a
//! deposit for the storage), and asks the council. Two thirds of the council (or a referendum)
//! then adds it with [`Pallet::add_validator`]; it starts authoring and finalizing one or two
//! sessions later (a change is queued for a whole session first, as `pallet-session` does, so
//! every node learns the next authorities before they act). Removal is the same, and the set
//! never goes below [`Config::MinValidators`] (four: GRANDPA finalizes with one of four down)
//! nor above [`Config::MaxValidators`].
//!
//! At the end of every session the chain looks at what each validator of that session
//! authored: one that authored is paid [`RewardPerSession`] from the
//! reserve fund (under its `ValidatorRewards` budget, so the reward shows in the fund's
//! accounts); one of the council's set that authored nothing for [`OfflineThreshold`] sessions
//! in a row is reported by [`Event::ValidatorOffline`], every session until it authors again
//! or is removed. The chain never removes a validator by itself: an automatic removal would let
//! a network partition, or an attacker who keeps blocks of some validators from the others,
//! shrink the set without a vote. The council decides on the report.
//!
//! ## Low level details
//! - [`Validators`] is the council's set; [`SetChanged`] says whether it changed since
//!   `pallet-session` last took it. The runtime makes this pallet `pallet-session`'s
//!   `SessionManager`: [`Pallet::new_session`] hands the set over only when it changed (else
//!   the session keeps its validators), dropping none; `pallet-session` itself skips a
//!   validator whose keys are gone.
//! - [`AuthoredBlocks`] counts the blocks of the session under way per author (this pallet is
//!   `pallet-authorship`'s event handler); [`SessionsWithoutBlocks`] counts the sessions in a
//!   row a validator of [`Validators`] authored nothing. Both are bounded by the set's size:
//!   authors are the session's validators, and the counts are cleared when a session ends or
//!   a validator is removed.
//! - [`SessionLength`] is set at genesis by development and test chains; production chains use
//!   [`Config::DefaultSessionLength`] (the runtime's [`CurrentSessionLength`]).
//! - The runtime API [`runtime_api::ValidatorSetApi`] answers [`Pallet::status`]: the set and
//!   the session's validators with their keys, blocks this session and sessions without a
//!   block (the node's `validators_status` RPC method and the portal read it).
//! - Invariants (`try_state`): the set has no duplicate and fits `MaxValidators`; the offline
//!   threshold is at least one session; only the session's validators have authored blocks
//!   counted; only members of the set have sessions without blocks counted.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
use city_primitives::treasury::{ReserveFund, SpendCategory};
use core::marker::PhantomData;
use frame_support::traits::{Get, ValidatorSet};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::Zero;

pub use pallet::*;
pub use weights::WeightInfo;

/// The target of the validator set's log lines.
pub const LOG_TARGET: &str = "runtime::validator_set";

/// A session's index, as `pallet-session` counts them.
pub type SessionIndex = u32;

/// One validator as [`Pallet::status`] shows it.
#[derive(codec::Encode, codec::Decode, scale_info::TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ValidatorStatus<AccountId> {
	/// The validator's account.
	pub account: AccountId,
	/// Whether it is in the council's set ([`Validators`]).
	pub in_set: bool,
	/// Whether it validates the session under way (one just added starts a session or two
	/// later; one just removed validates until then).
	pub in_session: bool,
	/// Whether its session keys are registered (`session.setKeys`).
	pub keys_registered: bool,
	/// The blocks it authored in the session under way.
	pub blocks_this_session: u32,
	/// The sessions in a row it authored nothing in (members of the set only).
	pub sessions_without_blocks: u32,
}

/// The validator set as [`Pallet::status`] shows it.
#[derive(codec::Encode, codec::Decode, scale_info::TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct SetStatus<AccountId, Balance, BlockNumber> {
	/// The council's set in the order it was added, then the session's validators that left
	/// it.
	pub validators: Vec<ValidatorStatus<AccountId>>,
	/// The session under way.
	pub session: SessionIndex,
	/// A session's length in blocks.
	pub session_length: BlockNumber,
	/// Whether the set changed since the session machinery last took it (the change acts from
	/// the session after next).
	pub change_pending: bool,
	/// What a validator that authored in a session is paid when it ends.
	pub reward_per_session: Balance,
	/// Sessions in a row without a block after which a validator is reported offline.
	pub offline_threshold: u32,
	/// The fewest validators the set may have.
	pub min_validators: u32,
	/// The most validators the set may have.
	pub max_validators: u32,
}

/// The session keys accounts registered (`pallet-session`'s), as this pallet needs them.
pub trait SessionKeysRegistry<AccountId> {
	/// Whether `who` registered session keys.
	fn is_registered(who: &AccountId) -> bool;
	/// Whether `who` validates in the session under way or the next one (its keys are in use).
	fn is_validating(who: &AccountId) -> bool;
	/// Purges `who`'s keys and releases their deposit, as `session.purgeKeys` does.
	fn purge(who: &AccountId) -> sp_runtime::DispatchResult;
}

/// What the runtime's benchmarks need done outside this pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
	/// Registers session keys for `who`, as `session.setKeys` would.
	fn register_keys(who: &AccountId);
	/// Makes `validators` the validators of the session under way.
	fn set_session_validators(validators: Vec<AccountId>);
	/// Lets the reserve fund pay `count` rewards of `reward` (funds and a budget).
	fn fund_rewards(reward: Balance, count: u32);
	/// Makes the block under way one a validator authored, as its digest says it.
	fn prepare_block_author();
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::AtLeast32BitUnsigned;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The amount of a reward, in the reserve fund's currency.
		type Balance: Parameter
			+ Member
			+ AtLeast32BitUnsigned
			+ Copy
			+ MaxEncodedLen
			+ Default
			+ MaybeSerializeDeserialize;

		/// Who adds and removes validators and sets the reward and the offline threshold: two
		/// thirds of the council, or Root.
		type ManageOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The session keys accounts registered (`pallet-session`): a validator without keys
		/// could not author, so it cannot be added; keys in use cannot be purged.
		type SessionKeys: SessionKeysRegistry<Self::AccountId>;

		/// The validators of the session under way (`pallet-session`), whose authorship is
		/// judged when it ends.
		type Session: ValidatorSet<Self::AccountId, ValidatorId = Self::AccountId>;

		/// The reserve fund, which pays the rewards (category `ValidatorRewards`).
		type ReserveFund: ReserveFund<Self::AccountId, Self::Balance>;

		/// The fewest validators the set may have: removals stop there.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// The most validators the set may have (the consensus pallets' `MaxAuthorities`).
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// A session's length on a chain whose genesis set none (production).
		#[pallet::constant]
		type DefaultSessionLength: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// What the benchmarks need done outside this pallet.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::Balance>;
	}

	/// The validators the council chose, in the order they were added. They validate from the
	/// session after next once changed.
	// No hasher: a single value.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether [`Validators`] changed since `pallet-session` last took it.
	// No hasher: a single value.
	#[pallet::storage]
	pub type SetChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Blocks authored in the session under way, per author.
	// Hasher: Blake2_128Concat because a validator chooses its own account.
	#[pallet::storage]
	pub type AuthoredBlocks<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Sessions in a row a validator of [`Validators`] authored nothing in.
	// Hasher: Blake2_128Concat because a validator chooses its own account.
	#[pallet::storage]
	pub type SessionsWithoutBlocks<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// What each validator that authored in a session is paid from the reserve fund when it
	/// ends. Zero pays nothing.
	// No hasher: a single value.
	#[pallet::storage]
	pub type RewardPerSession<T: Config> = StorageValue<_, T::Balance, ValueQuery>;

	/// The default [`OfflineThreshold`]: three sessions (three hours in production).
	#[pallet::type_value]
	pub fn DefaultOfflineThreshold() -> u32 {
		3
	}

	/// Sessions in a row without a block after which a validator is reported offline.
	// No hasher: a single value.
	#[pallet::storage]
	pub type OfflineThreshold<T: Config> =
		StorageValue<_, u32, ValueQuery, DefaultOfflineThreshold>;

	/// The session length this chain set at genesis; empty on a production chain.
	// No hasher: a single value.
	#[pallet::storage]
	pub type SessionLength<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators at genesis: the same accounts as `pallet-session`'s genesis keys.
		pub validators: Vec<T::AccountId>,
		/// The reward per session at genesis.
		pub reward_per_session: T::Balance,
		/// The offline threshold at genesis; `None` keeps the default (three sessions).
		pub offline_threshold: Option<u32>,
		/// A session length replacing the production one (development and test chains).
		pub session_length: Option<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// A chain whose genesis breaks a rule must not start: genesis is the one place a
			// panic is the right answer.
			let mut validators = BoundedVec::<T::AccountId, T::MaxValidators>::default();
			for validator in &self.validators {
				assert!(!validators.contains(validator), "a genesis validator appears twice");
				assert!(
					validators.try_push(validator.clone()).is_ok(),
					"more genesis validators than MaxValidators"
				);
			}
			Validators::<T>::put(validators);
			RewardPerSession::<T>::put(self.reward_per_session);
			if let Some(sessions) = self.offline_threshold {
				assert!(sessions > 0, "the genesis offline threshold is zero");
				OfflineThreshold::<T>::put(sessions);
			}
			if let Some(length) = self.session_length {
				assert!(!length.is_zero(), "the genesis session length is zero");
				SessionLength::<T>::put(length);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `validator` joined the set; it validates from the start of the session after next.
		ValidatorAdded { validator: T::AccountId },
		/// `validator` left the set; it stops validating at the start of the session after
		/// next.
		ValidatorRemoved { validator: T::AccountId },
		/// The set changed since it was last taken: `validators` validate from session
		/// `session` (the one after the session that starts with this event).
		ValidatorSetQueued { session: SessionIndex, validators: Vec<T::AccountId> },
		/// `who` purged its session keys; their deposit is released.
		KeysPurged { who: T::AccountId },
		/// Each validator that authors in a session is paid `reward` when it ends.
		RewardSet { reward: T::Balance },
		/// Validators are reported after `sessions` sessions in a row without a block.
		OfflineThresholdSet { sessions: u32 },
		/// `validator` authored `blocks` blocks in `session` and was paid `amount` from the
		/// reserve fund.
		ValidatorRewarded {
			session: SessionIndex,
			validator: T::AccountId,
			blocks: u32,
			amount: T::Balance,
		},
		/// `validator` authored in `session` but the reserve fund could not pay its reward
		/// (`error`: no `ValidatorRewards` budget, the budget spent, the fund's floor or its
		/// free funds short, or the transfer refused).
		RewardNotPaid { session: SessionIndex, validator: T::AccountId, error: DispatchError },
		/// `validator`, in the set, authored nothing for `sessions` sessions in a row, the last
		/// `session`: the council may remove it.
		ValidatorOffline { session: SessionIndex, validator: T::AccountId, sessions: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is in the set already.
		AlreadyValidator,
		/// The account is not in the set.
		NotValidator,
		/// The account registered no session keys (`session.setKeys`): it could not author.
		NoSessionKeys,
		/// The set has `MaxValidators` validators already.
		TooManyValidators,
		/// Removing the validator would leave fewer than `MinValidators`.
		TooFewValidators,
		/// An offline threshold must be at least one session.
		ZeroOfflineThreshold,
		/// The account is in the set, or validates in this session or the next: its keys are
		/// in use. A validator leaves through the council first.
		StillValidating,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// What every block costs that no pallet charges for: `pallet-authorship` finding the
		/// author and noting it here, and `pallet-session` reading the session length.
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			T::WeightInfo::note_author()
		}

		fn integrity_test() {
			assert!(T::MinValidators::get() > 0, "MinValidators is zero");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators exceeds MaxValidators"
			);
			assert!(!T::DefaultSessionLength::get().is_zero(), "DefaultSessionLength is zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `validator` to the set; it validates from the session after next.
		///
		/// Origin: [`Config::ManageOrigin`] (two thirds of the council, or Root).
		/// Errors: [`Error::AlreadyValidator`], [`Error::NoSessionKeys`] (register them with
		/// `session.setKeys` first), [`Error::TooManyValidators`].
		/// Event: [`Event::ValidatorAdded`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::ManageOrigin::ensure_origin(origin)?;
			let mut validators = Validators::<T>::get();
			ensure!(!validators.contains(&validator), Error::<T>::AlreadyValidator);
			ensure!(T::SessionKeys::is_registered(&validator), Error::<T>::NoSessionKeys);
			validators.try_push(validator.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
			Validators::<T>::put(validators);
			SetChanged::<T>::put(true);
			// A validator coming back starts with a clean record.
			SessionsWithoutBlocks::<T>::remove(&validator);
			Self::deposit_event(Event::ValidatorAdded { validator });
			Ok(())
		}

		/// Removes `validator` from the set; it stops validating at the start of the session
		/// after next.
		///
		/// Origin: [`Config::ManageOrigin`] (two thirds of the council, or Root).
		/// Errors: [`Error::NotValidator`], [`Error::TooFewValidators`].
		/// Event: [`Event::ValidatorRemoved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::ManageOrigin::ensure_origin(origin)?;
			let mut validators = Validators::<T>::get();
			let position =
				validators.iter().position(|v| v == &validator).ok_or(Error::<T>::NotValidator)?;
			ensure!(
				validators.len() > T::MinValidators::get() as usize,
				Error::<T>::TooFewValidators
			);
			validators.remove(position);
			Validators::<T>::put(validators);
			SetChanged::<T>::put(true);
			SessionsWithoutBlocks::<T>::remove(&validator);
			Self::deposit_event(Event::ValidatorRemoved { validator });
			Ok(())
		}

		/// Sets what each validator that authors in a session is paid when it ends (zero pays
		/// nothing). The reserve fund pays it within its `ValidatorRewards` budget.
		///
		/// Origin: [`Config::ManageOrigin`] (two thirds of the council, or Root).
		/// Event: [`Event::RewardSet`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_reward())]
		pub fn set_reward(origin: OriginFor<T>, reward: T::Balance) -> DispatchResult {
			T::ManageOrigin::ensure_origin(origin)?;
			RewardPerSession::<T>::put(reward);
			Self::deposit_event(Event::RewardSet { reward });
			Ok(())
		}

		/// Sets how many sessions in a row without a block get a validator reported offline.
		///
		/// Origin: [`Config::ManageOrigin`] (two thirds of the council, or Root).
		/// Errors: [`Error::ZeroOfflineThreshold`].
		/// Event: [`Event::OfflineThresholdSet`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_offline_threshold())]
		pub fn set_offline_threshold(origin: OriginFor<T>, sessions: u32) -> DispatchResult {
			T::ManageOrigin::ensure_origin(origin)?;
			ensure!(sessions > 0, Error::<T>::ZeroOfflineThreshold);
			OfflineThreshold::<T>::put(sessions);
			Self::deposit_event(Event::OfflineThresholdSet { sessions });
			Ok(())
		}

		/// Purges the caller's session keys and releases their deposit: how an account that
		/// registered keys and was never added, or a validator the council removed, takes them
		/// back once they are no longer in use. The runtime refuses `session.purgeKeys` itself:
		/// a validator that purged its keys would leave the authorities without a vote,
		/// weakening finality (and the last of them would halt it for good).
		///
		/// Origin: signed.
		/// Errors: [`Error::StillValidating`] (in the set, or validating this session or the
		/// next), [`Error::NoSessionKeys`].
		/// Event: [`Event::KeysPurged`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::purge_keys())]
		pub fn purge_keys(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Validators::<T>::get().contains(&who), Error::<T>::StillValidating);
			ensure!(!T::SessionKeys::is_validating(&who), Error::<T>::StillValidating);
			ensure!(T::SessionKeys::is_registered(&who), Error::<T>::NoSessionKeys);
			T::SessionKeys::purge(&who)?;
			Self::deposit_event(Event::KeysPurged { who });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The set and the session's validators, with what each did this session, and the
	/// parameters in force (the runtime API [`runtime_api::ValidatorSetApi`]).
	pub fn status() -> SetStatus<T::AccountId, T::Balance, BlockNumberFor<T>> {
		let set = Validators::<T>::get();
		let session = T::Session::validators();
		let leaving = session.iter().filter(|v| !set.contains(v)).cloned().collect::<Vec<_>>();
		let validators = set
			.iter()
			.cloned()
			.chain(leaving)
			.map(|account| ValidatorStatus {
				in_set: set.contains(&account),
				in_session: session.contains(&account),
				keys_registered: T::SessionKeys::is_registered(&account),
				blocks_this_session: AuthoredBlocks::<T>::get(&account),
				sessions_without_blocks: SessionsWithoutBlocks::<T>::get(&account),
				account,
			})
			.collect();
		SetStatus {
			validators,
			session: T::Session::session_index(),
			session_length: Self::session_length(),
			change_pending: SetChanged::<T>::get(),
			reward_per_session: RewardPerSession::<T>::get(),
			offline_threshold: OfflineThreshold::<T>::get(),
			min_validators: T::MinValidators::get(),
			max_validators: T::MaxValidators::get(),
		}
	}

	/// The session length in force on this chain.
	pub fn session_length() -> BlockNumberFor<T> {
		SessionLength::<T>::get().unwrap_or_else(T::DefaultSessionLength::get)
	}

	/// The set, when it changed since `pallet-session` last took it, to validate from session
	/// `new_index` (the one after the session starting now).
	pub fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		if !SetChanged::<T>::take() {
			return None;
		}
		let validators = Validators::<T>::get().into_inner();
		log::info!(
			target: LOG_TARGET,
			"{} validators queued in session {new_index}",
			validators.len()
		);
		Self::deposit_event(Event::ValidatorSetQueued {
			session: new_index,
			validators: validators.clone(),
		});
		Some(validators)
	}

	/// The set at genesis, if genesis named one (else `pallet-session` takes its genesis keys).
	pub fn genesis_session() -> Option<Vec<T::AccountId>> {
		let validators = Validators::<T>::get();
		(!validators.is_empty()).then(|| validators.into_inner())
	}

	/// Judges the session that ends: pays each validator of it that authored, counts the
	/// sessions without a block of each validator of the set that did not and reports those at
	/// the threshold, and clears the session's counts.
	pub fn end_session(ended: SessionIndex) {
		let reward = RewardPerSession::<T>::get();
		let threshold = OfflineThreshold::<T>::get();
		let set = Validators::<T>::get();
		let reference = Self::reward_reference(ended);
		for validator in T::Session::validators() {
			let blocks = AuthoredBlocks::<T>::take(&validator);
			if blocks > 0 {
				SessionsWithoutBlocks::<T>::remove(&validator);
				if reward.is_zero() {
					continue;
				}
				let event = match T::ReserveFund::pay(
					&validator,
					reward,
					SpendCategory::ValidatorRewards,
					reference,
				) {
					Ok(()) => Event::ValidatorRewarded {
						session: ended,
						validator,
						blocks,
						amount: reward,
					},
					Err(error) => Event::RewardNotPaid { session: ended, validator, error },
				};
				Self::deposit_event(event);
			} else if set.contains(&validator) {
				// A validator leaving the set is not reported: the council removed it already.
				let sessions = SessionsWithoutBlocks::<T>::mutate(&validator, |sessions| {
					*sessions = sessions.saturating_add(1);
					*sessions
				});
				if sessions >= threshold {
					Self::deposit_event(Event::ValidatorOffline {
						session: ended,
						validator,
						sessions,
					});
				}
			}
		}
		// Authors are the session's validators, so nothing is left; cleared all the same, so a
		// count can never outlive its session.
		let _ = AuthoredBlocks::<T>::clear(T::MaxValidators::get(), None);
	}

	/// The reference of a session's reward payments in the fund's accounts: the session's
	/// index, big-endian, in the last four bytes.
	pub fn reward_reference(session: SessionIndex) -> H256 {
		let mut bytes = [0u8; 32];
		for (slot, byte) in bytes.iter_mut().rev().zip(session.to_le_bytes()) {
			*slot = byte;
		}
		H256(bytes)
	}

	/// Counts a block of `author` in the session under way.
	pub fn note_author(author: T::AccountId) {
		AuthoredBlocks::<T>::mutate(author, |blocks| *blocks = blocks.saturating_add(1));
	}

	/// The invariants, numbered:
	/// 1. the set has no duplicate (and fits `MaxValidators`, by its type);
	/// 2. the offline threshold is at least one session, and the session length one block;
	/// 3. only the session's validators have authored blocks counted;
	/// 4. only members of the set have sessions without blocks counted.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let set = Validators::<T>::get();
		let mut sorted = set.clone().into_inner();
		sorted.sort();
		sorted.dedup();
		frame_support::ensure!(sorted.len() == set.len(), "1: a validator is in the set twice");
		frame_support::ensure!(
			OfflineThreshold::<T>::get() > 0,
			"2: the offline threshold is zero"
		);
		frame_support::ensure!(!Self::session_length().is_zero(), "2: the session length is zero");
		let session = T::Session::validators();
		frame_support::ensure!(
			AuthoredBlocks::<T>::iter_keys().all(|author| session.contains(&author)),
			"3: blocks are counted for an author outside the session's validators"
		);
		frame_support::ensure!(
			SessionsWithoutBlocks::<T>::iter_keys().all(|validator| set.contains(&validator)),
			"4: sessions without blocks are counted for an account outside the set"
		);
		Ok(())
	}
}

/// `pallet-session`'s `SessionManager`: the set when it changed, and the judgement of each
/// session that ends.
impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::new_session(new_index)
	}

	fn new_session_genesis(_new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::genesis_session()
	}

	fn end_session(end_index: SessionIndex) {
		Self::end_session(end_index)
	}

	fn start_session(_start_index: SessionIndex) {}
}

/// `pallet-authorship`'s event handler: counts each block's author.
impl<T: Config> pallet_authorship::EventHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn note_author(author: T::AccountId) {
		Self::note_author(author)
	}
}

/// The session length in force: what `pallet-session`'s `PeriodicSessions` reads.
pub struct CurrentSessionLength<T>(PhantomData<T>);

impl<T: Config> Get<BlockNumberFor<T>> for CurrentSessionLength<T> {
	fn get() -> BlockNumberFor<T> {
		Pallet::<T>::session_length()
	}
}
