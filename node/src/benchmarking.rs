//! `city-node benchmark ...` (feature `runtime-benchmarks`): measures the runtime's pallets,
//! blocks and this machine, to generate the weights in each pallet's `weights.rs`.

use crate::{cli::Cli, service};
use city_runtime::opaque::Block;
use frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE};
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

/// Runs a `benchmark` subcommand.
pub fn run(cli: &Cli, cmd: &BenchmarkCmd) -> sc_cli::Result<()> {
	let runner = cli.create_runner(cmd)?;
	runner.sync_run(|config| {
		match cmd {
		BenchmarkCmd::Pallet(cmd) => cmd
			.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(config.chain_spec)),
		BenchmarkCmd::Block(cmd) => {
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			cmd.run(client)
		},
		BenchmarkCmd::Storage(cmd) => {
			let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
			let db = backend.expose_db();
			let storage = backend.expose_storage();
			let shared_cache = backend.expose_shared_trie_cache();
			cmd.run(config, client, db, storage, shared_cache)
		},
		BenchmarkCmd::Machine(cmd) => cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone()),
		BenchmarkCmd::Overhead(_) | BenchmarkCmd::Extrinsic(_) => Err(
			"`benchmark overhead` and `benchmark extrinsic` are not wired in city-node yet; use the \
			 throughput benchmark in scripts/ for transactions per block"
				.into(),
		),
	}
	})
}
