//! A runtime with only `frame_system` and the identity registry. The council's motions are
//! signed by stand-in accounts: [`COUNCIL_MAJORITY`] passes `CouncilOrigin`,
//! [`COUNCIL_TWO_THIRDS`] passes both origins, and Root passes both, as in the runtime.

use crate::{self as pallet_identity_registry, *};
use city_primitives::credentials::{
	CredentialKind, Department, Inspector, MeterOperator, PayrollClerk, Treasurer,
};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU32, EitherOfDiverse, Equals},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		IdentityRegistry: pallet_identity_registry,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const MaxIssuers: u32 = 4;
	pub const MaxCredentialsPerSubject: u32 = 4;
	pub const MaxCredentialsPerIssuer: u32 = 2;
	/// Whether a referendum is running: the tests switch it with `ReferendumOngoing::set`.
	pub storage ReferendumOngoing: bool = false;
}

/// Stands for a council majority's motion.
pub const COUNCIL_MAJORITY: u64 = 98;
/// Stands for a motion of two thirds of the council (a majority too).
pub const COUNCIL_TWO_THIRDS: u64 = 99;

/// Treasurer, inspector, payroll clerk and meter operator, as in the runtime.
pub type PrivilegedKinds =
	(Equals<Treasurer>, Equals<Inspector>, Equals<PayrollClerk>, Equals<MeterOperator>);

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type CouncilOrigin = EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<CouncilMajority, u64>>;
	type PrivilegedOrigin = EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<CouncilTwoThirds, u64>>;
	type PrivilegedKinds = PrivilegedKinds;
	type ReferendumOngoing = ReferendumOngoing;
	type MaxIssuers = MaxIssuers;
	type MaxAccountsPerIssuer = ConstU32<3>;
	type MaxKindsPerIssuer = ConstU32<4>;
	type MaxIssuerNameLen = ConstU32<32>;
	type MaxCredentialsPerSubject = MaxCredentialsPerSubject;
	type MaxCredentialsPerIssuer = MaxCredentialsPerIssuer;
	type WeightInfo = ();
}

/// The motions that pass a council majority: [`COUNCIL_MAJORITY`]'s and
/// [`COUNCIL_TWO_THIRDS`]'.
pub struct CouncilMajority;
impl frame_support::traits::SortedMembers<u64> for CouncilMajority {
	fn sorted_members() -> Vec<u64> {
		vec![COUNCIL_MAJORITY, COUNCIL_TWO_THIRDS]
	}
}

/// The motions that pass two thirds of the council: [`COUNCIL_TWO_THIRDS`]'.
pub struct CouncilTwoThirds;
impl frame_support::traits::SortedMembers<u64> for CouncilTwoThirds {
	fn sorted_members() -> Vec<u64> {
		vec![COUNCIL_TWO_THIRDS]
	}
}

/// The population office's clerk (issuer 0 at genesis).
pub const CLERK: u64 = 1;
/// The vehicle authority's clerk (issuer 1 at genesis).
pub const DMV: u64 = 2;
/// Residents.
pub const ALICE: u64 = 10;
pub const BOB: u64 = 11;
/// Someone who acts for nobody.
pub const MALLORY: u64 = 66;

/// The population office: issues resident and adult credentials.
pub const POPULATION_OFFICE: IssuerId = 0;
/// The vehicle authority: issues driver's licences and vehicle clerks.
pub const VEHICLE_AUTHORITY: IssuerId = 1;

pub fn commitment(n: u8) -> H256 {
	H256::repeat_byte(n)
}

#[derive(Default)]
pub struct ExtBuilder {
	credentials: Vec<(u64, CredentialKind, Option<u32>, H256)>,
}

impl ExtBuilder {
	/// Alice holds a resident credential from the population office (credential 0).
	pub fn with_resident_alice(self) -> Self {
		self.with_credential(ALICE, CredentialKind::Resident, Some(POPULATION_OFFICE))
	}

	/// A genesis credential of `kind` for `who`, from the genesis issuer `issuer` (`None`: the
	/// council).
	pub fn with_credential(mut self, who: u64, kind: CredentialKind, issuer: Option<u32>) -> Self {
		self.credentials.push((who, kind, issuer, commitment(1)));
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			identity_registry: pallet_identity_registry::GenesisConfig {
				issuers: vec![
					(
						Department::PopulationOffice,
						b"Population office".to_vec(),
						vec![CLERK],
						vec![CredentialKind::Resident, CredentialKind::Adult],
					),
					(
						Department::VehicleAuthority,
						b"Vehicle authority".to_vec(),
						vec![DMV],
						vec![CredentialKind::DriversLicence, CredentialKind::VehicleClerk],
					),
				],
				credentials: self.credentials,
			},
		}
		.build_storage()
		.expect("genesis builds");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the registry's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			assert_ok!(IdentityRegistry::do_try_state());
		});
	}
}

pub fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::IdentityRegistry(e) => Some(e),
			_ => None,
		})
		.next_back()
		.expect("an identity registry event")
}
