//! The genesis presets and the runtime's public surface: pallet names and indices, metadata,
//! chain properties the presets imply.

use crate::common::*;
use city_runtime::{
	configs::CityReserveAccount, genesis_config_presets::*, AllPalletsWithSystem, Runtime,
	EXISTENTIAL_DEPOSIT,
};
use frame_support::traits::PalletsInfoAccess;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

#[test]
fn pallets_have_the_public_names_and_indices() {
	let pallets: Vec<(usize, &str)> =
		AllPalletsWithSystem::infos().into_iter().map(|p| (p.index, p.name)).collect();
	assert_eq!(
		pallets,
		vec![
			(0, "System"),
			(1, "Timestamp"),
			(2, "Aura"),
			(3, "Grandpa"),
			(4, "Balances"),
			(5, "TransactionPayment"),
			(6, "Authorship"),
			(7, "ValidatorSet"),
			(8, "Session"),
			(10, "Preimage"),
			(11, "Scheduler"),
			(12, "Council"),
			(13, "CouncilMembership"),
			(14, "TechnicalCommittee"),
			(15, "TechnicalMembership"),
			(16, "Democracy"),
			(17, "GovernancePeriods"),
			(20, "CityCoin"),
			(21, "ReserveFund"),
			(22, "Bonds"),
			(23, "IdentityRegistry"),
			(24, "VehicleRegistry"),
			(25, "IotAnchors"),
			(30, "Utility"),
			(31, "Multisig"),
			(32, "Proxy"),
		]
	);
}

#[test]
fn metadata_is_available_at_v14_v15_and_v16() {
	dev(|| {
		let versions = Runtime::metadata_versions();
		for version in [14, 15, 16] {
			assert!(versions.contains(&version), "metadata v{version} in {versions:?}");
			assert!(Runtime::metadata_at_version(version).is_some());
		}
	});
}

#[test]
fn the_presets_are_listed_and_build() {
	let names: Vec<String> = preset_names();
	assert_eq!(
		names,
		vec![DEV_RUNTIME_PRESET.to_string(), LOCAL_TESTNET_RUNTIME_PRESET.to_string()]
	);
	assert!(get_preset(&"production".into()).is_none());
	for name in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		let storage = preset_storage(name);
		assert!(!storage.top.is_empty(), "{name} writes storage");
	}
}

fn council_members() -> Vec<city_runtime::AccountId> {
	pallet_collective::Members::<Runtime, city_runtime::configs::CouncilCollective>::get()
}

fn technical_members() -> Vec<city_runtime::AccountId> {
	pallet_collective::Members::<Runtime, city_runtime::configs::TechnicalCollective>::get()
}

fn sorted(mut accounts: Vec<city_runtime::AccountId>) -> Vec<city_runtime::AccountId> {
	accounts.sort();
	accounts
}

#[test]
fn development_preset_alice_authors_three_sit_on_the_council_two_on_the_committee() {
	new_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get().into_inner();
		assert_eq!(aura, vec![Sr25519Keyring::Alice.public().into()]);
		let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		assert_eq!(grandpa, vec![(Ed25519Keyring::Alice.public().into(), 1)]);
		assert_eq!(
			council_members(),
			sorted(vec![
				account(Sr25519Keyring::Alice),
				account(Sr25519Keyring::Bob),
				account(Sr25519Keyring::Charlie)
			])
		);
		assert_eq!(
			technical_members(),
			sorted(vec![account(Sr25519Keyring::Alice), account(Sr25519Keyring::Bob)])
		);
		for who in Sr25519Keyring::well_known() {
			assert_eq!(free(&who.to_account_id()), DEV_ENDOWMENT);
		}
		assert_eq!(
			pallet_governance_periods::Pallet::<Runtime>::periods(),
			DEVELOPMENT_GOVERNANCE_PERIODS
		);
	});
}

#[test]
fn local_testnet_preset_four_validators_and_production_periods() {
	new_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let aura = pallet_aura::Authorities::<Runtime>::get().into_inner();
		let expected: Vec<sp_consensus_aura::sr25519::AuthorityId> = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		]
		.iter()
		.map(|k| k.public().into())
		.collect();
		assert_eq!(aura, expected);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 4);
		assert_eq!(council_members().len(), 3);
		assert_eq!(technical_members().len(), 2);
		assert_eq!(pallet_governance_periods::Periods::<Runtime>::get(), None);
		assert_eq!(
			pallet_governance_periods::Pallet::<Runtime>::periods(),
			city_runtime::configs::ProductionGovernancePeriods::get()
		);
	});
}

#[test]
fn the_city_reserve_account_exists_from_genesis() {
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		new_ext(preset).execute_with(|| {
			let reserve = CityReserveAccount::get();
			assert_eq!(free(&reserve), RESERVE_GENESIS_BALANCE);
			assert!(free(&reserve) >= EXISTENTIAL_DEPOSIT);
			let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
			let endowed = Sr25519Keyring::well_known().count() as u128 * DEV_ENDOWMENT;
			assert_eq!(issuance, endowed + RESERVE_GENESIS_BALANCE);
		});
	}
}

#[test]
fn production_governance_periods_are_documented_values() {
	use city_primitives::{DAYS, HOURS};
	let p = city_runtime::configs::ProductionGovernancePeriods::get();
	assert_eq!((p.launch, p.voting, p.enactment), (7 * DAYS, 7 * DAYS, 2 * DAYS));
	assert_eq!(p.fast_track_voting, 3 * HOURS);
	assert_eq!((p.council_motion, p.technical_motion), (5 * DAYS, 2 * DAYS));
	assert!(p.check().is_ok());
	assert!(DEVELOPMENT_GOVERNANCE_PERIODS.check().is_ok());
}
