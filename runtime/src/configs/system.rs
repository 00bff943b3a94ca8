//! Blocks, time and consensus: `frame_system`, `Timestamp`, `Aura`, `Grandpa`.

use crate::weights::{self, BlockExecutionWeight, ParityDbWeight};
use crate::{
	AccountId, Aura, Balance, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, RuntimeTask, SLOT_DURATION, VERSION,
};
use city_primitives::SS58_PREFIX;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
	weights::{constants::WEIGHT_REF_TIME_PER_MILLIS, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

/// Normal (user) transactions may fill 75% of a block; the rest is kept for operational ones
/// (governance, runtime upgrades) so they are never crowded out.
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// The compute of a block: 1.46 s of this machine's time, in a six-second slot. Sized by
/// measurement (`scripts/throughput.sh`), not by the weights alone: a block full of normal
/// transactions (75%: about 5,050 transfers) must be built by its author in under 1.5 s and
/// imported by another node in under 1 s. An importer executes the block in one runtime call,
/// about 0.18 to 0.2 ms a transfer, close to its weight; the author applies each transaction in
/// a call of its own, about 0.24 ms a transfer, and that per-transaction overhead is in no
/// benchmark. Measured with 5,058 transfers (README, "Weights and throughput"): the author
/// 1.2 to 1.4 s (with city-node's soft deadline), the importer 0.87 to 0.99 s. With 2 s (6,929
/// transfers) the author took 1.8 s and the importer 1.2 to 1.4 s. Measure again after the
/// weights are regenerated. Proof size is not limited (a solochain).
pub const MAX_BLOCK_WEIGHT: Weight =
	Weight::from_parts(1_460 * WEIGHT_REF_TIME_PER_MILLIS, u64::MAX);

/// The share of a block's weight that `on_initialize` hooks are expected to use at most: normal
/// transactions may each be at most the normal share less this.
pub const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(10);

/// The most bytes in a block: 5 MiB, so a runtime upgrade's code fits in the operational share.
pub const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

/// The most validators the chain supports.
pub const MAX_AUTHORITIES: u32 = 32;

parameter_types! {
	/// How many recent block hashes are kept: the longest a mortal transaction may live.
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// [`MAX_BLOCK_WEIGHT`] of compute in a six-second block, of which normal transactions may
	/// use [`NORMAL_DISPATCH_RATIO`] and operational ones the rest; an empty block and each
	/// transaction's base cost what this machine measured (`weights::block_weights`,
	/// `weights::extrinsic_base_weight`).
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = weights::extrinsic_base_weight();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAX_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAX_BLOCK_WEIGHT);
			// Operational transactions have the rest of the block to themselves.
			weights.reserved = Some(MAX_BLOCK_WEIGHT - NORMAL_DISPATCH_RATIO * MAX_BLOCK_WEIGHT);
		})
		.avg_block_initialization(AVERAGE_ON_INITIALIZE_RATIO)
		.build_or_panic();
	/// Normal transactions may use 75% of the block's bytes, operational ones all of them.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * MAX_BLOCK_LENGTH
		})
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// ParityDB is the node's only database: its reads and writes as measured on this machine.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = weights::frame_system_extensions::WeightInfo<Runtime>;
	type MaxConsumers = ConstU32<16>;
	/// Refuses fast-tracks below the minimum voting period to all but Root, and
	/// `session.purge_keys` (purged through `validatorSet.purge_keys`).
	type BaseCallFilter = super::governance::CityCallFilter;
}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the Unix epoch.
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = weights::GrandpaWeight<Runtime>;
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	// No staking, so equivocations are not reported on chain: validators are chosen by the
	// city's governance and removed by it.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}
