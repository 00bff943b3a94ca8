//! The gateway's local store (ParityDB, as the node's): every reading it took, each batch with
//! its readings, root, sequence number and where it stands, and where each reading is.
//!
//! A reading is identified by its content: its device, timestamp and value (its signature is
//! checked before it gets here; sr25519 signs with randomness, so the same reading may come
//! with another signature). Columns (all B-tree indexed, keys ordered), with `reading key` =
//! `device ++ timestamp (BE) ++ value (BE, sign bit flipped so that keys sort by value)`:
//! - `INBOX`: reading key -> SCALE(signature): readings not yet in a batch, oldest first.
//! - `BATCHES`: `device ++ batch number (BE)` -> SCALE([`Batch`]); the batch number is the
//!   gateway's own (a batch set aside leaves its sequence number to the next).
//! - `PLACES`: reading key -> SCALE((batch number, index)): where a batched reading is.
//! - `PENDING`: `device ++ batch number` -> nothing: the batches not finalized yet.
//! - `FIRST`: `device ++ timestamp` -> SCALE(value): the first value taken for that instant.
//!   Another value for the same instant is a conflict: kept (so a publisher who sends a
//!   reading first cannot make the real one vanish as a "duplicate") and flagged.
//! - `FLAGS`: reading key -> nothing: the readings of a conflict.
//! - `META`: `b"counts"` -> SCALE([`Counts`]); `device` -> SCALE([`DeviceMeta`]).
//!
//! `PLACES`, `FIRST` and `FLAGS` are only looked up, never walked: hash-indexed. Every change
//! is one commit, counts included, so the counts always match the content.

use crate::{batch::Raw, Result};
use codec::{Decode, Encode};
use pallet_iot_anchors::DeviceId;
use parity_db::{ColumnOptions, Db, Options};
use sp_core::H256;
use sp_runtime::MultiSignature;
use std::{
	collections::{HashMap, HashSet},
	path::Path,
	sync::Mutex,
};

const INBOX: u8 = 0;
const BATCHES: u8 = 1;
const PLACES: u8 = 2;
const PENDING: u8 = 3;
const FIRST: u8 = 4;
const FLAGS: u8 = 5;
const META: u8 = 6;
const COLUMNS: u8 = 7;
const COUNTS_KEY: &[u8] = b"counts";

/// Where a batch stands.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub enum Status {
	/// Sealed; not in a finalized block yet.
	Pending,
	/// Anchored in this block, which is finalized.
	Anchored(u32),
	/// The chain refused it too often, for this reason: its readings are kept (and can be
	/// exported) but not anchored; the device's newer readings are.
	SetAside(String),
}

/// A sealed batch.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct Batch {
	/// The sequence number it is anchored under.
	pub sequence: u64,
	/// Its readings, in leaf order.
	pub readings: Vec<Raw>,
	/// Their Merkle root.
	pub root: H256,
	/// Pending, anchored or set aside.
	pub status: Status,
	/// How many times the chain refused it.
	pub refusals: u32,
}

/// What the store holds, kept with every change.
#[derive(Encode, Decode, Default, Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
	/// Readings waiting for a batch.
	pub waiting: u64,
	/// Readings in batches not finalized yet.
	pub pending: u64,
	/// Readings in batches anchored in finalized blocks.
	pub anchored: u64,
	/// Batches anchored in finalized blocks.
	pub anchored_batches: u64,
	/// Readings in batches set aside.
	pub set_aside: u64,
	/// Readings flagged as in conflict (two values for one device and instant).
	pub conflicts: u64,
	/// Readings of anchored batches whose raw content the retention policy removed (the
	/// batches' roots and sequence numbers stay).
	pub pruned: u64,
}

/// A device's bookkeeping.
#[derive(Encode, Decode, Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceMeta {
	/// The number of its next batch.
	pub next_batch: u64,
	/// The latest timestamp of its sealed batches: older readings are refused.
	pub last_sealed: u64,
}

/// What became of a reading offered to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
	/// Kept.
	Stored,
	/// Kept, and flagged: the device has another value for that instant.
	Conflict,
	/// Kept already (a redelivery, or a replay).
	Duplicate,
	/// Older than the device's last sealed batch.
	Stale,
	/// The device has as many readings waiting as its inbox takes.
	InboxFull,
	/// Above the device's rate (the `admit` of [`Store::insert_many`] refused it).
	RateLimited,
}

struct State {
	counts: Counts,
	meta: HashMap<DeviceId, DeviceMeta>,
	waiting: HashMap<DeviceId, u64>,
}

/// The store.
pub struct Store {
	db: Db,
	max_inbox: u64,
	state: Mutex<State>,
}

type Tx = Vec<(u8, Vec<u8>, Option<Vec<u8>>)>;

fn key(device: &DeviceId, n: u64) -> Vec<u8> {
	let mut key = device.as_bytes().to_vec();
	key.extend_from_slice(&n.to_be_bytes());
	key
}

/// The reading key of `device`'s `raw`.
pub fn reading_key(device: &DeviceId, timestamp: u64, value: i64) -> Vec<u8> {
	let mut key = key(device, timestamp);
	key.extend_from_slice(&((value as u64) ^ (1 << 63)).to_be_bytes());
	key
}

fn split(key: &[u8]) -> Option<(DeviceId, u64)> {
	let (device, n) = (key.get(..32)?, key.get(32..40)?);
	Some((H256::from_slice(device), u64::from_be_bytes(n.try_into().ok()?)))
}

fn split_reading(key: &[u8]) -> Option<(DeviceId, u64, i64)> {
	let (device, timestamp) = split(key)?;
	let value = u64::from_be_bytes(key.get(40..48)?.try_into().ok()?) ^ (1 << 63);
	Some((device, timestamp, value as i64))
}

impl Store {
	/// Opens the store under `path`, creating it if need be; a device's inbox takes at most
	/// `max_inbox` readings.
	pub fn open(path: &Path, max_inbox: u64) -> Result<Self> {
		let mut options = Options::with_columns(path, COLUMNS);
		for (index, column) in options.columns.iter_mut().enumerate() {
			// Point lookups only: hash-indexed, much cheaper than a B-tree's.
			let ordered = ![PLACES, FIRST, FLAGS].contains(&(index as u8));
			*column = ColumnOptions { btree_index: ordered, ..Default::default() };
		}
		let db = Db::open_or_create(&options)?;
		let counts = match db.get(META, COUNTS_KEY)? {
			Some(bytes) => Counts::decode(&mut &bytes[..])?,
			None => Counts::default(),
		};
		let mut meta = HashMap::new();
		let mut iter = db.iter(META)?;
		iter.seek_to_first()?;
		while let Some((key, value)) = iter.next()? {
			if key.len() == 32 {
				meta.insert(H256::from_slice(&key), DeviceMeta::decode(&mut &value[..])?);
			}
		}
		// Once at start: how many readings each device has waiting.
		let mut waiting = HashMap::new();
		let mut iter = db.iter(INBOX)?;
		iter.seek_to_first()?;
		while let Some((key, _)) = iter.next()? {
			let (device, _) = split(&key).ok_or("a bad inbox key")?;
			*waiting.entry(device).or_insert(0) += 1;
		}
		Ok(Store { db, max_inbox, state: Mutex::new(State { counts, meta, waiting }) })
	}

	fn lock(&self) -> Result<std::sync::MutexGuard<'_, State>> {
		self.state.lock().map_err(|_| "the store's state is poisoned".into())
	}

	fn commit(&self, state: &State, mut tx: Tx) -> Result<()> {
		tx.push((META, COUNTS_KEY.to_vec(), Some(state.counts.encode())));
		self.db.commit(tx)?;
		Ok(())
	}

	/// The first `limit` entries of `column` whose key starts with `prefix`, in key order.
	fn scan(&self, column: u8, prefix: &[u8], limit: usize) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
		let mut iter = self.db.iter(column)?;
		iter.seek(prefix)?;
		let mut out = Vec::new();
		while out.len() < limit {
			match iter.next()? {
				Some((key, value)) if key.starts_with(prefix) => out.push((key, value)),
				_ => break,
			}
		}
		Ok(out)
	}

	/// Offers readings (`device`, reading) to the store, in one commit: answers what became
	/// of each. `admit` is asked of each reading the store would keep (not of a duplicate, a
	/// stale one or one over its inbox): `false` refuses it (a device's rate).
	pub fn insert_many(
		&self,
		readings: Vec<(DeviceId, Raw)>,
		mut admit: impl FnMut(&DeviceId, &Raw) -> bool,
	) -> Result<Vec<Outcome>> {
		let mut state = self.lock()?;
		let mut tx = Tx::new();
		let mut outcomes = Vec::with_capacity(readings.len());
		let mut added: HashSet<Vec<u8>> = HashSet::new();
		let mut first_now: HashMap<Vec<u8>, i64> = HashMap::new();
		for (device, raw) in readings {
			let key = reading_key(&device, raw.timestamp, raw.value);
			let instant = self::key(&device, raw.timestamp);
			let first = match first_now.get(&instant) {
				Some(value) => Some(*value),
				None => match self.db.get(FIRST, &instant)? {
					Some(bytes) => Some(i64::decode(&mut &bytes[..])?),
					None => None,
				},
			};
			let outcome = if first == Some(raw.value)
				|| added.contains(&key)
				|| (first.is_some()
					&& (self.db.get(INBOX, &key)?.is_some()
						|| self.db.get(PLACES, &key)?.is_some()))
			{
				Outcome::Duplicate
			} else if raw.timestamp < state.meta.get(&device).map_or(0, |m| m.last_sealed) {
				Outcome::Stale
			} else if state.waiting.get(&device).copied().unwrap_or(0) >= self.max_inbox {
				Outcome::InboxFull
			} else if !admit(&device, &raw) {
				Outcome::RateLimited
			} else {
				match first {
					None => {
						first_now.insert(instant.clone(), raw.value);
						tx.push((FIRST, instant, Some(raw.value.encode())));
					}
					Some(value) => {
						// Both readings of the instant are flagged, the first once.
						let first_key = reading_key(&device, raw.timestamp, value);
						if self.db.get(FLAGS, &first_key)?.is_none()
							&& !tx.iter().any(|(c, k, _)| *c == FLAGS && *k == first_key)
						{
							tx.push((FLAGS, first_key, Some(Vec::new())));
							state.counts.conflicts += 1;
						}
						tx.push((FLAGS, key.clone(), Some(Vec::new())));
						state.counts.conflicts += 1;
					}
				}
				tx.push((INBOX, key.clone(), Some(raw.signature.encode())));
				added.insert(key);
				*state.waiting.entry(device).or_insert(0) += 1;
				state.counts.waiting += 1;
				if first.is_some() {
					Outcome::Conflict
				} else {
					Outcome::Stored
				}
			};
			outcomes.push(outcome);
		}
		if !tx.is_empty() {
			self.commit(&state, tx)?;
		}
		Ok(outcomes)
	}

	/// Offers one reading; see [`Self::insert_many`].
	pub fn insert(&self, device: &DeviceId, raw: Raw) -> Result<Outcome> {
		Ok(self.insert_many(vec![(*device, raw)], |_, _| true)?.pop().unwrap_or(Outcome::Duplicate))
	}

	/// The devices with readings waiting.
	pub fn waiting_devices(&self) -> Result<Vec<DeviceId>> {
		let state = self.lock()?;
		let mut devices: Vec<_> =
			state.waiting.iter().filter(|(_, n)| **n > 0).map(|(d, _)| *d).collect();
		devices.sort();
		Ok(devices)
	}

	/// `device`'s waiting readings, oldest first, at most `limit`.
	pub fn waiting(&self, device: &DeviceId, limit: usize) -> Result<Vec<Raw>> {
		let mut raws = Vec::new();
		for (key, value) in self.scan(INBOX, device.as_bytes(), limit)? {
			let (_, timestamp, reading) = split_reading(&key).ok_or("a bad inbox key")?;
			let signature = Option::<MultiSignature>::decode(&mut &value[..])?;
			raws.push(Raw { timestamp, value: reading, signature });
		}
		Ok(raws)
	}

	/// Seals `raws` (waiting readings of `device`) as a batch under `sequence` with `root`;
	/// answers its number and the batch.
	pub fn seal(
		&self,
		device: &DeviceId,
		sequence: u64,
		raws: Vec<Raw>,
		root: H256,
	) -> Result<(u64, Batch)> {
		let mut state = self.lock()?;
		let mut meta = state.meta.get(device).copied().unwrap_or_default();
		let number = meta.next_batch;
		meta.next_batch += 1;
		let n = raws.len() as u64;
		meta.last_sealed = raws.iter().map(|r| r.timestamp).fold(meta.last_sealed, u64::max);
		let mut tx = Tx::with_capacity(2 * raws.len() + 3);
		for (index, raw) in raws.iter().enumerate() {
			let key = reading_key(device, raw.timestamp, raw.value);
			tx.push((INBOX, key.clone(), None));
			tx.push((PLACES, key, Some((number, index as u32).encode())));
		}
		let batch = Batch { sequence, readings: raws, root, status: Status::Pending, refusals: 0 };
		tx.push((BATCHES, key(device, number), Some(batch.encode())));
		tx.push((PENDING, key(device, number), Some(Vec::new())));
		tx.push((META, device.as_bytes().to_vec(), Some(meta.encode())));
		state.meta.insert(*device, meta);
		let waiting = state.waiting.entry(*device).or_insert(0);
		*waiting = waiting.saturating_sub(n);
		state.counts.waiting = state.counts.waiting.saturating_sub(n);
		state.counts.pending += n;
		self.commit(&state, tx)?;
		Ok((number, batch))
	}

	/// Puts pending batch `number` of `device` back into the inbox (the chain took another
	/// batch under its sequence number): its readings will be sealed again.
	pub fn unseal(&self, device: &DeviceId, number: u64) -> Result<()> {
		let mut state = self.lock()?;
		let Some(batch) = self.batch(device, number)? else { return Ok(()) };
		if batch.status != Status::Pending {
			return Ok(());
		}
		let mut tx = Tx::new();
		for raw in &batch.readings {
			let key = reading_key(device, raw.timestamp, raw.value);
			tx.push((INBOX, key.clone(), Some(raw.signature.encode())));
			tx.push((PLACES, key, None));
		}
		tx.push((BATCHES, key(device, number), None));
		tx.push((PENDING, key(device, number), None));
		let n = batch.readings.len() as u64;
		*state.waiting.entry(*device).or_insert(0) += n;
		state.counts.waiting += n;
		state.counts.pending = state.counts.pending.saturating_sub(n);
		self.commit(&state, tx)
	}

	/// Batch `number` of `device`.
	pub fn batch(&self, device: &DeviceId, number: u64) -> Result<Option<Batch>> {
		match self.db.get(BATCHES, &key(device, number))? {
			Some(bytes) => Ok(Some(Batch::decode(&mut &bytes[..])?)),
			None => Ok(None),
		}
	}

	/// Every pending batch: its device, number and the batch.
	pub fn pending(&self) -> Result<Vec<(DeviceId, u64, Batch)>> {
		let mut out = Vec::new();
		for (key, _) in self.scan(PENDING, &[], usize::MAX)? {
			let (device, number) = split(&key).ok_or("a bad pending key")?;
			if let Some(batch) = self.batch(&device, number)? {
				out.push((device, number, batch));
			}
		}
		Ok(out)
	}

	/// Ends pending batch `number` of `device` with `status` (anchored in a finalized block,
	/// or set aside).
	fn end(&self, device: &DeviceId, number: u64, status: Status) -> Result<()> {
		let mut state = self.lock()?;
		let Some(mut batch) = self.batch(device, number)? else { return Ok(()) };
		if batch.status != Status::Pending {
			return Ok(());
		}
		let n = batch.readings.len() as u64;
		state.counts.pending = state.counts.pending.saturating_sub(n);
		match status {
			Status::Anchored(_) => {
				state.counts.anchored += n;
				state.counts.anchored_batches += 1;
			}
			Status::SetAside(_) => state.counts.set_aside += n,
			Status::Pending => return Ok(()),
		}
		batch.status = status;
		self.commit(
			&state,
			vec![
				(BATCHES, key(device, number), Some(batch.encode())),
				(PENDING, key(device, number), None),
			],
		)
	}

	/// Marks batch `number` of `device` anchored in `block`, a finalized block.
	pub fn anchored(&self, device: &DeviceId, number: u64, block: u32) -> Result<()> {
		self.end(device, number, Status::Anchored(block))
	}

	/// Counts a refusal of batch `number` of `device` by the chain; after `max` of them the
	/// batch is set aside with `reason`. Answers whether it was.
	pub fn refused(&self, device: &DeviceId, number: u64, reason: &str, max: u32) -> Result<bool> {
		let refusals = {
			let state = self.lock()?;
			let Some(mut batch) = self.batch(device, number)? else { return Ok(false) };
			batch.refusals += 1;
			if batch.refusals < max {
				self.commit(&state, vec![(BATCHES, key(device, number), Some(batch.encode()))])?;
			}
			batch.refusals
		};
		if refusals >= max {
			self.end(device, number, Status::SetAside(reason.to_string()))?;
			return Ok(true);
		}
		Ok(false)
	}

	/// The reading of `device` taken at `timestamp` (with `value`, else the first value taken
	/// for that instant): its batch's number, its index and the batch.
	pub fn find(
		&self,
		device: &DeviceId,
		timestamp: u64,
		value: Option<i64>,
	) -> Result<Option<(u64, u32, Batch)>> {
		let value = match value {
			Some(value) => value,
			None => match self.db.get(FIRST, &key(device, timestamp))? {
				Some(bytes) => i64::decode(&mut &bytes[..])?,
				None => return Ok(None),
			},
		};
		let Some(place) = self.db.get(PLACES, &reading_key(device, timestamp, value))? else {
			return Ok(None);
		};
		let (number, index) = <(u64, u32)>::decode(&mut &place[..])?;
		Ok(self.batch(device, number)?.map(|batch| (number, index, batch)))
	}

	/// Whether the reading of `device` at `timestamp` with `value` is flagged as in conflict.
	pub fn flagged(&self, device: &DeviceId, timestamp: u64, value: i64) -> Result<bool> {
		Ok(self.db.get(FLAGS, &reading_key(device, timestamp, value))?.is_some())
	}

	/// Every batch of `device`, oldest first, with its number.
	pub fn batches(&self, device: &DeviceId) -> Result<Vec<(u64, Batch)>> {
		let mut out = Vec::new();
		for (key, value) in self.scan(BATCHES, device.as_bytes(), usize::MAX)? {
			let (_, number) = split(&key).ok_or("a bad batch key")?;
			out.push((number, Batch::decode(&mut &value[..])?));
		}
		Ok(out)
	}

	/// What the store holds (from its counts, not a scan).
	pub fn counts(&self) -> Result<Counts> {
		Ok(self.lock()?.counts)
	}

	/// Removes the raw readings of every batch anchored in a finalized block whose newest
	/// reading is older than `before` (ms): their values, signatures and places, and the
	/// batch's list of readings. The batch stays, with its sequence number, root and block, as
	/// the record of what was anchored. Answers how many readings were removed.
	pub fn prune(&self, before: u64) -> Result<u64> {
		let mut removed = 0;
		for (key, value) in self.scan(BATCHES, &[], usize::MAX)? {
			let mut batch = Batch::decode(&mut &value[..])?;
			let newest = batch.readings.iter().map(|r| r.timestamp).max();
			if !matches!(batch.status, Status::Anchored(_)) || newest.is_none_or(|t| t >= before) {
				continue;
			}
			let (device, _) = split(&key).ok_or("a bad batch key")?;
			let mut state = self.lock()?;
			let mut tx = Tx::new();
			for raw in &batch.readings {
				let reading = reading_key(&device, raw.timestamp, raw.value);
				tx.push((PLACES, reading.clone(), None));
				if self.db.get(FLAGS, &reading)?.is_some() {
					// A conflict: the instant's first value stays for the other reading.
					tx.push((FLAGS, reading, None));
					state.counts.conflicts = state.counts.conflicts.saturating_sub(1);
				} else {
					tx.push((FIRST, self::key(&device, raw.timestamp), None));
				}
			}
			let n = batch.readings.len() as u64;
			batch.readings.clear();
			tx.push((BATCHES, key, Some(batch.encode())));
			state.counts.pruned += n;
			self.commit(&state, tx)?;
			removed += n;
		}
		Ok(removed)
	}

	/// How many readings `device` has waiting.
	pub fn waiting_of(&self, device: &DeviceId) -> Result<u64> {
		Ok(self.lock()?.waiting.get(device).copied().unwrap_or(0))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn raw(timestamp: u64, value: i64) -> Raw {
		Raw { timestamp, value, signature: None }
	}

	#[test]
	fn readings_are_kept_once_sealed_found_and_survive_a_reopen() {
		let dir = tempfile::tempdir().expect("a dir");
		let (a, b) = (H256::repeat_byte(1), H256::repeat_byte(2));
		{
			let store = Store::open(dir.path(), 100).expect("opens");
			assert_eq!(store.insert(&a, raw(20, 2)).unwrap(), Outcome::Stored);
			assert_eq!(store.insert(&a, raw(10, -1)).unwrap(), Outcome::Stored);
			assert_eq!(store.insert(&a, raw(10, -1)).unwrap(), Outcome::Duplicate);
			assert_eq!(store.insert(&b, raw(10, 7)).unwrap(), Outcome::Stored);
			assert_eq!(store.waiting_devices().unwrap(), vec![a, b]);
			let waiting = store.waiting(&a, 10).unwrap();
			assert_eq!(waiting, vec![raw(10, -1), raw(20, 2)]);
			assert_eq!(store.waiting(&a, 1).unwrap(), vec![raw(10, -1)]);
			let (number, _) = store.seal(&a, 0, waiting, H256::repeat_byte(9)).unwrap();
			assert_eq!(number, 0);
			assert_eq!(store.insert(&a, raw(20, 2)).unwrap(), Outcome::Duplicate, "a replay");
			assert_eq!(store.waiting(&a, 10).unwrap(), vec![]);
			assert_eq!(store.pending().unwrap().len(), 1);
		}
		let store = Store::open(dir.path(), 100).expect("reopens");
		assert_eq!(store.waiting_devices().unwrap(), vec![b], "counted again at start");
		let (number, index, batch) = store.find(&a, 20, None).unwrap().expect("found");
		assert_eq!((number, index, batch.sequence, &batch.status), (0, 1, 0, &Status::Pending));
		store.anchored(&a, 0, 42).unwrap();
		assert!(store.pending().unwrap().is_empty(), "an anchored batch is not pending");
		assert_eq!(store.batch(&a, 0).unwrap().map(|b| b.status), Some(Status::Anchored(42)));
		assert_eq!(
			store.counts().unwrap(),
			Counts { waiting: 1, anchored: 2, anchored_batches: 1, ..Default::default() }
		);
	}

	#[test]
	fn a_reading_older_than_the_last_sealed_batch_is_stale() {
		let dir = tempfile::tempdir().expect("a dir");
		let store = Store::open(dir.path(), 100).expect("opens");
		let a = H256::repeat_byte(1);
		store.insert(&a, raw(50, 1)).unwrap();
		store.seal(&a, 0, store.waiting(&a, 10).unwrap(), H256::zero()).unwrap();
		assert_eq!(store.insert(&a, raw(49, 1)).unwrap(), Outcome::Stale);
		// The last sealed instant itself: a redelivery is a duplicate, another value a
		// conflict, kept and flagged.
		assert_eq!(store.insert(&a, raw(50, 1)).unwrap(), Outcome::Duplicate);
		assert_eq!(store.insert(&a, raw(50, 2)).unwrap(), Outcome::Conflict);
		assert_eq!(store.insert(&a, raw(51, 1)).unwrap(), Outcome::Stored);
		// Another device's clock is its own.
		assert_eq!(store.insert(&H256::repeat_byte(2), raw(10, 1)).unwrap(), Outcome::Stored);
	}

	#[test]
	fn a_second_value_for_an_instant_is_kept_and_both_are_flagged() {
		let dir = tempfile::tempdir().expect("a dir");
		let store = Store::open(dir.path(), 100).expect("opens");
		let a = H256::repeat_byte(1);
		// An attacker got there first: the real reading is kept beside it, not dropped.
		assert_eq!(store.insert(&a, raw(10, 666)).unwrap(), Outcome::Stored);
		assert_eq!(store.insert(&a, raw(10, 21)).unwrap(), Outcome::Conflict);
		assert_eq!(store.insert(&a, raw(10, 21)).unwrap(), Outcome::Duplicate);
		assert_eq!(
			store.insert_many(vec![(a, raw(10, 5)), (a, raw(10, 5))], |_, _| true).unwrap(),
			vec![Outcome::Conflict, Outcome::Duplicate]
		);
		assert_eq!(store.counts().unwrap().conflicts, 3, "each of the three flagged once");
		for value in [666, 21, 5] {
			assert!(store.flagged(&a, 10, value).unwrap());
		}
		assert!(!store.flagged(&a, 10, 4).unwrap());
		assert_eq!(store.waiting(&a, 10).unwrap().len(), 3);
	}

	#[test]
	fn an_inbox_takes_no_more_than_its_bound() {
		let dir = tempfile::tempdir().expect("a dir");
		let store = Store::open(dir.path(), 3).expect("opens");
		let a = H256::repeat_byte(1);
		let outcomes =
			store.insert_many((1..=5).map(|t| (a, raw(t, 0))).collect(), |_, _| true).unwrap();
		assert_eq!(
			outcomes,
			vec![
				Outcome::Stored,
				Outcome::Stored,
				Outcome::Stored,
				Outcome::InboxFull,
				Outcome::InboxFull
			]
		);
		// Another device's inbox is its own; sealing makes room.
		assert_eq!(store.insert(&H256::repeat_byte(2), raw(1, 0)).unwrap(), Outcome::Stored);
		store.seal(&a, 0, store.waiting(&a, 3).unwrap(), H256::zero()).unwrap();
		assert_eq!(store.insert(&a, raw(6, 0)).unwrap(), Outcome::Stored);
		assert_eq!(store.counts().unwrap().waiting, 2);
	}

	#[test]
	fn retention_removes_the_raw_readings_of_old_anchored_batches_only() {
		let dir = tempfile::tempdir().expect("a dir");
		let store = Store::open(dir.path(), 100).expect("opens");
		let a = H256::repeat_byte(1);
		for t in [10, 20, 30, 40] {
			store.insert(&a, raw(t, t as i64)).unwrap();
		}
		let (old, _) =
			store.seal(&a, 0, store.waiting(&a, 2).unwrap(), H256::repeat_byte(7)).unwrap();
		let (recent, _) = store.seal(&a, 1, store.waiting(&a, 2).unwrap(), H256::zero()).unwrap();
		store.anchored(&a, old, 5).unwrap();
		// Readings of a pending batch are never pruned, however old.
		assert_eq!(store.prune(1_000).unwrap(), 2);
		assert_eq!(store.find(&a, 10, None).unwrap(), None);
		let kept = store.batch(&a, old).unwrap().expect("the record stays");
		assert_eq!(
			(kept.sequence, kept.root, kept.status),
			(0, H256::repeat_byte(7), Status::Anchored(5))
		);
		assert!(kept.readings.is_empty());
		assert!(store.find(&a, 30, None).unwrap().is_some());
		store.anchored(&a, recent, 6).unwrap();
		assert_eq!(store.prune(35).unwrap(), 0, "its newest reading is not old enough");
		assert_eq!(store.prune(41).unwrap(), 2);
		assert_eq!(store.counts().unwrap().pruned, 4);
		assert_eq!(store.prune(1_000).unwrap(), 0, "once");
	}

	#[test]
	fn a_batch_refused_too_often_is_set_aside_and_its_number_is_not_reused() {
		let dir = tempfile::tempdir().expect("a dir");
		let store = Store::open(dir.path(), 100).expect("opens");
		let a = H256::repeat_byte(1);
		store.insert(&a, raw(10, 1)).unwrap();
		let (first, _) = store.seal(&a, 4, store.waiting(&a, 10).unwrap(), H256::zero()).unwrap();
		assert!(!store.refused(&a, first, "MeterWentBackwards", 3).unwrap());
		assert!(!store.refused(&a, first, "MeterWentBackwards", 3).unwrap());
		assert!(store.refused(&a, first, "MeterWentBackwards", 3).unwrap());
		assert_eq!(
			store.batch(&a, first).unwrap().map(|b| b.status),
			Some(Status::SetAside("MeterWentBackwards".into()))
		);
		assert!(store.pending().unwrap().is_empty());
		// The next batch takes the same sequence number under a number of its own.
		store.insert(&a, raw(11, 2)).unwrap();
		let (second, batch) =
			store.seal(&a, 4, store.waiting(&a, 10).unwrap(), H256::zero()).unwrap();
		assert_eq!((second, batch.sequence), (first + 1, 4));
		assert_eq!(store.batches(&a).unwrap().len(), 2);
		let counts = store.counts().unwrap();
		assert_eq!((counts.set_aside, counts.pending, counts.waiting), (1, 1, 0));
		// A set-aside batch is not unsealed.
		store.unseal(&a, first).unwrap();
		assert_eq!(store.counts().unwrap().waiting, 0);
		store.unseal(&a, second).unwrap();
		assert_eq!(store.waiting(&a, 10).unwrap(), vec![raw(11, 2)]);
	}
}
