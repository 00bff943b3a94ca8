//! Following the chain: block by block up to the finalized head, never past it, each block's
//! city events decoded with the metadata of the runtime that produced them and written in one
//! transaction. After an error (the node restarted, the connection dropped) it reconnects and
//! resumes at the block after the last one written.

use crate::db::{BlockRow, DbResult, Store};
use crate::records::{records_of, Record, Tally};
use crate::value::{at_path, number_of, Fields};
use std::time::Duration;
use subxt::dynamic::Value;
use subxt::ext::scale_value::Composite;
use subxt::{OnlineClient, SubstrateConfig};

type Client = OnlineClient<SubstrateConfig>;

/// Where to follow and from which block.
#[derive(Clone, Debug)]
pub struct FollowConfig {
	/// The node's WebSocket URL.
	pub node: String,
	/// The first block to index in an empty database (1: the first after genesis).
	pub from_block: u64,
	/// How long to wait between polls of the finalized head, and before reconnecting.
	pub poll: Duration,
}

/// Follows the chain into `store` until the process ends: reconnects after any error.
pub async fn run(store: Store, config: FollowConfig, status: crate::api::Status) {
	loop {
		match follow(&store, &config, &status).await {
			Ok(()) => {}
			Err(e) => {
				log::warn!(target: "indexer", "following {} stopped: {e}; reconnecting in {:?}", config.node, config.poll * 4);
				status.set_connected(false);
			}
		}
		tokio::time::sleep(config.poll * 4).await;
	}
}

async fn follow(store: &Store, config: &FollowConfig, status: &crate::api::Status) -> DbResult<()> {
	let api = Client::from_insecure_url(&config.node).await?;
	let genesis = format!("{:?}", api.genesis_hash());
	let mut next = match store.chain().await? {
		Some((g, _, _)) if g != genesis => {
			return Err(format!(
				"the database indexes the chain with genesis {g}; {} serves {genesis}",
				config.node
			)
			.into())
		}
		Some((_, _, last)) => u64::try_from(last + 1)?,
		None => config.from_block,
	};
	status.set_connected(true);
	log::info!(target: "indexer", "following {} (genesis {genesis}) from block {next}", config.node);
	// The runtime version of the block before `next`, once known.
	let mut parent_spec = None;
	loop {
		let finalized = api.at_current_block().await?.block_number();
		status.set_finalized(finalized);
		while next <= finalized {
			parent_spec = Some(index_block(&api, store, &genesis, next, parent_spec).await?);
			status.set_indexed(next);
			next += 1;
		}
		tokio::time::sleep(config.poll).await;
	}
}

/// Indexes one finalized block; returns the runtime version of its state (`parent_spec`: the
/// version of the block before it, if known).
pub async fn index_block(
	api: &Client,
	store: &Store,
	genesis: &str,
	number: u64,
	parent_spec: Option<u32>,
) -> DbResult<u32> {
	let pruned = |e: &dyn std::fmt::Display| {
		format!("block {number}: {e} (a node that prunes state keeps only recent blocks: index from an archive node, `--state-pruning archive`)")
	};
	let at = api.at_block(number).await.map_err(|e| pruned(&e))?;
	let hash = format!("{:?}", at.block_hash());
	// subxt reads the metadata of the state after the block; a block that upgrades the runtime
	// was executed, and its events encoded, by the runtime before: decode them with its parent's.
	let parent = match parent_spec {
		Some(v) if v == at.spec_version() => None,
		_ if number > 0 => Some(api.at_block(number - 1).await.map_err(|e| pruned(&e))?),
		_ => None,
	};
	let raw = at.events().fetch().await?;
	let (events, spec_version) = match &parent {
		Some(p) => (p.events().from_bytes(raw.bytes().to_vec()), p.spec_version()),
		None => (raw, at.spec_version()),
	};
	let time_ms = at
		.storage()
		.try_fetch(subxt::dynamic::storage::<(), u64>("Timestamp", "Now"), ())
		.await?
		.map(|v| v.decode())
		.transpose()?
		.unwrap_or(0);
	let period_length =
		at.constants().entry(subxt::dynamic::constant::<u32>("ReserveFund", "FiscalPeriod"))?;
	let period = if period_length == 0 { 0 } else { number / u64::from(period_length) };
	let block = BlockRow {
		number: i64::try_from(number)?,
		hash,
		time_ms: i64::try_from(time_ms)?,
		spec_version: i64::from(spec_version),
		period: i64::try_from(period)?,
	};

	let mut records = Vec::new();
	for event in events.iter() {
		let event = event?;
		let (pallet, name) = (event.pallet_name(), event.event_name());
		let fields: Composite<()> = event.decode_fields_unchecked_as()?;
		for record in records_of(pallet, name, &fields)? {
			let record = complete(&at, number, record).await?;
			let record = match record {
				Record::Upgrade { event: "applied", code_hash, .. } => Record::Upgrade {
					event: "applied",
					code_hash,
					spec_version: Some(i64::from(at.spec_version())),
				},
				other => other,
			};
			records.push((i64::from(event.index()), record));
		}
	}
	store.write_block(genesis, &block, &records).await?;
	if !records.is_empty() {
		log::debug!(target: "indexer", "block {number}: {} records", records.len());
	}
	Ok(at.spec_version())
}

type AtBlock = subxt::client::ClientAtBlock<
	SubstrateConfig,
	subxt::client::OnlineClientAtBlockImpl<SubstrateConfig>,
>;

/// Fills in what a record needs from the chain's state rather than from its event.
async fn complete(at: &AtBlock, number: u64, record: Record) -> DbResult<Record> {
	Ok(match record {
		Record::DeviceRegistered { device, kind, .. } => {
			let id = hex::decode(device.trim_start_matches("0x"))?;
			let id: [u8; 32] = id.try_into().map_err(|_| "a device id is 32 bytes")?;
			let stored = at
				.storage()
				.try_fetch(
					subxt::dynamic::storage::<([u8; 32],), Value>("IotAnchors", "Devices"),
					(id,),
				)
				.await?
				.map(|v| v.decode())
				.transpose()?;
			let (kind, location) = match &stored {
				Some(d) => {
					let fields = match &d.value {
						subxt::ext::scale_value::ValueDef::Composite(c) => c.clone(),
						_ => Composite::Named(vec![]),
					};
					let f = Fields::new("IotAnchors.Devices", &fields);
					(Some(f.label("kind")?), Some(f.text("location")?))
				}
				// Registered and gone in the same block: what the event said.
				None => (kind, None),
			};
			Record::DeviceRegistered { device, kind, location }
		}
		Record::ReferendumEnded { index, status, tally: None } if status != "cancelled" => {
			// The tally is in the state before the block that ended the referendum (it is
			// tallied in `on_initialize`, before any extrinsic).
			let parent = at.online_client().at_block(number.saturating_sub(1)).await?;
			let info = parent
				.storage()
				.try_fetch(
					subxt::dynamic::storage::<(u32,), Value>("Democracy", "ReferendumInfoOf"),
					(u32::try_from(index)?,),
				)
				.await?
				.map(|v| v.decode())
				.transpose()?;
			let tally = info.as_ref().and_then(|v| {
				let n = |field: &str| {
					at_path(v, &["tally", field]).and_then(number_of).map(|n| n.to_string())
				};
				Some(Tally { ayes: n("ayes")?, nays: n("nays")?, turnout: n("turnout")? })
			});
			Record::ReferendumEnded { index, status, tally }
		}
		other => other,
	})
}
