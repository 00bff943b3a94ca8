//! # Identity registry
//!
//! The city's source of truth for who is a resident, who is a city inspector, who may register
//! vehicles: credentials issued by city departments, with no personal data on chain.
//!
//! ## Overview
//! - The council registers **issuers**: city departments (population office, vehicle
//!   authority, police, ...), each with the accounts that act for it and the kinds of
//!   credential it may issue. Removing an issuer stops it issuing; what it issued stays on
//!   record, and the council can suspend all of it in batches.
//! - An issuer's account **issues** a credential to a resident: the kind (resident, adult,
//!   inspector, ...), an optional expiry, and a 32-byte commitment to the documents behind it
//!   (the Merkle root of salted attributes, see [`disclosure`]). The documents stay with the
//!   resident.
//! - The issuer (or the council) **suspends**, **reinstates** and **revokes** (with a reason
//!   code) its credentials. Revoked and expired credentials stay on record so audits hold, but
//!   satisfy nothing.
//! - Privileged kinds (treasurer) are granted only by the council itself
//!   ([`Pallet::issue_by_council`]), which takes the council's multi-member approval.
//! - A resident **erases** the commitment of their own credential (the right to be
//!   forgotten): the root is wiped, a tombstone and the event remain, and the credential
//!   satisfies nothing any more.
//! - A resident reveals one attribute ("born before 2008") with its salt and proof; the
//!   runtime API [`runtime_api::IdentityRegistryApi::verify_attribute`] checks it against the
//!   credential's commitment, and nothing else is disclosed.
//!
//! Other pallets ask through `city_primitives::credentials`: [`CredentialInspect`], and the
//! origin `EnsureCredential<IdentityRegistry, Inspector, AccountId>` that succeeds with the
//! account of an active inspector.
//!
//! ## Low level details
//! - [`Issuers`] by a sequential [`IssuerId`]; [`ActingFor`] maps an account to the one issuer
//!   it acts for. [`Credentials`] by a sequential [`CredentialId`]; [`CredentialsOf`] lists a
//!   subject's credential ids with their kinds (so a check reads one list, then only the
//!   credentials of the kind asked for); [`IssuedByIssuer`] indexes them by issuer for bulk
//!   suspension, which resumes from [`SuspensionCursor`].
//! - A credential's status is derived at read time ([`types::Credential::status`]): erased,
//!   revoked, expired (block number at or past `expires_at`), suspended, or active.
//! - Deposits: the city pays for what its issuers write (issuers act for the city and are
//!   bounded by the council); a resident's only write, erasure, frees storage. So no call
//!   takes a deposit.
//! - Invariants (checked by `try_state` after every unit test): see [`Pallet::do_try_state`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod disclosure;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
pub use city_primitives::credentials::{
	CredentialId, CredentialInspect, CredentialKind, Department, IssuerId,
};
use frame_support::{pallet_prelude::*, traits::EnsureOrigin};
use frame_system::pallet_prelude::*;
use sp_core::H256;
pub use types::*;

pub use pallet::*;
pub use weights::WeightInfo;

/// An issuer as this runtime stores it.
pub type IssuerOf<T> = Issuer<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxIssuerNameLen,
	<T as Config>::MaxAccountsPerIssuer,
	<T as Config>::MaxKindsPerIssuer,
>;
/// A credential as this runtime stores it.
pub type CredentialOf<T> = Credential<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// The accounts of an issuer.
pub type IssuerAccountsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxAccountsPerIssuer>;
/// The kinds an issuer may issue.
pub type IssuerKindsOf<T> = BoundedVec<CredentialKind, <T as Config>::MaxKindsPerIssuer>;
/// An issuer's name.
pub type IssuerNameOf<T> = BoundedVec<u8, <T as Config>::MaxIssuerNameLen>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

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

		/// The council: registers, changes and removes issuers, grants any kind (privileged
		/// ones only it), and may suspend, reinstate or revoke any credential.
		type CouncilOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// May grant privileged kinds (treasurer): in the runtime, a larger share of the
		/// council than `CouncilOrigin`.
		type PrivilegedOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most issuers registered at once.
		#[pallet::constant]
		type MaxIssuers: Get<u32>;

		/// The most accounts acting for one issuer.
		#[pallet::constant]
		type MaxAccountsPerIssuer: Get<u32>;

		/// The most kinds one issuer may issue.
		#[pallet::constant]
		type MaxKindsPerIssuer: Get<u32>;

		/// The longest issuer name, in bytes.
		#[pallet::constant]
		type MaxIssuerNameLen: Get<u32>;

		/// The most credentials one subject holds (revoked and expired ones included: they
		/// stay on record).
		#[pallet::constant]
		type MaxCredentialsPerSubject: Get<u32>;

		/// Weights of this pallet's calls, generated by its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The next issuer's id.
	// No hasher: a single value.
	#[pallet::storage]
	pub type NextIssuerId<T> = StorageValue<_, IssuerId, ValueQuery>;

	/// How many issuers are registered and not removed.
	#[pallet::storage]
	pub type ActiveIssuers<T> = StorageValue<_, u32, ValueQuery>;

	/// The issuers, removed ones included.
	// Hasher: Twox64Concat because the chain chooses the (sequential) ids.
	#[pallet::storage]
	pub type Issuers<T: Config> = StorageMap<_, Twox64Concat, IssuerId, IssuerOf<T>>;

	/// The issuer an account acts for (at most one).
	// Hasher: Blake2_128Concat because the council chooses the accounts.
	#[pallet::storage]
	pub type ActingFor<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, IssuerId>;

	/// The next credential's id.
	#[pallet::storage]
	pub type NextCredentialId<T> = StorageValue<_, CredentialId, ValueQuery>;

	/// The credentials, revoked, expired and erased ones included.
	// Hasher: Twox64Concat because the chain chooses the (sequential) ids.
	#[pallet::storage]
	pub type Credentials<T: Config> = StorageMap<_, Twox64Concat, CredentialId, CredentialOf<T>>;

	/// A subject's credentials, with their kinds.
	// Hasher: Blake2_128Concat because issuers choose the subjects.
	#[pallet::storage]
	pub type CredentialsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(CredentialId, CredentialKind), T::MaxCredentialsPerSubject>,
		ValueQuery,
	>;

	/// The credentials an issuer issued, for bulk suspension.
	// Hashers: Twox64Concat because the chain chooses both ids.
	#[pallet::storage]
	pub type IssuedByIssuer<T: Config> =
		StorageDoubleMap<_, Twox64Concat, IssuerId, Twox64Concat, CredentialId, ()>;

	/// The last credential a bulk suspension of an issuer's credentials reached.
	// Hasher: Twox64Concat because the chain chooses the ids.
	#[pallet::storage]
	pub type SuspensionCursor<T: Config> = StorageMap<_, Twox64Concat, IssuerId, CredentialId>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Issuers at genesis: department, name, accounts, kinds.
		pub issuers: Vec<(Department, Vec<u8>, Vec<T::AccountId>, Vec<CredentialKind>)>,
		/// Credentials at genesis: subject, kind, the index in `issuers` of who issued it
		/// (`None`: the council), commitment.
		pub credentials: Vec<(T::AccountId, CredentialKind, Option<u32>, H256)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// Genesis is the one place a panic is right: a chain whose registry breaks its own
			// bounds or rules must not start, so each `expect` below states the rule; qed.
			let mut ids = Vec::new();
			for (department, name, accounts, kinds) in &self.issuers {
				let name = name
					.clone()
					.try_into()
					.expect("a genesis issuer's name fits MaxIssuerNameLen; qed");
				let accounts = accounts
					.clone()
					.try_into()
					.expect("a genesis issuer's accounts fit MaxAccountsPerIssuer; qed");
				let kinds = kinds
					.clone()
					.try_into()
					.expect("a genesis issuer's kinds fit MaxKindsPerIssuer; qed");
				let id = Pallet::<T>::do_register_issuer(*department, name, accounts, kinds)
					.expect("genesis issuers follow the registration rules; qed");
				ids.push(id);
			}
			for (subject, kind, issuer, commitment) in &self.credentials {
				let issued_by = match issuer {
					None => IssuedBy::Council,
					Some(index) => IssuedBy::Issuer(
						*ids.get(*index as usize)
							.expect("a genesis credential names a genesis issuer; qed"),
					),
				};
				Pallet::<T>::do_issue(subject.clone(), kind.clone(), issued_by, *commitment, None)
					.expect("genesis credentials fit MaxCredentialsPerSubject; qed");
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The council registered an issuer.
		IssuerRegistered { issuer: IssuerId, department: Department },
		/// The council changed an issuer's accounts or kinds.
		IssuerUpdated { issuer: IssuerId },
		/// The council removed an issuer; its credentials stay on record.
		IssuerRemoved { issuer: IssuerId },
		/// The council suspended `suspended` more of an issuer's credentials; `complete` once
		/// none is left active.
		IssuedCredentialsSuspended { issuer: IssuerId, suspended: u32, complete: bool },
		/// A credential was issued.
		CredentialIssued {
			id: CredentialId,
			subject: T::AccountId,
			kind: CredentialKind,
			issued_by: IssuedBy,
			expires_at: Option<BlockNumberFor<T>>,
		},
		/// A credential was suspended.
		CredentialSuspended { id: CredentialId },
		/// A suspended credential was reinstated.
		CredentialReinstated { id: CredentialId },
		/// A credential was revoked for good.
		CredentialRevoked { id: CredentialId, reason: RevocationReason },
		/// A credential's expiry was changed.
		CredentialRenewed { id: CredentialId, expires_at: Option<BlockNumberFor<T>> },
		/// A subject erased their credential's commitment: only this tombstone remains.
		CredentialErased { id: CredentialId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No issuer has that id.
		IssuerNotFound,
		/// The issuer was removed: it can be neither changed nor used.
		IssuerRemoved,
		/// As many issuers as `MaxIssuers` are registered.
		TooManyIssuers,
		/// An account already acts for another issuer (or is listed twice).
		AccountActsForAnotherIssuer,
		/// A privileged kind (treasurer) can be granted only by the council itself.
		PrivilegedKind,
		/// The issuer may not issue this kind of credential.
		KindNotAllowed,
		/// The signer does not act for any (active) issuer.
		NotAnIssuer,
		/// No credential has that id.
		CredentialNotFound,
		/// Only the credential's issuer or the council may change it.
		NotTheIssuer,
		/// Only the credential's subject may erase it.
		NotTheSubject,
		/// The subject holds `MaxCredentialsPerSubject` credentials already.
		TooManyCredentials,
		/// The credential is revoked: nothing can change it but erasure.
		Revoked,
		/// The credential is suspended already.
		AlreadySuspended,
		/// The credential is not suspended.
		NotSuspended,
		/// The credential's commitment is erased already, or the credential was erased and
		/// cannot be changed.
		Erased,
		/// The expiry is not after the current block.
		ExpiryInThePast,
		/// `limit` must be at least 1.
		ZeroLimit,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxIssuers::get() > 0, "MaxIssuers must be at least 1");
			assert!(T::MaxAccountsPerIssuer::get() > 0, "MaxAccountsPerIssuer must be at least 1");
			assert!(T::MaxKindsPerIssuer::get() > 0, "MaxKindsPerIssuer must be at least 1");
			assert!(
				T::MaxCredentialsPerSubject::get() > 0,
				"MaxCredentialsPerSubject must be at least 1"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a city department as an issuer.
		///
		/// Origin: the council. `accounts` act for it (each for no other issuer); `kinds` are
		/// what it may issue (no privileged kind).
		///
		/// Errors: `TooManyIssuers`, `AccountActsForAnotherIssuer`, `PrivilegedKind`.
		/// Event: `IssuerRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_issuer(accounts.len() as u32, kinds.len() as u32))]
		pub fn register_issuer(
			origin: OriginFor<T>,
			department: Department,
			name: IssuerNameOf<T>,
			accounts: IssuerAccountsOf<T>,
			kinds: IssuerKindsOf<T>,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			Self::do_register_issuer(department, name, accounts, kinds)?;
			Ok(())
		}

		/// Replaces an issuer's accounts and/or kinds.
		///
		/// Origin: the council. Accounts removed stop acting for it at once.
		///
		/// Errors: `IssuerNotFound`, `IssuerRemoved`, `AccountActsForAnotherIssuer`,
		/// `PrivilegedKind`. Event: `IssuerUpdated`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_issuer(
			T::MaxAccountsPerIssuer::get(),
			T::MaxKindsPerIssuer::get()
		))]
		pub fn update_issuer(
			origin: OriginFor<T>,
			issuer: IssuerId,
			accounts: Option<IssuerAccountsOf<T>>,
			kinds: Option<IssuerKindsOf<T>>,
		) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			let mut record = Self::active_issuer(issuer)?;
			if let Some(kinds) = kinds {
				Self::ensure_issuable(&kinds)?;
				record.kinds = kinds;
			}
			if let Some(accounts) = accounts {
				Self::ensure_accounts_free(&accounts, Some(issuer))?;
				for old in record.accounts.iter() {
					ActingFor::<T>::remove(old);
				}
				for new in accounts.iter() {
					ActingFor::<T>::insert(new, issuer);
				}
				record.accounts = accounts;
			}
			Issuers::<T>::insert(issuer, record);
			Self::deposit_event(Event::IssuerUpdated { issuer });
			Ok(())
		}

		/// Removes an issuer: it issues nothing more and its accounts stop acting for it.
		/// What it issued stays on record and in force until suspended or revoked (see
		/// [`Pallet::suspend_issued`]).
		///
		/// Origin: the council. Errors: `IssuerNotFound`, `IssuerRemoved`. Event:
		/// `IssuerRemoved`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_issuer(T::MaxAccountsPerIssuer::get()))]
		pub fn remove_issuer(origin: OriginFor<T>, issuer: IssuerId) -> DispatchResult {
			T::CouncilOrigin::ensure_origin(origin)?;
			let mut record = Self::active_issuer(issuer)?;
			for account in record.accounts.iter() {
				ActingFor::<T>::remove(account);
			}
			record.accounts = BoundedVec::default();
			record.removed_at = Some(frame_system::Pallet::<T>::block_number());
			Issuers::<T>::insert(issuer, record);
			ActiveIssuers::<T>::mutate(|n| *n = n.saturating_sub(1));
			Self::deposit_event(Event::IssuerRemoved { issuer });
			Ok(())
		}

		/// Suspends up to `limit` of an issuer's active credentials, resuming where the last
		/// call stopped; call again until the event says `complete`.
		///
		/// Origin: the council. Errors: `IssuerNotFound`, `ZeroLimit`. Event:
		/// `IssuedCredentialsSuspended`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::suspend_issued(*limit))]
		pub fn suspend_issued(
			origin: OriginFor<T>,
			issuer: IssuerId,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			T::CouncilOrigin::ensure_origin(origin)?;
			ensure!(Issuers::<T>::contains_key(issuer), Error::<T>::IssuerNotFound);
			ensure!(limit > 0, Error::<T>::ZeroLimit);
			let now = frame_system::Pallet::<T>::block_number();
			let mut iter = match SuspensionCursor::<T>::get(issuer) {
				Some(last) => IssuedByIssuer::<T>::iter_key_prefix_from(
					issuer,
					IssuedByIssuer::<T>::hashed_key_for(issuer, last),
				),
				None => IssuedByIssuer::<T>::iter_key_prefix(issuer),
			};
			let (mut visited, mut suspended, mut last) = (0u32, 0u32, None);
			for id in iter.by_ref() {
				visited = visited.saturating_add(1);
				last = Some(id);
				Credentials::<T>::mutate(id, |maybe| {
					if let Some(credential) = maybe {
						if credential.state == CredentialState::Active {
							credential.state = CredentialState::Suspended { since: now };
							suspended = suspended.saturating_add(1);
						}
					}
				});
				if visited >= limit {
					break;
				}
			}
			let complete = iter.next().is_none();
			match (complete, last) {
				(true, _) => SuspensionCursor::<T>::remove(issuer),
				(false, Some(last)) => SuspensionCursor::<T>::insert(issuer, last),
				(false, None) => {}
			}
			Self::deposit_event(Event::IssuedCredentialsSuspended { issuer, suspended, complete });
			Ok(Some(T::WeightInfo::suspend_issued(visited)).into())
		}

		/// Issues a credential to `subject`.
		///
		/// Origin: a signed account acting for an active issuer allowed to issue `kind`.
		/// `commitment` is the root of the subject's salted attributes; `expires_at`, if
		/// given, the first block at which it no longer holds.
		///
		/// Errors: `NotAnIssuer`, `KindNotAllowed`, `PrivilegedKind`, `ExpiryInThePast`,
		/// `TooManyCredentials`. Event: `CredentialIssued`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::issue())]
		pub fn issue(
			origin: OriginFor<T>,
			subject: T::AccountId,
			kind: CredentialKind,
			commitment: H256,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let issuer = ActingFor::<T>::get(&who).ok_or(Error::<T>::NotAnIssuer)?;
			let record = Self::active_issuer(issuer)?;
			ensure!(!kind.is_privileged(), Error::<T>::PrivilegedKind);
			ensure!(record.kinds.contains(&kind), Error::<T>::KindNotAllowed);
			Self::do_issue(subject, kind, IssuedBy::Issuer(issuer), commitment, expires_at)?;
			Ok(())
		}

		/// Issues a credential of any kind in the council's name.
		///
		/// Origin: the council (`CouncilOrigin`) for ordinary kinds, `PrivilegedOrigin` for
		/// privileged ones. Errors: `ExpiryInThePast`, `TooManyCredentials`. Event:
		/// `CredentialIssued`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::issue_by_council())]
		pub fn issue_by_council(
			origin: OriginFor<T>,
			subject: T::AccountId,
			kind: CredentialKind,
			commitment: H256,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			if kind.is_privileged() {
				T::PrivilegedOrigin::ensure_origin(origin)?;
			} else {
				T::CouncilOrigin::ensure_origin(origin)?;
			}
			Self::do_issue(subject, kind, IssuedBy::Council, commitment, expires_at)?;
			Ok(())
		}

		/// Suspends an active credential; it can be reinstated.
		///
		/// Origin: its issuer's account, or the council. Errors: `CredentialNotFound`,
		/// `NotTheIssuer`, `Revoked`, `Erased`, `AlreadySuspended`. Event:
		/// `CredentialSuspended`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::suspend())]
		pub fn suspend(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let mut credential = Self::credential_for_issuer(origin, id)?;
			Self::ensure_amendable(&credential)?;
			ensure!(credential.state == CredentialState::Active, Error::<T>::AlreadySuspended);
			credential.state =
				CredentialState::Suspended { since: frame_system::Pallet::<T>::block_number() };
			Credentials::<T>::insert(id, credential);
			Self::deposit_event(Event::CredentialSuspended { id });
			Ok(())
		}

		/// Reinstates a suspended credential.
		///
		/// Origin: its issuer's account, or the council. Errors: `CredentialNotFound`,
		/// `NotTheIssuer`, `Revoked`, `Erased`, `NotSuspended`. Event: `CredentialReinstated`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reinstate())]
		pub fn reinstate(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let mut credential = Self::credential_for_issuer(origin, id)?;
			Self::ensure_amendable(&credential)?;
			ensure!(
				matches!(credential.state, CredentialState::Suspended { .. }),
				Error::<T>::NotSuspended
			);
			credential.state = CredentialState::Active;
			Credentials::<T>::insert(id, credential);
			Self::deposit_event(Event::CredentialReinstated { id });
			Ok(())
		}

		/// Revokes a credential for good, with a reason code. It stays on record.
		///
		/// Origin: its issuer's account, or the council. Errors: `CredentialNotFound`,
		/// `NotTheIssuer`, `Revoked`. Event: `CredentialRevoked`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::revoke())]
		pub fn revoke(
			origin: OriginFor<T>,
			id: CredentialId,
			reason: RevocationReason,
		) -> DispatchResult {
			let mut credential = Self::credential_for_issuer(origin, id)?;
			ensure!(
				!matches!(credential.state, CredentialState::Revoked { .. }),
				Error::<T>::Revoked
			);
			credential.state =
				CredentialState::Revoked { reason, at: frame_system::Pallet::<T>::block_number() };
			Credentials::<T>::insert(id, credential);
			Self::deposit_event(Event::CredentialRevoked { id, reason });
			Ok(())
		}

		/// Changes a credential's expiry (`None`: it never expires), e.g. to renew a licence.
		///
		/// Origin: its issuer's account, or the council. Errors: `CredentialNotFound`,
		/// `NotTheIssuer`, `Revoked`, `Erased`, `ExpiryInThePast`. Event: `CredentialRenewed`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::renew())]
		pub fn renew(
			origin: OriginFor<T>,
			id: CredentialId,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let mut credential = Self::credential_for_issuer(origin, id)?;
			Self::ensure_amendable(&credential)?;
			Self::ensure_future(expires_at)?;
			credential.expires_at = expires_at;
			Credentials::<T>::insert(id, credential);
			Self::deposit_event(Event::CredentialRenewed { id, expires_at });
			Ok(())
		}

		/// Erases the commitment of one's own credential (the right to be forgotten): the
		/// root is wiped, the record stays as a tombstone, and the credential satisfies
		/// nothing from now on. Forgetting the salts off chain completes the erasure.
		///
		/// Origin: the credential's subject. Errors: `CredentialNotFound`, `NotTheSubject`,
		/// `Erased`. Event: `CredentialErased`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::erase())]
		pub fn erase(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut credential = Credentials::<T>::get(id).ok_or(Error::<T>::CredentialNotFound)?;
			ensure!(credential.subject == who, Error::<T>::NotTheSubject);
			ensure!(credential.erased_at.is_none(), Error::<T>::Erased);
			credential.commitment = None;
			credential.erased_at = Some(frame_system::Pallet::<T>::block_number());
			Credentials::<T>::insert(id, credential);
			Self::deposit_event(Event::CredentialErased { id });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Registers an issuer (the call's logic, also used at genesis).
	pub fn do_register_issuer(
		department: Department,
		name: IssuerNameOf<T>,
		accounts: IssuerAccountsOf<T>,
		kinds: IssuerKindsOf<T>,
	) -> Result<IssuerId, DispatchError> {
		let active = ActiveIssuers::<T>::get();
		ensure!(active < T::MaxIssuers::get(), Error::<T>::TooManyIssuers);
		Self::ensure_issuable(&kinds)?;
		Self::ensure_accounts_free(&accounts, None)?;
		let issuer = NextIssuerId::<T>::get();
		let next = issuer.checked_add(1).ok_or(Error::<T>::TooManyIssuers)?;
		for account in accounts.iter() {
			ActingFor::<T>::insert(account, issuer);
		}
		Issuers::<T>::insert(
			issuer,
			Issuer { department, name, accounts, kinds, removed_at: None },
		);
		NextIssuerId::<T>::put(next);
		ActiveIssuers::<T>::put(active.saturating_add(1));
		Self::deposit_event(Event::IssuerRegistered { issuer, department });
		Ok(issuer)
	}

	/// Issues a credential (the calls' logic, also used at genesis).
	pub fn do_issue(
		subject: T::AccountId,
		kind: CredentialKind,
		issued_by: IssuedBy,
		commitment: H256,
		expires_at: Option<BlockNumberFor<T>>,
	) -> Result<CredentialId, DispatchError> {
		Self::ensure_future(expires_at)?;
		let id = NextCredentialId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::TooManyCredentials)?;
		CredentialsOf::<T>::try_mutate(&subject, |list| list.try_push((id, kind.clone())))
			.map_err(|_| Error::<T>::TooManyCredentials)?;
		let now = frame_system::Pallet::<T>::block_number();
		Credentials::<T>::insert(
			id,
			Credential {
				subject: subject.clone(),
				kind: kind.clone(),
				issued_by,
				commitment: Some(commitment),
				issued_at: now,
				expires_at,
				state: CredentialState::Active,
				erased_at: None,
			},
		);
		if let IssuedBy::Issuer(issuer) = issued_by {
			IssuedByIssuer::<T>::insert(issuer, id, ());
		}
		NextCredentialId::<T>::put(next);
		Self::deposit_event(Event::CredentialIssued { id, subject, kind, issued_by, expires_at });
		Ok(id)
	}

	/// The issuer `issuer`, if registered and not removed.
	fn active_issuer(issuer: IssuerId) -> Result<IssuerOf<T>, DispatchError> {
		let record = Issuers::<T>::get(issuer).ok_or(Error::<T>::IssuerNotFound)?;
		ensure!(record.removed_at.is_none(), Error::<T>::IssuerRemoved);
		Ok(record)
	}

	/// Issuers may not issue privileged kinds.
	fn ensure_issuable(kinds: &[CredentialKind]) -> DispatchResult {
		ensure!(!kinds.iter().any(CredentialKind::is_privileged), Error::<T>::PrivilegedKind);
		Ok(())
	}

	/// Every account is listed once and acts for no issuer but `except`.
	fn ensure_accounts_free(accounts: &[T::AccountId], except: Option<IssuerId>) -> DispatchResult {
		for (i, account) in accounts.iter().enumerate() {
			ensure!(
				!accounts.iter().take(i).any(|earlier| earlier == account),
				Error::<T>::AccountActsForAnotherIssuer
			);
			if let Some(current) = ActingFor::<T>::get(account) {
				ensure!(Some(current) == except, Error::<T>::AccountActsForAnotherIssuer);
			}
		}
		Ok(())
	}

	/// A credential its issuer may still suspend, reinstate or renew: neither erased nor
	/// revoked.
	fn ensure_amendable(credential: &CredentialOf<T>) -> DispatchResult {
		ensure!(credential.erased_at.is_none(), Error::<T>::Erased);
		ensure!(!matches!(credential.state, CredentialState::Revoked { .. }), Error::<T>::Revoked);
		Ok(())
	}

	/// An expiry, if any, lies after the current block.
	fn ensure_future(expires_at: Option<BlockNumberFor<T>>) -> DispatchResult {
		if let Some(expiry) = expires_at {
			ensure!(
				expiry > frame_system::Pallet::<T>::block_number(),
				Error::<T>::ExpiryInThePast
			);
		}
		Ok(())
	}

	/// The credential `id`, if `origin` is the council or an account acting for the
	/// credential's (active) issuer.
	fn credential_for_issuer(
		origin: OriginFor<T>,
		id: CredentialId,
	) -> Result<CredentialOf<T>, DispatchError> {
		let council = T::CouncilOrigin::try_origin(origin).map(|_| ());
		let credential = Credentials::<T>::get(id);
		match council {
			Ok(()) => credential.ok_or(Error::<T>::CredentialNotFound.into()),
			Err(origin) => {
				let who = ensure_signed(origin)?;
				let credential = credential.ok_or(Error::<T>::CredentialNotFound)?;
				let acting = ActingFor::<T>::get(&who).ok_or(Error::<T>::NotTheIssuer)?;
				ensure!(credential.issued_by == IssuedBy::Issuer(acting), Error::<T>::NotTheIssuer);
				Ok(credential)
			}
		}
	}

	/// A subject's credentials with their status at the current block.
	pub fn credentials_of(
		who: &T::AccountId,
	) -> Vec<CredentialView<T::AccountId, BlockNumberFor<T>>> {
		CredentialsOf::<T>::get(who)
			.into_iter()
			.filter_map(|(id, _)| Self::credential(id))
			.collect()
	}

	/// A credential with its status at the current block.
	pub fn credential(id: CredentialId) -> Option<CredentialView<T::AccountId, BlockNumberFor<T>>> {
		let now = frame_system::Pallet::<T>::block_number();
		Credentials::<T>::get(id).map(|credential| CredentialView {
			id,
			status: credential.status(now),
			credential,
		})
	}

	/// Checks one disclosed attribute against an active credential's commitment.
	pub fn verify_attribute(
		id: CredentialId,
		disclosure: &disclosure::Disclosure,
	) -> Result<(), disclosure::DisclosureError> {
		use disclosure::DisclosureError;
		let now = frame_system::Pallet::<T>::block_number();
		let credential = Credentials::<T>::get(id).ok_or(DisclosureError::CredentialNotFound)?;
		let status = credential.status(now);
		if status != CredentialStatus::Active {
			return Err(DisclosureError::CredentialNotActive(status));
		}
		let root = credential.commitment.ok_or(DisclosureError::CredentialNotActive(status))?;
		if disclosure::verify(&root, disclosure) {
			Ok(())
		} else {
			Err(DisclosureError::ProofInvalid)
		}
	}

	/// The invariants of the registry:
	/// 1. every credential is listed, with its kind, under its subject, and every listed id
	///    is a credential of that subject;
	/// 2. a credential is indexed under an issuer exactly when that issuer issued it;
	/// 3. an account acts for an issuer exactly when it is among the accounts of that
	///    (unremoved) issuer;
	/// 4. `ActiveIssuers` counts the unremoved issuers, at most `MaxIssuers`;
	/// 5. an erased credential has no commitment and an unerased one has one;
	/// 6. every id is below the next id to be given.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next_credential = NextCredentialId::<T>::get();
		let mut credentials = 0usize;
		for (id, credential) in Credentials::<T>::iter() {
			credentials += 1;
			ensure!(id < next_credential, "6: a credential id is not below NextCredentialId");
			ensure!(
				CredentialsOf::<T>::get(&credential.subject)
					.contains(&(id, credential.kind.clone())),
				"1: a credential is not listed under its subject"
			);
			let indexed = match credential.issued_by {
				IssuedBy::Issuer(issuer) => IssuedByIssuer::<T>::contains_key(issuer, id),
				IssuedBy::Council => true,
			};
			ensure!(indexed, "2: a credential is not indexed under its issuer");
			ensure!(
				credential.erased_at.is_some() == credential.commitment.is_none(),
				"5: erasure and commitment disagree"
			);
		}
		let mut listed = 0usize;
		for (subject, list) in CredentialsOf::<T>::iter() {
			for (id, kind) in list {
				listed += 1;
				let credential =
					Credentials::<T>::get(id).ok_or("1: a listed credential is missing")?;
				ensure!(
					credential.subject == subject,
					"1: a credential is listed under another subject"
				);
				ensure!(credential.kind == kind, "1: a listed kind is wrong");
			}
		}
		ensure!(listed == credentials, "1: credentials and subject lists disagree");
		for (issuer, id, ()) in IssuedByIssuer::<T>::iter() {
			let credential =
				Credentials::<T>::get(id).ok_or("2: an indexed credential is missing")?;
			ensure!(
				credential.issued_by == IssuedBy::Issuer(issuer),
				"2: indexed under another issuer"
			);
		}
		let next_issuer = NextIssuerId::<T>::get();
		let mut active = 0u32;
		for (issuer, record) in Issuers::<T>::iter() {
			ensure!(issuer < next_issuer, "6: an issuer id is not below NextIssuerId");
			if record.removed_at.is_none() {
				active += 1;
			} else {
				ensure!(record.accounts.is_empty(), "3: a removed issuer keeps accounts");
			}
			for account in record.accounts.iter() {
				ensure!(
					ActingFor::<T>::get(account) == Some(issuer),
					"3: an account does not act for its issuer"
				);
			}
		}
		for (account, issuer) in ActingFor::<T>::iter() {
			let record = Issuers::<T>::get(issuer).ok_or("3: an account acts for no issuer")?;
			ensure!(
				record.accounts.contains(&account),
				"3: an account acts for an issuer that does not list it"
			);
		}
		ensure!(active == ActiveIssuers::<T>::get(), "4: ActiveIssuers is wrong");
		ensure!(active <= T::MaxIssuers::get(), "4: more issuers than MaxIssuers");
		Ok(())
	}
}

impl<T: Config> CredentialInspect<T::AccountId> for Pallet<T> {
	fn has_active_credential(
		who: &T::AccountId,
		kind: &CredentialKind,
		issuer: Option<IssuerId>,
	) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		CredentialsOf::<T>::get(who).into_iter().filter(|(_, k)| k == kind).any(|(id, _)| {
			Credentials::<T>::get(id).is_some_and(|credential| {
				credential.status(now) == CredentialStatus::Active
					&& issuer.is_none_or(|issuer| credential.issued_by == IssuedBy::Issuer(issuer))
			})
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn grant_for_benchmarks(who: &T::AccountId, kind: CredentialKind) {
		// As the council would (`issue_by_council`); a full list is the benchmark's mistake.
		let _ = Self::do_issue(who.clone(), kind, IssuedBy::Council, H256::zero(), None);
	}
}
