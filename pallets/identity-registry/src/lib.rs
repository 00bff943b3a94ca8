//! # Identity registry
//!
//! The city's source of truth for who is a resident, who is a city inspector, who may register
//! vehicles: credentials issued by city departments, with no personal data on chain.
//!
//! ## Overview
//! - The council registers **issuers**: city departments (population office, vehicle
//!   authority, police, ...), each with the accounts that act for it and the kinds of
//!   credential it may issue.
//! - **Privileged kinds** (the runtime's `PrivilegedKinds`: treasurer, inspector, payroll
//!   clerk, meter operator) are granted only in the council's own name
//!   ([`Pallet::issue_by_council`]) by its larger share (`PrivilegedOrigin`: two thirds of the
//!   council, or Root). No issuer may list one among its kinds or issue one.
//! - An issuer's account **issues** a credential to a resident: the kind (resident, adult,
//!   driver's licence, ...), an optional expiry, and a 32-byte commitment to the documents
//!   behind it (the Merkle root of salted attributes, see [`disclosure`]). The documents stay
//!   with the resident.
//! - The issuer (or the council) **suspends** one credential for a stated reason
//!   ([`SuspensionReason`]), **reinstates** it, **renews** it and **revokes** it (with a reason
//!   code). Revoked and expired credentials stay on record so audits hold, but satisfy
//!   nothing.
//! - **Removing an issuer** stops it issuing; what it issued stays on record and in force. A
//!   council majority may remove an issuer that never issued a credential; removing one that
//!   did takes `PrivilegedOrigin`, as it is the first step to suspending everything it issued.
//! - **Bulk suspension** of everything a removed issuer issued ([`Pallet::suspend_issued`],
//!   in resumable batches, recorded as [`SuspensionReason::IssuerRemoved`]) takes
//!   `PrivilegedOrigin`, and is refused while residents vote in a referendum unless Root asks:
//!   a council majority cannot take a department's residents off the electoral roll, and
//!   nobody short of Root can do it in the middle of a vote.
//! - **Slots**: a resident holds at most `MaxCredentialsPerSubject` live credentials, and at
//!   most `MaxCredentialsPerIssuer` of them from any one issuer (the council counts as one).
//!   Revoking or erasing a credential frees its slot at once; an expired one frees it when a
//!   new credential needs it. So no issuer can fill a resident's list, and dead credentials
//!   never lock anyone out of residency. Every credential stays on record for audits: the
//!   runtime API lists them all, with their status.
//! - A resident **erases** the commitment of their own credential (the right to be
//!   forgotten): the root is wiped, a tombstone and the event remain, and the credential
//!   satisfies nothing any more.
//! - A resident reveals one attribute ("born before 2008") with its salt and proof; the
//!   runtime API [`runtime_api::IdentityRegistryApi::verify_attribute`] checks it against the
//!   credential's commitment, and nothing else is disclosed.
//!
//! Who may do what (in the runtime `CouncilOrigin` is Root or a council majority,
//! `PrivilegedOrigin` Root or two thirds of the council):
//!
//! | step | origin |
//! | --- | --- |
//! | register an issuer, change its accounts or kinds (never a privileged kind) | `CouncilOrigin` |
//! | remove an issuer that never issued a credential | `CouncilOrigin` |
//! | remove an issuer that issued credentials | `PrivilegedOrigin` |
//! | suspend everything a removed issuer issued | `PrivilegedOrigin` when no referendum runs; Root at any time |
//! | issue a kind the issuer lists (never a privileged one) | an account acting for the issuer |
//! | issue a non-privileged kind in the council's name | `CouncilOrigin` |
//! | issue a privileged kind | `PrivilegedOrigin` |
//! | suspend one credential (with a reason), reinstate, renew or revoke it | an account acting for its issuer, or `CouncilOrigin` |
//! | erase a credential's commitment | its subject |
//!
//! Other pallets ask through `city_primitives::credentials`: [`CredentialInspect`], and the
//! origin `EnsureCredential<IdentityRegistry, Inspector, AccountId>` that succeeds with the
//! account of an active inspector.
//!
//! ## Low level details
//! - [`Issuers`] by a sequential [`IssuerId`]; [`ActingFor`] maps an account to the one issuer
//!   it acts for. [`Credentials`] by a sequential [`CredentialId`], every credential ever
//!   issued. [`CredentialsOf`] lists a subject's *live* credentials (neither revoked nor
//!   erased: active, suspended, or expired and not yet pruned) as [`HeldCredential`]s with
//!   their kind, issuer, expiry and suspension (mirrored by every call that changes them), so
//!   a check reads that one list and nothing else, and the per-issuer bound is counted on the
//!   list alone. [`PastCredentialsOf`]
//!   indexes the subject's other credentials (revoked, erased, pruned); the runtime API's
//!   `credentials_of` merges both, in id order. [`IssuedByIssuer`] indexes credentials by
//!   issuer for bulk suspension, which resumes from [`SuspensionCursor`].
//! - Pruning: when a new credential would not fit (the list is full, or its issuer is at
//!   `MaxCredentialsPerIssuer`), issuing first moves one expired entry of the list (the same
//!   issuer's, if it has one) to the past index, then refuses only if it still does not fit. Expired credentials stay listed until then so that a renewal (a licence a few days
//!   late) brings them back without a new issue. A pruned credential cannot be renewed
//!   (`Pruned`): it would become active while off the list, satisfying nothing; its issuer
//!   issues a new one.
//! - A credential's status is derived at read time ([`types::Credential::status`]): erased,
//!   revoked, expired (block number at or past `expires_at`), suspended, or active.
//! - `PrivilegedKinds` is checked when an issuer is registered or updated *and* when it issues,
//!   so a runtime upgrade that makes a kind privileged takes it from every issuer at once.
//! - `remove_issuer` reads [`IssuedByIssuer`] (one key, `iter_key_prefix(issuer).next()`) and
//!   `suspend_issued` reads `ReferendumOngoing` whatever the origin, though the larger origin
//!   needs neither answer: the benchmarks can only make the larger origin, and this way their
//!   weight covers the council majority's path too.
//! - `suspend` refuses [`SuspensionReason::IssuerRemoved`] (`ReasonReserved`): that reason is
//!   what bulk suspension records, so it always means the issuer was removed.
//! - Deposits: the city pays for what its issuers write (issuers act for the city and are
//!   bounded by the council); a resident's only write, erasure, frees storage. So no call
//!   takes a deposit. The past index grows with every revocation, erasure and pruning; it is
//!   read by the runtime API only, never by a call.
//! - Invariants (checked by `try_state` after every unit test): see [`Pallet::do_try_state`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod disclosure;
pub mod migrations;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
pub use city_primitives::credentials::{
	CredentialId, CredentialInspect, CredentialKind, Department, IssuerId,
};
use frame_support::{
	pallet_prelude::*,
	traits::{Contains, EitherOfDiverse, EnsureOrigin},
};
use frame_system::{pallet_prelude::*, EnsureRoot};
use sp_core::H256;
use sp_runtime::Either;
pub use types::*;

pub use pallet::*;
pub use weights::WeightInfo;

/// The target of the identity registry's log lines.
pub const LOG_TARGET: &str = "runtime::identity_registry";

/// Who acts on a credential.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Acting {
	/// Root: a referendum.
	Root,
	/// The council (`CouncilOrigin` but not Root).
	Council,
	/// An account acting for the credential's issuer.
	Clerk,
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The council: registers and changes issuers, removes those that never issued a
		/// credential, grants non-privileged kinds in its own name, and may suspend,
		/// reinstate, renew or revoke any one credential. In the runtime: Root or a council
		/// majority.
		type CouncilOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// A larger share of the council than `CouncilOrigin`: grants privileged kinds,
		/// removes issuers that issued credentials, and suspends everything a removed issuer
		/// issued (not during a referendum, unless it is Root). In the runtime: Root or two
		/// thirds of the council.
		type PrivilegedOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The privileged kinds: only `PrivilegedOrigin` grants them (in the council's name),
		/// and no issuer may list or issue one. In the runtime: treasurer, inspector, payroll
		/// clerk and meter operator.
		type PrivilegedKinds: Contains<CredentialKind>;

		/// Whether residents are voting in a referendum now: bulk suspension waits until they
		/// are done, unless Root asks. In the runtime: whether pallet-democracy has a
		/// referendum ongoing.
		type ReferendumOngoing: Get<bool>;

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

		/// The most live credentials one subject holds: active, suspended, or expired and not
		/// yet pruned. Revoked and erased ones leave the subject's list (they stay on record).
		#[pallet::constant]
		type MaxCredentialsPerSubject: Get<u32>;

		/// The most live credentials one subject holds from one issuer (the council counts as
		/// one issuer): at most `MaxCredentialsPerSubject`, and less, so that no single issuer
		/// can fill a subject's list.
		#[pallet::constant]
		type MaxCredentialsPerIssuer: Get<u32>;

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

	/// The credentials, revoked, expired and erased ones included: every credential ever issued
	/// stays here for audits.
	// Hasher: Twox64Concat because the chain chooses the (sequential) ids.
	#[pallet::storage]
	pub type Credentials<T: Config> = StorageMap<_, Twox64Concat, CredentialId, CredentialOf<T>>;

	/// A subject's live credentials (neither revoked nor erased), in id order, with their kinds
	/// and issuers. Not stored when empty.
	// Hasher: Blake2_128Concat because issuers choose the subjects.
	#[pallet::storage]
	pub type CredentialsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<HeldOf<T>, T::MaxCredentialsPerSubject>,
		ValueQuery,
	>;

	/// A subject's past credentials: revoked, erased, or expired and pruned from its list.
	/// Read by the runtime API only.
	// Hashers: Blake2_128Concat because issuers choose the subjects; Twox64Concat because the
	// chain chooses the (sequential) ids.
	#[pallet::storage]
	pub type PastCredentialsOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, CredentialId, ()>;

	/// The credentials an issuer issued, for bulk suspension.
	// Hashers: Twox64Concat because the chain chooses both ids.
	#[pallet::storage]
	pub type IssuedByIssuer<T: Config> =
		StorageDoubleMap<_, Twox64Concat, IssuerId, Twox64Concat, CredentialId, ()>;

	/// The last credential a bulk suspension of a (removed) issuer's credentials reached.
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
					Some(index) => {
						let id = *ids
							.get(*index as usize)
							.expect("a genesis credential names a genesis issuer; qed");
						let allowed =
							Issuers::<T>::get(id).is_some_and(|record| record.kinds.contains(kind));
						assert!(
							allowed,
							"a genesis issuer issues only the kinds it lists (never a privileged \
							 one); qed"
						);
						IssuedBy::Issuer(id)
					}
				};
				Pallet::<T>::do_issue(subject.clone(), kind.clone(), issued_by, *commitment, None)
					.expect(
						"genesis credentials fit MaxCredentialsPerSubject and \
						 MaxCredentialsPerIssuer; qed",
					);
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
		/// `suspended` more of a removed issuer's credentials were suspended (reason
		/// `IssuerRemoved`); `complete` once every one of them has been reached.
		IssuedCredentialsSuspended { issuer: IssuerId, suspended: u32, complete: bool },
		/// A credential was issued.
		CredentialIssued {
			id: CredentialId,
			subject: T::AccountId,
			kind: CredentialKind,
			issued_by: IssuedBy,
			expires_at: Option<BlockNumberFor<T>>,
		},
		/// A credential was suspended, for `reason`.
		CredentialSuspended { id: CredentialId, reason: SuspensionReason },
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
		/// A privileged kind (`PrivilegedKinds`) is granted only by `PrivilegedOrigin`, in the
		/// council's name: no issuer may list or issue one.
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
		/// The subject holds `MaxCredentialsPerSubject` live credentials already, none of them
		/// expired.
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
		/// The subject holds `MaxCredentialsPerIssuer` live credentials from this issuer (or
		/// from the council) already, none of them expired.
		TooManyFromIssuer,
		/// The issuer issued credentials: only `PrivilegedOrigin` may remove it.
		IssuerHasCredentials,
		/// Bulk suspension is only for what a removed issuer issued: remove the issuer first.
		IssuerNotRemoved,
		/// Residents are voting in a referendum: only Root may suspend in bulk now.
		ReferendumRunning,
		/// `IssuerRemoved` is recorded by bulk suspension only; give another reason.
		ReasonReserved,
		/// The credential expired and was pruned from its subject's list to free the slot: it
		/// cannot be renewed, its issuer issues a new one.
		Pruned,
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
			assert!(
				T::MaxCredentialsPerIssuer::get() > 0,
				"MaxCredentialsPerIssuer must be at least 1"
			);
			assert!(
				T::MaxCredentialsPerIssuer::get() <= T::MaxCredentialsPerSubject::get(),
				"MaxCredentialsPerIssuer must not exceed MaxCredentialsPerSubject"
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
		/// Origin: the council (`CouncilOrigin`). `accounts` act for it (each for no other
		/// issuer); `kinds` are what it may issue (no privileged kind).
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
		/// Origin: the council (`CouncilOrigin`); replacing the accounts of an issuer that
		/// issued credentials takes `PrivilegedOrigin` (whoever acts for a department suspends
		/// and revokes what it issued: a majority must not hand the population office to its
		/// allies). Accounts removed stop acting for it at once; `kinds` may not hold a
		/// privileged kind.
		///
		/// Charged for the most accounts it could replace, refunded down to those it replaced.
		///
		/// Errors: `IssuerNotFound`, `IssuerRemoved`, `IssuerHasCredentials`,
		/// `AccountActsForAnotherIssuer`, `PrivilegedKind`. Event: `IssuerUpdated`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_issuer(
			T::MaxAccountsPerIssuer::get(),
			accounts.as_ref().map_or(0, |accounts| accounts.len() as u32),
			kinds.as_ref().map_or(0, |kinds| kinds.len() as u32),
		))]
		pub fn update_issuer(
			origin: OriginFor<T>,
			issuer: IssuerId,
			accounts: Option<IssuerAccountsOf<T>>,
			kinds: Option<IssuerKindsOf<T>>,
		) -> DispatchResultWithPostInfo {
			let privileged = Self::privileged_or_council(origin)?;
			let mut record = Self::active_issuer(issuer)?;
			let kinds_given = kinds.as_ref().map_or(0, |kinds| kinds.len() as u32);
			if let Some(kinds) = kinds {
				Self::ensure_issuable(&kinds)?;
				record.kinds = kinds;
			}
			let (mut removed, mut added) = (0, 0);
			if let Some(accounts) = accounts {
				Self::ensure_may_reassign(issuer, privileged)?;
				Self::ensure_accounts_free(&accounts, Some(issuer))?;
				for old in record.accounts.iter() {
					ActingFor::<T>::remove(old);
				}
				for new in accounts.iter() {
					ActingFor::<T>::insert(new, issuer);
				}
				(removed, added) = (record.accounts.len() as u32, accounts.len() as u32);
				record.accounts = accounts;
			}
			Issuers::<T>::insert(issuer, record);
			Self::deposit_event(Event::IssuerUpdated { issuer });
			Ok(Some(T::WeightInfo::update_issuer(removed, added, kinds_given)).into())
		}

		/// Removes an issuer: it issues nothing more and its accounts stop acting for it.
		/// What it issued stays on record and in force until suspended or revoked (see
		/// [`Pallet::suspend_issued`]).
		///
		/// Origin: `PrivilegedOrigin`; or `CouncilOrigin` if the issuer never issued a
		/// credential (removing a department that vouched for residents is the first step to
		/// suspending all it issued, so it takes the larger share of the council).
		///
		/// Errors: `IssuerNotFound`, `IssuerRemoved`, `IssuerHasCredentials`. Event:
		/// `IssuerRemoved`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_issuer(T::MaxAccountsPerIssuer::get()))]
		pub fn remove_issuer(origin: OriginFor<T>, issuer: IssuerId) -> DispatchResult {
			let privileged = Self::privileged_or_council(origin)?;
			let mut record = Self::active_issuer(issuer)?;
			Self::ensure_may_reassign(issuer, privileged)?;
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

		/// Suspends up to `limit` of a removed issuer's active credentials (reason
		/// `IssuerRemoved`), resuming where the last call stopped; call again until the event
		/// says `complete`.
		///
		/// Origin: Root, or `PrivilegedOrigin` while no referendum is running
		/// (`ReferendumOngoing`): suspending a department's residents mid-vote would take
		/// them off the electoral roll.
		///
		/// Errors: `IssuerNotFound`, `IssuerNotRemoved`, `ZeroLimit`, `ReferendumRunning`.
		/// Event: `IssuedCredentialsSuspended`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::suspend_issued(*limit))]
		pub fn suspend_issued(
			origin: OriginFor<T>,
			issuer: IssuerId,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			let by_root = matches!(
				EitherOfDiverse::<EnsureRoot<T::AccountId>, T::PrivilegedOrigin>::ensure_origin(
					origin
				)?,
				Either::Left(())
			);
			let record = Issuers::<T>::get(issuer).ok_or(Error::<T>::IssuerNotFound)?;
			ensure!(record.removed_at.is_some(), Error::<T>::IssuerNotRemoved);
			ensure!(limit > 0, Error::<T>::ZeroLimit);
			// Asked whatever the origin: the weight covers the council's path too.
			let voting = T::ReferendumOngoing::get();
			ensure!(by_root || !voting, Error::<T>::ReferendumRunning);
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
							credential.state = CredentialState::Suspended {
								since: now,
								reason: SuspensionReason::IssuerRemoved,
							};
							Self::mirror(id, credential);
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
		/// Origin: a signed account acting for an active issuer allowed to issue `kind` (never
		/// a privileged kind). `commitment` is the root of the subject's salted attributes;
		/// `expires_at`, if given, the first block at which it no longer holds. If the subject's
		/// list is full, or holds `MaxCredentialsPerIssuer` from this issuer, one expired entry
		/// (this issuer's, if it has one) is pruned first.
		///
		/// Errors: `NotAnIssuer`, `PrivilegedKind`, `KindNotAllowed`, `ExpiryInThePast`,
		/// `TooManyCredentials`, `TooManyFromIssuer`. Event: `CredentialIssued`.
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
			ensure!(!T::PrivilegedKinds::contains(&kind), Error::<T>::PrivilegedKind);
			ensure!(record.kinds.contains(&kind), Error::<T>::KindNotAllowed);
			Self::do_issue(subject, kind, IssuedBy::Issuer(issuer), commitment, expires_at)?;
			Ok(())
		}

		/// Issues a credential of any kind in the council's name (the council counts as one
		/// issuer for `MaxCredentialsPerIssuer`).
		///
		/// Origin: `CouncilOrigin` for ordinary kinds, `PrivilegedOrigin` for privileged ones
		/// (`PrivilegedKinds`). Errors: `ExpiryInThePast`, `TooManyCredentials`,
		/// `TooManyFromIssuer`. Event: `CredentialIssued`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::issue_by_council())]
		pub fn issue_by_council(
			origin: OriginFor<T>,
			subject: T::AccountId,
			kind: CredentialKind,
			commitment: H256,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			if T::PrivilegedKinds::contains(&kind) {
				T::PrivilegedOrigin::ensure_origin(origin)?;
			} else {
				T::CouncilOrigin::ensure_origin(origin)?;
			}
			Self::do_issue(subject, kind, IssuedBy::Council, commitment, expires_at)?;
			Ok(())
		}

		/// Suspends one active credential, for `reason`; it can be reinstated.
		///
		/// Origin: an account acting for its issuer, or the council (`CouncilOrigin`); a
		/// council motion may not suspend a resident's credential while a referendum runs
		/// (Root may; the issuer's clerk may, one credential for cause). `reason` may be
		/// anything but `IssuerRemoved`, which bulk suspension records.
		///
		/// Errors: `CredentialNotFound`, `NotTheIssuer`, `ReferendumRunning`,
		/// `ReasonReserved`, `Erased`, `Revoked`, `AlreadySuspended`. Event:
		/// `CredentialSuspended`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::suspend())]
		pub fn suspend(
			origin: OriginFor<T>,
			id: CredentialId,
			reason: SuspensionReason,
		) -> DispatchResult {
			let (mut credential, acting) = Self::credential_for_issuer(origin, id)?;
			Self::ensure_not_mid_vote(&credential, acting)?;
			ensure!(reason != SuspensionReason::IssuerRemoved, Error::<T>::ReasonReserved);
			Self::ensure_amendable(&credential)?;
			ensure!(credential.state == CredentialState::Active, Error::<T>::AlreadySuspended);
			credential.state = CredentialState::Suspended {
				since: frame_system::Pallet::<T>::block_number(),
				reason,
			};
			Self::store(id, credential);
			Self::deposit_event(Event::CredentialSuspended { id, reason });
			Ok(())
		}

		/// Reinstates a suspended credential.
		///
		/// Origin: an account acting for its issuer, or the council (`CouncilOrigin`).
		/// Errors: `CredentialNotFound`, `NotTheIssuer`, `Erased`, `Revoked`, `NotSuspended`.
		/// Event: `CredentialReinstated`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reinstate())]
		pub fn reinstate(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let (mut credential, _) = Self::credential_for_issuer(origin, id)?;
			Self::ensure_amendable(&credential)?;
			ensure!(
				matches!(credential.state, CredentialState::Suspended { .. }),
				Error::<T>::NotSuspended
			);
			credential.state = CredentialState::Active;
			Self::store(id, credential);
			Self::deposit_event(Event::CredentialReinstated { id });
			Ok(())
		}

		/// Revokes a credential for good, with a reason code. It stays on record, and leaves
		/// its subject's list at once (freeing the slot).
		///
		/// Origin: an account acting for its issuer, or the council (`CouncilOrigin`); a
		/// council motion may not revoke a resident's credential while a referendum runs
		/// (Root may; the issuer's clerk may). Errors: `CredentialNotFound`, `NotTheIssuer`,
		/// `ReferendumRunning`, `Revoked`. Event: `CredentialRevoked`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::revoke())]
		pub fn revoke(
			origin: OriginFor<T>,
			id: CredentialId,
			reason: RevocationReason,
		) -> DispatchResult {
			let (mut credential, acting) = Self::credential_for_issuer(origin, id)?;
			Self::ensure_not_mid_vote(&credential, acting)?;
			ensure!(
				!matches!(credential.state, CredentialState::Revoked { .. }),
				Error::<T>::Revoked
			);
			credential.state =
				CredentialState::Revoked { reason, at: frame_system::Pallet::<T>::block_number() };
			let subject = credential.subject.clone();
			Credentials::<T>::insert(id, credential);
			Self::retire(&subject, id);
			Self::deposit_event(Event::CredentialRevoked { id, reason });
			Ok(())
		}

		/// Changes a credential's expiry (`None`: it never expires), e.g. to renew a licence.
		/// An expired credential can be renewed while it is still on its subject's list.
		///
		/// Origin: an account acting for its issuer, or the council (`CouncilOrigin`).
		/// Errors: `CredentialNotFound`, `NotTheIssuer`, `Erased`, `Revoked`,
		/// `ExpiryInThePast`, `Pruned`. Event: `CredentialRenewed`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::renew())]
		pub fn renew(
			origin: OriginFor<T>,
			id: CredentialId,
			expires_at: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let (mut credential, _) = Self::credential_for_issuer(origin, id)?;
			Self::ensure_amendable(&credential)?;
			Self::ensure_future(expires_at)?;
			let now = frame_system::Pallet::<T>::block_number();
			if credential.status(now) == CredentialStatus::Expired {
				// Off the list it would be active yet satisfy nothing.
				ensure!(
					!PastCredentialsOf::<T>::contains_key(&credential.subject, id),
					Error::<T>::Pruned
				);
			}
			credential.expires_at = expires_at;
			Self::store(id, credential);
			Self::deposit_event(Event::CredentialRenewed { id, expires_at });
			Ok(())
		}

		/// Erases the commitment of one's own credential (the right to be forgotten): the
		/// root is wiped, the record stays as a tombstone, the credential leaves its subject's
		/// list (freeing the slot) and satisfies nothing from now on. Forgetting the salts off
		/// chain completes the erasure.
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
			Self::retire(&who, id);
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

	/// Issues a credential (the calls' logic, also used at genesis): puts it on the subject's
	/// list within both bounds, taking one expired entry off the list first (into the
	/// subject's past) if it would not fit.
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
		let now = frame_system::Pallet::<T>::block_number();
		let mut list = CredentialsOf::<T>::get(&subject);
		// No room: one expired entry makes it (both bounds are "below the most", so one entry
		// off is enough), the issuer's own first, so that its share is freed too. One entry
		// and one write, however long the list: the call's weight does not grow with it.
		let mut pruned = None;
		if !Self::fits(&list, issued_by) {
			let expired = |held: &HeldOf<T>| held.expired(now);
			let position = list
				.iter()
				.position(|held| held.issued_by == issued_by && expired(held))
				.or_else(|| list.iter().position(expired));
			pruned = position.map(|position| list.remove(position).id);
		}
		ensure!(
			(list.len() as u32) < T::MaxCredentialsPerSubject::get(),
			Error::<T>::TooManyCredentials
		);
		ensure!(
			Self::count_from(&list, issued_by) < T::MaxCredentialsPerIssuer::get(),
			Error::<T>::TooManyFromIssuer
		);
		let credential = Credential {
			subject: subject.clone(),
			kind: kind.clone(),
			issued_by,
			commitment: Some(commitment),
			issued_at: now,
			expires_at,
			state: CredentialState::Active,
			erased_at: None,
		};
		list.try_push(HeldCredential::of(id, &credential))
			.map_err(|_| Error::<T>::TooManyCredentials)?;
		if let Some(old) = pruned {
			PastCredentialsOf::<T>::insert(&subject, old, ());
		}
		CredentialsOf::<T>::insert(&subject, list);
		Credentials::<T>::insert(id, credential);
		if let IssuedBy::Issuer(issuer) = issued_by {
			IssuedByIssuer::<T>::insert(issuer, id, ());
		}
		NextCredentialId::<T>::put(next);
		Self::deposit_event(Event::CredentialIssued { id, subject, kind, issued_by, expires_at });
		Ok(id)
	}

	/// Whether one more credential from `issued_by` fits on `list` as it is.
	fn fits(list: &[HeldOf<T>], issued_by: IssuedBy) -> bool {
		(list.len() as u32) < T::MaxCredentialsPerSubject::get()
			&& Self::count_from(list, issued_by) < T::MaxCredentialsPerIssuer::get()
	}

	/// How many entries of `list` `issued_by` issued.
	fn count_from(list: &[HeldOf<T>], issued_by: IssuedBy) -> u32 {
		list.iter().filter(|held| held.issued_by == issued_by).count() as u32
	}

	/// Stores a listed credential whose expiry or suspension changed, and mirrors them onto its
	/// entry: the one write path of `suspend`, `reinstate` and `renew`.
	fn store(id: CredentialId, credential: CredentialOf<T>) {
		Self::mirror(id, &credential);
		Credentials::<T>::insert(id, credential);
	}

	/// Mirrors `credential`'s expiry and suspension onto its entry (`id`) in its subject's list,
	/// if listed: one read and one write. Every change of either goes through it (`store`, and
	/// the bulk suspension, which changes credentials in place).
	fn mirror(id: CredentialId, credential: &CredentialOf<T>) {
		CredentialsOf::<T>::mutate_exists(&credential.subject, |maybe| {
			let entry = maybe.as_mut().and_then(|list| list.iter_mut().find(|held| held.id == id));
			if let Some(held) = entry {
				*held = HeldCredential::of(id, credential);
			}
		});
	}

	/// Takes credential `id` off `subject`'s list (a no-op if it is not there) and into the
	/// subject's past.
	fn retire(subject: &T::AccountId, id: CredentialId) {
		CredentialsOf::<T>::mutate_exists(subject, |maybe| {
			if let Some(list) = maybe {
				list.retain(|held| held.id != id);
				if list.is_empty() {
					*maybe = None;
				}
			}
		});
		PastCredentialsOf::<T>::insert(subject, id, ());
	}

	/// The issuer `issuer`, if registered and not removed.
	fn active_issuer(issuer: IssuerId) -> Result<IssuerOf<T>, DispatchError> {
		let record = Issuers::<T>::get(issuer).ok_or(Error::<T>::IssuerNotFound)?;
		ensure!(record.removed_at.is_none(), Error::<T>::IssuerRemoved);
		Ok(record)
	}

	/// Issuers may not issue privileged kinds.
	fn ensure_issuable(kinds: &[CredentialKind]) -> DispatchResult {
		ensure!(!kinds.iter().any(T::PrivilegedKinds::contains), Error::<T>::PrivilegedKind);
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

	/// The credential `id`, if `origin` is Root, the council, or an account acting for the
	/// credential's (active) issuer; and which of them acts.
	fn credential_for_issuer(
		origin: OriginFor<T>,
		id: CredentialId,
	) -> Result<(CredentialOf<T>, Acting), DispatchError> {
		let credential = Credentials::<T>::get(id);
		match EitherOfDiverse::<EnsureRoot<T::AccountId>, T::CouncilOrigin>::try_origin(origin) {
			Ok(by) => {
				let acting = if by.is_left() { Acting::Root } else { Acting::Council };
				Ok((credential.ok_or(Error::<T>::CredentialNotFound)?, acting))
			}
			Err(origin) => {
				let who = ensure_signed(origin)?;
				let credential = credential.ok_or(Error::<T>::CredentialNotFound)?;
				let acting = ActingFor::<T>::get(&who).ok_or(Error::<T>::NotTheIssuer)?;
				ensure!(credential.issued_by == IssuedBy::Issuer(acting), Error::<T>::NotTheIssuer);
				Ok((credential, Acting::Clerk))
			}
		}
	}

	/// A council motion may not suspend or revoke a resident's credential while residents vote
	/// in a referendum: it would take them off the electoral roll. Root may, and so may the
	/// issuer's clerk, one credential at a time, for cause. (Referenda are looked up for any
	/// resident's credential, whoever acts, so the weight covers the council's path.)
	fn ensure_not_mid_vote(credential: &CredentialOf<T>, acting: Acting) -> DispatchResult {
		if credential.kind == CredentialKind::Resident {
			let mid_vote = T::ReferendumOngoing::get();
			ensure!(!(mid_vote && acting == Acting::Council), Error::<T>::ReferendumRunning);
		}
		Ok(())
	}

	/// Whether `origin` is `PrivilegedOrigin` (`true`) or only `CouncilOrigin` (`false`).
	fn privileged_or_council(origin: OriginFor<T>) -> Result<bool, DispatchError> {
		match T::PrivilegedOrigin::try_origin(origin) {
			Ok(_) => Ok(true),
			Err(origin) => {
				T::CouncilOrigin::ensure_origin(origin).map(|_| false).map_err(Into::into)
			}
		}
	}

	/// Refuses a change of who acts for `issuer` (its accounts, or its removal) by less than
	/// `PrivilegedOrigin` once it issued any credential: whoever acts for a department suspends
	/// and revokes what it issued. One key read, whatever the origin.
	fn ensure_may_reassign(issuer: IssuerId, privileged: bool) -> DispatchResult {
		let issued_any = IssuedByIssuer::<T>::iter_key_prefix(issuer).next().is_some();
		ensure!(privileged || !issued_any, Error::<T>::IssuerHasCredentials);
		Ok(())
	}

	/// Every credential of a subject, live and past, in id order, with its status at the
	/// current block.
	pub fn credentials_of(
		who: &T::AccountId,
	) -> Vec<CredentialView<T::AccountId, BlockNumberFor<T>>> {
		let mut ids: Vec<CredentialId> = CredentialsOf::<T>::get(who)
			.into_iter()
			.map(|held| held.id)
			.chain(PastCredentialsOf::<T>::iter_key_prefix(who))
			.collect();
		ids.sort_unstable();
		ids.dedup();
		ids.into_iter().filter_map(Self::credential).collect()
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
	/// 1. every credential is listed exactly once under its subject: on its live list (with
	///    its kind, issuer, expiry and suspension as the credential has them) or in its past
	///    index, never both; every id listed or indexed there is a credential of that subject;
	/// 2. a live entry is neither revoked nor erased; a past credential is revoked, erased or
	///    expired (a pruned credential cannot be renewed);
	/// 3. a stored list is not empty, is in id order, and holds at most
	///    `MaxCredentialsPerIssuer` entries from any one issuer;
	/// 4. a credential is indexed under an issuer exactly when that issuer issued it;
	/// 5. a bulk suspension in progress is of a removed issuer, and its cursor is one of that
	///    issuer's credentials;
	/// 6. an account acts for an issuer exactly when it is among the accounts of that
	///    (unremoved) issuer;
	/// 7. `ActiveIssuers` counts the unremoved issuers, at most `MaxIssuers`;
	/// 8. an erased credential has no commitment and an unerased one has one;
	/// 9. every id is below the next id to be given.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let next_credential = NextCredentialId::<T>::get();
		let mut credentials = 0usize;
		for (id, credential) in Credentials::<T>::iter() {
			credentials += 1;
			ensure!(id < next_credential, "9: a credential id is not below NextCredentialId");
			let entry =
				CredentialsOf::<T>::get(&credential.subject).into_iter().find(|held| held.id == id);
			let live = entry.is_some();
			ensure!(
				entry.is_none_or(|held| held == HeldCredential::of(id, &credential)),
				"1: a listed entry does not mirror its credential"
			);
			let past = PastCredentialsOf::<T>::contains_key(&credential.subject, id);
			ensure!(live != past, "1: a credential is not listed exactly once under its subject");
			let dead = credential.erased_at.is_some()
				|| matches!(credential.state, CredentialState::Revoked { .. });
			if live {
				ensure!(!dead, "2: a live entry is revoked or erased");
			} else {
				ensure!(
					dead || credential.status(now) == CredentialStatus::Expired,
					"2: a past credential is neither revoked, erased nor expired"
				);
			}
			let indexed = match credential.issued_by {
				IssuedBy::Issuer(issuer) => IssuedByIssuer::<T>::contains_key(issuer, id),
				IssuedBy::Council => true,
			};
			ensure!(indexed, "4: a credential is not indexed under its issuer");
			ensure!(
				credential.erased_at.is_some() == credential.commitment.is_none(),
				"8: erasure and commitment disagree"
			);
		}
		let mut listed = 0usize;
		for (subject, list) in CredentialsOf::<T>::iter() {
			ensure!(!list.is_empty(), "3: an empty list is stored");
			ensure!(
				list.iter().zip(list.iter().skip(1)).all(|(a, b)| a.id < b.id),
				"3: a list is not in id order"
			);
			for held in list.iter() {
				listed += 1;
				let credential =
					Credentials::<T>::get(held.id).ok_or("1: a listed credential is missing")?;
				ensure!(
					credential.subject == subject,
					"1: a credential is listed under another subject"
				);
				ensure!(
					*held == HeldCredential::of(held.id, &credential),
					"1: a listed entry does not mirror its credential"
				);
				ensure!(
					Self::count_from(&list, held.issued_by) <= T::MaxCredentialsPerIssuer::get(),
					"3: more than MaxCredentialsPerIssuer from one issuer"
				);
			}
		}
		let mut past = 0usize;
		for (subject, id, ()) in PastCredentialsOf::<T>::iter() {
			past += 1;
			let credential = Credentials::<T>::get(id).ok_or("1: a past credential is missing")?;
			ensure!(credential.subject == subject, "1: a past credential of another subject");
		}
		ensure!(listed + past == credentials, "1: credentials and subject lists disagree");
		for (issuer, id, ()) in IssuedByIssuer::<T>::iter() {
			let credential =
				Credentials::<T>::get(id).ok_or("4: an indexed credential is missing")?;
			ensure!(
				credential.issued_by == IssuedBy::Issuer(issuer),
				"4: indexed under another issuer"
			);
		}
		for (issuer, last) in SuspensionCursor::<T>::iter() {
			let record = Issuers::<T>::get(issuer).ok_or("5: a cursor of no issuer")?;
			ensure!(record.removed_at.is_some(), "5: a bulk suspension of an unremoved issuer");
			ensure!(
				IssuedByIssuer::<T>::contains_key(issuer, last),
				"5: a cursor is not one of its issuer's credentials"
			);
		}
		let next_issuer = NextIssuerId::<T>::get();
		let mut active = 0u32;
		for (issuer, record) in Issuers::<T>::iter() {
			ensure!(issuer < next_issuer, "9: an issuer id is not below NextIssuerId");
			if record.removed_at.is_none() {
				active += 1;
			} else {
				ensure!(record.accounts.is_empty(), "6: a removed issuer keeps accounts");
			}
			for account in record.accounts.iter() {
				ensure!(
					ActingFor::<T>::get(account) == Some(issuer),
					"6: an account does not act for its issuer"
				);
			}
		}
		for (account, issuer) in ActingFor::<T>::iter() {
			let record = Issuers::<T>::get(issuer).ok_or("6: an account acts for no issuer")?;
			ensure!(
				record.accounts.contains(&account),
				"6: an account acts for an issuer that does not list it"
			);
		}
		ensure!(active == ActiveIssuers::<T>::get(), "7: ActiveIssuers is wrong");
		ensure!(active <= T::MaxIssuers::get(), "7: more issuers than MaxIssuers");
		Ok(())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Issues up to `count` credentials of `kind` to `subject`, expiring at `expires_at`; each
	/// from the first of `first`, the council, then issuers counted down from `IssuerId::MAX`
	/// that still has room under `MaxCredentialsPerIssuer` on the subject's list. Answers their
	/// ids, in order.
	///
	/// For benchmarks only: it skips origins and issuers' kinds, and the issuers counted down
	/// from `IssuerId::MAX` need not be registered (a check reads the list alone, never an
	/// issuer's record, so they cost the same as real ones).
	pub fn issue_for_benchmarks(
		subject: &T::AccountId,
		kind: &CredentialKind,
		count: u32,
		first: Option<IssuedBy>,
		expires_at: Option<BlockNumberFor<T>>,
	) -> Vec<CredentialId> {
		let mut ids = Vec::new();
		for _ in 0..count {
			let list = CredentialsOf::<T>::get(subject);
			let others = (0..=T::MaxCredentialsPerSubject::get())
				.map(|k| IssuedBy::Issuer(IssuerId::MAX.saturating_sub(k)));
			let Some(by) = first
				.into_iter()
				.chain(core::iter::once(IssuedBy::Council))
				.chain(others)
				.find(|by| Self::count_from(&list, *by) < T::MaxCredentialsPerIssuer::get())
			else {
				break;
			};
			match Self::do_issue(
				subject.clone(),
				kind.clone(),
				by,
				H256::repeat_byte(0xbe),
				expires_at,
			) {
				Ok(id) => ids.push(id),
				Err(_) => break,
			}
		}
		ids
	}

	/// Revokes credential `id` (of `subject`) without asking anyone, and retires it.
	fn revoke_for_benchmarks(subject: &T::AccountId, id: CredentialId) {
		let now = frame_system::Pallet::<T>::block_number();
		Credentials::<T>::mutate(id, |maybe| {
			if let Some(credential) = maybe {
				credential.state =
					CredentialState::Revoked { reason: RevocationReason::Superseded, at: now };
			}
		});
		Self::retire(subject, id);
	}
}

impl<T: Config> CredentialInspect<T::AccountId> for Pallet<T> {
	fn has_active_credential(
		who: &T::AccountId,
		kind: &CredentialKind,
		issuer: Option<IssuerId>,
	) -> bool {
		// One read: the entries mirror what the status needs.
		let now = frame_system::Pallet::<T>::block_number();
		CredentialsOf::<T>::get(who).iter().any(|held| {
			&held.kind == kind
				&& issuer.is_none_or(|issuer| held.issued_by == IssuedBy::Issuer(issuer))
				&& held.holds(now)
		})
	}

	/// Leaves `who` where an origin check costs a real subject the most: a full list
	/// (`MaxCredentialsPerSubject` entries from several issuers, each within
	/// `MaxCredentialsPerIssuer`), all of `kind`, every one suspended but the last, which is
	/// active. So a pallet behind `EnsureCredential` is weighed with every entry read.
	///
	/// Benchmarks only: it writes storage directly (no origin, no issuer's kinds, suspension
	/// without an event). A second grant to the same account revokes what the first left
	/// suspended (its active credential stays), so the later kind gets the worst case.
	#[cfg(feature = "runtime-benchmarks")]
	fn grant_for_benchmarks(who: &T::AccountId, kind: CredentialKind) {
		let now = frame_system::Pallet::<T>::block_number();
		let max = T::MaxCredentialsPerSubject::get();
		for held in CredentialsOf::<T>::get(who) {
			let active = Credentials::<T>::get(held.id)
				.is_some_and(|credential| credential.status(now) == CredentialStatus::Active);
			if !active {
				Self::revoke_for_benchmarks(who, held.id);
			}
		}
		// A list full of active credentials (granted as many times) gives up its oldest.
		let list = CredentialsOf::<T>::get(who);
		if list.len() as u32 >= max {
			if let Some(oldest) = list.first() {
				Self::revoke_for_benchmarks(who, oldest.id);
			}
		}
		let room = max.saturating_sub(CredentialsOf::<T>::get(who).len() as u32);
		for id in Self::issue_for_benchmarks(who, &kind, room.saturating_sub(1), None, None) {
			Credentials::<T>::mutate(id, |maybe| {
				if let Some(credential) = maybe {
					credential.state = CredentialState::Suspended {
						since: now,
						reason: SuspensionReason::UnderInvestigation,
					};
					Self::mirror(id, credential);
				}
			});
		}
		Self::issue_for_benchmarks(who, &kind, 1, None, None);
	}
}
