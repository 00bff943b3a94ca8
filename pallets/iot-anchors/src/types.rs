//! The IoT anchors' data: devices and their keys, what a device signs, what the chain keeps,
//! the messages and leaves everyone hashes, and what the runtime API answers ([`Verdict`]).

use crate::Config;
use alloc::vec::Vec;
use city_primitives::metering::MeterKind;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, traits::fungible::Inspect, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::{ecdsa, ed25519, sr25519, H256};
use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature, MultiSigner,
};

/// A balance of CITY.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A device record as stored.
pub type DeviceOf<T> =
	Device<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A kind's policy as stored.
pub type DevicePolicyOf<T> = DevicePolicy<BlockNumberFor<T>>;

/// A device: the hash of the key it was registered with (the `MeterId` of a meter).
pub type DeviceId = H256;

/// The longest geohash kept (12 characters: a few centimetres).
pub const MAX_GEOHASH_LEN: u32 = 12;

/// A location as a geohash (base-32 characters `0-9`, `b-h`, `j`, `k`, `m`, `n`, `p-z`).
pub type Geohash = BoundedVec<u8, ConstU32<MAX_GEOHASH_LEN>>;

/// Separates the signed messages of this pallet from every other signature.
pub const ANCHOR_DOMAIN: &[u8] = b"city-chain/iot-anchor/v1";
/// Separates proofs of possession.
pub const POSSESSION_DOMAIN: &[u8] = b"city-chain/iot-device-key/v1";
/// Separates reading leaves from every other hash.
pub const READING_DOMAIN: &[u8] = b"city-chain/iot-reading/v1";
/// Separates the leaves of readings signed by their device (relay mode).
pub const SIGNED_READING_DOMAIN: &[u8] = b"city-chain/iot-signed-reading/v1";
/// Separates what a device signs for one reading (relay mode).
pub const READING_SIGNATURE_DOMAIN: &[u8] = b"city-chain/iot-reading-signature/v1";

/// A device's public key. Encodes as `sp_runtime::MultiSigner` does (ed25519 0, sr25519 1,
/// ecdsa 2), so wallets and libraries encode it alike.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
)]
pub enum DeviceKey {
	/// An ed25519 key.
	Ed25519(ed25519::Public),
	/// An sr25519 key.
	Sr25519(sr25519::Public),
	/// A compressed secp256k1 key (messages are signed as their BLAKE2-256 hash).
	Ecdsa(ecdsa::Public),
}

impl DeviceKey {
	/// The device id this key gets when it registers a device.
	pub fn device_id(&self) -> DeviceId {
		H256(sp_io::hashing::blake2_256(&self.encode()))
	}

	/// Whether `signature` is this key's over `message`.
	pub fn verify(&self, message: &[u8], signature: &MultiSignature) -> bool {
		let signer: MultiSigner = match self.clone() {
			DeviceKey::Ed25519(key) => key.into(),
			DeviceKey::Sr25519(key) => key.into(),
			DeviceKey::Ecdsa(key) => key.into(),
		};
		signature.verify(message, &signer.into_account())
	}
}

/// What a device measures.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum DeviceKind {
	/// Air quality (e.g. PM2.5 in µg/m³ x 1000).
	AirQuality,
	/// Traffic counts.
	Traffic,
	/// Noise (dB(A) x 1000).
	Noise,
	/// Weather (temperature, rain, wind).
	Weather,
	/// A utility meter, billed through `OnMeterReading`.
	Meter(MeterKind),
	/// Another public sensor, by a code the city documents.
	Other(u16),
}

impl DeviceKind {
	/// The meter kind, for a meter.
	pub fn meter(&self) -> Option<MeterKind> {
		match self {
			DeviceKind::Meter(kind) => Some(*kind),
			_ => None,
		}
	}
}

/// Whether a device takes anchors.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum DeviceStatus {
	/// Anchors are taken.
	Active,
	/// The owner suspended it: anchors are refused until the owner resumes it.
	Suspended,
	/// The city (`AdminOrigin`) suspended it: anchors are refused until the city resumes it;
	/// its owner can neither resume nor revoke it.
	SuspendedByCity,
	/// The city revoked it for good: a tombstone that keeps its key and id from ever being
	/// registered again. It holds no deposit and no anchors.
	Revoked,
}

/// The consumer a meter bills, who accepted the binding.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Binding<AccountId> {
	/// Who is billed.
	pub consumer: AccountId,
	/// The meter's next sequence number when the consumer accepted: the anchor with this
	/// sequence number is the consumer's baseline (the utility reads the meter at move-in), and
	/// every later one is billed to them.
	pub since_sequence: u64,
}

/// What the city allows of one kind of device: how many one account may own, and how often
/// each may anchor.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct DevicePolicy<BlockNumber> {
	/// The most devices of the kind one account owns.
	pub max_per_owner: u32,
	/// The fewest blocks between two anchors of one device (at least 1).
	pub min_interval: BlockNumber,
}

/// A registered device.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Device<AccountId, Balance, BlockNumber> {
	/// The key its anchors are signed with.
	pub key: DeviceKey,
	/// Who owns it: the operator who installed and keys it (for a meter, the utility; the
	/// consumer billed is [`Device::binding`]).
	pub owner: AccountId,
	/// What it measures.
	pub kind: DeviceKind,
	/// Where it is, as a geohash.
	pub location: Geohash,
	/// Active, suspended (by its owner or the city) or revoked by the city.
	pub status: DeviceStatus,
	/// The deposit held from the owner.
	pub deposit: Balance,
	/// The sequence number its next anchor must carry.
	pub next_sequence: u64,
	/// The block of its last anchor.
	pub last_anchor_at: Option<BlockNumber>,
	/// The timestamp (ms) of its last anchor.
	pub last_timestamp: u64,
	/// A meter's last cumulative reading.
	pub meter_total: Option<u64>,
	/// Who the owner offered it to, if anyone.
	pub offered_to: Option<AccountId>,
	/// A meter's consumer, who accepted being billed for it.
	pub binding: Option<Binding<AccountId>>,
	/// The consumer the owner asked to accept the meter, if any (the binding in force stays
	/// until they accept).
	pub proposed_consumer: Option<AccountId>,
	/// Relay mode: the key of the gateway that signs the device's anchors, while the device
	/// signs each reading itself ([`reading_message`]); a reading of such an anchor is proven
	/// only with the device's signature. `None`: the device's own key signs its anchors (a
	/// smart device batching itself, or a gateway holding the key of a device that cannot
	/// sign).
	pub relay: Option<DeviceKey>,
}

/// The minimum, maximum and mean of a batch's values.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Summary {
	/// The least value.
	pub min: i64,
	/// The greatest value.
	pub max: i64,
	/// The mean value (rounded).
	pub mean: i64,
}

/// The values a kind's summaries are expected within.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Range {
	/// The least plausible value.
	pub min: i64,
	/// The greatest plausible value.
	pub max: i64,
}

/// What a device signs for one batch of readings.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Anchor {
	/// The device.
	pub device: DeviceId,
	/// Its sequence number: exactly the device's next.
	pub sequence: u64,
	/// When the device signed it, in ms since the Unix epoch.
	pub timestamp: u64,
	/// The Merkle root of the batch's readings ([`reading_leaf`]).
	pub root: H256,
	/// How many readings the batch has.
	pub count: u32,
	/// The batch's min/max/mean (never a meter's: a household's consumption profile shows
	/// when it is at home).
	pub summary: Option<Summary>,
	/// A meter's cumulative reading at the end of the batch.
	pub cumulative: Option<u64>,
}

/// An anchor as the chain keeps it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct AnchorRecord<BlockNumber> {
	/// The batch's Merkle root.
	pub root: H256,
	/// How many readings it has.
	pub count: u32,
	/// When the device signed it (ms).
	pub timestamp: u64,
	/// The block it was anchored in.
	pub at: BlockNumber,
	/// Its summary.
	pub summary: Option<Summary>,
	/// A meter's cumulative reading.
	pub cumulative: Option<u64>,
	/// For an anchor signed by the device's relay: the device key each of its readings is
	/// signed with (the device's key when it was anchored). `None` for an anchor the device
	/// signed itself.
	pub readings_signed_by: Option<DeviceKey>,
}

/// One reading: the leaf a batch's tree is built from.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Reading {
	/// The device.
	pub device: DeviceId,
	/// The sequence number of the anchor of its batch.
	pub sequence: u64,
	/// Its position in the batch (0-based).
	pub index: u32,
	/// When it was taken, in ms since the Unix epoch.
	pub timestamp: u64,
	/// The value, in the kind's unit (fixed point, as the city documents per kind).
	pub value: i64,
	/// The device's signature of [`reading_message`] (relay mode); `None` for a reading of an
	/// anchor the device signed itself.
	#[cfg_attr(feature = "std", serde(default))]
	pub signature: Option<MultiSignature>,
}

/// The leaf hash of `reading`: BLAKE2-256 of the bytes of [`READING_DOMAIN`] ++ SCALE(device,
/// sequence, index, timestamp, value) for a reading without signature, of
/// [`SIGNED_READING_DOMAIN`] ++ the same ++ SCALE(signature) for a reading its device signed.
pub fn reading_leaf(reading: &Reading) -> H256 {
	let Reading { device, sequence, index, timestamp, value, signature } = reading;
	let domain = if signature.is_some() { SIGNED_READING_DOMAIN } else { READING_DOMAIN };
	let mut preimage = Vec::with_capacity(domain.len() + 64 + 66);
	preimage.extend_from_slice(domain);
	(device, sequence, index, timestamp, value).encode_to(&mut preimage);
	if let Some(signature) = signature {
		signature.encode_to(&mut preimage);
	}
	H256(sp_io::hashing::blake2_256(&preimage))
}

/// What a device signs for one reading (relay mode): the domain, the genesis hash, the
/// device, when the reading was taken (ms since the Unix epoch) and its value. The batch and
/// the position are the gateway's doing and are not signed.
pub fn reading_message(genesis: &H256, device: &DeviceId, timestamp: u64, value: i64) -> Vec<u8> {
	(READING_SIGNATURE_DOMAIN, genesis, device, timestamp, value).encode()
}

/// What a device signs for `anchor`: the domain, the genesis hash, its key and the anchor.
pub fn anchor_message(genesis: &H256, key: &DeviceKey, anchor: &Anchor) -> Vec<u8> {
	(ANCHOR_DOMAIN, genesis, key, anchor).encode()
}

/// What a key signs to show it is in `owner`'s hands (to register or rotate to it).
pub fn possession_message<AccountId: Encode>(genesis: &H256, owner: &AccountId) -> Vec<u8> {
	(POSSESSION_DOMAIN, genesis, owner).encode()
}

/// What the chain says of a reading and its proof.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum Verdict<BlockNumber> {
	/// The reading is in the anchored batch, anchored in block `at`, signed at `timestamp`.
	Proven {
		/// The block of the anchor.
		at: BlockNumber,
		/// When the device signed it (ms).
		timestamp: u64,
		/// The anchor's root.
		root: H256,
	},
	/// The anchor is kept, but the reading and proof do not lead to its root.
	NotProven,
	/// No such device.
	UnknownDevice,
	/// The anchor is not kept (not anchored yet, or left the ring: see the events).
	AnchorNotKept,
	/// The reading is in the anchor, which the device's relay signed, but it carries no
	/// signature of the device's (or another's): the gateway vouches for it, the device does
	/// not.
	NotSignedByDevice,
}
