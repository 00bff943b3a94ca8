//! The runtime's benchmarks, run by `city-node benchmark pallet` (feature
//! `runtime-benchmarks`, through `scripts/benchmark.sh`) to generate every weight the runtime
//! uses, on this machine: each pallet's calls, `frame_system`'s transaction extensions and
//! transaction payment's, and the city's own extensions ([`city_extensions`]).

mod city_extensions;
mod session;

use crate::*;
use alloc::vec::Vec;
use frame_benchmarking::{BenchmarkBatch, BenchmarkConfig, BenchmarkList};
use frame_support::traits::StorageInfo;

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_grandpa, Grandpa]
	[pallet_session, SessionBench::<Runtime>]
	[city_extensions, CityExtensionsBench::<Runtime>]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_democracy, Democracy]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_identity_registry, IdentityRegistry]
	[pallet_reserve_fund, ReserveFund]
	[pallet_citycoin, CityCoin]
	[pallet_bonds, Bonds]
	[pallet_vehicle_registry, VehicleRegistry]
	[pallet_iot_anchors, IotAnchors]
	[pallet_validator_set, ValidatorSet]
);

type BaselineBench<T> = frame_benchmarking::baseline::Pallet<T>;
type SystemBench<T> = frame_system_benchmarking::Pallet<T>;
type SystemExtensionsBench<T> = frame_system_benchmarking::extensions::Pallet<T>;
type CityExtensionsBench<T> = city_extensions::Pallet<T>;
type SessionBench<T> = session::Pallet<T>;

impl frame_benchmarking::baseline::Config for Runtime {}
impl frame_system_benchmarking::Config for Runtime {}
impl pallet_transaction_payment::BenchmarkConfig for Runtime {}

/// What the validator set's benchmarks need of the runtime: keys registered through
/// `pallet_session`, the session's validators, and a reserve fund that can pay rewards.
pub struct ValidatorSetBenchmarkHelper;

impl pallet_validator_set::BenchmarkHelper<AccountId, Balance> for ValidatorSetBenchmarkHelper {
	fn register_keys(who: &AccountId) {
		let (keys, proof) = session::keys_for(who);
		let registered = Session::set_keys(RuntimeOrigin::signed(who.clone()), keys, proof);
		debug_assert!(registered.is_ok(), "keys register for a funded account");
	}

	fn set_session_validators(validators: Vec<AccountId>) {
		pallet_session::Validators::<Runtime>::put(validators);
	}

	fn fund_rewards(reward: Balance, count: u32) {
		use city_primitives::treasury::SpendCategory;
		use frame_support::traits::fungible::Mutate;
		let total = reward.saturating_mul(count.into());
		let fund = crate::ReserveFund::account_id();
		let _ = <Balances as Mutate<AccountId>>::mint_into(&fund, total.saturating_mul(2));
		let budgeted = crate::ReserveFund::set_budget(
			RuntimeOrigin::root(),
			SpendCategory::ValidatorRewards,
			total,
		);
		debug_assert!(budgeted.is_ok(), "Root sets budgets");
	}

	fn prepare_block_author() {
		use codec::Encode;
		// Slot 0: Aura's first authority, the session's first validator.
		frame_system::Pallet::<Runtime>::deposit_log(sp_runtime::DigestItem::PreRuntime(
			sp_consensus_aura::AURA_ENGINE_ID,
			sp_consensus_aura::Slot::from(0u64).encode(),
		));
	}
}

/// The list of benchmarks and the storage they touch.
pub fn benchmark_metadata(extra: bool) -> (Vec<BenchmarkList>, Vec<StorageInfo>) {
	use frame_support::traits::StorageInfoTrait;

	let mut list = Vec::<BenchmarkList>::new();
	list_benchmarks!(list, extra);
	(list, AllPalletsWithSystem::storage_info())
}

/// Runs the benchmarks `config` asks for.
pub fn dispatch_benchmark(
	config: BenchmarkConfig,
) -> Result<Vec<BenchmarkBatch>, alloc::string::String> {
	use frame_support::traits::WhitelistedStorageKeys;
	use sp_storage::TrackedStorageKey;

	let mut whitelist: Vec<TrackedStorageKey> = AllPalletsWithSystem::whitelisted_storage_keys();
	// The reserve fund's account: every fee lands in it, and the fund's `on_initialize` pays
	// for its read and write once a block (as Polkadot's runtimes whitelist their treasury's).
	whitelist.push(
		frame_system::Account::<Runtime>::hashed_key_for(crate::ReserveFund::account_id()).into(),
	);
	let mut batches = Vec::<BenchmarkBatch>::new();
	let params = (&config, &whitelist);
	add_benchmarks!(params, batches);
	Ok(batches)
}
