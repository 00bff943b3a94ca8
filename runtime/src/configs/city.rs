//! The city's own pallets: the identity registry (who is a resident, who acts for which
//! department, who holds which role).
//!
//! ## Who may do what
//! | step | origin |
//! | --- | --- |
//! | register, update or remove an issuer (a city department); bulk-suspend its credentials | Root or [`CouncilMajority`] |
//! | grant a privileged kind (issuer, treasurer) | Root or [`CouncilTwoThirds`] |
//! | issue, suspend, reinstate, revoke, renew a credential | an account acting for an issuer that may issue the kind |
//! | erase a credential's commitment | its subject |

use crate::{
	configs::{CouncilMajority, CouncilTwoThirds, RootOr},
	Runtime, RuntimeEvent,
};
use frame_support::parameter_types;

parameter_types! {
	/// City departments registered as issuers at one time.
	pub const MaxIssuers: u32 = 64;
	/// Accounts (clerks) acting for one issuer.
	pub const MaxAccountsPerIssuer: u32 = 32;
	/// Credential kinds one issuer may issue.
	pub const MaxKindsPerIssuer: u32 = 16;
	/// Bytes of an issuer's display name.
	pub const MaxIssuerNameLen: u32 = 64;
	/// Credentials one account holds, of every status (revoked and expired stay on record).
	pub const MaxCredentialsPerSubject: u32 = 32;
}

impl pallet_identity_registry::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type CouncilOrigin = RootOr<CouncilMajority>;
	type PrivilegedOrigin = RootOr<CouncilTwoThirds>;
	type MaxIssuers = MaxIssuers;
	type MaxAccountsPerIssuer = MaxAccountsPerIssuer;
	type MaxKindsPerIssuer = MaxKindsPerIssuer;
	type MaxIssuerNameLen = MaxIssuerNameLen;
	type MaxCredentialsPerSubject = MaxCredentialsPerSubject;
	type WeightInfo = pallet_identity_registry::weights::SubstrateWeight<Runtime>;
}
