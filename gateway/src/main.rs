//! `city-gateway`: `run` the gateway, `simulate` a device, print a device's registration
//! (`device`), or measure the gateway's throughput (`bench`). See the crate's README.

use city_gateway::{
	batch,
	chain::Chain,
	extrinsic,
	gateway::{Gateway, Keys, Settings},
	keys,
	message::Message,
	metrics::Metrics,
	mqtt::{self, BrokerSettings, Devices, Mode, RateLimit, Simulation, Tls},
	now_ms, server,
	store::Store,
	Result,
};
use clap::{Args, Parser, Subcommand};
use codec::Encode;
use pallet_iot_anchors::{anchor_message, possession_message, DeviceId};
use sp_core::{
	crypto::{AccountId32, Ss58Codec},
	H256,
};
use std::{
	collections::HashMap,
	path::PathBuf,
	sync::{Arc, RwLock},
	time::{Duration, Instant},
};

#[derive(Parser)]
#[command(name = "city-gateway", about = "City Chain's IoT gateway")]
struct Cli {
	/// Log lines as JSON objects (one per line) instead of text. Filters per module with
	/// `RUST_LOG`, e.g. `RUST_LOG=info,city_gateway::mqtt=debug`.
	#[arg(long, global = true)]
	log_json: bool,
	#[command(subcommand)]
	command: Command,
}

/// How to reach the broker.
#[derive(Args, Clone)]
struct BrokerArgs {
	/// The MQTT broker, host:port.
	#[arg(long, default_value = "127.0.0.1:1883")]
	broker: String,
	/// The username at the broker.
	#[arg(long)]
	broker_user: Option<String>,
	/// A file holding the password at the broker (or `CITY_GATEWAY_BROKER_PASSWORD`).
	#[arg(long)]
	broker_password_file: Option<PathBuf>,
	/// TLS: the CA certificate (PEM) the broker's certificate must chain to.
	#[arg(long)]
	broker_ca: Option<PathBuf>,
	/// TLS: the client certificate (PEM), if the broker asks for one.
	#[arg(long, requires = "broker_key")]
	broker_cert: Option<PathBuf>,
	/// TLS: the client certificate's key (PEM).
	#[arg(long, requires = "broker_cert")]
	broker_key: Option<PathBuf>,
}

impl BrokerArgs {
	fn settings(&self, client_id: String) -> Result<BrokerSettings> {
		let password =
			match (&self.broker_password_file, std::env::var("CITY_GATEWAY_BROKER_PASSWORD")) {
				(Some(file), _) => Some(
					std::fs::read_to_string(file)
						.map_err(|e| format!("{}: {e}", file.display()))?
						.trim_end()
						.to_string(),
				),
				(None, Ok(password)) => Some(password),
				(None, Err(_)) => None,
			};
		let credentials = match (&self.broker_user, password) {
			(Some(user), Some(password)) => Some((user.clone(), password)),
			(Some(_), None) => return Err("--broker-user needs a password".into()),
			(None, _) => None,
		};
		let tls = self.broker_ca.as_ref().map(|ca| Tls {
			ca: ca.clone(),
			client: self.broker_cert.clone().zip(self.broker_key.clone()),
		});
		Ok(BrokerSettings { address: self.broker.clone(), client_id, credentials, tls })
	}
}

/// The gateway's keystore: its relay key, and the keys of custodial devices.
#[derive(Args, Clone)]
struct KeystoreArgs {
	/// The keystore's directory.
	#[arg(long)]
	keystore: PathBuf,
	/// A file holding the keystore's password (else `CITY_GATEWAY_KEYSTORE_PASSWORD`).
	#[arg(long)]
	keystore_password_file: Option<PathBuf>,
}

impl KeystoreArgs {
	fn open(&self) -> Result<keys::Keystore> {
		keys::Keystore::open(
			&self.keystore,
			&keys::password(self.keystore_password_file.as_deref())?,
		)
	}
}

/// Which of the gateway's keys.
#[derive(clap::ValueEnum, Clone, Copy)]
enum KeyRole {
	/// The key that signs relay devices' anchors.
	Relay,
	/// A device that cannot sign: the gateway keeps its key.
	Custodial,
}

impl KeyRole {
	fn role(self) -> keys::Role {
		match self {
			KeyRole::Relay => keys::RELAY,
			KeyRole::Custodial => keys::CUSTODIAL,
		}
	}
}

#[derive(Subcommand)]
enum Command {
	/// Subscribes to the broker, checks, batches and anchors readings, serves proofs.
	Run {
		#[command(flatten)]
		broker: BrokerArgs,
		/// The node's WebSocket RPC.
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		node: String,
		/// The directory of the local store.
		#[arg(long)]
		store: PathBuf,
		#[command(flatten)]
		keystore: KeystoreArgs,
		/// A device in relay mode (it signs its readings), by id; repeat for each.
		#[arg(long = "relay")]
		relayed: Vec<H256>,
		/// Where to serve `gateway_prove`, `gateway_exportBatch` and `gateway_status`.
		#[arg(long, default_value = "127.0.0.1:9955")]
		listen: std::net::SocketAddr,
		/// Where to serve the Prometheus metrics (`/metrics`).
		#[arg(long)]
		prometheus: Option<std::net::SocketAddr>,
		/// The most readings in one batch.
		#[arg(long, default_value_t = 1024)]
		batch_size: usize,
		/// How long a reading waits for its batch to fill, in ms.
		#[arg(long, default_value_t = 3_000)]
		batch_interval_ms: u64,
		/// How long to wait for an anchor before submitting it again, in ms.
		#[arg(long, default_value_t = 12_000)]
		resubmit_ms: u64,
		/// How many refusals by the chain set a batch aside.
		#[arg(long, default_value_t = 5)]
		max_refusals: u32,
		/// The most readings a device has waiting for a batch.
		#[arg(long, default_value_t = 100_000)]
		max_inbox: u64,
		/// The readings a second one device may send, sustained.
		#[arg(long, default_value_t = 100.0)]
		rate: f64,
		/// ... and at once.
		#[arg(long, default_value_t = 2_000.0)]
		burst: f64,
		/// How many days raw readings stay in the store once anchored in a finalized block
		/// (then only their batch's root, sequence number and block stay); 0 keeps them for
		/// ever. Export what an auditor needs first (`gateway_exportBatch`).
		#[arg(long, default_value_t = 0)]
		retention_days: u64,
		/// The MQTT client id (the broker keeps its session).
		#[arg(long, default_value = "city-gateway")]
		client_id: String,
		/// The runtime's index of `IotAnchors`.
		#[arg(long, default_value_t = extrinsic::IOT_ANCHORS_INDEX)]
		pallet_index: u8,
	},
	/// Publishes a device's readings to the broker, as a sensor would: each signed with its
	/// key (relay mode), or unsigned (`--unsigned`, a device that cannot sign).
	Simulate {
		#[command(flatten)]
		broker: BrokerArgs,
		/// The device's key file.
		#[arg(long, required_unless_present = "device")]
		key: Option<PathBuf>,
		/// The device, by id, for one without a key (`--unsigned`: a legacy meter).
		#[arg(long, requires = "unsigned")]
		device: Option<H256>,
		/// The chain's genesis hash (what a device is provisioned with); else asked of `--node`.
		#[arg(long)]
		genesis: Option<H256>,
		/// The node's WebSocket RPC, for the genesis hash.
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		node: String,
		/// Publish unsigned readings (a legacy device, custodial mode).
		#[arg(long)]
		unsigned: bool,
		/// Sign with this key file instead (a forger), naming the `--key` device.
		#[arg(long)]
		sign_with: Option<PathBuf>,
		/// Publish to this device's topic instead of the key's own (a cross-topic publisher).
		#[arg(long)]
		topic_device: Option<H256>,
		/// The MQTT client id (default: `simulator-` and the topic's device).
		#[arg(long)]
		client_id: Option<String>,
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
		/// The first timestamp (ms) instead of the clock's, each next one `--timestamp-step` on.
		#[arg(long)]
		first_timestamp: Option<u64>,
		/// ...
		#[arg(long, default_value_t = 1)]
		timestamp_step: u64,
		/// Give up after this many failed connections in a row (0: never).
		#[arg(long, default_value_t = 0)]
		max_reconnects: u32,
	},
	/// Makes a new key in the gateway's keystore (a relay key, or a custodial device's) and
	/// prints it as JSON: `{ device, key }` (`key` as @polkadot/api takes it).
	Keygen {
		#[command(flatten)]
		keystore: KeystoreArgs,
		/// Relay or custodial.
		#[arg(long, value_enum)]
		role: KeyRole,
		/// The scheme.
		#[arg(long, default_value = "sr25519")]
		scheme: String,
	},
	/// Prints what registers a device: its id, its key and the key's proof of possession for
	/// the owner, as JSON (`key` and `proof` as @polkadot/api takes them). The key is a key
	/// file's (a device's own), or a custodial device's in the keystore (`--keystore` and
	/// `--device`).
	Device {
		/// The device's key file.
		#[arg(long, required_unless_present = "keystore")]
		key: Option<PathBuf>,
		/// The gateway's keystore, for a custodial device.
		#[arg(long, requires = "device")]
		keystore: Option<PathBuf>,
		/// A file holding the keystore's password (else `CITY_GATEWAY_KEYSTORE_PASSWORD`).
		#[arg(long)]
		keystore_password_file: Option<PathBuf>,
		/// The custodial device, by id.
		#[arg(long)]
		device: Option<H256>,
		/// The owner (SS58).
		#[arg(long)]
		owner: String,
		/// The node's WebSocket RPC (for the genesis hash).
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		node: String,
	},
	/// Measures, on this machine, how many readings a second the gateway takes in (checked,
	/// signatures verified, stored), and takes in, batches, proves and signs anchors for:
	/// signed readings (relay mode) beside unsigned ones (custodial), in the same run (store
	/// included; the network left out).
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
		/// The devices' key scheme.
		#[arg(long, default_value = "ed25519")]
		scheme: String,
	},
}

fn init_logs(json: bool) -> Result<()> {
	let filter = tracing_subscriber::EnvFilter::try_from_default_env()
		.unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
	let builder = tracing_subscriber::fmt()
		.with_env_filter(filter)
		.with_writer(std::io::stderr)
		.with_ansi(false);
	if json { builder.json().try_init() } else { builder.try_init() }
		.map_err(|e| e.to_string().into())
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
	let cli = Cli::parse();
	init_logs(cli.log_json)?;
	// TLS to the broker with ring (the node's), not a C library.
	let _ = rustls::crypto::ring::default_provider().install_default();
	match cli.command {
		Command::Run {
			broker,
			node,
			store,
			keystore,
			relayed,
			listen,
			prometheus,
			batch_size,
			batch_interval_ms,
			resubmit_ms,
			max_refusals,
			max_inbox,
			rate,
			burst,
			retention_days,
			client_id,
			pallet_index,
		} => {
			let broker = broker.settings(client_id)?;
			let store = Arc::new(Store::open(&store, max_inbox)?);
			let keystore = keystore.open()?;
			let custodial = keystore.custodial()?;
			let relay = keystore.relay()?;
			log::info!(
				"{} custodial devices, {} relay devices (relay key {})",
				custodial.len(),
				relayed.len(),
				relay.as_ref().map_or("none".into(), |s| format!("{:?}", s.public().device_id()))
			);
			let metrics = Arc::new(Metrics::new()?);
			if let Some(address) = prometheus {
				let registry = metrics.registry.clone();
				tokio::spawn(async move {
					if let Err(error) =
						substrate_prometheus_endpoint::init_prometheus(address, registry).await
					{
						log::error!("prometheus: {error}");
					}
				});
				log::info!("serving metrics at http://{address}/metrics");
			}
			let devices: Devices = Arc::new(RwLock::new(HashMap::new()));
			let handle =
				server::serve(listen, store.clone(), metrics.clone(), devices.clone()).await?;
			log::info!("serving gateway_prove at {listen}");
			let settings = Settings {
				batch_size,
				batch_interval: Duration::from_millis(batch_interval_ms),
				resubmit_after: Duration::from_millis(resubmit_ms),
				pallet_index,
				max_refusals,
				retention: (retention_days > 0)
					.then(|| Duration::from_secs(retention_days.saturating_mul(86_400))),
			};
			// The node first: the relay devices' keys and the runtime's layout are read before
			// any reading is taken (the broker keeps them meanwhile).
			let gateway = Gateway::new(
				store.clone(),
				Chain::new(&node),
				Keys { custodial, relay },
				relayed,
				devices.clone(),
				settings,
				metrics.clone(),
			)?;
			let genesis = loop {
				match gateway.start().await {
					Ok(genesis) => break genesis,
					Err(error) => {
						log::warn!("waiting for the node at {node}: {error}");
						tokio::time::sleep(Duration::from_secs(1)).await;
					}
				}
			};
			let listening =
				mqtt::listen(broker, store, devices, genesis, RateLimit::new(rate, burst), metrics);
			tokio::select! {
				result = listening => result?,
				() = gateway.run(Duration::from_millis(500)) => {},
				_ = tokio::signal::ctrl_c() => log::info!("stopping"),
			}
			handle.stop()?;
			Ok(())
		}
		Command::Simulate {
			broker,
			key,
			device,
			genesis,
			node,
			unsigned,
			sign_with,
			topic_device,
			client_id,
			count,
			interval_ms,
			start,
			step,
			first_timestamp,
			timestamp_step,
			max_reconnects,
		} => {
			let key = key.as_ref().map(key_file).transpose()?;
			let device = match (&key, device) {
				(_, Some(id)) => id,
				(Some(key), None) => key.id,
				(None, None) => return Err("--key or --device".into()),
			};
			let topic_device = topic_device.unwrap_or(device);
			let client_id = client_id
				.unwrap_or_else(|| format!("simulator-{}", &hex::encode(topic_device)[..12]));
			let genesis = match (genesis, unsigned) {
				(Some(genesis), _) => genesis,
				(None, true) => H256::zero(),
				(None, false) => Chain::new(&node).genesis().await?,
			};
			let signer = match (sign_with, &key) {
				(Some(other), _) => Some(key_file(&other)?.signer),
				(None, Some(key)) => Some(key.signer.clone()),
				(None, None) => None,
			};
			type Sign = Arc<dyn Fn(&[u8]) -> Result<sp_runtime::MultiSignature> + Send + Sync>;
			let sign: Option<Sign> = match signer {
				Some(signer) if !unsigned => Some(Arc::new(move |m: &[u8]| signer.sign(m))),
				_ => None,
			};
			mqtt::simulate(
				broker.settings(client_id)?,
				Simulation {
					topic_device,
					device,
					count,
					interval: Duration::from_millis(interval_ms),
					start,
					step,
					timestamps: first_timestamp.map(|first| (first, timestamp_step.max(1))),
					max_reconnects,
				},
				genesis,
				sign,
			)
			.await
		}
		Command::Keygen { keystore, role, scheme } => {
			let key = keystore.open()?.generate(role.role(), &scheme)?;
			let answer = serde_json::json!({
				"device": format!("{:?}", key.device_id()),
				"key": scheme_json(&key.encode()),
			});
			println!("{answer}");
			Ok(())
		}
		Command::Device { key, keystore, keystore_password_file, device, owner, node } => {
			let device = match (key, keystore, device) {
				(Some(key), _, _) => key_file(&key)?,
				(None, Some(dir), Some(id)) => {
					let store = keys::Keystore::open(
						&dir,
						&keys::password(keystore_password_file.as_deref())?,
					)?;
					let signer = store
						.find(keys::CUSTODIAL, &id)?
						.ok_or_else(|| format!("no custodial key of {id:?} in the keystore"))?;
					keys::DeviceSigner { id, signer }
				}
				_ => return Err("--key, or --keystore and --device".into()),
			};
			let owner = AccountId32::from_ss58check(&owner).map_err(|e| format!("owner: {e:?}"))?;
			let genesis = Chain::new(&node).genesis().await?;
			let proof = device.signer.sign(&possession_message(&genesis, &owner))?;
			let answer = serde_json::json!({
				"device": format!("{:?}", device.id),
				"key": scheme_json(&device.signer.public().encode()),
				"proof": scheme_json(&proof.encode()),
				"genesis": format!("{genesis:?}"),
			});
			println!("{answer}");
			Ok(())
		}
		Command::Bench { readings, batch_size, devices, scheme } => {
			bench(readings, batch_size, devices, &scheme)
		}
	}
}

/// What one bench pass measured, readings a second.
struct Pass {
	signatures: Option<f64>,
	taken_in: f64,
	anchored: f64,
	proofs: f64,
	batches: u64,
	bytes: usize,
}

/// One pass of the gateway's work per reading, over `readings`: check the MQTT payloads in
/// rounds (signatures verified together, when `signed`), store them, seal batches (leaves,
/// root, store), sign and encode each batch's anchor, and build one proof per reading.
fn bench_pass(
	readings: u64,
	batch_size: usize,
	signers: &[keys::DeviceSigner],
	relay: &keys::Signer,
	signed: bool,
) -> Result<Pass> {
	let dir =
		std::env::temp_dir().join(format!("city-gateway-bench-{}-{signed}", std::process::id()));
	let store = Store::open(&dir, u64::MAX)?;
	let genesis = H256::repeat_byte(1);
	let devices: HashMap<DeviceId, Mode> = signers
		.iter()
		.map(|s| (s.id, if signed { Mode::Relay(s.signer.public()) } else { Mode::Custodial }))
		.collect();
	let n = signers.len() as u64;
	let base = now_ms() - readings;
	let payloads: Vec<(String, Vec<u8>)> = (0..readings)
		.map(|i| {
			let signer = &signers[(i % n) as usize];
			let (timestamp, value) = (base + i, (i % 1000) as i64);
			let message = if signed {
				Message::signed(&genesis, signer.id, timestamp, value, |m| signer.signer.sign(m))?
			} else {
				Message { v: None, device: None, timestamp, value, signature: None }
			};
			Ok((city_gateway::topic_of(&signer.id), message.to_payload()))
		})
		.collect::<Result<_>>()?;
	let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
	// The signature checks alone, as a batch over the threads.
	let signatures = if signed {
		let items: Vec<_> = (0..readings)
			.map(|i| {
				let signer = &signers[(i % n) as usize];
				let message = pallet_iot_anchors::reading_message(
					&genesis,
					&signer.id,
					base + i,
					(i % 1000) as i64,
				);
				Ok(city_gateway::message::ToVerify {
					key: signer.signer.public(),
					signature: signer.signer.sign(&message)?,
					message,
				})
			})
			.collect::<Result<Vec<_>>>()?;
		let started = Instant::now();
		let ok = city_gateway::message::verify_all(&items, threads);
		let elapsed = started.elapsed();
		if ok.iter().any(|ok| !ok) {
			return Err("a bench signature did not verify".into());
		}
		Some(readings as f64 / elapsed.as_secs_f64().max(1e-9))
	} else {
		None
	};
	let mut rate = RateLimit::new(f64::MAX, f64::MAX);
	let started = Instant::now();
	for round in payloads.chunks(mqtt::ROUND) {
		let checked = mqtt::check_round(round, &devices, &genesis, now_ms(), threads);
		let accepted = checked
			.into_iter()
			.collect::<std::result::Result<Vec<_>, _>>()
			.map_err(|refusal| format!("a bench reading refused: {refusal:?}"))?;
		store.insert_many(accepted, |device, raw| rate.take(*device, raw.timestamp))?;
	}
	let ingested = started.elapsed();
	let (mut batches, mut bytes) = (0u64, 0usize);
	for signer in signers {
		let mut sequence = 0;
		loop {
			let raws = store.waiting(&signer.id, batch_size)?;
			if raws.is_empty() {
				break;
			}
			let root = batch::root(signer.id, sequence, &raws);
			let anchor = batch::anchor(signer.id, sequence, root, &raws, now_ms(), false);
			store.seal(&signer.id, sequence, raws, root)?;
			let key = if signed { relay } else { &signer.signer };
			let signature = key.sign(&anchor_message(&genesis, &key.public(), &anchor))?;
			bytes += extrinsic::anchor_extrinsic(extrinsic::IOT_ANCHORS_INDEX, &anchor, &signature)
				.len();
			sequence += 1;
			batches += 1;
		}
	}
	let anchored = started.elapsed();
	let sample = (readings / 1_000).max(1);
	let proofs_started = Instant::now();
	for i in (0..readings).step_by(sample as usize) {
		let signer = &signers[(i % n) as usize];
		server::prove(&store, signer.id, base + i, None)?.ok_or("a reading not found")?;
	}
	let proved = proofs_started.elapsed();
	drop(store);
	let _ = std::fs::remove_dir_all(&dir);
	let per_second = |n: u64, d: Duration| n as f64 / d.as_secs_f64().max(1e-9);
	Ok(Pass {
		signatures,
		taken_in: per_second(readings, ingested),
		anchored: per_second(readings, anchored),
		proofs: per_second(readings.div_ceil(sample), proved),
		batches,
		bytes,
	})
}

fn bench(readings: u64, batch_size: usize, devices: u32, scheme: &str) -> Result<()> {
	let signers: Vec<keys::DeviceSigner> = (0..devices.max(1))
		.map(|i| {
			keys::DeviceSigner::from_key_file(&keys::KeyFile {
				scheme: scheme.into(),
				secret: format!("//bench-{i}"),
				device: None,
			})
		})
		.collect::<Result<_>>()?;
	let relay = keys::Signer::new("sr25519", "//bench-relay")?;
	let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
	println!(
		"{readings} readings of {devices} devices ({scheme}), batches of {batch_size}, {threads} threads"
	);
	for (name, signed) in [("unsigned (custodial)", false), ("signed (relay)", true)] {
		let pass = bench_pass(readings, batch_size, &signers, &relay, signed)?;
		if let Some(signatures) = pass.signatures {
			println!(
				"  signatures verified alone (batches over {threads} threads): {signatures:.0}/s"
			);
		}
		println!(
			"  {name}: taken in {:.0} readings/s; taken in, batched and anchors signed {:.0} readings/s; proofs {:.0}/s ({} anchors, {} bytes)",
			pass.taken_in, pass.anchored, pass.proofs, pass.batches, pass.bytes
		);
	}
	Ok(())
}
