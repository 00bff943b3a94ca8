//! The runtime's own migrations: those that move state between pallets, which no single
//! pallet can own.

use crate::{opaque::SessionKeys, AccountId, Runtime};
use alloc::vec::Vec;
use frame_support::{traits::OnRuntimeUpgrade, weights::Weight, BoundedVec};
use sp_core::crypto::ByteArray;
use sp_runtime::traits::OpaqueKeys;

/// The target of the migrations' log lines.
const LOG_TARGET: &str = "runtime::migrations";

/// Brings a chain that ran with its validators fixed at genesis (Aura and GRANDPA authorities
/// and no session) under `pallet-session` and the city's validator set, keeping the very same
/// validators: the running authorities are paired in order (the `i`-th Aura key with the
/// `i`-th GRANDPA key, as the genesis presets made them), each pair becomes the session keys of
/// the account whose public key is the Aura key's (a validator's account in the presets; a
/// validator whose account differs registers new keys from it and the council swaps them), and
/// those accounts become the session's validators, queued for the next session and the
/// council's set. Aura and GRANDPA keep their authorities: nothing changes until the council
/// changes the set.
///
/// It runs only where neither the session nor the council's set has a validator (so never
/// twice, and never on a chain that started with sessions), and does nothing if the
/// authorities cannot be paired. It is for the release that brings sessions: drop it from
/// `Migrations` in the next.
pub struct IntroduceSessions;

impl IntroduceSessions {
	/// The running authorities as session keys, with their accounts; `None` if they cannot be
	/// paired (no authority, or not as many of one kind as of the other).
	fn running_validators() -> Option<Vec<(AccountId, SessionKeys)>> {
		let aura = pallet_aura::Authorities::<Runtime>::get();
		let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		if aura.is_empty() || aura.len() != grandpa.len() {
			return None;
		}
		Some(
			aura.into_iter()
				.zip(grandpa)
				.map(|(aura, (grandpa, _weight))| {
					let account =
						AccountId::from(<[u8; 32]>::try_from(aura.as_slice()).unwrap_or_default());
					(account, SessionKeys { aura, grandpa })
				})
				.collect(),
		)
	}

	/// Whether the chain has yet to be migrated: neither its session nor the council's set has
	/// a validator (a chain with sessions always has both: the set never empties, and its
	/// validators' keys cannot be purged while they validate).
	fn needed() -> bool {
		pallet_session::Validators::<Runtime>::get().is_empty()
			&& pallet_validator_set::Validators::<Runtime>::get().is_empty()
	}
}

impl OnRuntimeUpgrade for IntroduceSessions {
	fn on_runtime_upgrade() -> Weight {
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		if !Self::needed() {
			return db.reads(1);
		}
		let Some(validators) = Self::running_validators() else {
			log::error!(target: LOG_TARGET, "IntroduceSessions: the authorities do not pair");
			return db.reads(3);
		};
		let count = validators.len() as u64;
		for (account, keys) in &validators {
			for id in <SessionKeys as OpaqueKeys>::key_ids() {
				let raw = keys.get_raw(*id).to_vec();
				pallet_session::KeyOwner::<Runtime>::insert((*id, raw), account.clone());
			}
			pallet_session::NextKeys::<Runtime>::insert(account.clone(), keys.clone());
			// As `pallet-session`'s genesis does for its keys: the keys are a consumer of the
			// account; an account that does not exist gets a provider instead.
			if frame_system::Pallet::<Runtime>::inc_consumers_without_limit(account).is_err() {
				frame_system::Pallet::<Runtime>::inc_providers(account);
			}
		}
		let accounts: Vec<AccountId> = validators.iter().map(|(a, _)| a.clone()).collect();
		pallet_session::Validators::<Runtime>::put(accounts.clone());
		pallet_session::QueuedKeys::<Runtime>::put(validators);
		pallet_validator_set::Validators::<Runtime>::put(BoundedVec::truncate_from(accounts));
		log::info!(target: LOG_TARGET, "IntroduceSessions: {count} validators under the session");
		// Per validator: its keys, two key owners and its account; then the three sets.
		db.reads_writes(3 + count, 4 * count + 3)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		use codec::Encode;
		if !Self::needed() {
			return Ok(Vec::new());
		}
		let validators = Self::running_validators().ok_or("the authorities do not pair")?;
		Ok(validators.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use codec::Decode;
		if state.is_empty() {
			return Ok(());
		}
		let before = Vec::<(AccountId, SessionKeys)>::decode(&mut &state[..])
			.map_err(|_| "the pre-upgrade state decodes")?;
		let accounts: Vec<AccountId> = before.iter().map(|(a, _)| a.clone()).collect();
		frame_support::ensure!(
			pallet_session::Validators::<Runtime>::get() == accounts,
			"the session's validators are the running authorities"
		);
		frame_support::ensure!(
			pallet_session::QueuedKeys::<Runtime>::get() == before,
			"the next session keeps the running authorities"
		);
		frame_support::ensure!(
			pallet_validator_set::Validators::<Runtime>::get().into_inner() == accounts,
			"the council's set is the running authorities"
		);
		for (account, keys) in &before {
			frame_support::ensure!(
				pallet_session::NextKeys::<Runtime>::get(account).as_ref() == Some(keys),
				"each validator's keys are registered"
			);
			for id in <SessionKeys as OpaqueKeys>::key_ids() {
				frame_support::ensure!(
					pallet_session::KeyOwner::<Runtime>::get((*id, keys.get_raw(*id).to_vec()))
						== Some(account.clone()),
					"each key's owner is its validator"
				);
			}
		}
		frame_support::ensure!(
			pallet_aura::Authorities::<Runtime>::get().len() == before.len(),
			"Aura keeps its authorities"
		);
		Ok(())
	}
}
