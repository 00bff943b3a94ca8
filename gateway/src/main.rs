//! `city-gateway`: `run` the gateway, `simulate` a device, print a device's registration
//! (`device`), or measure the gateway's throughput (`bench`). See the crate's README.

use city_gateway::{
	batch,
	chain::Chain,
	extrinsic,
	gateway::{Gateway, Settings},
	keys, mqtt, now_ms, server,
	store::Store,
	Result,
};
use clap::{Parser, Subcommand};
use codec::Encode;
use pallet_iot_anchors::{anchor_message, possession_message};
use sp_core::crypto::{AccountId32, Ss58Codec};
use std::{
	path::PathBuf,
	sync::Arc,
	time::{Duration, Instant},
};

#[derive(Parser)]
#[command(name = "city-gateway", about = "City Chain's IoT gateway")]
struct Cli {
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Subscribes to the broker, batches and anchors readings, serves proofs.
	Run {
		/// The MQTT broker, host:port.
		#[arg(long, default_value = "127.0.0.1:1883")]
		broker: String,
		/// The node's WebSocket RPC.
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		node: String,
		/// The directory of the local store.
		#[arg(long)]
		store: PathBuf,
		/// The directory of the devices' key files (`*.json`).
		#[arg(long)]
		keys: PathBuf,
		/// Where to serve `gateway_prove` and `gateway_status`.
		#[arg(long, default_value = "127.0.0.1:9955")]
		listen: std::net::SocketAddr,
		/// The most readings in one batch.
		#[arg(long, default_value_t = 1024)]
		batch_size: usize,
		/// How long a reading waits for its batch to fill, in ms.
		#[arg(long, default_value_t = 3_000)]
		batch_interval_ms: u64,
		/// How long to wait for an anchor before submitting it again, in ms.
		#[arg(long, default_value_t = 12_000)]
		resubmit_ms: u64,
		/// The MQTT client id (the broker keeps its session).
		#[arg(long, default_value = "city-gateway")]
		client_id: String,
		/// The runtime's index of `IotAnchors`.
		#[arg(long, default_value_t = extrinsic::IOT_ANCHORS_INDEX)]
		pallet_index: u8,
	},
	/// Publishes a device's readings to the broker, as a sensor would.
	Simulate {
		/// The MQTT broker, host:port.
		#[arg(long, default_value = "127.0.0.1:1883")]
		broker: String,
		/// The device's key file.
		#[arg(long)]
		key: PathBuf,
		/// How many readings.
		#[arg(long, default_value_t = 10)]
		count: u64,
		/// Between two readings, in ms.
		#[arg(long, default_value_t = 100)]
		interval_ms: u64,
		/// The first value.
		#[arg(long, default_value_t = 0, allow_hyphen_values = true)]
		start: i64,
		/// What each value adds to the last.
		#[arg(long, default_value_t = 1, allow_hyphen_values = true)]
		step: i64,
	},
	/// Prints what registers a device: its id, its key and the key's proof of possession for
	/// the owner, as JSON (`key` and `proof` as @polkadot/api takes them).
	Device {
		/// The device's key file.
		#[arg(long)]
		key: PathBuf,
		/// The owner (SS58).
		#[arg(long)]
		owner: String,
		/// The node's WebSocket RPC (for the genesis hash).
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		node: String,
	},
	/// Measures how many readings a second the gateway takes in, batches, proves and signs
	/// anchors for, on this machine (store included; the network left out).
	Bench {
		/// How many readings.
		#[arg(long, default_value_t = 100_000)]
		readings: u64,
		/// Readings per batch.
		#[arg(long, default_value_t = 1024)]
		batch_size: usize,
		/// How many devices share them.
		#[arg(long, default_value_t = 10)]
		devices: u32,
		/// The key scheme.
		#[arg(long, default_value = "sr25519")]
		scheme: String,
	},
}

/// Logs to stderr; `RUST_LOG=debug` for more.
struct Logger(log::LevelFilter);

impl log::Log for Logger {
	fn enabled(&self, metadata: &log::Metadata) -> bool {
		metadata.level() <= self.0
	}
	fn log(&self, record: &log::Record) {
		if self.enabled(record.metadata()) {
			eprintln!("{} {:<5} {}", now_ms(), record.level(), record.args());
		}
	}
	fn flush(&self) {}
}

fn key_file(path: &PathBuf) -> Result<keys::DeviceSigner> {
	let file: keys::KeyFile = serde_json::from_slice(&std::fs::read(path)?)
		.map_err(|e| format!("{}: {e}", path.display()))?;
	keys::DeviceSigner::from_key_file(&file)
}

fn scheme_json(encoded: &[u8]) -> serde_json::Value {
	// The SCALE encoding of a `MultiSigner`/`MultiSignature`: a variant byte, then the bytes.
	let name = match encoded.first() {
		Some(0) => "ed25519",
		Some(1) => "sr25519",
		_ => "ecdsa",
	};
	serde_json::json!({ name: format!("0x{}", hex::encode(encoded.get(1..).unwrap_or_default())) })
}

#[tokio::main]
async fn main() -> Result<()> {
	let level = match std::env::var("RUST_LOG").as_deref() {
		Ok("debug") => log::LevelFilter::Debug,
		Ok("warn") => log::LevelFilter::Warn,
		_ => log::LevelFilter::Info,
	};
	log::set_boxed_logger(Box::new(Logger(level))).map_err(|e| e.to_string())?;
	log::set_max_level(level);
	match Cli::parse().command {
		Command::Run {
			broker,
			node,
			store,
			keys: key_dir,
			listen,
			batch_size,
			batch_interval_ms,
			resubmit_ms,
			client_id,
			pallet_index,
		} => {
			let store = Arc::new(Store::open(&store)?);
			let devices = keys::load_dir(&key_dir)?;
			log::info!("signing for {} devices", devices.len());
			let counters = Arc::new(mqtt::Counters::default());
			let handle = server::serve(listen, store.clone(), counters.clone()).await?;
			log::info!("serving gateway_prove at {listen}");
			let ids = devices.keys().copied().collect();
			let gateway = Gateway::new(
				store.clone(),
				Chain::new(&node),
				devices,
				Settings {
					batch_size,
					batch_interval: Duration::from_millis(batch_interval_ms),
					resubmit_after: Duration::from_millis(resubmit_ms),
					pallet_index,
				},
			);
			let listening = mqtt::listen(&broker, &client_id, store, ids, counters);
			tokio::select! {
				result = listening => result?,
				() = gateway.run(Duration::from_millis(500)) => {},
				_ = tokio::signal::ctrl_c() => log::info!("stopping"),
			}
			handle.stop()?;
			Ok(())
		}
		Command::Simulate { broker, key, count, interval_ms, start, step } => {
			let device = key_file(&key)?;
			mqtt::simulate(
				&broker,
				device.id,
				count,
				Duration::from_millis(interval_ms),
				start,
				step,
			)
			.await
		}
		Command::Device { key, owner, node } => {
			let device = key_file(&key)?;
			let owner = AccountId32::from_ss58check(&owner).map_err(|e| format!("owner: {e:?}"))?;
			let genesis = Chain::new(&node).genesis().await?;
			let proof = device.signer.sign(&possession_message(&genesis, &owner));
			let answer = serde_json::json!({
				"device": format!("{:?}", device.id),
				"key": scheme_json(&device.signer.public().encode()),
				"proof": scheme_json(&proof.encode()),
			});
			println!("{answer}");
			Ok(())
		}
		Command::Bench { readings, batch_size, devices, scheme } => {
			bench(readings, batch_size, devices, &scheme)
		}
	}
}

/// The gateway's work per reading, timed over `readings`: validate the MQTT payload, store it,
/// seal batches (leaves, root, store), sign and encode each batch's anchor, and build one
/// proof per reading.
fn bench(readings: u64, batch_size: usize, devices: u32, scheme: &str) -> Result<()> {
	let dir = std::env::temp_dir().join(format!("city-gateway-bench-{}", std::process::id()));
	let store = Store::open(&dir)?;
	let signers: Vec<keys::DeviceSigner> = (0..devices)
		.map(|i| {
			keys::DeviceSigner::from_key_file(&keys::KeyFile {
				scheme: scheme.into(),
				secret: format!("//bench-{i}"),
				device: None,
			})
		})
		.collect::<Result<_>>()?;
	let ids = signers.iter().map(|s| s.id).collect();
	let genesis = sp_core::H256::repeat_byte(1);
	let base = now_ms() - readings;
	let payloads: Vec<(String, Vec<u8>)> = (0..readings)
		.map(|i| {
			let signer = &signers[(i % u64::from(devices)) as usize];
			let raw = batch::Raw { timestamp: base + i, value: (i % 1000) as i64 };
			(city_gateway::topic_of(&signer.id), serde_json::to_vec(&raw).unwrap_or_default())
		})
		.collect();
	let started = Instant::now();
	for (topic, payload) in &payloads {
		let (device, raw) = mqtt::validate(topic, payload, &ids, now_ms())?;
		store.insert(&device, raw)?;
	}
	let ingested = started.elapsed();
	let mut batches = 0u64;
	let mut bytes = 0usize;
	for signer in &signers {
		let mut sequence = 0;
		loop {
			let raws = store.waiting(&signer.id, batch_size)?;
			if raws.is_empty() {
				break;
			}
			let root = batch::root(signer.id, sequence, &raws);
			let anchor = batch::anchor(signer.id, sequence, root, &raws, now_ms(), false);
			store.seal(&signer.id, sequence, raws, root)?;
			let signature =
				signer.signer.sign(&anchor_message(&genesis, &signer.signer.public(), &anchor));
			bytes += extrinsic::anchor_extrinsic(extrinsic::IOT_ANCHORS_INDEX, &anchor, &signature)
				.len();
			sequence += 1;
			batches += 1;
		}
	}
	let anchored = started.elapsed();
	for i in 0..readings {
		let signer = &signers[(i % u64::from(devices)) as usize];
		server::prove(&store, signer.id, base + i)?.ok_or("a reading not found")?;
	}
	let proved = started.elapsed();
	drop(store);
	let _ = std::fs::remove_dir_all(&dir);
	let per_second = |n: u64, d: Duration| n as f64 / d.as_secs_f64().max(1e-9);
	println!(
		"{readings} readings of {devices} devices ({scheme}), batches of {batch_size}: {batches} anchors, {bytes} bytes of extrinsics"
	);
	println!("  taken in (validated and stored): {:.0} readings/s", per_second(readings, ingested));
	println!(
		"  taken in, batched and anchors signed: {:.0} readings/s ({:.2} s)",
		per_second(readings, anchored),
		anchored.as_secs_f64()
	);
	println!(
		"  proofs served from the store: {:.0} proofs/s",
		per_second(readings, proved - anchored)
	);
	Ok(())
}
