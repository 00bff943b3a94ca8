//! `IdentityRegistry`: its bounds, its two council origins, the credentials only two thirds of
//! the council grant ([`PrivilegedCredentials`]) and whether residents are voting now
//! ([`ReferendumRunning`]).

use crate::{
	configs::{CouncilMajority, CouncilTwoThirds, RootOr},
	Runtime, RuntimeEvent,
};
use city_primitives::credentials::{CredentialKind, MeterOperator, PayrollClerk};
use frame_support::{
	parameter_types,
	traits::{Contains, Get},
};

parameter_types! {
	/// City departments registered as issuers at one time.
	pub const MaxIssuers: u32 = 64;
	/// Accounts (clerks) acting for one issuer.
	pub const MaxAccountsPerIssuer: u32 = 32;
	/// Credential kinds one issuer may issue.
	pub const MaxKindsPerIssuer: u32 = 16;
	/// Bytes of an issuer's display name.
	pub const MaxIssuerNameLen: u32 = 64;
	/// Live credentials one account holds (revoked, erased and expired ones leave the list and
	/// stay on record).
	pub const MaxCredentialsPerSubject: u32 = 32;
	/// Of those, the most from one issuer (the council counts as one): no issuer fills a
	/// resident's slots.
	pub const MaxCredentialsPerIssuer: u32 = 8;
}

/// The credentials that move or certify city money, granted only by [`CouncilTwoThirds`] or
/// Root, never by an issuer: the treasurer (spends), the inspector (certifies milestones that
/// release payments), the payroll clerk (enrols employees and sets wages) and the meter
/// operator (installs the meters residents are billed by).
pub struct PrivilegedCredentials;
impl Contains<CredentialKind> for PrivilegedCredentials {
	fn contains(kind: &CredentialKind) -> bool {
		*kind == CredentialKind::Treasurer
			|| *kind == CredentialKind::Inspector
			|| *kind == PayrollClerk::get()
			|| *kind == MeterOperator::get()
	}
}

/// Whether residents are voting in a referendum now (bulk suspension of credentials, and a
/// council's suspension of a resident, wait for it to end unless by Root, so a council cannot
/// silence voters mid-vote). Two reads: pallet-democracy keeps `LowestUnbaked` at the first
/// referendum still being voted on, moving it past finished and cancelled ones at the start of
/// each block (so a referendum that ended in this block still counts: the safe side).
pub struct ReferendumRunning;
impl Get<bool> for ReferendumRunning {
	fn get() -> bool {
		pallet_democracy::LowestUnbaked::<Runtime>::get()
			< pallet_democracy::ReferendumCount::<Runtime>::get()
	}
}

impl pallet_identity_registry::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type CouncilOrigin = RootOr<CouncilMajority>;
	type PrivilegedOrigin = RootOr<CouncilTwoThirds>;
	type PrivilegedKinds = PrivilegedCredentials;
	type ReferendumOngoing = ReferendumRunning;
	type MaxCredentialsPerIssuer = MaxCredentialsPerIssuer;
	type MaxIssuers = MaxIssuers;
	type MaxAccountsPerIssuer = MaxAccountsPerIssuer;
	type MaxKindsPerIssuer = MaxKindsPerIssuer;
	type MaxIssuerNameLen = MaxIssuerNameLen;
	type MaxCredentialsPerSubject = MaxCredentialsPerSubject;
	type WeightInfo = crate::weights::pallet_identity_registry::WeightInfo<Runtime>;
}
