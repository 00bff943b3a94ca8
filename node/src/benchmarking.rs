//! `city-node benchmark ...` (feature `runtime-benchmarks`): measures the runtime's pallets
//! (`pallet`), the per-block and per-transaction overhead (`overhead`), one kind of transaction
//! in full blocks (`extrinsic`), the database (`storage`) and this machine (`machine`), to
//! generate the weights in `runtime/src/weights/` and each pallet's `weights.rs`
//! (`scripts/benchmark.sh` runs them all).

use crate::{cli::Cli, service};
use city_runtime::{opaque::Block, BalancesCall, SystemCall, EXISTENTIAL_DEPOSIT};
use frame_benchmarking_cli::{
	BenchmarkCmd, ExtrinsicBuilder, ExtrinsicFactory, SUBSTRATE_REFERENCE_HARDWARE,
};
use sc_cli::SubstrateCli;
use sc_client_api::UsageProvider;
use sc_service::PartialComponents;
use sp_core::H256;
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::OpaqueExtrinsic;

/// Runs a `benchmark` subcommand.
pub fn run(cli: &Cli, cmd: &BenchmarkCmd) -> sc_cli::Result<()> {
	let runner = cli.create_runner(cmd)?;
	runner.sync_run(|config| match cmd {
		BenchmarkCmd::Pallet(cmd) => {
			cmd.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(config.chain_spec))
		}
		BenchmarkCmd::Block(cmd) => {
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			cmd.run(client)
		}
		BenchmarkCmd::Storage(cmd) => {
			let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
			let db = backend.expose_db();
			let storage = backend.expose_storage();
			let shared_cache = backend.expose_shared_trie_cache();
			cmd.run(config, client, db, storage, shared_cache)
		}
		BenchmarkCmd::Overhead(cmd) => {
			let chain = config.chain_spec.name().to_string();
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			let remarks = SignedBuilder::remark(client.usage_info().chain.genesis_hash);
			cmd.run(chain, client, inherent_benchmark_data()?, Vec::new(), &remarks, false)
		}
		BenchmarkCmd::Extrinsic(cmd) => {
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			let genesis = client.usage_info().chain.genesis_hash;
			let factory = ExtrinsicFactory(vec![
				Box::new(SignedBuilder::remark(genesis)),
				Box::new(SignedBuilder::transfer_keep_alive(genesis)),
			]);
			cmd.run(client, inherent_benchmark_data()?, Vec::new(), &factory)
		}
		BenchmarkCmd::Machine(cmd) => cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone()),
	})
}

/// Builds one kind of transaction, signed by Alice (endowed on the development chain) with the
/// nonce the benchmark asks for, immortal, for the chain of genesis `genesis`.
struct SignedBuilder {
	pallet: &'static str,
	extrinsic: &'static str,
	call: city_runtime::RuntimeCall,
	genesis: H256,
}

impl SignedBuilder {
	/// `system.remark` with an empty remark: what `benchmark overhead` measures the
	/// per-transaction overhead with.
	fn remark(genesis: H256) -> Self {
		Self {
			pallet: "system",
			extrinsic: "remark",
			call: SystemCall::remark { remark: Vec::new() }.into(),
			genesis,
		}
	}

	/// `balances.transfer_keep_alive` of the existential deposit to Bob.
	fn transfer_keep_alive(genesis: H256) -> Self {
		Self {
			pallet: "balances",
			extrinsic: "transfer_keep_alive",
			call: BalancesCall::transfer_keep_alive {
				dest: Sr25519Keyring::Bob.to_account_id().into(),
				value: EXISTENTIAL_DEPOSIT,
			}
			.into(),
			genesis,
		}
	}
}

impl ExtrinsicBuilder for SignedBuilder {
	fn pallet(&self) -> &str {
		self.pallet
	}

	fn extrinsic(&self) -> &str {
		self.extrinsic
	}

	fn build(&self, nonce: u32) -> Result<OpaqueExtrinsic, &'static str> {
		let alice = Sr25519Keyring::Alice.pair();
		let transaction =
			city_runtime::signed_transaction(self.call.clone(), &alice, nonce, 0, self.genesis);
		Ok(transaction.into())
	}
}

/// The inherents of the benchmarks' blocks: a timestamp of 0, so that Aura's slot (0 without a
/// pre-runtime digest) matches it.
fn inherent_benchmark_data() -> sc_cli::Result<InherentData> {
	let mut inherent_data = InherentData::new();
	let timestamp = sp_timestamp::InherentDataProvider::new(0.into());
	futures::executor::block_on(timestamp.provide_inherent_data(&mut inherent_data))
		.map_err(|e| format!("creating the timestamp inherent: {e:?}"))?;
	Ok(inherent_data)
}
