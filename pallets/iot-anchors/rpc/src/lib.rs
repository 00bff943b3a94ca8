//! # IoT anchors RPC
//!
//! The IoT anchors' read-only JSON-RPC methods (`iot_*`): a device as the chain keeps it, its
//! kept anchors, and the check of a reading against an anchor, answered from the pallet's
//! runtime API ([`IotAnchorsRuntimeApi`]) at the block asked for or the best block.
//!
//! - [`IotApiServer`]: the methods. The node serves them with [`Iot`] (`IotApiServer`); the gateway
//!   calls them with the generated `IotApiClient` on its WebSocket client, so both ends share
//!   one definition of the wire.
//! - The wire types: [`DeviceJson`], [`KeyJson`], [`AnchorJson`], [`SummaryJson`],
//!   [`VerdictJson`]. Device ids and roots are `0x` hex, accounts SS58 (generic prefix), amounts
//!   planck as decimal strings, sequence numbers, timestamps (ms) and blocks JSON numbers.
//! - The names of kinds, statuses and key schemes are written once, each in a table read both
//!   ways: [`kind_name`] / [`named_kind`] (and [`DeviceJson::device_kind`]),
//!   [`DeviceJson::device_status`], [`KeyJson::key`].

use std::{marker::PhantomData, sync::Arc};

use city_primitives::{metering::MeterKind, AccountId, Balance, BlockNumber};
use city_rpc_common::{account, planck, read, text};
use codec::{DecodeAll, Encode};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_iot_anchors::{
	AnchorRecord, Device, DeviceId, DeviceKey, DeviceKind, DeviceStatus, Reading, Summary, Verdict,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

pub use pallet_iot_anchors::runtime_api::IotAnchorsApi as IotAnchorsRuntimeApi;

#[cfg(test)]
mod tests;

/// The IoT anchors' read-only methods (`iot_*`): devices, their kept anchors, and the check
/// of a reading against an anchor. Device ids and roots are `0x` hex; accounts SS58.
#[rpc(client, server, namespace = "iot")]
pub trait IotApi<BlockHash> {
	/// Device `id`, or `null`, at block `at` or the best block.
	#[method(name = "device")]
	fn device(&self, id: DeviceId, at: Option<BlockHash>) -> RpcResult<Option<DeviceJson>>;

	/// Device `id`'s kept anchors, oldest first.
	#[method(name = "anchors")]
	fn anchors(&self, id: DeviceId, at: Option<BlockHash>) -> RpcResult<Vec<AnchorJson>>;

	/// Checks `reading` (`{device, sequence, index, timestamp, value, signature?}`, the
	/// signature as `{"Ed25519" | "Sr25519" | "Ecdsa": hex}` for a reading its device signed)
	/// and its sibling path `proof` against the anchor kept on the chain: `{"verdict":
	/// "proven", "at", "timestamp", "root"}`, or `notProven`, `notSignedByDevice` (an anchor of
	/// the device's relay, a reading without the device's signature), `unknownDevice`,
	/// `anchorNotKept`.
	#[method(name = "verifyReading")]
	fn verify_reading(
		&self,
		reading: Reading,
		proof: Vec<H256>,
		at: Option<BlockHash>,
	) -> RpcResult<VerdictJson>;
}

/// A device, as `iot_device` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DeviceJson {
	/// Its id.
	pub id: DeviceId,
	/// Its key's scheme: `sr25519`, `ed25519` or `ecdsa`.
	pub scheme: String,
	/// Its public key, hex.
	pub public: String,
	/// Its owner.
	pub owner: String,
	/// Its kind: `airQuality`, `traffic`, `noise`, `weather`, `meter:<kind>`, `other:<code>`.
	pub kind: String,
	/// Its geohash.
	pub location: String,
	/// `active`, `suspended` (by its owner), `suspendedByCity` or `revoked` (by the city).
	pub status: String,
	/// Its deposit, planck.
	pub deposit: String,
	/// The sequence number its next anchor carries.
	pub next_sequence: u64,
	/// The block of its last anchor.
	pub last_anchor_at: Option<BlockNumber>,
	/// Its last anchor's timestamp (ms).
	pub last_timestamp: u64,
	/// A meter's last cumulative reading.
	pub meter_total: Option<u64>,
	/// Who it is offered to, if anyone.
	pub offered_to: Option<String>,
	/// A meter's consumer, who accepted being billed for it.
	pub consumer: Option<String>,
	/// The anchor that is the consumer's baseline (later ones are billed).
	pub consumer_since_sequence: Option<u64>,
	/// The consumer the owner proposed, until they accept.
	pub proposed_consumer: Option<String>,
	/// Relay mode: the key that signs its anchors (`{scheme, public}`) while the device signs
	/// each reading; `null` when the device's own key signs its anchors.
	pub relay: Option<KeyJson>,
}

impl DeviceJson {
	/// Its own key (`scheme` and `public`), if this crate reads them.
	pub fn key(&self) -> Option<DeviceKey> {
		device_key(&self.scheme, &self.public)
	}

	/// Its kind, typed; `None` for a name this crate does not know.
	pub fn device_kind(&self) -> Option<DeviceKind> {
		named_kind(&self.kind)
	}

	/// Whether it is a meter (its anchors carry a cumulative reading).
	pub fn is_meter(&self) -> bool {
		self.device_kind().is_some_and(|kind| kind.meter().is_some())
	}

	/// Its status, typed; `None` for a name this crate does not know.
	pub fn device_status(&self) -> Option<DeviceStatus> {
		STATUS_NAMES.iter().find(|(_, name)| *name == self.status).map(|(status, _)| *status)
	}
}

impl From<(DeviceId, Device<AccountId, Balance, BlockNumber>)> for DeviceJson {
	fn from((id, d): (DeviceId, Device<AccountId, Balance, BlockNumber>)) -> Self {
		let KeyJson { scheme, public } = KeyJson::from(&d.key);
		DeviceJson {
			id,
			scheme,
			public,
			owner: account(&d.owner),
			kind: kind_name(d.kind),
			location: text(&d.location),
			status: status_name(d.status).into(),
			deposit: planck(d.deposit),
			next_sequence: d.next_sequence,
			last_anchor_at: d.last_anchor_at,
			last_timestamp: d.last_timestamp,
			meter_total: d.meter_total,
			offered_to: d.offered_to.as_ref().map(account),
			consumer: d.binding.as_ref().map(|binding| account(&binding.consumer)),
			consumer_since_sequence: d.binding.as_ref().map(|binding| binding.since_sequence),
			proposed_consumer: d.proposed_consumer.as_ref().map(account),
			relay: d.relay.as_ref().map(KeyJson::from),
		}
	}
}

/// A device key: its scheme (`sr25519`, `ed25519`, `ecdsa`) and public key, hex.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct KeyJson {
	/// `sr25519`, `ed25519` or `ecdsa`.
	pub scheme: String,
	/// The public key, hex.
	pub public: String,
}

impl KeyJson {
	/// The key, if the scheme is known and the public key is `0x` hex of the scheme's length.
	pub fn key(&self) -> Option<DeviceKey> {
		device_key(&self.scheme, &self.public)
	}
}

impl From<&DeviceKey> for KeyJson {
	fn from(key: &DeviceKey) -> Self {
		let encoded = key.encode();
		let scheme = encoded.first().and_then(|variant| SCHEMES.get(usize::from(*variant)));
		KeyJson {
			scheme: scheme.copied().unwrap_or_default().into(),
			public: format!("0x{}", hex::encode(encoded.get(1..).unwrap_or_default())),
		}
	}
}

/// The key schemes' names, by their variant index in [`DeviceKey`]'s encoding (that of
/// `sp_runtime::MultiSigner`): the one table keys are written and read with.
const SCHEMES: [&str; 3] = ["ed25519", "sr25519", "ecdsa"];

// A new key scheme fails to compile here until `SCHEMES` names it.
const _: fn(&DeviceKey) = |key| match key {
	DeviceKey::Ed25519(_) | DeviceKey::Sr25519(_) | DeviceKey::Ecdsa(_) => {}
};

/// The key of scheme `scheme` with public key `public` (`0x` hex).
fn device_key(scheme: &str, public: &str) -> Option<DeviceKey> {
	let variant = SCHEMES.iter().position(|name| *name == scheme)?;
	let mut encoded = vec![u8::try_from(variant).ok()?];
	encoded.extend(hex::decode(public.strip_prefix("0x")?).ok()?);
	DeviceKey::decode_all(&mut &encoded[..]).ok()
}

/// The names of the kinds without a code: the one table kinds are named and read back with
/// (a code is written into its kind's name: [`OTHER`], [`OTHER_METER`]).
const KIND_NAMES: [(DeviceKind, &str); 8] = [
	(DeviceKind::AirQuality, "airQuality"),
	(DeviceKind::Traffic, "traffic"),
	(DeviceKind::Noise, "noise"),
	(DeviceKind::Weather, "weather"),
	(DeviceKind::Meter(MeterKind::Water), "meter:water"),
	(DeviceKind::Meter(MeterKind::Electricity), "meter:electricity"),
	(DeviceKind::Meter(MeterKind::Gas), "meter:gas"),
	(DeviceKind::Meter(MeterKind::Heat), "meter:heat"),
];

/// Another public sensor is named `other:<code>`.
const OTHER: &str = "other:";

/// Another kind of meter is named `meter:other(<code>)`.
const OTHER_METER: (&str, &str) = ("meter:other(", ")");

// A new kind of device or meter fails to compile here until `KIND_NAMES` (or a coded name)
// names it.
const _: fn(DeviceKind) = |kind| match kind {
	DeviceKind::AirQuality
	| DeviceKind::Traffic
	| DeviceKind::Noise
	| DeviceKind::Weather
	| DeviceKind::Other(_)
	| DeviceKind::Meter(
		MeterKind::Water
		| MeterKind::Electricity
		| MeterKind::Gas
		| MeterKind::Heat
		| MeterKind::Other(_),
	) => {}
};

/// The name of `kind` on the wire: `airQuality`, `traffic`, `noise`, `weather`,
/// `meter:<kind>` (`meter:water`, `meter:electricity`, `meter:gas`, `meter:heat`,
/// `meter:other(<code>)`) or `other:<code>`.
pub fn kind_name(kind: DeviceKind) -> String {
	match kind {
		DeviceKind::Other(code) => format!("{OTHER}{code}"),
		DeviceKind::Meter(MeterKind::Other(code)) => {
			format!("{}{code}{}", OTHER_METER.0, OTHER_METER.1)
		}
		named => KIND_NAMES
			.iter()
			.find(|(kind, _)| *kind == named)
			.map_or_else(|| format!("{named:?}"), |(_, name)| (*name).into()),
	}
}

/// The kind named `name` on the wire ([`kind_name`] read back); `None` for a name this crate
/// does not know.
pub fn named_kind(name: &str) -> Option<DeviceKind> {
	if let Some(code) = name.strip_prefix(OTHER) {
		return code.parse().ok().map(DeviceKind::Other);
	}
	if let Some(code) =
		name.strip_prefix(OTHER_METER.0).and_then(|rest| rest.strip_suffix(OTHER_METER.1))
	{
		return code.parse().ok().map(|code| DeviceKind::Meter(MeterKind::Other(code)));
	}
	KIND_NAMES.iter().find(|(_, known)| *known == name).map(|(kind, _)| *kind)
}

/// The statuses' names: the one table statuses are named and read back with.
const STATUS_NAMES: [(DeviceStatus, &str); 4] = [
	(DeviceStatus::Active, "active"),
	(DeviceStatus::Suspended, "suspended"),
	(DeviceStatus::SuspendedByCity, "suspendedByCity"),
	(DeviceStatus::Revoked, "revoked"),
];

// A new status fails to compile here until `STATUS_NAMES` names it.
const _: fn(DeviceStatus) = |status| match status {
	DeviceStatus::Active
	| DeviceStatus::Suspended
	| DeviceStatus::SuspendedByCity
	| DeviceStatus::Revoked => {}
};

/// The name of `status` on the wire.
fn status_name(status: DeviceStatus) -> &'static str {
	STATUS_NAMES.iter().find(|(known, _)| *known == status).map_or("", |(_, name)| *name)
}

/// A kept anchor, as `iot_anchors` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AnchorJson {
	/// Its sequence number.
	pub sequence: u64,
	/// The batch's Merkle root.
	pub root: H256,
	/// How many readings the batch has.
	pub count: u32,
	/// When the device signed it (ms).
	pub timestamp: u64,
	/// The block it was anchored in.
	pub at: BlockNumber,
	/// `{min, max, mean}`, if the device sent one.
	pub summary: Option<SummaryJson>,
	/// A meter's cumulative reading.
	pub cumulative: Option<u64>,
	/// For an anchor its device's relay signed: the device key each reading is signed with
	/// (a reading is proven only with that signature); `null` for one the device signed.
	pub readings_signed_by: Option<KeyJson>,
}

impl From<(u64, AnchorRecord<BlockNumber>)> for AnchorJson {
	fn from((sequence, a): (u64, AnchorRecord<BlockNumber>)) -> Self {
		AnchorJson {
			sequence,
			root: a.root,
			count: a.count,
			timestamp: a.timestamp,
			at: a.at,
			summary: a.summary.map(SummaryJson::from),
			cumulative: a.cumulative,
			readings_signed_by: a.readings_signed_by.as_ref().map(KeyJson::from),
		}
	}
}

/// A batch's summary.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct SummaryJson {
	/// The least value.
	pub min: i64,
	/// The greatest value.
	pub max: i64,
	/// The mean value.
	pub mean: i64,
}

impl From<Summary> for SummaryJson {
	fn from(Summary { min, max, mean }: Summary) -> Self {
		SummaryJson { min, max, mean }
	}
}

/// What `iot_verifyReading` answers.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct VerdictJson {
	/// `proven`, `notProven`, `notSignedByDevice`, `unknownDevice` or `anchorNotKept`.
	pub verdict: String,
	/// For a proven reading: the block of its anchor.
	pub at: Option<BlockNumber>,
	/// ... the anchor's timestamp (ms).
	pub timestamp: Option<u64>,
	/// ... and its root.
	pub root: Option<H256>,
}

impl From<Verdict<BlockNumber>> for VerdictJson {
	fn from(verdict: Verdict<BlockNumber>) -> Self {
		let named = |name: &str| VerdictJson {
			verdict: name.into(),
			at: None,
			timestamp: None,
			root: None,
		};
		match verdict {
			Verdict::Proven { at, timestamp, root } => VerdictJson {
				verdict: "proven".into(),
				at: Some(at),
				timestamp: Some(timestamp),
				root: Some(root),
			},
			Verdict::NotProven => named("notProven"),
			Verdict::NotSignedByDevice => named("notSignedByDevice"),
			Verdict::UnknownDevice => named("unknownDevice"),
			Verdict::AnchorNotKept => named("anchorNotKept"),
		}
	}
}

/// Answers [`IotApiServer`] from the runtime API of `client` at the block asked for.
pub struct Iot<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> Iot<C, Block> {
	/// Answers from `client`'s runtime API.
	pub fn new(client: Arc<C>) -> Self {
		Iot { client, _block: PhantomData }
	}
}

impl<C, Block> IotApiServer<<Block as BlockT>::Hash> for Iot<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: IotAnchorsRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn device(&self, id: DeviceId, at: Option<Block::Hash>) -> RpcResult<Option<DeviceJson>> {
		let found = read::<Block, _, _>(&*self.client, at, "read the device", |api, at| {
			api.device(at, id)
		})?;
		Ok(found.map(|device| DeviceJson::from((id, device))))
	}

	fn anchors(&self, id: DeviceId, at: Option<Block::Hash>) -> RpcResult<Vec<AnchorJson>> {
		let kept =
			read::<Block, _, _>(&*self.client, at, "read the device's anchors", |api, at| {
				api.anchors(at, id)
			})?;
		Ok(kept.into_iter().map(AnchorJson::from).collect())
	}

	fn verify_reading(
		&self,
		reading: Reading,
		proof: Vec<H256>,
		at: Option<Block::Hash>,
	) -> RpcResult<VerdictJson> {
		read::<Block, _, _>(&*self.client, at, "check the reading", |api, at| {
			api.verify_reading(at, reading, proof)
		})
		.map(VerdictJson::from)
	}
}
