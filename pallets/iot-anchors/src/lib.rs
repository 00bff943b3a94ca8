//! # IoT anchors
//!
//! Device-signed fingerprints of the city's sensor data: each batch of readings a sensor takes
//! is reduced to one Merkle root, signed by the device's own key and kept on the chain, so
//! anyone can later prove that a reading was recorded unaltered and on time.
//!
//! ## Overview
//! - **Devices** are registered by their public key (sr25519, ed25519 or ecdsa: [`DeviceKey`])
//!   with a kind ([`DeviceKind`]), a coarse location (a geohash) and a deposit. The key proves
//!   it is in the registrant's hands by signing [`possession_message`]. Public sensors need
//!   [`Config::OperatorOrigin`] (a device-operator credential in the runtime); a resident may
//!   register meters (their own address is not recorded: a meter's geohash is cut to
//!   [`Config::MaxMeterPrecision`] characters, a neighbourhood). A device's id is
//!   `blake2_256(SCALE(first key))` and stays when its key is rotated. Owners suspend, resume,
//!   revoke, rotate the key, and transfer a device (offer, then the recipient accepts).
//! - **Anchors**: the device signs an [`Anchor`] (its id, sequence number, timestamp, Merkle
//!   root, reading count, optional min/max/mean summary, and a meter's cumulative reading) in
//!   [`anchor_message`], which also binds the genesis hash and the device's key. The chain
//!   takes it only if the signature is the device's, the sequence number is exactly the next,
//!   the timestamp lies within [`Config::FreshnessWindow`] behind and
//!   [`Config::MaxClockDrift`] ahead of chain time (and after the device's last), the device is
//!   active, and [`Config::MinAnchorInterval`] blocks passed since its last anchor.
//! - **Who pays**: nobody. Devices hold no CITY, so a gateway relays their anchors as
//!   *general (unsigned) transactions* authorized by the pallet itself
//!   (`#[pallet::authorize]`, the successor of `ValidateUnsigned`): every check above runs in
//!   the transaction pool before the anchor is gossiped, so a forged, replayed, stale or
//!   too-frequent anchor never reaches a block. The pool cannot be flooded: each transaction
//!   `provides` the tag `(device, sequence)`, so one device has at most one anchor in the
//!   pool, and the rate limit spaces them; only registered devices (each behind a deposit)
//!   can produce a valid one. The alternative, a gateway paying fees, would make every
//!   gateway operator hold CITY and would still need these checks.
//! - **Storage** keeps each device's last [`Config::MaxAnchorsKept`] anchors (a ring: the
//!   anchor `sequence - MaxAnchorsKept` leaves as `sequence` arrives); older anchors live on
//!   in [`Event::Anchored`]. A summary outside its kind's plausible range
//!   ([`PlausibleRanges`], set by [`Config::AdminOrigin`]) is kept and flagged
//!   ([`Event::Implausible`]).
//! - **Meters**: an anchor from a meter must carry its cumulative reading, which never goes
//!   down; the pallet reports the delta since the last anchor to [`Config::OnMeterReading`]
//!   (CityCoin's billing in the runtime), naming the owner and the anchor's root.
//!
//! ## Proofs
//! A reading is the leaf [`Reading`] (device, the anchor's sequence number, its index in the
//! batch, its timestamp and value). Its leaf hash is [`reading_leaf`]:
//! `blake2_256(b"city-chain/iot-reading/v1" ++ SCALE(reading))`. A batch's root is the
//! binary Merkle root of its leaves in index order, as `city_primitives::merkle` (polkadot-sdk's
//! `binary-merkle-tree` with BLAKE2-256) builds it. [`Pallet::verify_reading`] (the runtime API
//! and the node's `iot_verifyReading` RPC) checks a reading and its sibling path against the
//! anchor kept on the chain.
//!
//! ## Low level details
//! - The owner's deposit ([`Config::DeviceDeposit`]) pays for the record and its ring of
//!   anchors; it follows the device to a new owner and returns on revocation, which clears
//!   the ring.
//! - Invariants (`try_state`, after every unit test): see [`Pallet::do_try_state`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
use city_primitives::{
	credentials::{CredentialInspect, CredentialKind},
	merkle,
	metering::{MeterKind, MeterReading, OnMeterReading},
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::Precision,
		UnixTime,
	},
};
use frame_system::pallet_prelude::*;
use scale_info::TypeInfo;
use sp_core::{ecdsa, ed25519, sr25519, H256};
use sp_runtime::{
	traits::{IdentifyAccount, Saturating, Verify, Zero},
	MultiSignature, MultiSigner,
};

pub use pallet::*;
pub use weights::WeightInfo;

/// A balance of CITY.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

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
	/// The owner suspended it: anchors are refused until resumed.
	Suspended,
}

/// A registered device.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Device<AccountId, Balance, BlockNumber> {
	/// The key its anchors are signed with.
	pub key: DeviceKey,
	/// Who owns it (and is billed for a meter).
	pub owner: AccountId,
	/// What it measures.
	pub kind: DeviceKind,
	/// Where it is, as a geohash.
	pub location: Geohash,
	/// Active or suspended.
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
	/// The batch's min/max/mean.
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
}

/// The leaf hash of `reading`.
pub fn reading_leaf(reading: &Reading) -> H256 {
	let mut preimage = Vec::with_capacity(READING_DOMAIN.len() + 64);
	preimage.extend_from_slice(READING_DOMAIN);
	reading.encode_to(&mut preimage);
	H256(sp_io::hashing::blake2_256(&preimage))
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
}

/// A device record as stored.
pub type DeviceOf<T> =
	Device<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// CITY, with holds for devices' deposits.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason: From<HoldReason>>;

		/// Who is a resident (residents register meters).
		type Credentials: CredentialInspect<Self::AccountId>;

		/// An operator of public sensors (registers any kind).
		type OperatorOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// Who sets the kinds' plausible ranges (the council).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Chain time, for the anchors' freshness.
		type UnixTime: UnixTime;

		/// Hears of meters' consumption (CityCoin's billing).
		type OnMeterReading: OnMeterReading<Self::AccountId>;

		/// The deposit for a device and its ring of anchors.
		#[pallet::constant]
		type DeviceDeposit: Get<BalanceOf<Self>>;

		/// Anchors kept in storage per device (older ones live on in events).
		#[pallet::constant]
		type MaxAnchorsKept: Get<u32>;

		/// The most readings one anchor stands for.
		#[pallet::constant]
		type MaxReadingsPerAnchor: Get<u32>;

		/// The fewest blocks between two anchors of one device (the rate limit).
		#[pallet::constant]
		type MinAnchorInterval: Get<BlockNumberFor<Self>>;

		/// How far behind chain time an anchor's timestamp may be, in ms.
		#[pallet::constant]
		type FreshnessWindow: Get<u64>;

		/// How far ahead of chain time an anchor's timestamp may be, in ms.
		#[pallet::constant]
		type MaxClockDrift: Get<u64>;

		/// The most geohash characters a meter's location keeps (its owner's privacy).
		#[pallet::constant]
		type MaxMeterPrecision: Get<u32>;

		/// The priority of anchors in the transaction pool.
		#[pallet::constant]
		type AnchorPriority: Get<TransactionPriority>;

		/// How many blocks an anchor stays valid in the pool.
		#[pallet::constant]
		type AnchorLongevity: Get<u64>;

		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why the pallet holds CITY.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a device.
		#[codec(index = 0)]
		DeviceDeposit,
	}

	/// Every registered device.
	#[pallet::storage]
	pub type Devices<T: Config> = StorageMap<_, Blake2_128Concat, DeviceId, DeviceOf<T>>;

	/// Devices by their current key (a key serves one device).
	#[pallet::storage]
	pub type DeviceByKey<T: Config> = StorageMap<_, Blake2_128Concat, DeviceKey, DeviceId>;

	/// Each device's last anchors, by sequence number.
	#[pallet::storage]
	pub type Anchors<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		DeviceId,
		Twox64Concat,
		u64,
		AnchorRecord<BlockNumberFor<T>>,
	>;

	/// The values each kind's summaries are expected within.
	#[pallet::storage]
	pub type PlausibleRanges<T: Config> = StorageMap<_, Twox64Concat, DeviceKind, Range>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The kinds' plausible ranges at genesis.
		pub plausible_ranges: Vec<(DeviceKind, i64, i64)>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (kind, min, max) in &self.plausible_ranges {
				assert!(min <= max, "a plausible range's min is above its max");
				PlausibleRanges::<T>::insert(kind, Range { min: *min, max: *max });
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A device was registered.
		Registered { device: DeviceId, owner: T::AccountId, kind: DeviceKind, key: DeviceKey },
		/// A batch of readings was anchored.
		Anchored {
			device: DeviceId,
			sequence: u64,
			root: H256,
			count: u32,
			timestamp: u64,
			summary: Option<Summary>,
			cumulative: Option<u64>,
		},
		/// An anchor's summary lies outside its kind's plausible range (kept, flagged).
		Implausible { device: DeviceId, sequence: u64, summary: Summary, range: Range },
		/// A meter consumed `units` since its last anchor (reported for billing).
		MeterReported { device: DeviceId, owner: T::AccountId, units: u64 },
		/// The owner suspended the device.
		Suspended { device: DeviceId },
		/// The owner resumed it.
		Resumed { device: DeviceId },
		/// The owner revoked it: record and anchors gone, deposit returned.
		Revoked { device: DeviceId },
		/// The owner rotated its key.
		KeyRotated { device: DeviceId, key: DeviceKey },
		/// The owner offered it to `to` (or withdrew the offer: `None`).
		TransferOffered { device: DeviceId, to: Option<T::AccountId> },
		/// `to` accepted: the device and its deposit are theirs.
		Transferred { device: DeviceId, from: T::AccountId, to: T::AccountId },
		/// A kind's plausible range was set (or cleared: `None`).
		PlausibleRangeSet { kind: DeviceKind, range: Option<Range> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No device has that id.
		UnknownDevice,
		/// Only the device's owner may do that.
		NotOwner,
		/// The key already serves a device.
		KeyInUse,
		/// The key did not sign the proof of possession for this owner.
		BadProofOfPossession,
		/// Registering a public sensor takes a device-operator credential.
		NotAnOperator,
		/// Registering a meter takes a resident (or device-operator) credential.
		NotAResident,
		/// The location is empty or not a geohash.
		BadGeohash,
		/// A meter's location keeps at most `MaxMeterPrecision` characters.
		LocationTooPrecise,
		/// The device is suspended.
		DeviceSuspended,
		/// The device is not suspended.
		NotSuspended,
		/// The anchor's signature is not the device key's.
		BadSignature,
		/// The sequence number was used already (a replay).
		Replayed,
		/// The sequence number skips ahead of the device's next.
		SequenceGap,
		/// The timestamp is older than the freshness window.
		StaleTimestamp,
		/// The timestamp is ahead of chain time by more than the drift allowed.
		FutureTimestamp,
		/// The timestamp is not after the device's last anchor's.
		TimestampNotIncreasing,
		/// The device anchored less than `MinAnchorInterval` blocks ago.
		RateLimited,
		/// An anchor stands for at least one reading.
		EmptyBatch,
		/// More readings than `MaxReadingsPerAnchor`.
		BatchTooLarge,
		/// The summary's min, mean and max are out of order.
		BadSummary,
		/// A meter's anchor carries its cumulative reading.
		MissingMeterReading,
		/// Only meters carry a cumulative reading.
		NotAMeter,
		/// A meter's cumulative reading went down.
		MeterWentBackwards,
		/// The device was not offered to the caller.
		NotOffered,
		/// The device is the caller's already.
		AlreadyOwner,
		/// A range's min is above its max.
		BadRange,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MaxAnchorsKept::get() > 0, "a device keeps at least one anchor");
			assert!(T::MaxReadingsPerAnchor::get() > 0, "an anchor stands for a reading");
		}
	}

	#[pallet::call(weight = <T as Config>::WeightInfo)]
	impl<T: Config> Pallet<T> {
		/// Registers a device by its key, held by the caller (`proof` is the key's signature
		/// of [`possession_message`] for the caller). Meters take a resident or an operator;
		/// other kinds an operator. Holds [`Config::DeviceDeposit`].
		#[pallet::call_index(0)]
		pub fn register(
			origin: OriginFor<T>,
			key: DeviceKey,
			kind: DeviceKind,
			location: Geohash,
			proof: MultiSignature,
		) -> DispatchResult {
			let owner = Self::ensure_may_own(origin, &kind)?;
			Self::check_location(&kind, &location)?;
			ensure!(!DeviceByKey::<T>::contains_key(&key), Error::<T>::KeyInUse);
			let device = key.device_id();
			// A revoked device's id is free again only for its key: ids never collide.
			ensure!(!Devices::<T>::contains_key(device), Error::<T>::KeyInUse);
			Self::check_possession(&key, &owner, &proof)?;
			let deposit = T::DeviceDeposit::get();
			T::Currency::hold(&HoldReason::DeviceDeposit.into(), &owner, deposit)?;
			DeviceByKey::<T>::insert(&key, device);
			Devices::<T>::insert(
				device,
				Device {
					key: key.clone(),
					owner: owner.clone(),
					kind,
					location,
					status: DeviceStatus::Active,
					deposit,
					next_sequence: 0,
					last_anchor_at: None,
					last_timestamp: 0,
					meter_total: None,
					offered_to: None,
				},
			);
			Self::deposit_event(Event::Registered { device, owner, kind, key });
			Ok(())
		}

		/// Anchors a batch of a device's readings: a general transaction nobody signs or pays
		/// for, authorized by [`Pallet::authorize_anchor`] (signature, sequence, freshness,
		/// status, rate limit) in the pool and again in the block.
		#[pallet::call_index(1)]
		#[pallet::authorize(Pallet::<T>::authorize_anchor)]
		#[pallet::weight(T::WeightInfo::anchor().saturating_add(T::OnMeterReading::max_weight()))]
		pub fn anchor(
			origin: OriginFor<T>,
			anchor: Anchor,
			signature: MultiSignature,
		) -> DispatchResultWithPostInfo {
			ensure_authorized(origin)?;
			// The signature was checked by `authorize_anchor` in this very application; the
			// rest is checked again against the state the call runs on.
			let _ = signature;
			let mut device = Devices::<T>::get(anchor.device).ok_or(Error::<T>::UnknownDevice)?;
			Self::check_anchor(&device, &anchor)?;
			let now = frame_system::Pallet::<T>::block_number();
			let Anchor { device: id, sequence, timestamp, root, count, summary, cumulative } =
				anchor;
			Anchors::<T>::insert(
				id,
				sequence,
				AnchorRecord { root, count, timestamp, at: now, summary, cumulative },
			);
			if let Some(gone) = sequence.checked_sub(T::MaxAnchorsKept::get().into()) {
				Anchors::<T>::remove(id, gone);
			}
			device.next_sequence = sequence.saturating_add(1);
			device.last_anchor_at = Some(now);
			device.last_timestamp = timestamp;
			let billed = match (device.kind.meter(), cumulative) {
				(Some(kind), Some(total)) => {
					let units = device.meter_total.map_or(0, |last| total.saturating_sub(last));
					device.meter_total = Some(total);
					(units > 0).then(|| (kind, units))
				}
				_ => None,
			};
			let owner = device.owner.clone();
			let kind = device.kind;
			Devices::<T>::insert(id, device);
			Self::deposit_event(Event::Anchored {
				device: id,
				sequence,
				root,
				count,
				timestamp,
				summary,
				cumulative,
			});
			if let (Some(summary), Some(range)) = (summary, PlausibleRanges::<T>::get(kind)) {
				if summary.min < range.min || summary.max > range.max {
					Self::deposit_event(Event::Implausible {
						device: id,
						sequence,
						summary,
						range,
					});
				}
			}
			match billed {
				Some((kind, units)) => {
					Self::deposit_event(Event::MeterReported {
						device: id,
						owner: owner.clone(),
						units,
					});
					T::OnMeterReading::on_meter_reading(MeterReading {
						meter: id,
						owner,
						kind,
						units,
						reference: root,
					});
					Ok(().into())
				}
				// Nothing billed: the biller's weight is refunded.
				None => Ok(Some(T::WeightInfo::anchor()).into()),
			}
		}

		/// Suspends the caller's device: its anchors are refused until resumed.
		#[pallet::call_index(2)]
		pub fn suspend(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::mutate_owned(&who, device, |record| {
				ensure!(record.status == DeviceStatus::Active, Error::<T>::DeviceSuspended);
				record.status = DeviceStatus::Suspended;
				Ok(())
			})?;
			Self::deposit_event(Event::Suspended { device });
			Ok(())
		}

		/// Resumes the caller's suspended device.
		#[pallet::call_index(3)]
		pub fn resume(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::mutate_owned(&who, device, |record| {
				ensure!(record.status == DeviceStatus::Suspended, Error::<T>::NotSuspended);
				record.status = DeviceStatus::Active;
				Ok(())
			})?;
			Self::deposit_event(Event::Resumed { device });
			Ok(())
		}

		/// Revokes the caller's device for good: its record, key and kept anchors leave
		/// storage (the events stay) and the deposit returns.
		#[pallet::call_index(4)]
		pub fn revoke(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::owned(&who, device)?;
			let _ = Anchors::<T>::clear_prefix(device, T::MaxAnchorsKept::get(), None);
			DeviceByKey::<T>::remove(&record.key);
			Devices::<T>::remove(device);
			T::Currency::release(
				&HoldReason::DeviceDeposit.into(),
				&record.owner,
				record.deposit,
				Precision::BestEffort,
			)?;
			Self::deposit_event(Event::Revoked { device });
			Ok(())
		}

		/// Replaces the caller's device's key with `key` (`proof`: `key`'s signature of
		/// [`possession_message`] for the caller). The id, sequence and anchors stay; anchors
		/// signed with the old key are refused from now on.
		#[pallet::call_index(5)]
		pub fn rotate_key(
			origin: OriginFor<T>,
			device: DeviceId,
			key: DeviceKey,
			proof: MultiSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::owned(&who, device)?;
			ensure!(!DeviceByKey::<T>::contains_key(&key), Error::<T>::KeyInUse);
			Self::check_possession(&key, &who, &proof)?;
			DeviceByKey::<T>::remove(&record.key);
			DeviceByKey::<T>::insert(&key, device);
			record.key = key.clone();
			Devices::<T>::insert(device, record);
			Self::deposit_event(Event::KeyRotated { device, key });
			Ok(())
		}

		/// Offers the caller's device to `to`, who accepts with
		/// [`Pallet::accept_transfer`]; `None` withdraws the offer.
		#[pallet::call_index(6)]
		pub fn offer_transfer(
			origin: OriginFor<T>,
			device: DeviceId,
			to: Option<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(to.as_ref() != Some(&who), Error::<T>::AlreadyOwner);
			Self::mutate_owned(&who, device, |record| {
				record.offered_to = to.clone();
				Ok(())
			})?;
			Self::deposit_event(Event::TransferOffered { device, to });
			Ok(())
		}

		/// Accepts a device offered to the caller, who must be allowed to own its kind: the
		/// deposit is held from the caller and released to the former owner.
		#[pallet::call_index(7)]
		pub fn accept_transfer(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let mut record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
			let to = Self::ensure_may_own(origin, &record.kind)?;
			ensure!(record.offered_to.as_ref() == Some(&to), Error::<T>::NotOffered);
			let reason: <T::Currency as frame_support::traits::fungible::InspectHold<
				T::AccountId,
			>>::Reason = HoldReason::DeviceDeposit.into();
			T::Currency::hold(&reason, &to, record.deposit)?;
			T::Currency::release(&reason, &record.owner, record.deposit, Precision::BestEffort)?;
			let from = core::mem::replace(&mut record.owner, to.clone());
			record.offered_to = None;
			Devices::<T>::insert(device, record);
			Self::deposit_event(Event::Transferred { device, from, to });
			Ok(())
		}

		/// Sets the values `kind`'s summaries are expected within (`None` clears them).
		#[pallet::call_index(8)]
		pub fn set_plausible_range(
			origin: OriginFor<T>,
			kind: DeviceKind,
			range: Option<Range>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			match range {
				Some(range) => {
					ensure!(range.min <= range.max, Error::<T>::BadRange);
					PlausibleRanges::<T>::insert(kind, range);
				}
				None => PlausibleRanges::<T>::remove(kind),
			}
			Self::deposit_event(Event::PlausibleRangeSet { kind, range });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Authorizes an [`Pallet::anchor`] call: the pool's (and the block's) check of everything
	/// an anchor must satisfy. Errors map to transaction validity: a bad signature is
	/// `BadProof`, a replay `Stale`, a skipped sequence number `Future`, an unknown device
	/// `UnknownOrigin`, anything else `Custom(i)` with `i` the index of the pallet's [`Error`]
	/// variant (e.g. `RateLimited`, `StaleTimestamp`).
	pub fn authorize_anchor(
		_source: TransactionSource,
		anchor: &Anchor,
		signature: &MultiSignature,
	) -> TransactionValidityWithRefund {
		let device = Devices::<T>::get(anchor.device).ok_or(InvalidTransaction::UnknownOrigin)?;
		let check = Self::check_anchor(&device, anchor).and_then(|()| {
			let message = anchor_message(&Self::genesis(), &device.key, anchor);
			ensure!(device.key.verify(&message, signature), Error::<T>::BadSignature);
			Ok(())
		});
		if let Err(error) = check {
			return Err(Self::invalidity(error).into());
		}
		let valid = ValidTransaction::with_tag_prefix("IotAnchors")
			.priority(T::AnchorPriority::get())
			.and_provides((anchor.device, anchor.sequence))
			.longevity(T::AnchorLongevity::get())
			.propagate(true)
			.build()?;
		Ok((valid, Weight::zero()))
	}

	/// The transaction validity an anchor's error maps to.
	fn invalidity(error: Error<T>) -> InvalidTransaction {
		match error {
			Error::<T>::BadSignature => InvalidTransaction::BadProof,
			Error::<T>::Replayed => InvalidTransaction::Stale,
			Error::<T>::SequenceGap => InvalidTransaction::Future,
			Error::<T>::UnknownDevice => InvalidTransaction::UnknownOrigin,
			other => {
				let index = other.encode().first().copied().unwrap_or(u8::MAX);
				InvalidTransaction::Custom(index)
			}
		}
	}

	/// Everything an anchor must satisfy but its signature.
	fn check_anchor(device: &DeviceOf<T>, anchor: &Anchor) -> Result<(), Error<T>> {
		ensure!(device.status == DeviceStatus::Active, Error::<T>::DeviceSuspended);
		ensure!(anchor.sequence >= device.next_sequence, Error::<T>::Replayed);
		ensure!(anchor.sequence == device.next_sequence, Error::<T>::SequenceGap);
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(last) = device.last_anchor_at {
			ensure!(
				now >= last.saturating_add(T::MinAnchorInterval::get()),
				Error::<T>::RateLimited
			);
		}
		let chain_time = Self::now_ms();
		ensure!(
			anchor.timestamp.saturating_add(T::FreshnessWindow::get()) >= chain_time,
			Error::<T>::StaleTimestamp
		);
		ensure!(
			anchor.timestamp <= chain_time.saturating_add(T::MaxClockDrift::get()),
			Error::<T>::FutureTimestamp
		);
		ensure!(
			device.next_sequence == 0 || anchor.timestamp > device.last_timestamp,
			Error::<T>::TimestampNotIncreasing
		);
		ensure!(anchor.count > 0, Error::<T>::EmptyBatch);
		ensure!(anchor.count <= T::MaxReadingsPerAnchor::get(), Error::<T>::BatchTooLarge);
		if let Some(Summary { min, max, mean }) = anchor.summary {
			ensure!(min <= mean && mean <= max, Error::<T>::BadSummary);
		}
		match (device.kind.meter(), anchor.cumulative) {
			(Some(_), None) => Err(Error::<T>::MissingMeterReading),
			(None, Some(_)) => Err(Error::<T>::NotAMeter),
			(Some(_), Some(total)) => {
				ensure!(
					device.meter_total.is_none_or(|last| total >= last),
					Error::<T>::MeterWentBackwards
				);
				Ok(())
			}
			(None, None) => Ok(()),
		}
	}

	/// The caller, allowed to own a device of `kind`: an operator owns any kind, a resident
	/// meters.
	fn ensure_may_own(
		origin: OriginFor<T>,
		kind: &DeviceKind,
	) -> Result<T::AccountId, DispatchError> {
		match T::OperatorOrigin::try_origin(origin) {
			Ok(operator) => Ok(operator),
			Err(origin) => {
				let who = ensure_signed(origin)?;
				ensure!(kind.meter().is_some(), Error::<T>::NotAnOperator);
				ensure!(
					T::Credentials::has_active_credential(&who, &CredentialKind::Resident, None),
					Error::<T>::NotAResident
				);
				Ok(who)
			}
		}
	}

	/// Checks a location: a non-empty geohash, no more precise than a meter may be.
	fn check_location(kind: &DeviceKind, location: &Geohash) -> DispatchResult {
		const ALPHABET: &[u8] = b"0123456789bcdefghjkmnpqrstuvwxyz";
		ensure!(
			!location.is_empty() && location.iter().all(|c| ALPHABET.contains(c)),
			Error::<T>::BadGeohash
		);
		if kind.meter().is_some() {
			ensure!(
				location.len() <= T::MaxMeterPrecision::get() as usize,
				Error::<T>::LocationTooPrecise
			);
		}
		Ok(())
	}

	/// Checks that `key` signed the proof of possession for `owner`.
	fn check_possession(
		key: &DeviceKey,
		owner: &T::AccountId,
		proof: &MultiSignature,
	) -> DispatchResult {
		ensure!(
			key.verify(&possession_message(&Self::genesis(), owner), proof),
			Error::<T>::BadProofOfPossession
		);
		Ok(())
	}

	/// Device `id`, if `who` owns it.
	fn owned(who: &T::AccountId, id: DeviceId) -> Result<DeviceOf<T>, DispatchError> {
		let record = Devices::<T>::get(id).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(&record.owner == who, Error::<T>::NotOwner);
		Ok(record)
	}

	/// Changes device `id`, which `who` owns, with `change`.
	fn mutate_owned(
		who: &T::AccountId,
		id: DeviceId,
		change: impl FnOnce(&mut DeviceOf<T>) -> DispatchResult,
	) -> DispatchResult {
		let mut record = Self::owned(who, id)?;
		change(&mut record)?;
		Devices::<T>::insert(id, record);
		Ok(())
	}

	/// The chain's genesis hash (what every signed message binds).
	pub fn genesis() -> H256 {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		H256::from_slice(hash.as_ref().get(..32).unwrap_or(&[0; 32]))
	}

	/// Chain time, in ms since the Unix epoch.
	fn now_ms() -> u64 {
		u64::try_from(T::UnixTime::now().as_millis()).unwrap_or(u64::MAX)
	}

	/// Checks `reading` and its sibling path `proof` against the anchor kept on the chain.
	pub fn verify_reading(reading: &Reading, proof: Vec<H256>) -> Verdict<BlockNumberFor<T>> {
		if !Devices::<T>::contains_key(reading.device) {
			return Verdict::UnknownDevice;
		}
		let Some(anchor) = Anchors::<T>::get(reading.device, reading.sequence) else {
			return Verdict::AnchorNotKept;
		};
		let leaf = reading_leaf(reading);
		if merkle::verify(&anchor.root, proof, anchor.count, reading.index, leaf) {
			Verdict::Proven { at: anchor.at, timestamp: anchor.timestamp, root: anchor.root }
		} else {
			Verdict::NotProven
		}
	}

	/// Device `id`'s kept anchors, oldest first.
	pub fn anchors_of(id: DeviceId) -> Vec<(u64, AnchorRecord<BlockNumberFor<T>>)> {
		let mut anchors: Vec<_> = Anchors::<T>::iter_prefix(id).collect();
		anchors.sort_by_key(|(sequence, _)| *sequence);
		anchors
	}

	/// The invariants:
	/// 1. `DeviceByKey` and `Devices` agree: every device is found by its key, and every key
	///    names a device with that key.
	/// 2. A device keeps at most `MaxAnchorsKept` anchors, all below its next sequence number
	///    and within the ring (`sequence + MaxAnchorsKept >= next`); no anchors without a device.
	/// 3. A device that anchored has `last_anchor_at`, and its last anchor, if kept, carries its
	///    last timestamp.
	/// 4. Deposits: each owner's holds for devices equal the deposits of the devices they own.
	/// 5. Plausible ranges are ordered.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, device) in Devices::<T>::iter() {
			ensure!(
				DeviceByKey::<T>::get(&device.key) == Some(id),
				"1: a device's key is not indexed"
			);
			let kept = Anchors::<T>::iter_prefix(id).collect::<Vec<_>>();
			ensure!(kept.len() as u32 <= T::MaxAnchorsKept::get(), "2: too many anchors kept");
			for (sequence, _) in &kept {
				ensure!(*sequence < device.next_sequence, "2: an anchor ahead of the sequence");
				ensure!(
					sequence.saturating_add(T::MaxAnchorsKept::get().into())
						>= device.next_sequence,
					"2: an anchor outside the ring"
				);
			}
			if device.next_sequence > 0 {
				ensure!(device.last_anchor_at.is_some(), "3: anchored without a block");
				if let Some(last) = Anchors::<T>::get(id, device.next_sequence - 1) {
					ensure!(last.timestamp == device.last_timestamp, "3: the last timestamp");
				}
			}
			let total = deposits.entry(device.owner.clone()).or_default();
			*total = total.saturating_add(device.deposit);
		}
		for (key, id) in DeviceByKey::<T>::iter() {
			ensure!(
				Devices::<T>::get(id).is_some_and(|device| device.key == key),
				"1: a key names no device with it"
			);
		}
		for (id, _, _) in Anchors::<T>::iter() {
			ensure!(Devices::<T>::contains_key(id), "2: anchors of no device");
		}
		for (owner, total) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DeviceDeposit.into(), &owner) == total,
				"4: holds differ from the deposits"
			);
		}
		for (_, range) in PlausibleRanges::<T>::iter() {
			ensure!(range.min <= range.max, "5: a range out of order");
		}
		Ok(())
	}
}
