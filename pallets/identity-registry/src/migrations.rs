//! Storage migrations of the identity registry.

use super::*;
use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

/// Version 0 to 1: the entries of [`CredentialsOf`] mirror their credential's expiry and
/// suspension, so a check reads the list alone.
pub mod v1 {
	use super::*;

	/// An entry of a subject's list in version 0: id, kind, issuer.
	#[derive(Encode, Decode)]
	pub struct OldHeldCredential {
		/// The credential's id.
		pub id: CredentialId,
		/// Its kind.
		pub kind: CredentialKind,
		/// Who issued it.
		pub issued_by: IssuedBy,
	}

	/// Rewrites every subject's list, each entry from its credential. Entries the invariants
	/// rule out are not carried over as live: one without a credential is dropped, one of a
	/// revoked or erased credential moves to the subject's past (version 0's check read the
	/// credential and refused those; the mirror alone would not). A list left empty is removed.
	///
	/// One block: fine for a test network's registry (a subject costs a read, a write and a
	/// read a credential). A registry of a whole city's residents needs a multi-block
	/// migration instead.
	pub struct Inner<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for Inner<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			CredentialsOf::<T>::translate::<Vec<OldHeldCredential>, _>(|subject, old| {
				reads = reads.saturating_add(1).saturating_add(old.len() as u64);
				writes = writes.saturating_add(1);
				let mut list = Vec::with_capacity(old.len());
				for entry in old {
					let Some(credential) = Credentials::<T>::get(entry.id) else { continue };
					if credential.erased_at.is_some()
						|| matches!(credential.state, CredentialState::Revoked { .. })
					{
						PastCredentialsOf::<T>::insert(&subject, entry.id, ());
						writes = writes.saturating_add(1);
					} else {
						list.push(HeldCredential::of(entry.id, &credential));
					}
				}
				// No longer than the version-0 list it replaces, so within the bound.
				BoundedVec::<HeldOf<T>, T::MaxCredentialsPerSubject>::try_from(list)
					.ok()
					.filter(|list| !list.is_empty())
			});
			T::DbWeight::get().reads_writes(reads, writes)
		}

		/// The number of entries of every list, whose credentials must then be live.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			let entries: u64 = CredentialsOf::<T>::iter_keys()
				.map(|subject| {
					let key = CredentialsOf::<T>::hashed_key_for(&subject);
					frame_support::storage::unhashed::get::<Vec<OldHeldCredential>>(&key)
						.map_or(0, |old| old.len() as u64)
				})
				.sum();
			Ok(entries.encode())
		}

		/// Every entry mirrors its credential, and none was lost but those the invariants
		/// rule out (the registry's `do_try_state` checks the rest).
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = u64::decode(&mut &state[..])
				.map_err(|_| sp_runtime::TryRuntimeError::Other("the count before"))?;
			let mut after = 0u64;
			for (_, list) in CredentialsOf::<T>::iter() {
				for held in list {
					after = after.saturating_add(1);
					let credential = Credentials::<T>::get(held.id)
						.ok_or("a migrated entry has no credential")?;
					ensure!(
						held == HeldCredential::of(held.id, &credential),
						"a migrated entry does not mirror its credential"
					);
				}
			}
			ensure!(after <= before, "the migration listed more entries than there were");
			Pallet::<T>::do_try_state()
		}
	}

	/// [`Inner`], run once: only while the pallet's on-chain storage version is 0, which it
	/// sets to 1.
	pub type MigrateV0ToV1<T> =
		VersionedMigration<0, 1, Inner<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}
