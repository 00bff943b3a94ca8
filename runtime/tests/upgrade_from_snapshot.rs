//! `on-runtime-upgrade` from real state (feature `try-runtime`): the next release's runtime
//! (`city-runtime-next`, `spec_version + 1`) upgrades snapshots of chains that ran the city's
//! flows, with every check try-runtime makes.
//!
//! A snapshot (`e2e/lib/snapshot.mjs`) is a chain's whole state at its finalized head, read over
//! JSON-RPC. `scripts/test.sh` has the e2e files that drive dev chains through the city's flows
//! (bonds, CityCoin, identity, vehicles, IoT, the chain's own) write one each when they end, then
//! runs this test on the directory; `scripts/upgrade-check.sh` runs it on a snapshot of any chain,
//! a live one included, before the council proposes an upgrade. For each snapshot:
//! 1. its state hashes to the state root of the header it was read at: it is whole and exact;
//! 2. it is an upgrade: the chain's last runtime upgrade is an older `spec_version` of the same
//!    `spec_name`, so a node would run the migrations;
//! 3. `Executive::try_runtime_upgrade` with every check (`UpgradeCheckSelect::All`): each
//!    migration's `pre_upgrade` and `post_upgrade`, each pallet's storage version on chain equal
//!    to its code's after it, the entire state decoding as the new runtime's types, and every
//!    pallet's `try_state`; the migrations' weight fits in a block;
//! 4. the migrations are idempotent: run again, they change no byte of the state;
//! 5. the chain goes on: on the snapshot as it was, the next block is built by the new runtime as
//!    a node would build it after enacting the upgrade (the migrations run in its
//!    `initialize_block`, then its inherent and hooks), within its weight limit, and every
//!    pallet's `try_state` holds after it.
//!
//! The runtime runs natively here (the wasm of the same sources is what the e2e upgrade test
//! installs by referendum).

#![cfg(feature = "try-runtime")]

use city_runtime_next::{
	AllPalletsWithSystem, Executive, Header, Runtime, RuntimeOrigin, System, Timestamp,
	SLOT_DURATION, VERSION,
};
use codec::Encode;
use frame_support::traits::{TryState, TryStateSelect};
use frame_try_runtime::UpgradeCheckSelect;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::{bytes::from_hex, H256};
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::{BlakeTwo256, Hash as _, Header as _},
	StateVersion, Storage,
};
use std::path::{Path, PathBuf};

/// The runtime's state version (`RuntimeVersion::system_version` 1: trie layout V1).
const STATE_VERSION: StateVersion = StateVersion::V1;

/// A chain's state at one block, as e2e/lib/snapshot.mjs writes it.
struct Snapshot {
	name: String,
	number: u32,
	hash: H256,
	state_root: H256,
	spec_name: String,
	spec_version: u32,
	storage: Storage,
}

fn hex(value: &serde_json::Value, what: &str, file: &Path) -> Vec<u8> {
	let text =
		value.as_str().unwrap_or_else(|| panic!("{}: {what} is not a string", file.display()));
	from_hex(text).unwrap_or_else(|e| panic!("{}: {what} is not hex: {e:?}", file.display()))
}

fn hash(value: &serde_json::Value, what: &str, file: &Path) -> H256 {
	let bytes = hex(value, what, file);
	assert_eq!(bytes.len(), 32, "{}: {what} is not 32 bytes", file.display());
	H256::from_slice(&bytes)
}

impl Snapshot {
	fn read(file: &Path) -> Self {
		let text = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
		let json: serde_json::Value = serde_json::from_slice(&text)
			.unwrap_or_else(|e| panic!("{}: not JSON: {e}", file.display()));
		let mut storage = Storage::default();
		let pairs =
			json["pairs"].as_array().unwrap_or_else(|| panic!("{}: no pairs", file.display()));
		for pair in pairs {
			let key = hex(&pair[0], "a key", file);
			let value = hex(&pair[1], "a value", file);
			assert!(
				!sp_core::storage::well_known_keys::is_child_storage_key(&key),
				"{}: a child trie's root is not supported",
				file.display()
			);
			assert!(storage.top.insert(key, value).is_none(), "{}: a key twice", file.display());
		}
		let number =
			json["number"].as_u64().unwrap_or_else(|| panic!("{}: no number", file.display()));
		Snapshot {
			name: file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
			number: u32::try_from(number).expect("a block number fits in u32"),
			hash: hash(&json["hash"], "the block hash", file),
			state_root: hash(&json["stateRoot"], "the state root", file),
			spec_name: json["specName"].as_str().unwrap_or_default().to_owned(),
			spec_version: json["specVersion"].as_u64().unwrap_or_default() as u32,
			storage,
		}
	}

	/// The trie root of the snapshot's state, as a node computes a block's state root.
	fn root(&self) -> H256 {
		let pairs = self.storage.top.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
		BlakeTwo256::trie_root(pairs, STATE_VERSION)
	}

	/// Externalities over the snapshot's state.
	fn ext(&self) -> sp_io::TestExternalities {
		sp_io::TestExternalities::new_with_state_version(self.storage.clone(), STATE_VERSION)
	}
}

/// The snapshots to upgrade: `CITY_SNAPSHOT_DIR`'s `*.json`, or the one file it names.
fn snapshot_files() -> Vec<PathBuf> {
	let path = std::env::var_os("CITY_SNAPSHOT_DIR").map(PathBuf::from).expect(
		"CITY_SNAPSHOT_DIR names a snapshot or a directory of them (scripts/test.sh and \
		 scripts/upgrade-check.sh set it)",
	);
	if path.is_file() {
		return vec![path];
	}
	let mut files: Vec<PathBuf> = std::fs::read_dir(&path)
		.unwrap_or_else(|e| panic!("{}: {e}", path.display()))
		.map(|entry| entry.expect("a directory entry").path())
		.filter(|p| p.extension().is_some_and(|e| e == "json"))
		.collect();
	files.sort();
	assert!(!files.is_empty(), "no snapshot (*.json) in {}", path.display());
	files
}

/// Every pallet's try_state at the current block.
fn whole_runtime_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
	<AllPalletsWithSystem as TryState<u32>>::try_state(System::block_number(), TryStateSelect::All)
}

fn upgrade(snapshot: &Snapshot) {
	let name = &snapshot.name;
	let max_block = <Runtime as frame_system::Config>::BlockWeights::get().max_block;

	// 1. Whole and exact.
	assert_eq!(
		snapshot.root(),
		snapshot.state_root,
		"{name}: the snapshot's state does not hash to the state root of block {} ({:?})",
		snapshot.number,
		snapshot.hash
	);

	let mut ext = snapshot.ext();
	ext.execute_with(|| {
		// 2. An upgrade a node would run.
		let last = frame_system::LastRuntimeUpgrade::<Runtime>::get()
			.unwrap_or_else(|| panic!("{name}: the chain records no runtime version"));
		assert_eq!(snapshot.spec_name, VERSION.spec_name, "{name}: another chain's runtime");
		assert!(
			last.spec_version.0 < VERSION.spec_version
				&& snapshot.spec_version < VERSION.spec_version,
			"{name}: the chain already runs spec_version {} (last upgrade {}); the next is {}",
			snapshot.spec_version,
			last.spec_version.0,
			VERSION.spec_version
		);

		// 3. Every check.
		let weight = Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.unwrap_or_else(|e| panic!("{name}: the upgrade's checks failed: {e:?}"));
		assert!(
			weight.all_lte(max_block),
			"{name}: the migrations weigh {weight:?}, more than a block ({max_block:?})"
		);
		let upgraded = frame_system::LastRuntimeUpgrade::<Runtime>::get().expect("just set");
		assert_eq!(upgraded.spec_version.0, VERSION.spec_version);
		println!("{name}: block {}, migrations' weight {weight:?}", snapshot.number);
	});

	// 4. Idempotent.
	ext.commit_all().expect("the upgrade's changes commit");
	let after_once = ext.execute_with(|| sp_io::storage::root(STATE_VERSION));
	ext.execute_with(|| {
		Executive::try_runtime_upgrade(UpgradeCheckSelect::PreAndPost)
			.unwrap_or_else(|e| panic!("{name}: the migrations run a second time failed: {e:?}"));
	});
	ext.commit_all().expect("the second run's changes commit");
	let after_twice = ext.execute_with(|| sp_io::storage::root(STATE_VERSION));
	assert_eq!(after_once, after_twice, "{name}: the migrations, run again, changed the state");

	// 5. The next block, built by the new runtime on the snapshot as it was.
	snapshot.ext().execute_with(|| {
		// Two slots on: the timestamp then lies at least the minimum period after the last.
		let slot = Slot::from(u64::from(pallet_aura::CurrentSlot::<Runtime>::get()) + 2);
		let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
		let header = Header::new(
			snapshot.number + 1,
			Default::default(),
			Default::default(),
			snapshot.hash,
			digest,
		);
		Executive::initialize_block(&header);
		let upgraded = frame_system::LastRuntimeUpgrade::<Runtime>::get().expect("recorded");
		assert_eq!(upgraded.spec_version.0, VERSION.spec_version, "{name}: the block upgraded");
		Timestamp::set(RuntimeOrigin::none(), u64::from(slot) * SLOT_DURATION)
			.unwrap_or_else(|e| panic!("{name}: the timestamp inherent failed: {e:?}"));
		let built = Executive::finalize_block();
		assert_eq!(*built.number(), snapshot.number + 1);
		let used = System::block_weight().total();
		assert!(used.all_lte(max_block), "{name}: the upgrade's block weighs {used:?}");
		whole_runtime_try_state()
			.unwrap_or_else(|e| panic!("{name}: try_state after the upgrade's block: {e:?}"));
		println!(
			"{name}: block {} built by spec_version {}, weight {used:?}",
			snapshot.number + 1,
			VERSION.spec_version
		);
	});
}

#[test]
fn every_snapshot_upgrades_to_the_next_runtime_with_every_check() {
	for file in snapshot_files() {
		let snapshot = Snapshot::read(&file);
		println!(
			"{}: {} keys at block {} of spec_version {}",
			snapshot.name,
			snapshot.storage.top.len(),
			snapshot.number,
			snapshot.spec_version
		);
		upgrade(&snapshot);
		println!("upgraded: {}", snapshot.name);
	}
}

/// The checks can fail: a snapshot that lost a key does not hash to its root; a pallet whose
/// storage version differs from its code's, and a value the new runtime cannot decode, fail the
/// upgrade's checks.
#[test]
fn a_snapshot_that_lost_a_key_or_holds_a_wrong_version_or_value_is_caught() {
	let snapshot = Snapshot::read(&snapshot_files().remove(0));

	let mut lost = Snapshot::read(&snapshot_files().remove(0));
	let key = frame_system::LastRuntimeUpgrade::<Runtime>::hashed_key().to_vec();
	assert!(
		lost.storage.top.remove(&key).is_some(),
		"the snapshot holds System::LastRuntimeUpgrade"
	);
	assert_eq!(snapshot.root(), snapshot.state_root, "the snapshot as read is whole");
	assert_ne!(lost.root(), lost.state_root, "a lost key changes the root");

	// The identity registry's storage version one beyond its code's: no migration brings it
	// back, and the post-upgrade check says so.
	snapshot.ext().execute_with(|| {
		use frame_support::traits::{GetStorageVersion, StorageVersion};
		let ahead: StorageVersion =
			city_runtime_next::IdentityRegistry::in_code_storage_version() + 1;
		ahead.put::<city_runtime_next::IdentityRegistry>();
		let error = Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.expect_err("a storage version the code does not have fails the checks");
		assert!(format!("{error:?}").contains("storage version do not match"), "{error:?}");
	});

	// The bonds' next series id (a u32) holding two bytes: the state does not decode.
	snapshot.ext().execute_with(|| {
		let key = pallet_bonds::NextSeriesId::<Runtime>::hashed_key();
		frame_support::storage::unhashed::put_raw(&key, &[1, 2]);
		let error = Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.expect_err("a value that does not decode fails the checks");
		assert!(format!("{error:?}").contains("try_decode_entire_state"), "{error:?}");
	});
}
