//! The gateway's JSON-RPC: `gateway_prove(device, timestamp)` answers a reading it keeps with
//! what proves it (its leaf fields, the batch's sequence number, root and leaf count, the
//! sibling path, and whether and where the batch is anchored), ready for the node's
//! `iot_verifyReading`; `gateway_status()` answers what the gateway holds.

use crate::{
	batch,
	mqtt::Counters,
	store::{Status, Store},
};
use jsonrpsee::{
	server::{RpcModule, Server, ServerHandle},
	types::ErrorObjectOwned,
};
use pallet_iot_anchors::{DeviceId, Reading};
use sp_core::H256;
use std::{
	net::SocketAddr,
	sync::{atomic::Ordering, Arc},
};

/// What proves a reading.
#[derive(serde::Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ProofJson {
	/// The reading as a leaf (pass it to `iot_verifyReading`).
	pub reading: Reading,
	/// The sibling hashes from the leaf up.
	pub proof: Vec<H256>,
	/// The batch's root.
	pub root: H256,
	/// How many readings the batch has.
	pub leaf_count: u32,
	/// The block the batch was anchored in (`None` while pending).
	pub anchored_in: Option<u32>,
}

/// What the gateway holds.
#[derive(serde::Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct StatusJson {
	/// Readings kept since the gateway started.
	pub received: u64,
	/// Redeliveries recognised since it started.
	pub duplicates: u64,
	/// Messages refused since it started.
	pub rejected: u64,
	/// What the store holds.
	#[serde(flatten)]
	pub counts: crate::store::Counts,
}

fn internal(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(-32603, error.to_string(), None::<()>)
}

/// The proof of `device`'s reading taken at `timestamp`, if the gateway batched it.
pub fn prove(store: &Store, device: DeviceId, timestamp: u64) -> crate::Result<Option<ProofJson>> {
	let Some((sequence, index, found)) = store.find(&device, timestamp)? else { return Ok(None) };
	let leaves = batch::leaves(device, sequence, &found.readings);
	let proof =
		city_primitives::merkle::prove(&leaves, index).ok_or("a reading out of its batch")?;
	let reading = batch::readings(device, sequence, &found.readings)
		.into_iter()
		.nth(index as usize)
		.ok_or("a reading out of its batch")?;
	Ok(Some(ProofJson {
		reading,
		proof,
		root: found.root,
		leaf_count: leaves.len() as u32,
		anchored_in: match found.status {
			Status::Anchored(block) => Some(block),
			Status::Pending => None,
		},
	}))
}

/// Serves the gateway's methods at `address`.
pub async fn serve(
	address: SocketAddr,
	store: Arc<Store>,
	counters: Arc<Counters>,
) -> crate::Result<ServerHandle> {
	let server = Server::builder().build(address).await?;
	let mut module = RpcModule::new((store, counters));
	module.register_method("gateway_prove", |params, (store, _), _| {
		let (device, timestamp): (DeviceId, u64) = params.parse()?;
		prove(store, device, timestamp).map_err(internal)
	})?;
	module.register_method("gateway_status", |_, (store, counters), _| {
		Ok::<_, ErrorObjectOwned>(StatusJson {
			received: counters.received.load(Ordering::Relaxed),
			duplicates: counters.duplicates.load(Ordering::Relaxed),
			rejected: counters.rejected.load(Ordering::Relaxed),
			counts: store.counts().map_err(internal)?,
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
	fn a_kept_reading_is_proven_against_its_batch_root() {
		let dir = tempfile::tempdir().expect("a dir");
		let store = Store::open(dir.path()).expect("opens");
		let device = H256::repeat_byte(4);
		let raws: Vec<Raw> =
			(0..5).map(|i| Raw { timestamp: 100 + i, value: i as i64 * 3 }).collect();
		for raw in &raws {
			store.insert(&device, *raw).unwrap();
		}
		let root = batch::root(device, 2, &raws);
		store.seal(&device, 2, raws, root).unwrap();
		let answer = prove(&store, device, 103).unwrap().expect("kept");
		assert_eq!(
			(answer.reading.sequence, answer.reading.index, answer.reading.value),
			(2, 3, 9)
		);
		assert_eq!((answer.root, answer.leaf_count, answer.anchored_in), (root, 5, None));
		assert!(city_primitives::merkle::verify(
			&root,
			answer.proof,
			5,
			3,
			reading_leaf(&answer.reading)
		));
		assert!(prove(&store, device, 99).unwrap().is_none());
	}
}
