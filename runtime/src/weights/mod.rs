//! The runtime's weights, every one generated on this machine (the chain's reference machine)
//! by `scripts/benchmark.sh` from the runtime's own benchmarks; none is typed by hand, none is
//! a pallet's default (`()`, priced for RocksDB) or `SubstrateWeight` (measured on Parity's
//! reference machine). The test below fails if a `Config` uses one.
//!
//! - [`block_weights`], [`extrinsic_weights`]: `benchmark overhead`, the cost of an empty
//!   block and of the least transaction (a signed empty `system.remark`, its transaction
//!   extensions' work included: [`extrinsic_base_weight`] takes that out).
//! - [`frame_benchmarking`]: the one baseline benchmark the runtime uses, a signature check
//!   (`sr25519_verification`).
//! - [`paritydb_weights`]: `benchmark storage --database paritydb` on a development state with
//!   500,000 more accounts: a read and a write of the city's database.
//! - One file per FRAME pallet and per set of transaction extensions (`frame_system_extensions`,
//!   `pallet_transaction_payment`'s fee payment, [`city_extensions`]): `benchmark pallet`.
//! - The city's pallets keep theirs in their crates (`pallets/*/src/weights.rs`, generated the
//!   same way); the modules at the end name them here, so every `Config` reads its weights
//!   from this module.

pub mod block_weights;
pub mod city_extensions;
pub mod extrinsic_weights;
pub mod frame_benchmarking;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_democracy;
pub mod pallet_grandpa;
pub mod pallet_membership;
pub mod pallet_multisig;
pub mod pallet_preimage;
pub mod pallet_proxy;
pub mod pallet_scheduler;
pub mod pallet_session;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_utility;
// The benchmark CLI's template documents the fields of a struct expression.
#[allow(unused_doc_comments)]
pub mod paritydb_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use paritydb_weights::constants::ParityDbWeight;

use core::marker::PhantomData;
use frame_support::weights::Weight;
use sp_runtime::traits::TransactionExtension;

/// The base weight of every transaction. `benchmark overhead` measured a signed empty remark
/// ([`ExtrinsicBaseWeight`]), the work of its transaction extensions included; but every
/// transaction is charged its extensions' own (benchmarked) weights on top, so the base counted
/// them twice (polkadot-sdk issue 9981). The base is the measurement less what the extensions
/// charge for that remark, and never less than the one signature check that no extension
/// weighs. So a remark still weighs at least what was measured for it, and nothing is counted
/// twice.
pub fn extrinsic_base_weight() -> Weight {
	let remark: crate::RuntimeCall =
		::frame_system::Call::remark { remark: alloc::vec::Vec::new() }.into();
	let extensions = crate::immortal_tx_extension(0, 0).weight(&remark);
	ExtrinsicBaseWeight::get().saturating_sub(extensions).max(signature_check())
}

/// One sr25519 signature check (transactions are signed with sr25519 by the city's wallets; an
/// ed25519 check costs less, an ecdsa recovery about as much), from the baseline benchmark.
pub fn signature_check() -> Weight {
	use self::frame_benchmarking::WeightInfo as _;
	type Baseline = self::frame_benchmarking::SubstrateWeight<crate::Runtime>;
	Baseline::sr25519_verification(1).saturating_sub(Baseline::sr25519_verification(0))
}

/// GRANDPA's weights from its benchmarks. `report_equivocation` cannot be dispatched on this
/// chain (its key-owner proof is `Void`: no such call decodes), so its weight is the proof
/// check it would begin with; `note_stalled` (Root) is measured as it is.
pub struct GrandpaWeight<T>(PhantomData<T>);

impl<T: ::frame_system::Config> ::pallet_grandpa::WeightInfo for GrandpaWeight<T> {
	fn report_equivocation(_validator_count: u32, _max_nominators_per_validator: u32) -> Weight {
		use pallet_grandpa::WeightInfo as _;
		pallet_grandpa::SubstrateWeight::<T>::check_equivocation_proof(1)
	}

	fn note_stalled() -> Weight {
		use pallet_grandpa::WeightInfo as _;
		pallet_grandpa::SubstrateWeight::<T>::note_stalled()
	}
}

/// The weights of the city's pallets, generated into their crates.
macro_rules! city_pallet_weights {
	($($pallet:ident),* $(,)?) => {$(
		#[doc = concat!("`", stringify!($pallet), "`'s weights, generated into its crate.")]
		pub mod $pallet {
			/// The weights of the pallet's calls, with the runtime's database weights.
			pub type WeightInfo<T> = ::$pallet::weights::SubstrateWeight<T>;
		}
	)*};
}

city_pallet_weights!(
	pallet_citycoin,
	pallet_reserve_fund,
	pallet_bonds,
	pallet_identity_registry,
	pallet_vehicle_registry,
	pallet_iot_anchors,
	pallet_validator_set,
);
