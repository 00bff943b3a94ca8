//! `city-indexer`: follows a node and serves the ledger API.

use city_indexer::{api, db::Store, follow};
use clap::Parser;
use std::net::SocketAddr;
use std::time::Duration;

/// City Chain's ledger indexer: follows a node's finalized blocks into SQLite or PostgreSQL and
/// serves the city's history as a read-only JSON and CSV API (OpenAPI at /openapi.json).
#[derive(Parser, Debug)]
#[command(version, about)]
struct Cli {
	/// The node's WebSocket RPC. A node that prunes state serves only its last blocks: to
	/// index a chain from its start, follow an archive node (`--state-pruning archive`).
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	node: String,
	/// The database: `sqlite:PATH` (created if missing) or `postgres://USER@HOST/DB`.
	#[arg(long, default_value = "sqlite:city-ledger.sqlite")]
	database: String,
	/// Where the API listens.
	#[arg(long, default_value = "127.0.0.1:8090")]
	listen: SocketAddr,
	/// The first block to index into an empty database.
	#[arg(long, default_value_t = 1)]
	from_block: u64,
	/// How often to look for newly finalized blocks, in milliseconds.
	#[arg(long, default_value_t = 1000)]
	poll_ms: u64,
	/// Serve the API only, without following a node (a replica of the database).
	#[arg(long)]
	no_follow: bool,
	/// Serve the portal's built files (portal/dist) at `/`, beside the API.
	#[arg(long)]
	portal: Option<std::path::PathBuf>,
}

#[tokio::main]
async fn main() {
	tracing_subscriber::fmt()
		.with_env_filter(
			tracing_subscriber::EnvFilter::try_from_default_env()
				.unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
		)
		.init();
	let cli = Cli::parse();
	if let Err(e) = run(cli).await {
		log::error!(target: "indexer", "{e}");
		std::process::exit(1);
	}
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
	let store = Store::open(&cli.database).await?;
	let status = api::Status::default();
	if !cli.no_follow {
		let config = follow::FollowConfig {
			node: cli.node.clone(),
			from_block: cli.from_block,
			poll: Duration::from_millis(cli.poll_ms),
		};
		tokio::spawn(follow::run(store.clone(), config, status.clone()));
	}
	let listener = tokio::net::TcpListener::bind(cli.listen).await?;
	log::info!(target: "indexer", "ledger API on http://{} ({:?} database)", listener.local_addr()?, store.backend);
	let app = api::router(api::AppState { store, status }, cli.portal.clone());
	axum::serve(listener, app)
		.with_graceful_shutdown(async {
			let _ = tokio::signal::ctrl_c().await;
		})
		.await?;
	Ok(())
}
