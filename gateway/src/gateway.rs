//! The anchoring loop: seal each device's waiting readings into its next batch, sign and
//! submit the batch's anchor, follow it until a finalized block holds it, and set aside a
//! batch the chain keeps refusing.

use crate::{
	batch,
	chain::{Chain, DeviceState},
	compat,
	extrinsic::anchor_extrinsic,
	keys::{DeviceSigner, Signer},
	metrics::Metrics,
	mqtt::{Devices, Mode},
	now_ms,
	store::{Batch, Store},
	Result,
};
use pallet_iot_anchors::{anchor_message, DeviceId};
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
		let pending = self.store.pending()?;
		// Per device: its state at the best block, and the highest sequence in flight.
		let mut best: HashMap<DeviceId, Option<DeviceState>> = HashMap::new();
		let mut in_flight: HashMap<DeviceId, u64> = HashMap::new();
		for (device, number, batch) in &pending {
			let state = match best.get(device) {
				Some(state) => state.clone(),
				None => {
					let state = self.chain.device(device, None).await?;
					best.insert(*device, state.clone());
					state
				}
			};
			let Some(state) = state else {
				log::warn!("device {device:?} is not registered; batch {number} waits");
				in_flight.insert(*device, u64::MAX);
				continue;
			};
			if self.follow(*device, *number, batch, &state, finalized).await? {
				let highest = in_flight.entry(*device).or_insert(batch.sequence);
				*highest = (*highest).max(batch.sequence);
			}
		}
		for device in self.store.waiting_devices()? {
			let state = match best.get(&device) {
				Some(state) => state.clone(),
				None => self.chain.device(&device, None).await?,
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
			self.follow(device, number, &batch, &state, finalized).await?;
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

	/// Follows pending batch `number` of `device`, whose state at the best block is `state`:
	/// marks it anchored once the `finalized` block holds it, puts its readings back if the
	/// chain holds another batch under its sequence number, and submits (or resubmits, signed
	/// afresh) its anchor while the chain waits for it. Answers whether it is still in flight.
	async fn follow(
		&self,
		device: DeviceId,
		number: u64,
		batch: &Batch,
		state: &DeviceState,
		finalized: H256,
	) -> Result<bool> {
		let sequence = batch.sequence;
		if state.next_sequence > sequence {
			let at_final = self.chain.device(&device, Some(finalized)).await?;
			let final_next = at_final.map_or(0, |d| d.next_sequence);
			let at = if final_next > sequence { Some(finalized) } else { None };
			let anchors = self.chain.anchors(&device, at).await?;
			match anchors.iter().find(|a| a.sequence == sequence) {
				Some(kept) if kept.root == batch.root => {
					if at.is_some() {
						log::info!(
							"batch {number} of {device:?} anchored in block {}, finalized",
							kept.at
						);
						self.store.anchored(&device, number, kept.at)?;
						self.metrics.add(&self.metrics.finalized, 1);
						self.metrics.add(&self.metrics.anchored, batch.readings.len() as u64);
						if let Some(sealed) = self.sealed_at.lock().await.remove(&(device, number))
						{
							self.metrics.anchor_lag.set(sealed.elapsed().as_secs() as i64);
						}
						return Ok(false);
					}
					// In the best block; finality follows.
					return Ok(true);
				}
				Some(_) => log::warn!(
					"the chain holds another anchor {sequence} of {device:?}: its readings are batched again"
				),
				// Left the ring of kept anchors before the gateway saw it finalized: the batch
				// is anchored (its sequence number is spent) but can no longer be proven.
				None => log::warn!(
					"anchor {sequence} of {device:?} is no longer kept: its readings are batched again"
				),
			}
			self.store.unseal(&device, number)?;
			return Ok(false);
		}
		if state.next_sequence < sequence {
			log::warn!(
				"the chain expects batch {} of {device:?}, not {sequence}: batching again",
				state.next_sequence
			);
			self.store.unseal(&device, number)?;
			return Ok(false);
		}
		if state.status != "active" {
			log::warn!("device {device:?} is {}; batch {number} waits", state.status);
			return Ok(true);
		}
		let mode =
			self.devices.read().map_err(|_| "the devices' lock is poisoned")?.get(&device).cloned();
		let signer = match mode {
			Some(Mode::Relay(_)) => self.keys.relay.as_ref(),
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
						submitted.remove(&(device, number));
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
