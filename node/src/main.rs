//! `city-node`: the City Chain node. Validators run it to author (Aura) and finalize
//! (GRANDPA) blocks; wallets talk to it over JSON-RPC.

#![warn(missing_docs)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
