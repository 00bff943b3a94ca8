//! The identity registry's data: issuers, credentials, the `*Of<T>` aliases this runtime
//! stores them as, and what the runtime API reports.

use crate::Config;
use city_primitives::credentials::{CredentialId, CredentialKind, Department, IssuerId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;

/// A city department registered to issue credentials.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxName, MaxAccounts, MaxKinds))]
pub struct Issuer<AccountId, BlockNumber, MaxName, MaxAccounts, MaxKinds>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxName: Get<u32>,
	MaxAccounts: Get<u32>,
	MaxKinds: Get<u32>,
{
	/// The department.
	pub department: Department,
	/// Its public name (not personal data: a department's name).
	pub name: BoundedVec<u8, MaxName>,
	/// The accounts that act for it: each may issue, suspend, reinstate and revoke its
	/// credentials.
	pub accounts: BoundedVec<AccountId, MaxAccounts>,
	/// The kinds of credential it may issue (never a privileged one).
	pub kinds: BoundedVec<CredentialKind, MaxKinds>,
	/// When the council removed it, if it did. A removed issuer issues nothing more; what it
	/// issued stays on record.
	pub removed_at: Option<BlockNumber>,
}

/// Who issued a credential.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum IssuedBy {
	/// The council itself (privileged kinds, or any kind by motion).
	Council,
	/// A registered issuer.
	Issuer(IssuerId),
}

/// Why a credential was revoked. Revocation is final.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum RevocationReason {
	/// It should not have been issued.
	IssuedInError,
	/// It was obtained by fraud.
	Fraud,
	/// A newer credential replaces it.
	Superseded,
	/// The subject no longer qualifies (moved away, left the job, lost the licence).
	NoLongerEligible,
	/// The subject died.
	SubjectDeceased,
	/// Another reason, by a code the issuer documents.
	Other(u16),
}

/// Why a credential was suspended. A suspension can be lifted ([`crate::Pallet::reinstate`]).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum SuspensionReason {
	/// The issuer is looking into the credential or its subject.
	UnderInvestigation,
	/// The documents behind it are in doubt (contested, possibly forged, lapsed).
	DocumentsInDoubt,
	/// The subject asked for it (a lost phone, a stolen key).
	RequestedBySubject,
	/// Its issuer was removed and everything it issued was suspended
	/// ([`crate::Pallet::suspend_issued`] records it; a single suspension may not claim it).
	IssuerRemoved,
	/// Another reason, by a code the issuer documents.
	Other(u16),
}

/// A credential's recorded state.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum CredentialState<BlockNumber> {
	/// In force (unless expired).
	Active,
	/// Suspended since the block; it can be reinstated.
	Suspended {
		/// When it was suspended.
		since: BlockNumber,
		/// Why.
		reason: SuspensionReason,
	},
	/// Revoked for good at the block.
	Revoked {
		/// Why.
		reason: RevocationReason,
		/// When.
		at: BlockNumber,
	},
}

impl<BlockNumber> CredentialState<BlockNumber> {
	/// Whether it is suspended (and can be reinstated).
	pub fn is_suspended(&self) -> bool {
		matches!(self, Self::Suspended { .. })
	}
}

/// A credential: an issuer's statement about a subject, with a commitment to the documents
/// behind it. The documents (and the salts of their attributes) stay with the subject.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Credential<AccountId, BlockNumber> {
	/// Whom it is about.
	pub subject: AccountId,
	/// What it says.
	pub kind: CredentialKind,
	/// Who said it.
	pub issued_by: IssuedBy,
	/// The Merkle root of the salted attribute leaves (see [`crate::disclosure`]); `None`
	/// once the subject erased it.
	pub commitment: Option<H256>,
	/// When it was issued.
	pub issued_at: BlockNumber,
	/// The first block at which it no longer holds, if it expires.
	pub expires_at: Option<BlockNumber>,
	/// Suspension or revocation.
	pub state: CredentialState<BlockNumber>,
	/// When the subject erased its commitment, if they did.
	pub erased_at: Option<BlockNumber>,
}

/// An entry of a subject's list of live credentials ([`crate::CredentialsOf`]): all a check
/// needs without reading the credential (its kind, expiry and suspension, mirrored from it by
/// every call that changes them) and what the per-issuer bound counts (who issued it). So a
/// check of a subject reads one item, however many credentials it holds.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct HeldCredential<BlockNumber> {
	/// The credential's id.
	pub id: CredentialId,
	/// Its kind.
	pub kind: CredentialKind,
	/// Who issued it (the council counts as one issuer).
	pub issued_by: IssuedBy,
	/// The first block at which it no longer holds, if it expires.
	pub expires_at: Option<BlockNumber>,
	/// Whether it is suspended.
	pub suspended: bool,
}

impl<BlockNumber: PartialOrd + Copy> HeldCredential<BlockNumber> {
	/// The entry of credential `id`, mirroring `credential`.
	pub fn of<AccountId>(
		id: CredentialId,
		credential: &Credential<AccountId, BlockNumber>,
	) -> Self {
		Self {
			id,
			kind: credential.kind.clone(),
			issued_by: credential.issued_by,
			expires_at: credential.expires_at,
			suspended: credential.state.is_suspended(),
		}
	}

	/// Its credential's status at block `now`, from the entry alone: what
	/// [`Credential::status`] says (a listed credential is neither revoked nor erased).
	pub fn status(&self, now: BlockNumber) -> CredentialStatus {
		CredentialStatus::of_live(self.expires_at, self.suspended, now)
	}

	/// Whether it is past its expiry at block `now`.
	pub fn expired(&self, now: BlockNumber) -> bool {
		self.status(now) == CredentialStatus::Expired
	}

	/// Whether it holds at block `now`: neither expired nor suspended (a listed credential is
	/// neither revoked nor erased), as [`Credential::status`] would say `Active`.
	pub fn holds(&self, now: BlockNumber) -> bool {
		self.status(now) == CredentialStatus::Active
	}
}

/// A credential's status at a block, as everyone should read it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum CredentialStatus {
	/// In force: it satisfies origins and checks.
	Active,
	/// Suspended: it can be reinstated.
	Suspended,
	/// Revoked for good.
	Revoked,
	/// Past its expiry.
	Expired,
	/// Its commitment was erased by its subject.
	Erased,
}

impl CredentialStatus {
	/// The status at block `now` of a live credential (neither revoked nor erased) that expires
	/// at `expires_at` (the first block at which it no longer holds, if it expires) and is
	/// `suspended` or not: expiry outranks suspension. The one rule that both the record
	/// ([`Credential::status`]) and its entry on the subject's list ([`HeldCredential`]) follow.
	pub fn of_live<BlockNumber: PartialOrd>(
		expires_at: Option<BlockNumber>,
		suspended: bool,
		now: BlockNumber,
	) -> Self {
		if expires_at.is_some_and(|expiry| now >= expiry) {
			Self::Expired
		} else if suspended {
			Self::Suspended
		} else {
			Self::Active
		}
	}
}

impl<AccountId, BlockNumber: PartialOrd + Copy> Credential<AccountId, BlockNumber> {
	/// Its status at block `now`. Erasure and revocation outrank expiry, expiry outranks
	/// suspension.
	pub fn status(&self, now: BlockNumber) -> CredentialStatus {
		if self.erased_at.is_some() {
			CredentialStatus::Erased
		} else if matches!(self.state, CredentialState::Revoked { .. }) {
			CredentialStatus::Revoked
		} else {
			CredentialStatus::of_live(self.expires_at, self.state.is_suspended(), now)
		}
	}
}

/// A credential as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct CredentialView<AccountId, BlockNumber> {
	/// Its id.
	pub id: CredentialId,
	/// The record.
	pub credential: Credential<AccountId, BlockNumber>,
	/// Its status at the block asked about.
	pub status: CredentialStatus,
}

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
/// An entry of a subject's list of live credentials in the runtime.
pub type HeldOf<T> = HeldCredential<BlockNumberFor<T>>;
/// The accounts of an issuer.
pub type IssuerAccountsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxAccountsPerIssuer>;
/// The kinds an issuer may issue.
pub type IssuerKindsOf<T> = BoundedVec<CredentialKind, <T as Config>::MaxKindsPerIssuer>;
/// An issuer's name.
pub type IssuerNameOf<T> = BoundedVec<u8, <T as Config>::MaxIssuerNameLen>;
