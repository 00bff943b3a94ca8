//! The gateway's JSON-RPC:
//! - `gateway_prove(device, timestamp, value?)`: a reading it keeps with what proves it (its
//!   leaf fields and signature, the batch's sequence number, root and leaf count, the sibling
//!   path, and the finalized block that anchors it), ready for the node's `iot_verifyReading`;
//! - `gateway_exportBatch(device, sequence)`: a batch whole, every reading with its proof,
//!   for an auditor (the anchored one under that sequence number, else the latest);
//! - `gateway_status()`: what the gateway took, refused and anchored, from its counters (no
//!   scan of the store), and each device's mode.

use crate::{
	batch,
	metrics::Metrics,
	mqtt::{Devices, Mode},
	store::{Batch, Status, Store},
};
use jsonrpsee::{
	server::{RpcModule, Server, ServerHandle},
	types::ErrorObjectOwned,
};
use pallet_iot_anchors::{DeviceId, Reading};
use sp_core::H256;
use std::{collections::BTreeMap, net::SocketAddr, sync::Arc};

/// What proves a reading.
#[derive(serde::Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ProofJson {
	/// The reading as a leaf, its device's signature included (pass it to
	/// `iot_verifyReading`).
	pub reading: Reading,
	/// The sibling hashes from the leaf up.
	pub proof: Vec<H256>,
	/// The batch's root.
	pub root: H256,
	/// How many readings the batch has.
	pub leaf_count: u32,
	/// The finalized block the batch was anchored in (`None` until then).
	pub anchored_in: Option<u32>,
	/// `pending`, `anchored` or `setAside`.
	pub status: String,
	/// Why the batch was set aside.
	pub set_aside_because: Option<String>,
	/// Whether the device sent another value for the same instant (both are kept).
	pub conflict: bool,
}

/// A batch, exported.
#[derive(serde::Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ExportJson {
	/// The device.
	pub device: DeviceId,
	/// The sequence number.
	pub sequence: u64,
	/// The root.
	pub root: H256,
	/// `pending`, `anchored` or `setAside`.
	pub status: String,
	/// The finalized block that anchors it.
	pub anchored_in: Option<u32>,
	/// Every reading with its proof.
	pub readings: Vec<ProofJson>,
}

fn internal(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(-32603, error.to_string(), None::<()>)
}

fn status_name(status: &Status) -> (String, Option<u32>, Option<String>) {
	match status {
		Status::Pending => ("pending".into(), None, None),
		Status::Anchored(block) => ("anchored".into(), Some(*block), None),
		Status::SetAside(why) => ("setAside".into(), None, Some(why.clone())),
	}
}

/// The proofs of batch `found` of `device`: of reading `only`, or of all.
fn proofs(
	store: &Store,
	device: DeviceId,
	found: &Batch,
	only: Option<u32>,
) -> crate::Result<Vec<ProofJson>> {
	let leaves = batch::leaves(device, found.sequence, &found.readings);
	let (status, anchored_in, set_aside_because) = status_name(&found.status);
	let mut out = Vec::new();
	for (index, reading) in batch::readings(device, found.sequence, &found.readings)
		.into_iter()
		.enumerate()
		.filter(|(i, _)| only.is_none_or(|o| o as usize == *i))
	{
		let proof = city_primitives::merkle::prove(&leaves, index as u32)
			.ok_or("a reading out of its batch")?;
		let conflict = store.flagged(&device, reading.timestamp, reading.value)?;
		out.push(ProofJson {
			reading,
			proof,
			root: found.root,
			leaf_count: leaves.len() as u32,
			anchored_in,
			status: status.clone(),
			set_aside_because: set_aside_because.clone(),
			conflict,
		});
	}
	Ok(out)
}

/// The proof of `device`'s reading taken at `timestamp` (with `value`, else the first value
/// taken for that instant), if the gateway batched it.
pub fn prove(
	store: &Store,
	device: DeviceId,
	timestamp: u64,
	value: Option<i64>,
) -> crate::Result<Option<ProofJson>> {
	let Some((_, index, found)) = store.find(&device, timestamp, value)? else {
		return Ok(None);
	};
	Ok(proofs(store, device, &found, Some(index))?.pop())
}

/// Batch `sequence` of `device` with every reading's proof: the anchored one, else the latest
/// one under that number (set aside, or pending).
pub fn export(store: &Store, device: DeviceId, sequence: u64) -> crate::Result<Option<ExportJson>> {
	let batches = store.batches(&device)?;
	let under: Vec<&Batch> =
		batches.iter().map(|(_, b)| b).filter(|b| b.sequence == sequence).collect();
	// The anchored one; else the latest (numbers grow with each batch).
	let found = under.iter().find(|b| matches!(b.status, Status::Anchored(_))).or(under.last());
	let Some(found) = found else { return Ok(None) };
	let (status, anchored_in, _) = status_name(&found.status);
	Ok(Some(ExportJson {
		device,
		sequence,
		root: found.root,
		status,
		anchored_in,
		readings: proofs(store, device, found, None)?,
	}))
}

/// What the gateway holds and did.
#[derive(serde::Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct StatusJson {
	/// Messages taken from the broker since the gateway started.
	pub received: u64,
	/// Messages that passed every check since it started.
	pub verified: u64,
	/// Redeliveries and replays recognised since it started.
	pub duplicates: u64,
	/// Messages refused since it started.
	pub rejected: u64,
	/// ... by reason.
	pub refused: BTreeMap<&'static str, u64>,
	/// Anchors submitted again since it started.
	pub resubmissions: u64,
	/// Whether the broker delivers the readings' topics to the gateway now (its subscription
	/// acknowledged, or its kept session resumed).
	pub subscribed: bool,
	/// What the store holds.
	#[serde(flatten)]
	pub counts: crate::store::Counts,
	/// Each device's mode: `relay` (it signs its readings) or `custodial` (the gateway keeps
	/// its key).
	pub devices: BTreeMap<String, &'static str>,
}

/// Serves the gateway's methods at `address`.
pub async fn serve(
	address: SocketAddr,
	store: Arc<Store>,
	metrics: Arc<Metrics>,
	devices: Devices,
) -> crate::Result<ServerHandle> {
	let server = Server::builder().build(address).await?;
	let mut module = RpcModule::new((store, metrics, devices));
	module.register_method("gateway_prove", |params, (store, _, _), _| {
		let mut seq = params.sequence();
		let device: DeviceId = seq.next()?;
		let timestamp: u64 = seq.next()?;
		let value: Option<i64> = seq.optional_next()?;
		prove(store, device, timestamp, value).map_err(internal)
	})?;
	module.register_method("gateway_exportBatch", |params, (store, _, _), _| {
		let (device, sequence): (DeviceId, u64) = params.parse()?;
		export(store, device, sequence).map_err(internal)
	})?;
	module.register_method("gateway_status", |_, (store, metrics, devices), _| {
		let refused = metrics.refusals();
		let modes = devices
			.read()
			.map_err(internal)?
			.iter()
			.map(|(id, mode)| {
				let name = match mode {
					Mode::Relay(_) => "relay",
					Mode::Custodial => "custodial",
				};
				(format!("{id:?}"), name)
			})
			.collect();
		Ok::<_, ErrorObjectOwned>(StatusJson {
			received: metrics.received.get(),
			verified: metrics.verified.get(),
			duplicates: metrics.duplicates.get(),
			rejected: refused.values().sum(),
			refused,
			resubmissions: metrics.resubmitted.get(),
			subscribed: metrics.subscribed.get() == 1,
			counts: store.counts().map_err(internal)?,
			devices: modes,
		})
	})?;
	Ok(server.start(module))
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::batch::Raw;
	use pallet_iot_anchors::reading_leaf;

	#[test]
	fn a_kept_reading_is_proven_against_its_batch_root_and_a_batch_exports_whole() {
		let dir = tempfile::tempdir().expect("a dir");
		let store = Store::open(dir.path(), 100).expect("opens");
		let device = H256::repeat_byte(4);
		let raws: Vec<Raw> = (0..5)
			.map(|i| Raw { timestamp: 100 + i, value: i as i64 * 3, signature: None })
			.collect();
		for raw in &raws {
			store.insert(&device, raw.clone()).unwrap();
		}
		let root = batch::root(device, 2, &raws);
		let (number, _) = store.seal(&device, 2, raws, root).unwrap();
		let answer = prove(&store, device, 103, None).unwrap().expect("kept");
		assert_eq!(
			(answer.reading.sequence, answer.reading.index, answer.reading.value),
			(2, 3, 9)
		);
		assert_eq!((answer.root, answer.leaf_count, answer.anchored_in), (root, 5, None));
		assert_eq!(answer.status, "pending");
		assert!(city_primitives::merkle::verify(
			&root,
			answer.proof,
			5,
			3,
			reading_leaf(&answer.reading)
		));
		assert!(prove(&store, device, 99, None).unwrap().is_none());
		assert!(prove(&store, device, 103, Some(10)).unwrap().is_none(), "another value");
		// Anchored only once finalized; then the batch exports with every proof.
		store.anchored(&device, number, 7).unwrap();
		assert_eq!(prove(&store, device, 103, Some(9)).unwrap().unwrap().anchored_in, Some(7));
		let exported = export(&store, device, 2).unwrap().expect("a batch");
		assert_eq!((exported.status.as_str(), exported.anchored_in), ("anchored", Some(7)));
		assert_eq!(exported.readings.len(), 5);
		for (i, r) in exported.readings.iter().enumerate() {
			assert!(city_primitives::merkle::verify(
				&root,
				r.proof.clone(),
				5,
				i as u32,
				reading_leaf(&r.reading)
			));
		}
		assert!(export(&store, device, 3).unwrap().is_none());
	}
}
