//! The gateway's local store (ParityDB, as the node's): every reading it acknowledged, each
//! batch with its readings, root and whether it is anchored, and where each reading is.
//!
//! Columns (all B-tree indexed, keys ordered):
//! - `INBOX`: `device ++ timestamp (BE)` -> SCALE(value): readings not yet in a batch.
//! - `BATCHES`: `device ++ sequence (BE)` -> SCALE([`Batch`]).
//! - `PLACES`: `device ++ timestamp (BE)` -> SCALE((sequence, index)): where a batched reading is.
//! - `PENDING`: `device ++ sequence (BE)` -> nothing: the batches not anchored yet, so following
//!   them costs what is pending, not the whole history.
//!
//! A reading is identified by its device and timestamp: one delivered twice (MQTT QoS 1 is "at
//! least once") is kept once. Sealing a batch moves its readings from the inbox in one commit.

use crate::{batch::Raw, Result};
use codec::{Decode, Encode};
use pallet_iot_anchors::DeviceId;
use parity_db::{ColumnOptions, Db, Options};
use sp_core::H256;
use std::path::Path;

const INBOX: u8 = 0;
const BATCHES: u8 = 1;
const PLACES: u8 = 2;
const PENDING: u8 = 3;

/// Where a batch stands.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
	/// Sealed; not on the chain yet.
	Pending,
	/// On the chain, anchored in this block.
	Anchored(u32),
}

/// A sealed batch.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct Batch {
	/// Its readings, in leaf order.
	pub readings: Vec<Raw>,
	/// Their Merkle root.
	pub root: H256,
	/// Pending or anchored.
	pub status: Status,
}

/// Counts for the status report.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
	/// Readings waiting for a batch.
	pub waiting: u64,
	/// Readings in pending batches.
	pub pending: u64,
	/// Readings in anchored batches.
	pub anchored: u64,
	/// Batches anchored.
	pub anchored_batches: u64,
}

/// The store.
pub struct Store {
	db: Db,
}

fn key(device: &DeviceId, n: u64) -> Vec<u8> {
	let mut key = device.as_bytes().to_vec();
	key.extend_from_slice(&n.to_be_bytes());
	key
}

fn split(key: &[u8]) -> Option<(DeviceId, u64)> {
	let (device, n) = (key.get(..32)?, key.get(32..40)?);
	Some((H256::from_slice(device), u64::from_be_bytes(n.try_into().ok()?)))
}

impl Store {
	/// Opens the store under `path`, creating it if need be.
	pub fn open(path: &Path) -> Result<Self> {
		let mut options = Options::with_columns(path, 4);
		for column in &mut options.columns {
			*column = ColumnOptions { btree_index: true, ..Default::default() };
		}
		Ok(Store { db: Db::open_or_create(&options)? })
	}

	/// The first `limit` entries of `column` whose key starts with `device` (all if `None`), in
	/// key order.
	fn scan(
		&self,
		column: u8,
		device: Option<&DeviceId>,
		limit: usize,
	) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
		let mut iter = self.db.iter(column)?;
		let prefix = device.map(|d| d.as_bytes().to_vec()).unwrap_or_default();
		iter.seek(&prefix)?;
		let mut out = Vec::new();
		while out.len() < limit {
			match iter.next()? {
				Some((key, value)) if key.starts_with(&prefix) => out.push((key, value)),
				_ => break,
			}
		}
		Ok(out)
	}

	/// Keeps a reading; `false` if it was kept already (a redelivery).
	pub fn insert(&self, device: &DeviceId, raw: Raw) -> Result<bool> {
		let key = key(device, raw.timestamp);
		if self.db.get(INBOX, &key)?.is_some() || self.db.get(PLACES, &key)?.is_some() {
			return Ok(false);
		}
		self.db.commit(vec![(INBOX, key, Some(raw.value.encode()))])?;
		Ok(true)
	}

	/// The devices with readings waiting (one seek per device, whatever waits).
	pub fn waiting_devices(&self) -> Result<Vec<DeviceId>> {
		let mut iter = self.db.iter(INBOX)?;
		let mut devices = Vec::new();
		iter.seek_to_first()?;
		while let Some((key, _)) = iter.next()? {
			let (device, _) = split(&key).ok_or("a bad inbox key")?;
			devices.push(device);
			// Past every key of this device: its id followed by more than a timestamp's bytes.
			let mut past = device.as_bytes().to_vec();
			past.extend_from_slice(&[0xff; 9]);
			iter.seek(&past)?;
		}
		Ok(devices)
	}

	/// `device`'s waiting readings, oldest first, at most `limit`.
	pub fn waiting(&self, device: &DeviceId, limit: usize) -> Result<Vec<Raw>> {
		let mut raws = Vec::new();
		for (key, value) in self.scan(INBOX, Some(device), limit)? {
			let (_, timestamp) = split(&key).ok_or("a bad inbox key")?;
			raws.push(Raw { timestamp, value: i64::decode(&mut &value[..])? });
		}
		Ok(raws)
	}

	/// Seals `raws` (waiting readings of `device`) as batch `sequence` with `root`; answers the
	/// batch.
	pub fn seal(
		&self,
		device: &DeviceId,
		sequence: u64,
		raws: Vec<Raw>,
		root: H256,
	) -> Result<Batch> {
		let mut tx = Vec::with_capacity(2 * raws.len() + 1);
		for (index, raw) in raws.iter().enumerate() {
			tx.push((INBOX, key(device, raw.timestamp), None));
			tx.push((PLACES, key(device, raw.timestamp), Some((sequence, index as u32).encode())));
		}
		let batch = Batch { readings: raws, root, status: Status::Pending };
		tx.push((BATCHES, key(device, sequence), Some(batch.encode())));
		tx.push((PENDING, key(device, sequence), Some(Vec::new())));
		self.db.commit(tx)?;
		Ok(batch)
	}

	/// Puts batch `sequence` of `device` back into the inbox (the chain took another batch
	/// under its sequence number): its readings will be sealed again.
	pub fn unseal(&self, device: &DeviceId, sequence: u64) -> Result<()> {
		let Some(batch) = self.batch(device, sequence)? else { return Ok(()) };
		let mut tx = Vec::new();
		for raw in &batch.readings {
			tx.push((INBOX, key(device, raw.timestamp), Some(raw.value.encode())));
			tx.push((PLACES, key(device, raw.timestamp), None));
		}
		tx.push((BATCHES, key(device, sequence), None));
		tx.push((PENDING, key(device, sequence), None));
		self.db.commit(tx)?;
		Ok(())
	}

	/// Batch `sequence` of `device`.
	pub fn batch(&self, device: &DeviceId, sequence: u64) -> Result<Option<Batch>> {
		match self.db.get(BATCHES, &key(device, sequence))? {
			Some(bytes) => Ok(Some(Batch::decode(&mut &bytes[..])?)),
			None => Ok(None),
		}
	}

	/// Every device with a pending batch, with it.
	pub fn pending(&self) -> Result<Vec<(DeviceId, u64, Batch)>> {
		let mut out = Vec::new();
		for (key, _) in self.scan(PENDING, None, usize::MAX)? {
			let (device, sequence) = split(&key).ok_or("a bad pending key")?;
			if let Some(batch) = self.batch(&device, sequence)? {
				out.push((device, sequence, batch));
			}
		}
		Ok(out)
	}

	/// Marks batch `sequence` of `device` anchored in `block`.
	pub fn anchored(&self, device: &DeviceId, sequence: u64, block: u32) -> Result<()> {
		if let Some(mut batch) = self.batch(device, sequence)? {
			batch.status = Status::Anchored(block);
			self.db.commit(vec![
				(BATCHES, key(device, sequence), Some(batch.encode())),
				(PENDING, key(device, sequence), None),
			])?;
		}
		Ok(())
	}

	/// The batch the reading of `device` taken at `timestamp` is in: its sequence number, the
	/// reading's index and the batch.
	pub fn find(&self, device: &DeviceId, timestamp: u64) -> Result<Option<(u64, u32, Batch)>> {
		let Some(place) = self.db.get(PLACES, &key(device, timestamp))? else { return Ok(None) };
		let (sequence, index) = <(u64, u32)>::decode(&mut &place[..])?;
		Ok(self.batch(device, sequence)?.map(|batch| (sequence, index, batch)))
	}

	/// What the store holds.
	pub fn counts(&self) -> Result<Counts> {
		let mut counts = Counts {
			waiting: self.scan(INBOX, None, usize::MAX)?.len() as u64,
			..Default::default()
		};
		for (_, value) in self.scan(BATCHES, None, usize::MAX)? {
			let batch = Batch::decode(&mut &value[..])?;
			let n = batch.readings.len() as u64;
			match batch.status {
				Status::Pending => counts.pending += n,
				Status::Anchored(_) => {
					counts.anchored += n;
					counts.anchored_batches += 1;
				}
			}
		}
		Ok(counts)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn raw(timestamp: u64, value: i64) -> Raw {
		Raw { timestamp, value }
	}

	#[test]
	fn readings_are_kept_once_sealed_found_and_survive_a_reopen() {
		let dir = tempfile::tempdir().expect("a dir");
		let (a, b) = (H256::repeat_byte(1), H256::repeat_byte(2));
		{
			let store = Store::open(dir.path()).expect("opens");
			assert!(store.insert(&a, raw(20, 2)).unwrap());
			assert!(store.insert(&a, raw(10, 1)).unwrap());
			assert!(!store.insert(&a, raw(10, 1)).unwrap(), "a redelivery is kept once");
			assert!(store.insert(&b, raw(10, 7)).unwrap());
			assert_eq!(store.waiting_devices().unwrap(), vec![a, b]);
			let waiting = store.waiting(&a, 10).unwrap();
			assert_eq!(waiting, vec![raw(10, 1), raw(20, 2)]);
			assert_eq!(store.waiting(&a, 1).unwrap(), vec![raw(10, 1)]);
			store.seal(&a, 0, waiting, H256::repeat_byte(9)).unwrap();
			assert!(!store.insert(&a, raw(20, 2)).unwrap(), "a batched reading is kept once");
			assert_eq!(store.waiting(&a, 10).unwrap(), vec![]);
			assert_eq!(store.pending().unwrap().len(), 1);
		}
		let store = Store::open(dir.path()).expect("reopens");
		let (sequence, index, batch) = store.find(&a, 20).unwrap().expect("found");
		assert_eq!((sequence, index, batch.status), (0, 1, Status::Pending));
		store.anchored(&a, 0, 42).unwrap();
		assert!(store.pending().unwrap().is_empty(), "an anchored batch is not pending");
		assert_eq!(store.batch(&a, 0).unwrap().map(|b| b.status), Some(Status::Anchored(42)));
		assert_eq!(
			store.counts().unwrap(),
			Counts { waiting: 1, pending: 0, anchored: 2, anchored_batches: 1 }
		);
		store.unseal(&a, 0).unwrap();
		assert_eq!(store.waiting(&a, 10).unwrap(), vec![raw(10, 1), raw(20, 2)]);
		assert_eq!(store.find(&a, 20).unwrap(), None);
	}
}
