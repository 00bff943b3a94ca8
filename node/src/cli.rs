//! The command line: `city-node [SUBCOMMAND] [OPTIONS]`.

/// The transaction pool's default limit, in transactions (Substrate's: 8,192). Every node's pool
/// holds, besides what its own clients sent, what the others gossip, and what is in blocks not yet
/// finalized (a full block holds 5,058 transfers; finality runs two or three blocks behind); and a
/// tenth of the limit is all its views keep of transactions not yet ready. Full, the pool evicts
/// its oldest transactions, bans them, and every later nonce of their senders waits behind the gap
/// until it is dropped: with Substrate's limits, 19,660 of 50,000 transfers of the soak were
/// dropped (`e2e/tools/soak.mjs`, 2026-12-07), none with these.
pub const POOL_LIMIT: &str = "65536";
/// The transaction pool's default limit, in KiB (Substrate's: 20,480): 128 MiB, about 500,000
/// transfers' bytes, so the count limit binds first.
pub const POOL_KBYTES: &str = "131072";

/// Substrate's command line with the city's defaults where they differ (the transaction pool's
/// size); each can still be set on the command line.
pub fn with_city_defaults(command: clap::Command) -> clap::Command {
	command
		.mut_arg("pool_limit", |arg| arg.default_value(POOL_LIMIT))
		.mut_arg("pool_kbytes", |arg| arg.default_value(POOL_KBYTES))
}

/// City Chain's node.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// What to do instead of running the node.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// How to run the node.
	#[clap(flatten)]
	pub run: sc_cli::RunCmd,
}

/// The node's subcommands.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys, and node keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (JSON, or `--raw` for its storage form).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification without starting a node.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Sub-commands concerned with benchmarking (build with `--features runtime-benchmarks`).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),
}

#[cfg(test)]
mod tests {
	use super::Cli;
	use sc_cli::SubstrateCli;

	#[test]
	fn the_pool_is_sized_for_the_city_by_default_and_the_command_line_still_rules() {
		let cli = Cli::try_from_iter(["city-node", "--dev"]).expect("parses");
		assert_eq!(cli.run.pool_config.pool_limit, 65_536);
		assert_eq!(cli.run.pool_config.pool_kbytes, 131_072);
		let cli = Cli::try_from_iter(["city-node", "--pool-limit", "100", "--pool-kbytes", "200"])
			.expect("parses");
		assert_eq!(cli.run.pool_config.pool_limit, 100);
		assert_eq!(cli.run.pool_config.pool_kbytes, 200);
		// A subcommand parses as before.
		let cli = Cli::try_from_iter(["city-node", "key", "generate"]).expect("parses");
		assert!(cli.subcommand.is_some());
	}
}
