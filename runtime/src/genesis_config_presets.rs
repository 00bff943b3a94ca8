//! Genesis presets: the one source of truth for City Chain's chain specs.
//!
//! Each preset is a typed patch of `RuntimeGenesisConfig` (`build_struct_json_patch!`): the
//! pallets' own genesis types check every field, so a field renamed or retyped in a pallet
//! fails the build instead of the chain at startup. Fields not named keep their defaults.
//!
//! - `development` (`--dev`): Alice authors alone; Alice, Bob and Charlie sit on the council,
//!   Alice and Bob on the technical committee; the well-known dev accounts hold CITY; the
//!   governance periods are short, so a referendum runs in minutes; sessions last an hour.
//! - `local_testnet` (`--chain local`): Alice, Bob, Charlie and Dave author and finalize, so
//!   GRANDPA goes on finalizing with one of the four down; production governance periods;
//!   sessions of ten blocks ([`LOCAL_SESSION_LENGTH`]), so a validator the council adds
//!   validates within two minutes.
//!
//! Both: the validators are the session's (`pallet-session` hands Aura and GRANDPA their keys;
//! their own genesis stays empty), the council's set is the same accounts, and each validator
//! that authors in a session is paid [`GENESIS_VALIDATOR_REWARD`] from the reserve fund's
//! `ValidatorRewards` budget.
//!
//! Both: the population office is issuer 0 of the identity registry, with Alice acting for
//! it (it issues resident and adult credentials); Alice, Bob and Charlie hold resident
//! credentials from it, so they can vote in referenda. Their commitments are built from
//! public test attributes by [`dev_resident_commitment`]. CityCoin starts with a small
//! catalogue of services ([`GENESIS_SERVICES`]), a 5% city tax, a council mint cap of 1% of
//! total issuance per period, water and electricity tariffs and usage caps
//! ([`GENESIS_USAGE_CAPS`]). The reserve fund starts with budgets for wages and public works
//! ([`GENESIS_BUDGETS`]). The council may issue bonds up to [`GENESIS_DEBT_CEILING`] of face
//! value. The IoT anchors start with plausible ranges for air quality, noise, traffic and
//! weather ([`GENESIS_PLAUSIBLE_RANGES`]) and a policy for every public and meter kind: on the
//! development chain sensors anchor every block and meters every other block
//! ([`DEVELOPMENT_ANCHOR_INTERVALS`]), on the local testnet once a minute and once a day
//! ([`PRODUCTION_ANCHOR_INTERVALS`]).

use crate::{
	configs::CityReserveAccount, opaque::SessionKeys, AccountId, Balance, BalancesConfig,
	BlockNumber, BondsConfig, CityCoinConfig, CouncilMembershipConfig, GovernancePeriodsConfig,
	IdentityRegistryConfig, IotAnchorsConfig, ReserveFundConfig, RuntimeGenesisConfig,
	SessionConfig, TechnicalMembershipConfig, ValidatorSetConfig, CITY, DAYS, EXISTENTIAL_DEPOSIT,
	MICRO_CITY, MINUTES,
};
use alloc::{vec, vec::Vec};
use city_primitives::credentials::{CredentialKind, Department};
use city_primitives::metering::MeterKind;
use city_primitives::treasury::SpendCategory;
use frame_support::{build_struct_json_patch, BoundedVec};
use pallet_governance_periods::GovernancePeriods;
use pallet_identity_registry::disclosure;
use pallet_iot_anchors::DeviceKind;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::H256;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::traits::{BlakeTwo256, Hash as _};
use sp_runtime::{Perbill, Permill};

/// What each well-known dev account holds at genesis.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * CITY;

/// What the city's reserve account holds at genesis: enough to exist, so fees paid into it
/// are never lost to the existential deposit.
pub const RESERVE_GENESIS_BALANCE: Balance = 1_000 * CITY;

/// The services of the genesis catalogue: name, department, price, resident-only. Their ids
/// are their indices.
pub const GENESIS_SERVICES: [(&str, Department, Balance, bool); 3] = [
	("Parking, one day", Department::PublicWorks, 2 * CITY, false),
	("Residents' parking permit, one month", Department::PublicWorks, 20 * CITY, true),
	("Copy of a civil record", Department::PopulationOffice, 5 * CITY, true),
];

/// The city tax on services at genesis.
pub const GENESIS_TAX_RATE: Permill = Permill::from_percent(5);

/// The most face value of bonds the council may have outstanding at genesis (Root, by
/// referendum, moves it).
pub const GENESIS_DEBT_CEILING: Balance = 1_000_000 * CITY;

/// The governance periods of development chains, in blocks of six seconds: a council motion
/// and a referendum each take two minutes, enactment twelve seconds.
pub const DEVELOPMENT_GOVERNANCE_PERIODS: GovernancePeriods<BlockNumber> = GovernancePeriods {
	launch: 20,
	voting: 20,
	fast_track_voting: 5,
	minimum_voting: 2,
	enactment: 2,
	vote_locking: 20,
	cooloff: 20,
	council_motion: 20,
	technical_motion: 20,
};

/// The parts of a genesis that differ between presets.
struct CityGenesis {
	/// The validators: each one's account and session keys.
	authorities: Vec<(AccountId, AuraId, GrandpaId)>,
	/// A session length replacing the production hour.
	session_length: Option<BlockNumber>,
	endowed: Vec<AccountId>,
	council: Vec<AccountId>,
	technical_committee: Vec<AccountId>,
	governance_periods: Option<GovernancePeriods<BlockNumber>>,
	/// Blocks between two anchors of a public sensor, and of a meter.
	anchor_intervals: (BlockNumber, BlockNumber),
}

/// Public sensors of one kind one operator may own.
pub const SENSORS_PER_OPERATOR: u32 = 1_000;

/// Meters of one kind one meter operator may own (a utility's staff install many).
pub const METERS_PER_OPERATOR: u32 = 100_000;

/// The anchor intervals of a production chain: a public sensor anchors at most once a minute,
/// a meter once a day (its billing interval).
pub const PRODUCTION_ANCHOR_INTERVALS: (BlockNumber, BlockNumber) = (MINUTES, DAYS);

/// The anchor intervals of a development chain: every block, every other block.
pub const DEVELOPMENT_ANCHOR_INTERVALS: (BlockNumber, BlockNumber) = (1, 2);

/// What the reserve fund may spend per fiscal period at genesis, by category (the council
/// changes them): wages, public works, and the validators' rewards (a thirty-day period of
/// hour-long sessions pays at most 720 rewards per validator).
pub const GENESIS_BUDGETS: [(SpendCategory, Balance); 3] = [
	(SpendCategory::Payroll, 100_000 * CITY),
	(SpendCategory::PublicWorks, 200_000 * CITY),
	(SpendCategory::ValidatorRewards, 25_000 * CITY),
];

/// What each validator that authors in a session is paid at genesis (the council changes it).
pub const GENESIS_VALIDATOR_REWARD: Balance = CITY;

/// The session length of the local testnet: ten blocks (a minute), so that a change of
/// validators takes effect within two minutes in the tests.
pub const LOCAL_SESSION_LENGTH: BlockNumber = 10;

/// The most units per hour one consumer plausibly uses, by meter kind: 2,000 litres of water,
/// 20 kWh of electricity. A bill above it is held for the consumer to settle or dispute.
pub const GENESIS_USAGE_CAPS: [(MeterKind, u64); 2] =
	[(MeterKind::Water, 2_000), (MeterKind::Electricity, 20_000)];

/// The IoT policies of a chain whose public sensors anchor every `sensor` blocks and meters
/// every `meter` blocks: every public kind and every meter kind is allowed.
fn iot_policies(
	(sensor, meter): (BlockNumber, BlockNumber),
) -> Vec<(DeviceKind, u32, BlockNumber)> {
	let sensors =
		[DeviceKind::AirQuality, DeviceKind::Traffic, DeviceKind::Noise, DeviceKind::Weather]
			.into_iter()
			.map(|kind| (kind, SENSORS_PER_OPERATOR, sensor));
	let meters = [MeterKind::Water, MeterKind::Electricity, MeterKind::Gas, MeterKind::Heat]
		.into_iter()
		.map(|kind| (DeviceKind::Meter(kind), METERS_PER_OPERATOR, meter));
	sensors.chain(meters).collect()
}

/// The name of issuer 0.
pub const POPULATION_OFFICE_NAME: &str = "Population Office";

/// The commitment of a test resident's credential: the Merkle root of one attribute,
/// `("name", name)`, salted with `blake2_256("city-chain/dev-salt/" ++ name)`. The salt is
/// public, so this is for test chains only; a wallet can rebuild the proof with
/// `e2e/lib/credentials.mjs`.
pub fn dev_resident_commitment(name: &str) -> H256 {
	let salt = dev_resident_salt(name);
	disclosure::commitment(&[disclosure::attribute_leaf(b"name", name.as_bytes(), &salt)])
}

/// The public salt of a test resident's `name` attribute: `blake2_256("city-chain/dev-salt/" ++
/// name)`.
pub fn dev_resident_salt(name: &str) -> [u8; 32] {
	BlakeTwo256::hash(&[b"city-chain/dev-salt/", name.as_bytes()].concat()).into()
}

/// The preset's patch of `RuntimeGenesisConfig`, typed: `build_struct_json_patch!` keeps only
/// the fields named here, so every other field stays at its pallet's default.
fn genesis(config: CityGenesis) -> Value {
	let CityGenesis {
		authorities,
		session_length,
		endowed,
		council,
		technical_committee,
		governance_periods,
		anchor_intervals,
	} = config;

	let mut balances: Vec<(AccountId, Balance)> =
		endowed.into_iter().map(|account| (account, DEV_ENDOWMENT)).collect();
	balances.push((CityReserveAccount::get(), RESERVE_GENESIS_BALANCE));
	debug_assert!(RESERVE_GENESIS_BALANCE >= EXISTENTIAL_DEPOSIT);

	// Aura's and GRANDPA's authorities come from the session's keys (their own genesis stays
	// empty: pallet-session hands them the keys).
	let validators: Vec<AccountId> =
		authorities.iter().map(|(account, _, _)| account.clone()).collect();
	let keys: Vec<(AccountId, AccountId, SessionKeys)> = authorities
		.into_iter()
		.map(|(account, aura, grandpa)| (account.clone(), account, SessionKeys { aura, grandpa }))
		.collect();

	let issuers = vec![(
		Department::PopulationOffice,
		POPULATION_OFFICE_NAME.as_bytes().to_vec(),
		vec![Sr25519Keyring::Alice.to_account_id()],
		vec![CredentialKind::Resident, CredentialKind::Adult],
	)];
	let credentials: Vec<(AccountId, CredentialKind, Option<u32>, H256)> = dev_residents()
		.into_iter()
		.map(|(who, name)| (who, CredentialKind::Resident, Some(0), dev_resident_commitment(name)))
		.collect();

	let services: Vec<(Vec<u8>, Department, Balance, bool)> = GENESIS_SERVICES
		.iter()
		.map(|(name, department, price, resident_only)| {
			(name.as_bytes().to_vec(), *department, *price, *resident_only)
		})
		.collect();
	let tariffs: Vec<(MeterKind, Balance)> = vec![
		// A thousandth of a CITY per litre, a quarter of a CITY per kWh.
		(MeterKind::Water, 1_000 * MICRO_CITY),
		(MeterKind::Electricity, 250 * MICRO_CITY),
	];

	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		validator_set: ValidatorSetConfig {
			validators,
			reward_per_session: GENESIS_VALIDATOR_REWARD,
			session_length,
		},
		session: SessionConfig { keys },
		// The memberships bound their members by `MaxMembers` (21): the presets name three and
		// two, so nothing is cut.
		council_membership: CouncilMembershipConfig { members: BoundedVec::truncate_from(council) },
		technical_membership: TechnicalMembershipConfig {
			members: BoundedVec::truncate_from(technical_committee),
		},
		governance_periods: GovernancePeriodsConfig { periods: governance_periods },
		reserve_fund: ReserveFundConfig { budgets: GENESIS_BUDGETS.to_vec() },
		identity_registry: IdentityRegistryConfig { issuers, credentials },
		city_coin: CityCoinConfig {
			services,
			tax_rate: GENESIS_TAX_RATE,
			mint_cap: Perbill::from_percent(1),
			tariffs,
			usage_caps: GENESIS_USAGE_CAPS.to_vec(),
		},
		bonds: BondsConfig { debt_ceiling: GENESIS_DEBT_CEILING },
		iot_anchors: IotAnchorsConfig {
			plausible_ranges: GENESIS_PLAUSIBLE_RANGES.to_vec(),
			policies: iot_policies(anchor_intervals),
		},
	})
}

/// The values each kind's summaries are expected within, in thousandths of the kind's unit:
/// PM2.5 up to 1,000 µg/m³, noise up to 150 dB(A), up to 100,000 vehicles counted per batch,
/// temperatures from -60 to 60 °C.
pub const GENESIS_PLAUSIBLE_RANGES: [(DeviceKind, i64, i64); 4] = [
	(DeviceKind::AirQuality, 0, 1_000_000),
	(DeviceKind::Noise, 0, 150_000),
	(DeviceKind::Traffic, 0, 100_000_000),
	(DeviceKind::Weather, -60_000, 60_000),
];

/// A test validator: its account and Aura key are `aura`'s, its GRANDPA key `grandpa`'s.
fn authority(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AccountId, AuraId, GrandpaId) {
	(aura.to_account_id(), aura.public().into(), grandpa.public().into())
}

fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// Alice, Bob and Charlie: the council of the test chains.
fn dev_council() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.map(Sr25519Keyring::to_account_id)
		.to_vec()
}

/// Alice and Bob: the technical committee of the test chains.
fn dev_technical_committee() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob].map(Sr25519Keyring::to_account_id).to_vec()
}

/// Alice, Bob and Charlie, residents of the test chains, with the names their commitments
/// are built from.
fn dev_residents() -> Vec<(AccountId, &'static str)> {
	vec![
		(Sr25519Keyring::Alice.to_account_id(), "Alice"),
		(Sr25519Keyring::Bob.to_account_id(), "Bob"),
		(Sr25519Keyring::Charlie.to_account_id(), "Charlie"),
	]
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	genesis(CityGenesis {
		authorities: vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		session_length: None,
		endowed: dev_accounts(),
		council: dev_council(),
		technical_committee: dev_technical_committee(),
		governance_periods: Some(DEVELOPMENT_GOVERNANCE_PERIODS),
		anchor_intervals: DEVELOPMENT_ANCHOR_INTERVALS,
	})
}

/// The `local_testnet` preset.
pub fn local_config_genesis() -> Value {
	genesis(CityGenesis {
		authorities: vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		session_length: Some(LOCAL_SESSION_LENGTH),
		endowed: dev_accounts(),
		council: dev_council(),
		technical_committee: dev_technical_committee(),
		governance_periods: None,
		anchor_intervals: PRODUCTION_ANCHOR_INTERVALS,
	})
}

/// The JSON of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_str() {
		DEV_RUNTIME_PRESET => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
