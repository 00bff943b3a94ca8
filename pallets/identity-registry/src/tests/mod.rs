//! Every call's success and every error path of the identity registry, the attacks on its
//! rules, the derived status of credentials, the slots, the origins other pallets use, and
//! selective disclosure.
//!
//! This file is the mock: a runtime with only `frame_system` and the identity registry, and its
//! builder. The council's motions are signed by stand-in accounts: [`COUNCIL_MAJORITY`] passes
//! `CouncilOrigin`, [`COUNCIL_TWO_THIRDS`] passes both origins, and Root passes both, as in the
//! runtime.

use crate::{self as pallet_identity_registry, *};
use city_primitives::credentials::{
	CredentialKind as Kind, Department, Inspector, MeterOperator, PayrollClerk, Treasurer,
};
use frame_support::{
	assert_noop, assert_ok, derive_impl, parameter_types,
	traits::{ConstU32, EitherOfDiverse, Equals, Get},
	BoundedVec,
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::{BuildStorage, DispatchError::BadOrigin};

mod bulk_suspension;
mod credentials;
mod disclosure;
mod issue;
mod issuers;
mod origins;
mod slots;

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

/// The identity registry's last event.
pub fn last_event() -> Event<Test> {
	city_testing::events_of::<Test, Event<Test>>().pop().expect("an identity registry event")
}

type Registry = IdentityRegistry;

/// A council majority's motion: passes `CouncilOrigin` only.
fn council() -> RuntimeOrigin {
	RuntimeOrigin::signed(COUNCIL_MAJORITY)
}

/// A motion of two thirds of the council: passes `PrivilegedOrigin` (and `CouncilOrigin`).
fn privileged() -> RuntimeOrigin {
	RuntimeOrigin::signed(COUNCIL_TWO_THIRDS)
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn signed(who: u64) -> RuntimeOrigin {
	city_testing::signed::<Test>(who)
}

fn bounded<T: Clone + core::fmt::Debug, S: Get<u32>>(items: &[T]) -> BoundedVec<T, S> {
	items.to_vec().try_into().expect("within bounds")
}

fn custom(name: &[u8]) -> Kind {
	Kind::Custom(name.to_vec().try_into().expect("short name"))
}

/// The privileged kinds of the mock (and the runtime).
fn privileged_kinds() -> [Kind; 4] {
	[Kind::Treasurer, Kind::Inspector, PayrollClerk::get(), MeterOperator::get()]
}

/// Issues a resident credential to `who` from the population office; returns its id.
fn issue_resident(who: u64) -> CredentialId {
	issue_from(CLERK, who, Kind::Resident, None)
}

/// `clerk` issues `kind` to `who`, expiring at `expires_at`; returns its id.
fn issue_from(clerk: u64, who: u64, kind: Kind, expires_at: Option<u64>) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Registry::issue(signed(clerk), who, kind, commitment(7), expires_at));
	id
}

/// The council issues `kind` to `who`; returns its id.
fn issue_by_council(who: u64, kind: Kind) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Registry::issue_by_council(privileged(), who, kind, commitment(8), None));
	id
}

fn status(id: CredentialId) -> CredentialStatus {
	Registry::credential(id).expect("exists").status
}

/// The ids on `who`'s list of live credentials.
fn live(who: u64) -> Vec<CredentialId> {
	CredentialsOf::<Test>::get(who).iter().map(|held| held.id).collect()
}

/// The ids in `who`'s past.
fn past(who: u64) -> Vec<CredentialId> {
	let mut ids: Vec<_> = PastCredentialsOf::<Test>::iter_key_prefix(who).collect();
	ids.sort();
	ids
}

/// What the runtime API answers for `who`: ids with their status.
fn listed(who: u64) -> Vec<(CredentialId, CredentialStatus)> {
	Registry::credentials_of(&who).into_iter().map(|view| (view.id, view.status)).collect()
}

#[test]
fn genesis_registers_issuers_and_credentials() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		assert_eq!(NextIssuerId::<Test>::get(), 2);
		assert_eq!(ActiveIssuers::<Test>::get(), 2);
		assert_eq!(ActingFor::<Test>::get(CLERK), Some(POPULATION_OFFICE));
		assert_eq!(listed(ALICE), vec![(0, CredentialStatus::Active)]);
		assert_eq!(
			CredentialsOf::<Test>::get(ALICE).into_inner(),
			vec![HeldCredential {
				id: 0,
				kind: Kind::Resident,
				issued_by: IssuedBy::Issuer(POPULATION_OFFICE),
				expires_at: None,
				suspended: false,
			}]
		);
	});
}

#[test]
#[should_panic(expected = "a genesis issuer issues only the kinds it lists")]
fn genesis_refuses_an_issuer_credential_of_a_kind_it_does_not_list() {
	ExtBuilder::default().with_credential(ALICE, Kind::Inspector, Some(POPULATION_OFFICE)).build();
}

#[test]
#[should_panic(expected = "genesis credentials fit MaxCredentialsPerSubject")]
fn genesis_keeps_the_per_issuer_bound() {
	ExtBuilder::default()
		.with_credential(ALICE, Kind::Resident, Some(POPULATION_OFFICE))
		.with_credential(ALICE, Kind::Adult, Some(POPULATION_OFFICE))
		.with_credential(ALICE, Kind::Resident, Some(POPULATION_OFFICE))
		.build();
}

#[test]
fn the_council_grants_privileged_kinds_at_genesis() {
	ExtBuilder::default().with_credential(ALICE, Kind::Treasurer, None).build_and_execute(|| {
		assert!(Registry::has_active_credential(&ALICE, &Kind::Treasurer, None));
	});
}

#[test]
fn the_integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<Registry as frame_support::traits::IntegrityTest>::integrity_test();
	});
}

#[test]
fn try_state_catches_a_missing_list() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		assert_ok!(Registry::do_try_state());
		CredentialsOf::<Test>::remove(ALICE);
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_credential_both_live_and_past() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		PastCredentialsOf::<Test>::insert(ALICE, 0, ());
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_revoked_credential_left_on_the_list() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		Credentials::<Test>::mutate(0, |c| {
			c.as_mut().expect("exists").state =
				CredentialState::Revoked { reason: RevocationReason::Fraud, at: 1 }
		});
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_an_active_credential_in_the_past() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		CredentialsOf::<Test>::remove(ALICE);
		PastCredentialsOf::<Test>::insert(ALICE, 0, ());
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_too_many_from_one_issuer() {
	ExtBuilder::default().build().execute_with(|| {
		let held = |id| HeldCredential {
			id,
			kind: Kind::Adult,
			issued_by: IssuedBy::Council,
			expires_at: None,
			suspended: false,
		};
		for id in 0..3 {
			Credentials::<Test>::insert(
				id,
				Credential {
					subject: ALICE,
					kind: Kind::Adult,
					issued_by: IssuedBy::Council,
					commitment: Some(commitment(1)),
					issued_at: 1,
					expires_at: None,
					state: CredentialState::Active,
					erased_at: None,
				},
			);
		}
		NextCredentialId::<Test>::put(3);
		CredentialsOf::<Test>::insert(
			ALICE,
			bounded::<_, MaxCredentialsPerSubject>(&[held(0), held(1), held(2)]),
		);
		assert!(Registry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_an_entry_out_of_step_with_its_credential() {
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		assert_ok!(Registry::do_try_state());
		// Suspended behind the list's back: a check would still see it active.
		Credentials::<Test>::mutate(0, |c| {
			c.as_mut().expect("exists").state =
				CredentialState::Suspended { since: 1, reason: SuspensionReason::Other(1) }
		});
		assert_eq!(
			Registry::do_try_state(),
			Err("1: a listed entry does not mirror its credential".into())
		);
	});
}

#[test]
fn a_check_answers_from_the_list_alone_and_every_change_reaches_it() {
	ExtBuilder::default().with_resident_alice().build_and_execute(|| {
		let holds = || Registry::has_active_credential(&ALICE, &Kind::Resident, None);
		assert_ok!(Registry::suspend(signed(CLERK), 0, SuspensionReason::Other(1)));
		assert!(CredentialsOf::<Test>::get(ALICE)[0].suspended);
		assert!(!holds());
		assert_ok!(Registry::reinstate(signed(CLERK), 0));
		assert!(holds());
		assert_ok!(Registry::renew(signed(CLERK), 0, Some(5)));
		assert_eq!(CredentialsOf::<Test>::get(ALICE)[0].expires_at, Some(5));
		System::set_block_number(5);
		assert!(!holds());
		System::set_block_number(4);
		// The credentials themselves are not read: without them the list still answers.
		let credential = Credentials::<Test>::take(0);
		assert!(holds());
		Credentials::<Test>::set(0, credential);
	});
}

/// Alice's credentials as version 0 left them: her list as that version wrote it, plus an entry
/// of a credential that does not exist (dropped), one of a revoked credential that the list
/// still held against the invariants (moved to the past: the mirror would call it active), and
/// Bob, whose only entry is of no credential (removed). Answers Alice's list as version 1 must
/// write it and the revoked credential's id.
fn at_storage_version_0(
) -> (BoundedVec<HeldOf<Test>, <Test as Config>::MaxCredentialsPerSubject>, CredentialId) {
	use frame_support::traits::StorageVersion;
	assert_ok!(Registry::suspend(signed(CLERK), 0, SuspensionReason::Other(1)));
	assert_ok!(Registry::renew(signed(CLERK), 0, Some(50)));
	let expected = CredentialsOf::<Test>::get(ALICE);
	let revoked = issue_from(DMV, ALICE, Kind::DriversLicence, None);
	assert_ok!(Registry::revoke(signed(DMV), revoked, RevocationReason::Fraud));
	PastCredentialsOf::<Test>::remove(ALICE, revoked);
	let key = CredentialsOf::<Test>::hashed_key_for(ALICE);
	frame_support::storage::unhashed::put(
		&key,
		&vec![old_entry(0), old_entry(revoked), old_entry(99)],
	);
	let ghost = CredentialsOf::<Test>::hashed_key_for(BOB);
	frame_support::storage::unhashed::put(&ghost, &vec![old_entry(98)]);
	StorageVersion::new(0).put::<Registry>();
	(expected, revoked)
}

fn old_entry(id: CredentialId) -> migrations::v1::OldHeldCredential {
	migrations::v1::OldHeldCredential {
		id,
		kind: Kind::Resident,
		issued_by: IssuedBy::Issuer(POPULATION_OFFICE),
	}
}

#[test]
fn the_v1_migration_mirrors_each_credential_onto_its_entry_once() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade};
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		let (expected, revoked) = at_storage_version_0();

		migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(CredentialsOf::<Test>::get(ALICE), expected);
		assert!(PastCredentialsOf::<Test>::contains_key(ALICE, revoked));
		assert!(!Registry::has_active_credential(&ALICE, &Kind::DriversLicence, None));
		assert!(!CredentialsOf::<Test>::contains_key(BOB));
		assert_eq!(Registry::on_chain_storage_version(), 1);
		assert_ok!(Registry::do_try_state());

		// Once: at version 1 it leaves a list alone, whatever it holds.
		let ghost = CredentialsOf::<Test>::hashed_key_for(BOB);
		frame_support::storage::unhashed::put(&ghost, &vec![old_entry(98)]);
		migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert!(frame_support::storage::unhashed::exists(&ghost));
	});
}

/// The migration's try-runtime checks pass on a real upgrade, and its post-upgrade check fails
/// when the lists gained entries.
#[cfg(feature = "try-runtime")]
#[test]
fn the_v1_migration_passes_its_try_runtime_checks_which_can_fail() {
	use frame_support::traits::{OnRuntimeUpgrade, UncheckedOnRuntimeUpgrade};
	ExtBuilder::default().with_resident_alice().build().execute_with(|| {
		let (expected, _) = at_storage_version_0();
		assert_ok!(migrations::v1::MigrateV0ToV1::<Test>::try_on_runtime_upgrade(true));
		assert_eq!(CredentialsOf::<Test>::get(ALICE), expected);
		assert!(migrations::v1::Inner::<Test>::post_upgrade(0u64.encode()).is_err());
		assert!(migrations::v1::Inner::<Test>::post_upgrade(vec![]).is_err());
	});
}
