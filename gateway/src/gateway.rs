//! The anchoring loop: seal each device's waiting readings into its next batch, sign and
//! submit the batch's anchor, follow it until a finalized block holds it, and set aside a
//! batch the chain keeps refusing.

use crate::{
	batch,
	chain::Chain,
	compat,
	extrinsic::anchor_extrinsic,
	keys::{DeviceSigner, Signer},
	metrics::Metrics,
	mqtt::{Devices, Mode},
	now_ms,
	store::{Batch, Store},
	Result,
};
use pallet_iot_anchors::{anchor_message, DeviceId, DeviceStatus};
use pallet_iot_anchors_rpc::DeviceJson;
use sp_core::H256;
use std::{
	collections::{BTreeMap, HashMap},
	sync::Arc,
	time::{Duration, Instant},
};
use tokio::sync::Mutex;

/// How the gateway batches and submits.
#[derive(Clone, Debug)]
pub struct Settings {
	/// The most readings in one batch (at most the runtime's `MaxReadingsPerAnchor`).
	pub batch_size: usize,
	/// How long a reading waits for its batch to fill before the batch is sealed anyway.
	pub batch_interval: Duration,
	/// How long to wait for a submitted anchor before submitting it again.
	pub resubmit_after: Duration,
	/// The runtime's index of `IotAnchors`.
	pub pallet_index: u8,
	/// How many refusals of a batch by the chain set it aside.
	pub max_refusals: u32,
	/// How long raw readings stay in the store once their batch is anchored in a finalized
	/// block (by their timestamps); `None`: for ever.
	pub retention: Option<Duration>,
}

/// The codes of the pallet's errors that say "not now" rather than "never" (the device
/// suspended, its owner's credential lapsed, its interval not passed, a timestamp the next
/// signature fixes): a batch refused with them is not counted towards being set aside.
/// Pinned against the pallet by a test.
pub const TRANSIENT_ERRORS: [u8; 8] = [8, 13, 14, 15, 16, 29, 32, 26];

/// Whether the node's refusal `error` (of `author_submitExtrinsic`) counts against the batch.
pub fn counts_as_refusal(error: &str) -> bool {
	if let Some(at) = error.find("Custom error: ") {
		let digits: String = error[at + 14..].chars().take_while(|c| c.is_ascii_digit()).collect();
		return digits.parse::<u8>().is_ok_and(|code| !TRANSIENT_ERRORS.contains(&code));
	}
	// The pool's "not now": full blocks, a ban after a refusal, already in the pool, a
	// replaced sequence number (`Stale`/`Future`: the state logic handles those).
	const NOT_NOW: [&str; 7] = [
		"exhaust",
		"temporarily",
		"already imported",
		"priority is too low",
		"outdated",
		"in the future",
		"restart",
	];
	let error = error.to_lowercase();
	error.contains("invalid transaction") && !NOT_NOW.iter().any(|s| error.contains(s))
}

/// The keys the gateway signs with.
pub struct Keys {
	/// Custodial devices' keys, by id.
	pub custodial: BTreeMap<DeviceId, DeviceSigner>,
	/// The gateway's relay key: it signs the anchors of relay devices.
	pub relay: Option<Signer>,
}

/// The gateway.
pub struct Gateway {
	store: Arc<Store>,
	chain: Chain,
	keys: Keys,
	relayed: Vec<DeviceId>,
	devices: Devices,
	settings: Settings,
	metrics: Arc<Metrics>,
	genesis: std::sync::OnceLock<H256>,
	checked_spec: Mutex<Option<u32>>,
	submitted: Mutex<HashMap<(DeviceId, u64), Instant>>,
	first_waiting: Mutex<HashMap<DeviceId, Instant>>,
	sealed_at: Mutex<HashMap<(DeviceId, u64), Instant>>,
	rounds: Mutex<u64>,
}

impl Gateway {
	/// A gateway signing with `keys` for its custodial devices and the `relayed` ones (whose
	/// keys it reads from the chain into `devices`), keeping readings in `store`, anchoring
	/// through `chain`. [`Self::start`] before anything else.
	#[allow(clippy::too_many_arguments)]
	pub fn new(
		store: Arc<Store>,
		chain: Chain,
		keys: Keys,
		relayed: Vec<DeviceId>,
		devices: Devices,
		settings: Settings,
		metrics: Arc<Metrics>,
	) -> Result<Self> {
		if !relayed.is_empty() && keys.relay.is_none() {
			return Err("relay devices need the gateway's relay key (--relay-key)".into());
		}
		{
			let mut devices = devices.write().map_err(|_| "the devices' lock is poisoned")?;
			for id in keys.custodial.keys() {
				devices.insert(*id, Mode::Custodial);
			}
		}
		Ok(Gateway {
			store,
			chain,
			keys,
			relayed,
			devices,
			settings,
			metrics,
			genesis: std::sync::OnceLock::new(),
			checked_spec: Mutex::new(None),
			submitted: Mutex::new(HashMap::new()),
			first_waiting: Mutex::new(HashMap::new()),
			sealed_at: Mutex::new(HashMap::new()),
			rounds: Mutex::new(0),
		})
	}

	/// Reads what the gateway needs of the chain before it takes a reading: the genesis hash,
	/// the runtime's layout (checked) and the relay devices' keys. Answers the genesis hash.
	pub async fn start(&self) -> Result<H256> {
		if self.genesis.get().is_none() {
			let genesis = self.chain.genesis().await?;
			let _ = self.genesis.set(genesis);
		}
		self.check_runtime().await?;
		self.refresh_relayed().await?;
		Ok(self.genesis())
	}

	/// The chain's genesis hash (zero before [`Self::start`]).
	pub fn genesis(&self) -> H256 {
		self.genesis.get().copied().unwrap_or_default()
	}

	/// Runs [`Self::tick`] every `period`, forever; errors (the node down, a runtime the
	/// gateway cannot encode for) are logged and retried.
	pub async fn run(&self, period: Duration) {
		loop {
			if let Err(error) = self.tick().await {
				log::warn!("anchoring paused: {error}");
			}
			tokio::time::sleep(period).await;
		}
	}

	/// Checks the live runtime against what the gateway encodes, once per `spec_version`.
	async fn check_runtime(&self) -> Result<()> {
		let version = self.chain.runtime_version().await?;
		let mut checked = self.checked_spec.lock().await;
		if *checked == Some(version.spec_version) {
			return Ok(());
		}
		let metadata = self.chain.metadata().await?;
		compat::check(&metadata, version.transaction_version).map_err(|why| {
			*checked = None;
			format!(
				"the runtime ({} {}) is not what this gateway encodes for, nothing is submitted: {why}",
				version.spec_name, version.spec_version
			)
		})?;
		log::info!(
			"runtime {} {} checked: the gateway's anchors are its layout",
			version.spec_name,
			version.spec_version
		);
		*checked = Some(version.spec_version);
		Ok(())
	}

	/// Reads the relay devices' keys (they may have rotated) from the chain.
	async fn refresh_relayed(&self) -> Result<()> {
		let relay = self.keys.relay.as_ref().map(|s| s.public());
		for id in &self.relayed {
			let Some(state) = self.chain.device(id, None).await? else {
				log::warn!("relay device {id:?} is not registered");
				continue;
			};
			let key = state.key().ok_or("the node answered a key the gateway cannot read")?;
			if state.relay.as_ref().and_then(|k| k.key()) != relay {
				log::warn!(
					"device {id:?} is not in relay mode with this gateway's key: its anchors wait"
				);
			}
			self.devices
				.write()
				.map_err(|_| "the devices' lock is poisoned")?
				.insert(*id, Mode::Relay(key));
		}
		Ok(())
	}

	/// One round: check the runtime, follow every pending batch, then seal the devices'
	/// waiting readings.
	pub async fn tick(&self) -> Result<()> {
		self.check_runtime().await?;
		{
			let mut rounds = self.rounds.lock().await;
			*rounds += 1;
			if *rounds % 20 == 0 {
				self.refresh_relayed().await?;
			}
			// The retention policy, once in a while (the first round included).
			if let Some(retention) = self.settings.retention.filter(|_| *rounds % 1_200 == 1) {
				let before = now_ms().saturating_sub(retention.as_millis() as u64);
				let removed = self.store.prune(before)?;
				if removed > 0 {
					log::info!("retention: removed the raw readings of {removed} anchored readings taken before {before}");
				}
			}
		}
		let (finalized, _) = self.chain.finalized().await?;
		// One best block for the whole round: every device is read at the same state.
		let best_hash = self.chain.best().await?;
		let pending = self.store.pending()?;
		// Per device: its state at the best block, and the highest sequence in flight.
		let mut best: HashMap<DeviceId, Option<DeviceJson>> = HashMap::new();
		let mut in_flight: HashMap<DeviceId, u64> = HashMap::new();
		for (device, number, batch) in &pending {
			let state = match best.get(device) {
				Some(state) => state.clone(),
				None => {
					let state = self.chain.device(device, Some(best_hash)).await?;
					best.insert(*device, state.clone());
					state
				}
			};
			let Some(state) = state else {
				log::warn!("device {device:?} is not registered; batch {number} waits");
				in_flight.insert(*device, u64::MAX);
				continue;
			};
			let earlier =
				pending.iter().any(|(d, _, b)| d == device && b.sequence < batch.sequence);
			if self.follow(*device, *number, batch, &state, finalized, earlier).await? {
				let highest = in_flight.entry(*device).or_insert(batch.sequence);
				*highest = (*highest).max(batch.sequence);
			}
		}
		for device in self.store.waiting_devices()? {
			let state = match best.get(&device) {
				Some(state) => state.clone(),
				None => self.chain.device(&device, Some(best_hash)).await?,
			};
			let Some(state) = state else {
				log::warn!("device {device:?} is not registered; its readings wait");
				continue;
			};
			// One batch waiting for the chain at a time: the next is sealed once the last is in
			// the best block (and re-sealed if a reorganisation drops it).
			if in_flight.get(&device).is_some_and(|s| *s >= state.next_sequence) {
				continue;
			}
			let waiting = self.store.waiting_of(&device)? as usize;
			if !self.due(device, waiting).await {
				continue;
			}
			let raws = self.store.waiting(&device, self.settings.batch_size)?;
			let sequence = state.next_sequence;
			let root = batch::root(device, sequence, &raws);
			let (number, batch) = self.store.seal(&device, sequence, raws, root)?;
			log::info!(
				"sealed batch {number} of {device:?} under sequence {sequence}: {} readings, root {root:?}",
				batch.readings.len()
			);
			self.first_waiting.lock().await.remove(&device);
			self.sealed_at.lock().await.insert((device, number), Instant::now());
			self.follow(device, number, &batch, &state, finalized, false).await?;
		}
		Ok(())
	}

	/// Whether `device`'s `waiting` readings are to be sealed: a full batch, or the batch
	/// interval has passed since the gateway saw the first of them waiting.
	async fn due(&self, device: DeviceId, waiting: usize) -> bool {
		let mut first = self.first_waiting.lock().await;
		let since = *first.entry(device).or_insert_with(Instant::now);
		waiting >= self.settings.batch_size || since.elapsed() >= self.settings.batch_interval
	}

	/// Forgets what the gateway remembered of batch `number` of `device` in flight.
	async fn forget(&self, device: DeviceId, number: u64) {
		self.submitted.lock().await.remove(&(device, number));
		self.sealed_at.lock().await.remove(&(device, number));
	}

	/// Follows pending batch `number` of `device`, whose state at the round's best block is
	/// `state`: marks it anchored once the `finalized` block holds it, puts its readings back
	/// only if the finalized chain holds another batch under its sequence number (a best block
	/// that disagrees may yet be reorganised away, and the anchor is still in the pool), and
	/// submits (or resubmits, signed afresh) its anchor while the chain waits for it.
	/// `earlier`: the device has a pending batch of a lower sequence number. Answers whether
	/// the batch is still in flight.
	async fn follow(
		&self,
		device: DeviceId,
		number: u64,
		batch: &Batch,
		state: &DeviceJson,
		finalized: H256,
		earlier: bool,
	) -> Result<bool> {
		let sequence = batch.sequence;
		if state.next_sequence > sequence {
			let at_final = self.chain.device(&device, Some(finalized)).await?;
			if at_final.is_none_or(|d| d.next_sequence <= sequence) {
				// In the best block (or another batch is); finality decides.
				return Ok(true);
			}
			let anchors = self.chain.anchors(&device, Some(finalized)).await?;
			match anchors.iter().find(|a| a.sequence == sequence) {
				Some(kept) if kept.root == batch.root => {
					log::info!(
						"batch {number} of {device:?} anchored in block {}, finalized",
						kept.at
					);
					self.store.anchored(&device, number, kept.at)?;
					self.metrics.add(&self.metrics.finalized, 1);
					self.metrics.add(&self.metrics.anchored, batch.readings.len() as u64);
					if let Some(sealed) = self.sealed_at.lock().await.get(&(device, number)) {
						self.metrics.anchor_lag.set(sealed.elapsed().as_secs() as i64);
					}
					self.forget(device, number).await;
					return Ok(false);
				}
				Some(_) => log::warn!(
					"the finalized chain holds another anchor {sequence} of {device:?}: its readings are batched again"
				),
				// Left the ring of kept anchors before the gateway saw it finalized: the batch
				// is anchored (its sequence number is spent) but can no longer be proven.
				None => log::warn!(
					"anchor {sequence} of {device:?} is no longer kept: its readings are batched again"
				),
			}
			self.store.unseal(&device, number)?;
			self.forget(device, number).await;
			return Ok(false);
		}
		if state.next_sequence < sequence {
			if earlier {
				// The batch before it is not in the best block (any more): it goes first.
				return Ok(true);
			}
			log::warn!(
				"the chain expects batch {} of {device:?}, not {sequence}: batching again",
				state.next_sequence
			);
			self.store.unseal(&device, number)?;
			self.forget(device, number).await;
			return Ok(false);
		}
		if state.device_status() != Some(DeviceStatus::Active) {
			log::warn!("device {device:?} is {}; batch {number} waits", state.status);
			return Ok(true);
		}
		let mode =
			self.devices.read().map_err(|_| "the devices' lock is poisoned")?.get(&device).cloned();
		let signer = match mode {
			Some(Mode::Relay(_)) => {
				let ours = self.keys.relay.as_ref().map(|s| s.public());
				if state.relay.as_ref().and_then(|k| k.key()) != ours {
					// Its anchors would be refused as badly signed (and the batch set aside):
					// wait for the owner's `set_relay`.
					log::warn!(
						"device {device:?} is not in relay mode with this gateway's key; batch {number} waits"
					);
					return Ok(true);
				}
				self.keys.relay.as_ref()
			}
			Some(Mode::Custodial) => self.keys.custodial.get(&device).map(|d| &d.signer),
			None => None,
		};
		let Some(signer) = signer else { return Ok(true) };
		let mut submitted = self.submitted.lock().await;
		let resubmission = match submitted.get(&(device, number)) {
			Some(at) if at.elapsed() < self.settings.resubmit_after => return Ok(true),
			Some(_) => true,
			None => false,
		};
		let timestamp = now_ms().max(state.last_timestamp.saturating_add(1));
		let anchor = batch::anchor(
			device,
			sequence,
			batch.root,
			&batch.readings,
			timestamp,
			state.is_meter(),
		);
		let signature = signer.sign(&anchor_message(&self.genesis(), &signer.public(), &anchor))?;
		let extrinsic = anchor_extrinsic(self.settings.pallet_index, &anchor, &signature);
		submitted.insert((device, number), Instant::now());
		let counter =
			if resubmission { &self.metrics.resubmitted } else { &self.metrics.submitted };
		self.metrics.add(counter, 1);
		match self.chain.submit(&extrinsic).await {
			Ok(hash) => {
				log::info!("submitted anchor {sequence} of {device:?} (batch {number}): {hash:?}")
			}
			Err(error) => {
				let error = error.to_string();
				log::warn!("anchor {sequence} of {device:?} not taken: {error}");
				if counts_as_refusal(&error) {
					self.metrics.add(&self.metrics.anchors_refused, 1);
					if self.store.refused(&device, number, &error, self.settings.max_refusals)? {
						log::error!(
							"batch {number} of {device:?} set aside after {} refusals: {error}",
							self.settings.max_refusals
						);
						self.metrics.add(&self.metrics.set_aside, 1);
						drop(submitted);
						self.forget(device, number).await;
						return Ok(false);
					}
				}
			}
		}
		Ok(true)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::store::Status;
	use codec::Encode;

	#[test]
	fn the_transient_errors_are_the_pallet_s() {
		type E = pallet_iot_anchors::Error<city_runtime::Runtime>;
		let codes: Vec<u8> = [
			E::DeviceSuspended,
			E::StaleTimestamp,
			E::FutureTimestamp,
			E::TimestampNotIncreasing,
			E::RateLimited,
			E::SuspendedByCity,
			E::OwnerNotAccredited,
			E::NoPolicy,
		]
		.iter()
		.map(|e| e.encode()[0])
		.collect();
		assert_eq!(codes, TRANSIENT_ERRORS);
	}

	/// A node on loopback that answers what the gateway asks of it: a water meter expecting
	/// sequence 3 (as the node's `iot_device` writes it), no anchors kept, and
	/// `author_submitExtrinsic` refusing with `refusal` (accepting when `None`).
	mod mock_node {
		use super::*;
		use city_primitives::{metering::MeterKind, AccountId};
		use jsonrpsee::{
			server::{RpcModule, Server, ServerHandle},
			types::ErrorObjectOwned,
		};
		use pallet_iot_anchors::{Device, DeviceKey, DeviceKind};
		use std::sync::Mutex as StdMutex;

		pub struct Node {
			pub url: String,
			pub refusal: Arc<StdMutex<Option<String>>>,
			pub submitted: Arc<StdMutex<u32>>,
			_handle: ServerHandle,
		}

		pub async fn start(meter: &DeviceId, key: DeviceKey) -> Node {
			let server = Server::builder().build("127.0.0.1:0").await.expect("a port");
			let url = format!("ws://{}", server.local_addr().expect("an address"));
			let refusal = Arc::new(StdMutex::new(None::<String>));
			let submitted = Arc::new(StdMutex::new(0u32));
			let metadata = crate::compat::tests::runtime_metadata();
			let mut module = RpcModule::new(());
			let meter = *meter;
			let device = DeviceJson::from((
				meter,
				Device {
					key,
					owner: AccountId::new([1; 32]),
					kind: DeviceKind::Meter(MeterKind::Water),
					location: Default::default(),
					status: DeviceStatus::Active,
					deposit: 0,
					next_sequence: 3,
					last_anchor_at: None,
					last_timestamp: 0,
					meter_total: None,
					offered_to: None,
					binding: None,
					proposed_consumer: None,
					relay: None,
				},
			));
			module
				.register_method("chain_getBlockHash", |_, _, _| {
					serde_json::json!(H256::repeat_byte(9))
				})
				.unwrap();
			module
				.register_method("chain_getFinalizedHead", |_, _, _| {
					serde_json::json!(H256::repeat_byte(8))
				})
				.unwrap();
			module
				.register_method(
					"chain_getHeader",
					|_, _, _| serde_json::json!({ "number": "0x10" }),
				)
				.unwrap();
			module
				.register_method("state_getRuntimeVersion", |_, _, _| {
					serde_json::json!({ "specName": "city-chain", "specVersion": 100, "transactionVersion": 2 })
				})
				.unwrap();
			let hex_metadata = format!("0x{}", hex::encode(&metadata));
			module
				.register_method("state_getMetadata", move |_, _, _| hex_metadata.clone())
				.unwrap();
			module
				.register_method("iot_device", move |params, _, _| {
					let (asked, _): (H256, Option<H256>) = params.parse().unwrap();
					(asked == meter).then(|| device.clone())
				})
				.unwrap();
			module
				.register_method("iot_anchors", |_, _, _| Vec::<serde_json::Value>::new())
				.unwrap();
			let (answer, count) = (refusal.clone(), submitted.clone());
			module
				.register_method("author_submitExtrinsic", move |_, _, _| {
					*count.lock().unwrap() += 1;
					match answer.lock().unwrap().clone() {
						Some(data) => {
							Err(ErrorObjectOwned::owned(1010, "Invalid Transaction", Some(data)))
						}
						None => Ok(serde_json::json!(H256::repeat_byte(1))),
					}
				})
				.unwrap();
			Node { url, refusal, submitted, _handle: server.start(module) }
		}
	}

	#[tokio::test]
	async fn a_batch_the_chain_keeps_refusing_is_set_aside_and_newer_readings_go_on() {
		let signer = Signer::new("ecdsa", "//LegacyMeter").unwrap();
		let meter = signer.public().device_id();
		let node = mock_node::start(&meter, signer.public()).await;
		let dir = tempfile::tempdir().expect("a dir");
		let store = Arc::new(Store::open(dir.path(), 100).unwrap());
		let metrics = Arc::new(Metrics::new().unwrap());
		let devices: Devices = Default::default();
		let gateway = Gateway::new(
			store.clone(),
			Chain::new(&node.url),
			Keys {
				custodial: BTreeMap::from([(meter, DeviceSigner { id: meter, signer })]),
				relay: None,
			},
			vec![],
			devices.clone(),
			Settings {
				batch_size: 10,
				batch_interval: Duration::ZERO,
				resubmit_after: Duration::ZERO,
				pallet_index: crate::extrinsic::IOT_ANCHORS_INDEX,
				max_refusals: 3,
				retention: None,
			},
			metrics.clone(),
		)
		.unwrap();
		assert_eq!(gateway.start().await.unwrap(), H256::repeat_byte(9));
		let raw = |t: u64, v: i64| crate::batch::Raw { timestamp: t, value: v, signature: None };
		store.insert(&meter, raw(1_000, 500)).unwrap();

		// "Not now" refusals (the meter's interval not passed) never set a batch aside.
		*node.refusal.lock().unwrap() = Some("Custom error: 16".into());
		for _ in 0..5 {
			gateway.tick().await.unwrap();
		}
		assert_eq!(store.counts().unwrap().pending, 1);
		assert_eq!(metrics.anchors_refused.get(), 0);
		assert_eq!(*node.submitted.lock().unwrap(), 5, "resubmitted, signed afresh, each round");

		// A fault of the batch's own (the meter going backwards): set aside after three.
		*node.refusal.lock().unwrap() = Some("Custom error: 22".into());
		for _ in 0..3 {
			gateway.tick().await.unwrap();
		}
		let set_aside = store.batch(&meter, 0).unwrap().expect("kept");
		assert!(
			matches!(&set_aside.status, Status::SetAside(why) if why.contains("Custom error: 22")),
			"{:?}",
			set_aside.status
		);
		assert_eq!((metrics.anchors_refused.get(), metrics.set_aside.get()), (3, 1));
		let submissions = *node.submitted.lock().unwrap();
		gateway.tick().await.unwrap();
		assert_eq!(*node.submitted.lock().unwrap(), submissions, "never submitted again");

		// The meter's newer readings are sealed under the same sequence number and go on.
		*node.refusal.lock().unwrap() = None;
		store.insert(&meter, raw(2_000, 1_300)).unwrap();
		gateway.tick().await.unwrap();
		let next = store.batch(&meter, 1).unwrap().expect("a new batch");
		assert_eq!((next.sequence, next.readings.len(), next.status), (3, 1, Status::Pending));
		assert_eq!(*node.submitted.lock().unwrap(), submissions + 1);
		let counts = store.counts().unwrap();
		assert_eq!((counts.set_aside, counts.pending, counts.waiting), (1, 1, 0));
	}

	#[test]
	fn only_a_batch_s_own_faults_count_against_it() {
		let custom = |code: u8| {
			format!("ErrorObject {{ code: ServerError(1010), message: \"Invalid Transaction\", data: Some(RawValue(\"Custom error: {code}\")) }}")
		};
		type E = pallet_iot_anchors::Error<city_runtime::Runtime>;
		assert!(counts_as_refusal(&custom(E::MeterWentBackwards.encode()[0])));
		assert!(counts_as_refusal(&custom(E::BadSummary.encode()[0])));
		assert!(!counts_as_refusal(&custom(E::RateLimited.encode()[0])));
		assert!(counts_as_refusal(
			"ErrorObject { code: ServerError(1010), message: \"Invalid Transaction\", data: Some(RawValue(\"Transaction has a bad signature\")) }"
		));
		assert!(!counts_as_refusal(
			"ErrorObject { code: ServerError(1010), message: \"Invalid Transaction\", data: Some(RawValue(\"Transaction would exhaust the block limits\")) }"
		));
		assert!(!counts_as_refusal("ErrorObject { code: ServerError(1012), message: \"Transaction is temporarily banned\", data: None }"));
		assert!(!counts_as_refusal("Networking or low-level protocol error: connection refused"));
	}
}
