//! The anchoring loop: seal each device's waiting readings into its next batch, sign and
//! submit the batch's anchor, and follow it until the chain holds it.

use crate::{
	batch,
	chain::{Chain, DeviceState},
	extrinsic::anchor_extrinsic,
	keys::DeviceSigner,
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
}

/// The gateway.
pub struct Gateway {
	store: Arc<Store>,
	chain: Chain,
	devices: BTreeMap<DeviceId, DeviceSigner>,
	settings: Settings,
	genesis: Mutex<Option<H256>>,
	submitted: Mutex<HashMap<DeviceId, (u64, Instant)>>,
	first_waiting: Mutex<HashMap<DeviceId, Instant>>,
}

impl Gateway {
	/// A gateway for `devices`, keeping readings in `store`, anchoring through `chain`.
	pub fn new(
		store: Arc<Store>,
		chain: Chain,
		devices: BTreeMap<DeviceId, DeviceSigner>,
		settings: Settings,
	) -> Self {
		Gateway {
			store,
			chain,
			devices,
			settings,
			genesis: Mutex::new(None),
			submitted: Mutex::new(HashMap::new()),
			first_waiting: Mutex::new(HashMap::new()),
		}
	}

	/// Runs [`Self::tick`] every `period`, forever; errors (the node down) are logged and
	/// retried.
	pub async fn run(&self, period: Duration) {
		loop {
			if let Err(error) = self.tick().await {
				log::warn!("anchoring paused: {error}");
			}
			tokio::time::sleep(period).await;
		}
	}

	async fn genesis(&self) -> Result<H256> {
		let mut genesis = self.genesis.lock().await;
		if let Some(hash) = *genesis {
			return Ok(hash);
		}
		let hash = self.chain.genesis().await?;
		*genesis = Some(hash);
		Ok(hash)
	}

	/// One round: follow every pending batch, then seal the devices' waiting readings.
	pub async fn tick(&self) -> Result<()> {
		let genesis = self.genesis().await?;
		let pending = self.store.pending()?;
		for (device, sequence, batch) in &pending {
			let Some(state) = self.chain.device(device).await? else {
				log::warn!("device {device:?} is not registered; batch {sequence} waits");
				continue;
			};
			self.follow(*device, *sequence, batch, &state, genesis).await?;
		}
		for device in self.store.waiting_devices()? {
			if pending.iter().any(|(d, _, _)| *d == device) {
				continue;
			}
			let raws = self.store.waiting(&device, self.settings.batch_size)?;
			if !self.due(device, raws.len()).await {
				continue;
			}
			let Some(state) = self.chain.device(&device).await? else {
				log::warn!("device {device:?} is not registered; its readings wait");
				continue;
			};
			let sequence = state.next_sequence;
			let root = batch::root(device, sequence, &raws);
			log::info!(
				"sealed batch {sequence} of {device:?}: {} readings, root {root:?}",
				raws.len()
			);
			let batch = self.store.seal(&device, sequence, raws, root)?;
			self.first_waiting.lock().await.remove(&device);
			self.follow(device, sequence, &batch, &state, genesis).await?;
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

	/// Follows pending batch `sequence` of `device`, whose state on the chain is `state`:
	/// marks it anchored when the chain holds it, submits (or resubmits, signed afresh) its anchor while the chain waits for it.
	async fn follow(
		&self,
		device: DeviceId,
		sequence: u64,
		batch: &Batch,
		state: &DeviceState,
		genesis: H256,
	) -> Result<()> {
		let Some(signer) = self.devices.get(&device) else { return Ok(()) };
		if state.next_sequence > sequence {
			let anchors = self.chain.anchors(&device).await?;
			match anchors.iter().find(|a| a.sequence == sequence) {
				Some(kept) if kept.root == batch.root => {
					log::info!("batch {sequence} of {device:?} anchored in block {}", kept.at);
					self.store.anchored(&device, sequence, kept.at)?;
				}
				_ => {
					log::warn!(
						"the chain holds another anchor {sequence} of {device:?}: its readings are batched again"
					);
					self.store.unseal(&device, sequence)?;
				}
			}
			return Ok(());
		}
		if state.next_sequence < sequence {
			log::warn!(
				"the chain expects batch {} of {device:?}, not {sequence}: batching again",
				state.next_sequence
			);
			return self.store.unseal(&device, sequence);
		}
		if state.status != "active" {
			log::warn!("device {device:?} is {}; batch {sequence} waits", state.status);
			return Ok(());
		}
		let mut submitted = self.submitted.lock().await;
		if let Some((s, at)) = submitted.get(&device) {
			if *s == sequence && at.elapsed() < self.settings.resubmit_after {
				return Ok(());
			}
		}
		let timestamp = now_ms().max(state.last_timestamp.saturating_add(1));
		let anchor = batch::anchor(
			device,
			sequence,
			batch.root,
			&batch.readings,
			timestamp,
			state.is_meter(),
		);
		let signature =
			signer.signer.sign(&anchor_message(&genesis, &signer.signer.public(), &anchor));
		let extrinsic = anchor_extrinsic(self.settings.pallet_index, &anchor, &signature);
		submitted.insert(device, (sequence, Instant::now()));
		match self.chain.submit(&extrinsic).await {
			Ok(hash) => log::info!("submitted anchor {sequence} of {device:?}: {hash:?}"),
			Err(error) => log::warn!("anchor {sequence} of {device:?} not taken yet: {error}"),
		}
		Ok(())
	}
}
