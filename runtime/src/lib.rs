//! # City runtime
//!
//! The FRAME runtime of City Chain: CITY (the native token), fees, Aura and GRANDPA
//! consensus, and the city's on-chain governance by council, technical committee and
//! resident referenda. There is no sudo: Root is reached only through governance.
//!
//! ## Overview
//! - `configs/` configures the pallets, one file per concern: `system.rs` (blocks, time,
//!   consensus), `currency.rs` (CITY and fees), `governance.rs` (collectives, referenda,
//!   named origins, periods), and `city/` with one file per city pallet (`identity_registry.rs`,
//!   `reserve_fund.rs`, `citycoin.rs`, `bonds.rs`, `vehicle_registry.rs`, `iot_anchors.rs`).
//!   Who may do what, with the origin each step takes, is one table: the root README's
//!   "Who may do what".
//! - `extensions/` holds the transaction extensions: the signed extension tuple
//!   ([`TxExtension`]) and the city's own `ChargeFeeCoveringTransfers` ([`transfer_guard`])
//!   and `CheckResidentVote` ([`resident_vote`]).
//! - `apis.rs` implements the runtime APIs the node and wallets call.
//! - `weights/` holds every weight the runtime uses, all generated on this machine by
//!   `scripts/benchmark.sh` (the city pallets' in their crates).
//! - `genesis_config_presets.rs` holds the chains' genesis presets (`development`,
//!   `local_testnet`), the one source of truth for chain specs.
//!
//! ## Low level details
//! Pallet indices are explicit and part of the public API (wallets encode calls with them):
//! 0-9 system and consensus, 10-19 governance, 20-29 the city's pallets. The indices of the
//! city pallets: `CityCoin` 20, `ReserveFund` 21, `Bonds` 22, `IdentityRegistry` 23,
//! `VehicleRegistry` 24, `IotAnchors` 25.

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands to large types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod extensions;
pub mod genesis_config_presets;
pub mod governance_views;
pub mod migrations;
pub mod weights;

// The extensions' paths from before `extensions/`: `city_runtime::transfer_guard::...`,
// `city_runtime::resident_vote::...`, `city_runtime::TxExtension`, ...
#[cfg(feature = "std")]
pub use extensions::signed_transaction;
pub use extensions::{immortal_tx_extension, resident_vote, transfer_guard, TxExtension};

use alloc::vec::Vec;
use sp_runtime::{generic, impl_opaque_keys, traits::BlakeTwo256};
use sp_version::{runtime_version, RuntimeVersion};

pub use city_primitives::{
	AccountId, Balance, BlockNumber, Hash, Nonce, Signature, CITY, DAYS, HOURS, MICRO_CITY,
	MILLISECS_PER_BLOCK, MILLI_CITY, MINUTES,
};
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types: what the node needs to know of blocks without knowing the runtime's calls,
/// so that it keeps syncing across runtime upgrades.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;

	impl_opaque_keys! {
		/// The keys a validator registers: Aura for authoring, GRANDPA for finality.
		pub struct SessionKeys {
			pub aura: super::Aura,
			pub grandpa: super::Grandpa,
		}
	}
}

/// The runtime's version. `spec_version` goes up with every upgrade that changes behaviour;
/// `transaction_version` with every change to how calls are encoded.
#[cfg(not(feature = "next-spec-version"))]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("city-chain"),
	impl_name: alloc::borrow::Cow::Borrowed("city-chain"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	// 2: calls changed (the identity registry's `suspend` takes a reason, the IoT anchors'
	// `accept_transfer` a key) and `CheckTransferFunds` merged into the fee extension.
	transaction_version: 2,
	system_version: 1,
};

/// The same runtime as the next release: `spec_version + 1`. Built only by the
/// `city-runtime-next` crate (`runtime/next`), the target of the upgrade tests; never shipped.
#[cfg(feature = "next-spec-version")]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("city-chain"),
	impl_name: alloc::borrow::Cow::Borrowed("city-chain"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
	system_version: 1,
};

/// Aura's slot: the target time between two blocks.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

/// The existential deposit: the least balance an account must keep to exist (0.01 CITY).
pub const EXISTENTIAL_DEPOSIT: Balance = 10 * MILLI_CITY;

/// The address format for describing accounts.
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations to run on upgrade, besides the pallets' own.
#[allow(unused_parens)]
type Migrations = (
	pallet_identity_registry::migrations::v1::MigrateV0ToV1<Runtime>,
	migrations::IntroduceSessions,
);

/// Executive: dispatches calls to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System and consensus: 0-9.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(6)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(7)]
	pub type ValidatorSet = pallet_validator_set;
	#[runtime::pallet_index(8)]
	pub type Session = pallet_session;

	// Governance: 10-19.
	#[runtime::pallet_index(10)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(11)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(12)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(13)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(14)]
	pub type TechnicalCommittee = pallet_collective<Instance2>;
	#[runtime::pallet_index(15)]
	pub type TechnicalMembership = pallet_membership<Instance2>;
	#[runtime::pallet_index(16)]
	pub type Democracy = pallet_democracy;
	#[runtime::pallet_index(17)]
	pub type GovernancePeriods = pallet_governance_periods;

	// The city's pallets: 20-29.
	#[runtime::pallet_index(20)]
	pub type CityCoin = pallet_citycoin;
	#[runtime::pallet_index(21)]
	pub type ReserveFund = pallet_reserve_fund;
	#[runtime::pallet_index(22)]
	pub type Bonds = pallet_bonds;
	#[runtime::pallet_index(23)]
	pub type IdentityRegistry = pallet_identity_registry;
	#[runtime::pallet_index(24)]
	pub type VehicleRegistry = pallet_vehicle_registry;
	#[runtime::pallet_index(25)]
	pub type IotAnchors = pallet_iot_anchors;

	// Accounts acting together or for one another: 30-39.
	#[runtime::pallet_index(30)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(31)]
	pub type Multisig = pallet_multisig;
	#[runtime::pallet_index(32)]
	pub type Proxy = pallet_proxy;
}
