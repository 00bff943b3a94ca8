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
//!   the [`Config::OperatorCredential`] (a device operator); utility meters the
//!   [`Config::MeterOperatorCredential`] (the utility's staff, a privileged credential in the
//!   runtime): the utility installs and keys a meter, never the household it bills. A device's
//!   id is `blake2_256(SCALE(first key))` and stays when its key is rotated. Owners suspend,
//!   resume, revoke, rotate the key, and transfer a device (offer; the recipient accepts with
//!   a key of their own, so the previous owner's key dies with the transfer).
//! - **Policies**: the city sets, per kind, how many devices one account may own and how many
//!   blocks must pass between two anchors of one device ([`Policies`], [`DevicePolicy`]);
//!   a kind without a policy cannot be registered and its devices take no anchors.
//! - **Anchors**: the device signs an [`Anchor`] (its id, sequence number, timestamp, Merkle
//!   root, reading count, optional min/max/mean summary, and a meter's cumulative reading) in
//!   [`anchor_message`], which also binds the genesis hash and the device's key. The chain
//!   takes it only if the signature is the device's, the sequence number is exactly the next,
//!   the timestamp lies within [`Config::FreshnessWindow`] behind and
//!   [`Config::MaxClockDrift`] ahead of chain time (and after the device's last), the device is
//!   active, its owner still holds the credential for its kind, and its kind's interval has
//!   passed since its last anchor.
//! - **Who pays**: nobody. Devices hold no CITY, so a gateway relays their anchors as
//!   *general (unsigned) transactions* authorized by the pallet itself
//!   (`#[pallet::authorize]`, the successor of `ValidateUnsigned`): every check above runs in
//!   the transaction pool before the anchor is gossiped, so a forged, replayed, stale or
//!   too-frequent anchor never reaches a block. Each transaction `provides` the tag
//!   `(device, sequence)`, so one device has at most one anchor in the pool.
//! - **A budget nobody can exhaust**: all anchors of a block together take at most
//!   [`Config::MaxAnchorWeight`] (in the runtime 27% of the block). An anchor beyond it
//!   is refused with `ExhaustsResources`, which the block builder takes as "the block is
//!   full": the anchor stays in the pool for the next block. The runtime's fee adjustment leaves anchors' weight out ([`Pallet::anchor_weight`]),
//!   so anchors never raise other users' fees, and their pool priority
//!   ([`Config::AnchorPriority`]) puts every paid transaction first.
//! - **The city's brake**: [`Config::AdminOrigin`] (the council) suspends any device (a state
//!   only the city lifts) or revokes it for good (a tombstone: its key and id are never
//!   registered again).
//! - **Storage** keeps each device's last [`Config::MaxAnchorsKept`] anchors (a ring: the
//!   anchor `sequence - MaxAnchorsKept` leaves as `sequence` arrives); older anchors live on
//!   in [`Event::Anchored`]. A summary outside its kind's plausible range
//!   ([`PlausibleRanges`], set by [`Config::AdminOrigin`]) is kept and flagged
//!   ([`Event::Implausible`]).
//! - **Meters**: the utility binds a meter to the consumer it bills, who accepts the binding
//!   before any bill ([`Pallet::propose_consumer`], [`Pallet::accept_consumer`]); a move to
//!   another consumer needs theirs, and from then on only they are billed. The first anchor
//!   after a binding is the consumer's baseline. An anchor from a meter carries its cumulative
//!   reading, which never goes down, and no summary (min/max/mean by the hour would show when
//!   a home is occupied); the pallet reports the delta since the last anchor, and the time it
//!   took, to [`Config::OnMeterReading`] (CityCoin's billing in the runtime, which holds
//!   implausible bills for the consumer to settle or dispute).
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
//!   the ring. A tombstone left by the city's revocation is the city's storage.
//! - [`OwnedDevices`] counts each owner's devices per kind, for the policies' bound.
//! - [`AnchorWeight`] is the weight anchors took in the current block, stored with the block
//!   number so that the pool (which validates against the next block) reads it as zero.
//! - Invariants (`try_state`, after every unit test): see [`Pallet::do_try_state`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(feature = "std")]
mod device_pair;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

use alloc::vec::Vec;
use city_primitives::{
	credentials::{CredentialInspect, CredentialKind},
	merkle,
	metering::{MeterReading, OnMeterReading},
};
use codec::Encode;
use frame_support::{
	dispatch::DispatchClass,
	pallet_prelude::*,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::Precision,
		UnixTime,
	},
};
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	MultiSignature,
};

#[cfg(feature = "std")]
pub use device_pair::DevicePair;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

/// The target of the pallet's log lines.
pub const LOG_TARGET: &str = "runtime::iot_anchors";

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// CITY, with holds for devices' deposits.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason: From<HoldReason>>;

		/// Who holds which credential (operators of sensors and of meters).
		type Credentials: CredentialInspect<Self::AccountId>;

		/// The credential that lets an account own public sensors (every kind but meters).
		type OperatorCredential: Get<CredentialKind>;

		/// The credential that lets an account own utility meters: the utility's staff, never
		/// the consumer billed.
		type MeterOperatorCredential: Get<CredentialKind>;

		/// The city (the council): sets the kinds' policies and plausible ranges, suspends and
		/// revokes any device.
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

		/// How far behind chain time an anchor's timestamp may be, in ms.
		#[pallet::constant]
		type FreshnessWindow: Get<u64>;

		/// How far ahead of chain time an anchor's timestamp may be, in ms.
		#[pallet::constant]
		type MaxClockDrift: Get<u64>;

		/// The most geohash characters a meter's location keeps (its household's privacy).
		#[pallet::constant]
		type MaxMeterPrecision: Get<u32>;

		/// The most weight all anchors of one block take together (each counted as
		/// [`Pallet::anchor_cost`]); anchors beyond it wait for the next block.
		#[pallet::constant]
		type MaxAnchorWeight: Get<Weight>;

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

	/// Every registered device (and the city's tombstones of revoked ones).
	// Hasher: Blake2_128Concat because ids are hashes of keys users choose.
	#[pallet::storage]
	pub type Devices<T: Config> = StorageMap<_, Blake2_128Concat, DeviceId, DeviceOf<T>>;

	/// Devices by their current key (a key serves one device, for good once the city revoked
	/// it).
	// Hasher: Blake2_128Concat because users choose the keys.
	#[pallet::storage]
	pub type DeviceByKey<T: Config> = StorageMap<_, Blake2_128Concat, DeviceKey, DeviceId>;

	/// Each device's last anchors, by sequence number.
	// Hasher: Blake2_128Concat on the device because ids are hashes of keys users choose;
	// Twox64Concat on the sequence because the chain counts it.
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
	// Hasher: Twox64Concat because only the council chooses the keys.
	#[pallet::storage]
	pub type PlausibleRanges<T: Config> = StorageMap<_, Twox64Concat, DeviceKind, Range>;

	/// What the city allows of each kind: devices per owner and the anchor interval. A kind
	/// without a policy cannot be registered, and its devices take no anchors.
	// Hasher: Twox64Concat because only the council chooses the keys.
	#[pallet::storage]
	pub type Policies<T: Config> = StorageMap<_, Twox64Concat, DeviceKind, DevicePolicyOf<T>>;

	/// How many devices of each kind each account owns (city tombstones excluded).
	// Hasher: Blake2_128Concat on the account because users choose accounts; Twox64Concat on
	// the kind because kinds are a small set only the council allows.
	#[pallet::storage]
	pub type OwnedDevices<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		DeviceKind,
		u32,
		ValueQuery,
	>;

	/// The weight anchors took in a block, with that block's number (a count from an earlier
	/// block counts as zero). Every anchor reads and writes it: whitelisted in benchmarks, and
	/// `on_initialize` pays for its read and its write once a block instead.
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type AnchorWeight<T: Config> = StorageValue<_, (BlockNumberFor<T>, Weight), ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The kinds' plausible ranges at genesis.
		pub plausible_ranges: Vec<(DeviceKind, i64, i64)>,
		/// The kinds' policies at genesis: kind, devices per owner, blocks between anchors.
		pub policies: Vec<(DeviceKind, u32, BlockNumberFor<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// Genesis is the one place a panic is right: a chain whose rules contradict
			// themselves must not start; qed.
			for (kind, min, max) in &self.plausible_ranges {
				assert!(min <= max, "a plausible range's min is above its max; qed");
				PlausibleRanges::<T>::insert(kind, Range { min: *min, max: *max });
			}
			for (kind, max_per_owner, min_interval) in &self.policies {
				assert!(
					!min_interval.is_zero(),
					"a kind's anchor interval is a block at least; qed"
				);
				Policies::<T>::insert(
					kind,
					DevicePolicy { max_per_owner: *max_per_owner, min_interval: *min_interval },
				);
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
		/// A meter's consumer used `units` since its last anchor (reported for billing).
		MeterReported { device: DeviceId, consumer: T::AccountId, units: u64 },
		/// The owner suspended the device.
		Suspended { device: DeviceId },
		/// The owner resumed it.
		Resumed { device: DeviceId },
		/// The owner revoked it: record and anchors gone, deposit returned.
		Revoked { device: DeviceId },
		/// Its key was rotated (by its owner, or by a new owner accepting it).
		KeyRotated { device: DeviceId, key: DeviceKey },
		/// Its owner put it in relay mode with `relay` signing its anchors (or back to signing
		/// them itself: `None`).
		RelaySet { device: DeviceId, relay: Option<DeviceKey> },
		/// The owner offered it to `to` (or withdrew the offer: `None`).
		TransferOffered { device: DeviceId, to: Option<T::AccountId> },
		/// `to` accepted it with a key of their own: the device and its deposit are theirs.
		Transferred { device: DeviceId, from: T::AccountId, to: T::AccountId },
		/// A kind's plausible range was set (or cleared: `None`).
		PlausibleRangeSet { kind: DeviceKind, range: Option<Range> },
		/// The city set a kind's policy (or removed it: `None`).
		PolicySet { kind: DeviceKind, policy: Option<DevicePolicyOf<T>> },
		/// The city suspended the device: only the city resumes it.
		SuspendedByCity { device: DeviceId },
		/// The city resumed it.
		ResumedByCity { device: DeviceId },
		/// The city revoked it for good: anchors gone, deposit returned to its owner, a
		/// tombstone keeps its key and id.
		RevokedByCity { device: DeviceId },
		/// The meter's owner asked `consumer` to accept being billed for it.
		ConsumerProposed { device: DeviceId, consumer: T::AccountId },
		/// `consumer` accepted: the meter bills them from the anchor after the next.
		ConsumerBound { device: DeviceId, consumer: T::AccountId },
		/// The meter's owner ended its binding (and any proposal): it bills nobody.
		ConsumerUnbound { device: DeviceId },
		/// The meter's owner reset it: its next anchor is a baseline (`previous`: the total it
		/// forgot).
		MeterReset { device: DeviceId, previous: Option<u64> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No device has that id.
		UnknownDevice,
		/// Only the device's owner may do that.
		NotOwner,
		/// The key already serves a device (or served one the city revoked).
		KeyInUse,
		/// The key did not sign the proof of possession for this owner.
		BadProofOfPossession,
		/// Owning a public sensor takes the device-operator credential.
		NotAnOperator,
		/// Owning a utility meter takes the meter-operator credential.
		NotAMeterOperator,
		/// The location is empty or not a geohash.
		BadGeohash,
		/// A meter's location keeps at most `MaxMeterPrecision` characters.
		LocationTooPrecise,
		/// The device is suspended (by its owner).
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
		/// The device anchored less than its kind's interval ago.
		RateLimited,
		/// An anchor stands for at least one reading.
		EmptyBatch,
		/// More readings than `MaxReadingsPerAnchor`.
		BatchTooLarge,
		/// The summary's min, mean and max are out of order.
		BadSummary,
		/// A meter's anchor carries its cumulative reading.
		MissingMeterReading,
		/// Only meters carry a cumulative reading (and only meters take a consumer).
		NotAMeter,
		/// A meter's cumulative reading went down.
		MeterWentBackwards,
		/// The device was not offered to the caller.
		NotOffered,
		/// The device is the caller's already.
		AlreadyOwner,
		/// A range's min is above its max.
		BadRange,
		/// The city has no policy for the kind: it cannot be registered, and takes no anchors.
		NoPolicy,
		/// The account owns as many devices of the kind as its policy allows.
		TooManyDevices,
		/// A policy's interval is zero blocks.
		BadPolicy,
		/// The city suspended the device: only the city resumes it, and its owner cannot
		/// revoke it.
		SuspendedByCity,
		/// The device is not suspended by the city.
		NotSuspendedByCity,
		/// The city revoked the device: nothing can change it.
		DeviceRevoked,
		/// The device's owner no longer holds the credential for its kind.
		OwnerNotAccredited,
		/// A meter's anchor carries no summary.
		MeterSummary,
		/// The caller was not asked to accept the meter.
		NotProposed,
		/// The consumer is the meter's consumer already.
		AlreadyBound,
		/// A device's relay is another key than its own (the device's key signs its anchors
		/// without one), and its key is never its relay's.
		RelayIsDeviceKey,
		/// A meter's anchors carry the total it bills: they are the meter's own signature's
		/// (the meter's key, or the gateway keeping it), never a relay's.
		NoRelayForMeters,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// [`AnchorWeight`]'s read and write, once a block for all of its anchors (the
		/// benchmarks leave it out of each anchor's weight).
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			T::DbWeight::get().reads_writes(1, 1)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MaxAnchorsKept::get() > 0, "a device keeps at least one anchor");
			assert!(T::MaxReadingsPerAnchor::get() > 0, "an anchor stands for a reading");
			assert!(
				Self::anchor_cost(true).all_lte(T::MaxAnchorWeight::get()),
				"a block takes at least one anchor"
			);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a device by its key, held by the caller (`proof` is the key's signature
		/// of [`possession_message`] for the caller). Public sensors take the
		/// [`Config::OperatorCredential`], meters the [`Config::MeterOperatorCredential`]; the
		/// kind needs a policy, and the caller may own no more of it than the policy allows.
		/// Holds [`Config::DeviceDeposit`].
		///
		/// Errors: `NotAnOperator`, `NotAMeterOperator`, `NoPolicy`, `TooManyDevices`,
		/// `BadGeohash`, `LocationTooPrecise`, `KeyInUse`, `BadProofOfPossession`, or the
		/// currency's. Event: `Registered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(
			origin: OriginFor<T>,
			key: DeviceKey,
			kind: DeviceKind,
			location: Geohash,
			proof: MultiSignature,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::ensure_may_own(&owner, &kind)?;
			Self::check_location(&kind, &location)?;
			ensure!(!DeviceByKey::<T>::contains_key(&key), Error::<T>::KeyInUse);
			let device = key.device_id();
			// A revoked device's id is free again only for its key: ids never collide.
			ensure!(!Devices::<T>::contains_key(device), Error::<T>::KeyInUse);
			Self::check_possession(&key, &owner, &proof)?;
			let deposit = T::DeviceDeposit::get();
			T::Currency::hold(&HoldReason::DeviceDeposit.into(), &owner, deposit)?;
			Self::count_owned(&owner, &kind, true);
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
					binding: None,
					proposed_consumer: None,
					relay: None,
				},
			);
			Self::deposit_event(Event::Registered { device, owner, kind, key });
			Ok(())
		}

		/// Anchors a batch of a device's readings: a general transaction nobody signs or pays
		/// for, authorized by [`Pallet::authorize_anchor`] (the block's anchor budget,
		/// signature, sequence, freshness, status, the owner's credential, the kind's interval)
		/// in the pool and again in the block.
		///
		/// Origin: authorized. Errors: those of [`Pallet::check_anchor`]. Events: `Anchored`,
		/// `Implausible`, `MeterReported`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::anchor().saturating_add(T::OnMeterReading::max_weight()))]
		#[pallet::authorize(Pallet::<T>::authorize_anchor)]
		#[pallet::weight_of_authorize(T::WeightInfo::authorize_anchor())]
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
			// In relay mode the relay signed the anchor: each reading must carry the device's
			// own signature to be proven.
			let readings_signed_by = device.relay.is_some().then(|| device.key.clone());
			Anchors::<T>::insert(
				id,
				sequence,
				AnchorRecord {
					root,
					count,
					timestamp,
					at: now,
					summary,
					cumulative,
					readings_signed_by,
				},
			);
			if let Some(gone) = sequence.checked_sub(T::MaxAnchorsKept::get().into()) {
				Anchors::<T>::remove(id, gone);
			}
			let elapsed_ms = timestamp.saturating_sub(device.last_timestamp);
			let billed = match (device.kind.meter(), cumulative) {
				(Some(kind), Some(total)) => {
					let units = device.meter_total.map_or(0, |last| total.saturating_sub(last));
					device.meter_total = Some(total);
					device
						.binding
						.as_ref()
						.filter(|binding| sequence > binding.since_sequence && units > 0)
						.map(|binding| (kind, units, binding.consumer.clone()))
				}
				_ => None,
			};
			device.next_sequence = sequence.saturating_add(1);
			device.last_anchor_at = Some(now);
			device.last_timestamp = timestamp;
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
			let billing = billed.is_some();
			Self::count_anchor_weight(now, billing);
			match billed {
				Some((kind, units, consumer)) => {
					Self::deposit_event(Event::MeterReported {
						device: id,
						consumer: consumer.clone(),
						units,
					});
					T::OnMeterReading::on_meter_reading(MeterReading {
						meter: id,
						consumer,
						kind,
						units,
						elapsed_ms,
						reference: root,
					});
					Ok(().into())
				}
				// Nothing billed: the biller's weight is refunded.
				None => Ok(Some(T::WeightInfo::anchor()).into()),
			}
		}

		/// Suspends the caller's device: its anchors are refused until the owner resumes it.
		///
		/// Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `DeviceSuspended` (suspended
		/// already, by the owner or the city). Event: `Suspended`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::suspend())]
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

		/// Resumes the caller's device that the caller suspended.
		///
		/// Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `SuspendedByCity` (only the
		/// city lifts its suspension), `NotSuspended`. Event: `Resumed`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::resume())]
		pub fn resume(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::mutate_owned(&who, device, |record| {
				ensure!(
					record.status != DeviceStatus::SuspendedByCity,
					Error::<T>::SuspendedByCity
				);
				ensure!(record.status == DeviceStatus::Suspended, Error::<T>::NotSuspended);
				record.status = DeviceStatus::Active;
				Ok(())
			})?;
			Self::deposit_event(Event::Resumed { device });
			Ok(())
		}

		/// Revokes the caller's device for good: its record, key and kept anchors leave
		/// storage (the events stay) and the deposit returns. A device the city suspended
		/// cannot be revoked by its owner (it would come back unsuspended under the same key).
		///
		/// Charged for a full ring of anchors, refunded down to those the device kept.
		///
		/// Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `SuspendedByCity`. Event:
		/// `Revoked`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::revoke(T::MaxAnchorsKept::get()))]
		pub fn revoke(origin: OriginFor<T>, device: DeviceId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let record = Self::owned(&who, device)?;
			ensure!(record.status != DeviceStatus::SuspendedByCity, Error::<T>::SuspendedByCity);
			let kept = Self::forget_anchors(device, &record);
			DeviceByKey::<T>::remove(&record.key);
			Devices::<T>::remove(device);
			Self::count_owned(&record.owner, &record.kind, false);
			T::Currency::release(
				&HoldReason::DeviceDeposit.into(),
				&record.owner,
				record.deposit,
				Precision::BestEffort,
			)?;
			Self::deposit_event(Event::Revoked { device });
			Ok(Some(T::WeightInfo::revoke(kept)).into())
		}

		/// Replaces the caller's device's key with `key` (`proof`: `key`'s signature of
		/// [`possession_message`] for the caller). The id, sequence and anchors stay; anchors
		/// signed with the old key are refused from now on.
		///
		/// Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `KeyInUse`,
		/// `BadProofOfPossession`. Event: `KeyRotated`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::rotate_key())]
		pub fn rotate_key(
			origin: OriginFor<T>,
			device: DeviceId,
			key: DeviceKey,
			proof: MultiSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::owned(&who, device)?;
			Self::replace_key(device, &mut record, &who, key.clone(), &proof)?;
			Devices::<T>::insert(device, record);
			Self::deposit_event(Event::KeyRotated { device, key });
			Ok(())
		}

		/// Offers the caller's device to `to`, who accepts with
		/// [`Pallet::accept_transfer`]; `None` withdraws the offer.
		///
		/// Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `AlreadyOwner`. Event:
		/// `TransferOffered`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::offer_transfer())]
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

		/// Accepts a device offered to the caller, who must be allowed to own its kind (and
		/// one more of it), with a key of the caller's own (`proof`: its signature of
		/// [`possession_message`] for the caller): the previous owner's key stops counting at
		/// once, so whoever kept it can no longer sign for the device (nor bill a meter's
		/// consumer). The deposit is held from the caller and released to the former owner. A
		/// meter's binding stays.
		///
		/// Errors: `UnknownDevice`, `NotOffered`, `DeviceRevoked`, `NotAnOperator`,
		/// `NotAMeterOperator`, `NoPolicy`, `TooManyDevices`, `KeyInUse`,
		/// `BadProofOfPossession`, or the currency's. Events: `Transferred`, `KeyRotated`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::accept_transfer())]
		pub fn accept_transfer(
			origin: OriginFor<T>,
			device: DeviceId,
			key: DeviceKey,
			proof: MultiSignature,
		) -> DispatchResult {
			let to = ensure_signed(origin)?;
			let mut record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
			ensure!(record.offered_to.as_ref() == Some(&to), Error::<T>::NotOffered);
			Self::ensure_live(&record)?;
			Self::ensure_may_own(&to, &record.kind)?;
			Self::replace_key(device, &mut record, &to, key.clone(), &proof)?;
			let reason: <T::Currency as frame_support::traits::fungible::InspectHold<
				T::AccountId,
			>>::Reason = HoldReason::DeviceDeposit.into();
			T::Currency::hold(&reason, &to, record.deposit)?;
			T::Currency::release(&reason, &record.owner, record.deposit, Precision::BestEffort)?;
			Self::count_owned(&record.owner, &record.kind, false);
			Self::count_owned(&to, &record.kind, true);
			let from = core::mem::replace(&mut record.owner, to.clone());
			record.offered_to = None;
			// The old owner's gateway relays it no more.
			record.relay = None;
			Devices::<T>::insert(device, record);
			Self::deposit_event(Event::Transferred { device, from, to });
			Self::deposit_event(Event::KeyRotated { device, key });
			Ok(())
		}

		/// Sets the values `kind`'s summaries are expected within (`None` clears them).
		///
		/// Origin: `AdminOrigin`. Errors: `BadRange`. Event: `PlausibleRangeSet`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_plausible_range())]
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

		/// Suspends any device in the city's name: its anchors are refused until the city
		/// resumes it, and its owner can neither resume nor revoke it.
		///
		/// Origin: `AdminOrigin`. Errors: `UnknownDevice`, `DeviceRevoked`, `SuspendedByCity`
		/// (already). Event: `SuspendedByCity`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::city_suspend())]
		pub fn city_suspend(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::mutate_any(device, |record| {
				ensure!(
					record.status != DeviceStatus::SuspendedByCity,
					Error::<T>::SuspendedByCity
				);
				record.status = DeviceStatus::SuspendedByCity;
				Ok(())
			})?;
			Self::deposit_event(Event::SuspendedByCity { device });
			Ok(())
		}

		/// Lifts the city's suspension of a device: it takes anchors again.
		///
		/// Origin: `AdminOrigin`. Errors: `UnknownDevice`, `DeviceRevoked`,
		/// `NotSuspendedByCity`. Event: `ResumedByCity`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::city_resume())]
		pub fn city_resume(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::mutate_any(device, |record| {
				ensure!(
					record.status == DeviceStatus::SuspendedByCity,
					Error::<T>::NotSuspendedByCity
				);
				record.status = DeviceStatus::Active;
				Ok(())
			})?;
			Self::deposit_event(Event::ResumedByCity { device });
			Ok(())
		}

		/// Revokes any device in the city's name, for good: its kept anchors leave storage,
		/// its deposit returns to its owner (who may not be at fault: a stolen key), and a
		/// tombstone stays so that neither its key nor its id is ever registered again.
		///
		/// Charged for a full ring of anchors, refunded down to those the device kept.
		///
		/// Origin: `AdminOrigin`. Errors: `UnknownDevice`, `DeviceRevoked`. Event:
		/// `RevokedByCity`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::city_revoke(T::MaxAnchorsKept::get()))]
		pub fn city_revoke(origin: OriginFor<T>, device: DeviceId) -> DispatchResultWithPostInfo {
			T::AdminOrigin::ensure_origin(origin)?;
			let mut record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
			Self::ensure_live(&record)?;
			let kept = Self::forget_anchors(device, &record);
			T::Currency::release(
				&HoldReason::DeviceDeposit.into(),
				&record.owner,
				record.deposit,
				Precision::BestEffort,
			)?;
			Self::count_owned(&record.owner, &record.kind, false);
			record.status = DeviceStatus::Revoked;
			record.deposit = Zero::zero();
			record.offered_to = None;
			record.binding = None;
			record.proposed_consumer = None;
			record.relay = None;
			Devices::<T>::insert(device, record);
			Self::deposit_event(Event::RevokedByCity { device });
			Ok(Some(T::WeightInfo::city_revoke(kept)).into())
		}

		/// Sets what the city allows of `kind` (`None` removes the policy: the kind can no
		/// longer be registered and its devices take no anchors). A lower bound on devices per
		/// owner applies to new registrations and transfers; owners keep what they have.
		///
		/// Origin: `AdminOrigin`. Errors: `BadPolicy` (an interval of zero blocks). Event:
		/// `PolicySet`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_policy())]
		pub fn set_policy(
			origin: OriginFor<T>,
			kind: DeviceKind,
			policy: Option<DevicePolicyOf<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			match policy {
				Some(policy) => {
					ensure!(!policy.min_interval.is_zero(), Error::<T>::BadPolicy);
					Policies::<T>::insert(kind, policy);
				}
				None => Policies::<T>::remove(kind),
			}
			Self::deposit_event(Event::PolicySet { kind, policy });
			Ok(())
		}

		/// Asks `consumer` to accept being billed for the caller's meter (`Some`); the binding
		/// in force, if any, stays until they accept. `None` ends the binding and withdraws any
		/// proposal: the meter bills nobody. Only the meter's owner (the utility) binds: the
		/// consumer can neither bind nor unbind themselves.
		///
		/// Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `NotAMeter`, `AlreadyBound`.
		/// Event: `ConsumerProposed` or `ConsumerUnbound`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::propose_consumer())]
		pub fn propose_consumer(
			origin: OriginFor<T>,
			device: DeviceId,
			consumer: Option<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::mutate_owned(&who, device, |record| {
				ensure!(record.kind.meter().is_some(), Error::<T>::NotAMeter);
				match &consumer {
					Some(consumer) => {
						ensure!(
							record.binding.as_ref().is_none_or(|b| &b.consumer != consumer),
							Error::<T>::AlreadyBound
						);
						record.proposed_consumer = Some(consumer.clone());
					}
					None => {
						record.binding = None;
						record.proposed_consumer = None;
					}
				}
				Ok(())
			})?;
			match consumer {
				Some(consumer) => Self::deposit_event(Event::ConsumerProposed { device, consumer }),
				None => Self::deposit_event(Event::ConsumerUnbound { device }),
			}
			Ok(())
		}

		/// Accepts being billed for meter `device`, which its owner proposed to the caller. The
		/// previous consumer, if any, is billed no more; the meter's next anchor is the
		/// caller's baseline, and every later one is billed to the caller.
		///
		/// Errors: `UnknownDevice`, `DeviceRevoked`, `NotProposed`. Event: `ConsumerBound`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::accept_consumer())]
		pub fn accept_consumer(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Devices::<T>::get(device).ok_or(Error::<T>::UnknownDevice)?;
			Self::ensure_live(&record)?;
			ensure!(record.proposed_consumer.as_ref() == Some(&who), Error::<T>::NotProposed);
			record.proposed_consumer = None;
			record.binding =
				Some(Binding { consumer: who.clone(), since_sequence: record.next_sequence });
			Devices::<T>::insert(device, record);
			Self::deposit_event(Event::ConsumerBound { device, consumer: who });
			Ok(())
		}

		/// Forgets the caller's meter's last cumulative reading: its next anchor is a new
		/// baseline, billed to nobody. For a meter replaced, or reset after a reading its
		/// consumer disputed (a forged huge total would otherwise refuse every honest reading as
		/// going backwards). The consumer stays bound; CityCoin's usage cap and the consumer's
		/// dispute still guard every later bill.
		///
		/// Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `NotAMeter`. Event:
		/// `MeterReset`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::reset_meter())]
		pub fn reset_meter(origin: OriginFor<T>, device: DeviceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let previous = Self::mutate_owned(&who, device, |record| {
				ensure!(record.kind.meter().is_some(), Error::<T>::NotAMeter);
				Ok(record.meter_total.take())
			})?;
			Self::deposit_event(Event::MeterReset { device, previous });
			Ok(())
		}

		/// Puts the caller's device in relay mode: `relay` (a gateway's key) signs its anchors
		/// from now on, and the device signs each reading itself ([`reading_message`]), so a
		/// reading of such an anchor is proven only with the device's signature and the
		/// gateway never holds the device's key. `None` goes back to anchors signed by the
		/// device's key. A transfer or the city's revocation clears the relay. Not for meters:
		/// the cumulative total an anchor bills is signed by the anchor's signer, so a meter's
		/// anchors stay its own key's.
		///
		/// Errors: `UnknownDevice`, `NotOwner`, `DeviceRevoked`, `RelayIsDeviceKey`,
		/// `NoRelayForMeters`. Event: `RelaySet`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::set_relay())]
		pub fn set_relay(
			origin: OriginFor<T>,
			device: DeviceId,
			relay: Option<DeviceKey>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::mutate_owned(&who, device, |record| {
				ensure!(relay.as_ref() != Some(&record.key), Error::<T>::RelayIsDeviceKey);
				ensure!(
					relay.is_none() || record.kind.meter().is_none(),
					Error::<T>::NoRelayForMeters
				);
				record.relay = relay.clone();
				Ok(())
			})?;
			Self::deposit_event(Event::RelaySet { device, relay });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Authorizes an [`Pallet::anchor`] call: the pool's (and the block's) check of everything
	/// an anchor must satisfy. First, cheaply, the block's anchor budget: an anchor that would
	/// take the anchors of this block beyond [`Config::MaxAnchorWeight`] is
	/// `ExhaustsResources`, which the block builder treats as "full" (the anchor stays in the
	/// pool for the next block; the pool itself validates against the next block, whose
	/// budget is untouched). Then the errors map to transaction validity: a bad signature is
	/// `BadProof`, a replay `Stale`, a skipped sequence number `Future`, an unknown device
	/// `UnknownOrigin`, anything else `Custom(i)` with `i` the index of the pallet's [`Error`]
	/// variant (e.g. `RateLimited`, `StaleTimestamp`).
	pub fn authorize_anchor(
		_source: TransactionSource,
		anchor: &Anchor,
		signature: &MultiSignature,
	) -> TransactionValidityWithRefund {
		let budget_left = T::MaxAnchorWeight::get().saturating_sub(Self::anchor_weight());
		if Self::anchor_cost(true).any_gt(budget_left) {
			return Err(InvalidTransaction::ExhaustsResources.into());
		}
		let device = Devices::<T>::get(anchor.device).ok_or(InvalidTransaction::UnknownOrigin)?;
		let check = Self::check_anchor(&device, anchor).and_then(|()| {
			// Its relay's key in relay mode, else its own.
			let signer = device.relay.as_ref().unwrap_or(&device.key);
			let message = anchor_message(&Self::genesis(), signer, anchor);
			ensure!(signer.verify(&message, signature), Error::<T>::BadSignature);
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

	/// Removes the anchors `device` keeps (the last [`Config::MaxAnchorsKept`] of its sequence
	/// numbers, each removed by its key: a write each, no reads) and answers how many.
	fn forget_anchors(device: DeviceId, record: &DeviceOf<T>) -> u32 {
		let kept = record.next_sequence.min(T::MaxAnchorsKept::get().into());
		let first = record.next_sequence.saturating_sub(kept);
		for sequence in first..record.next_sequence {
			Anchors::<T>::remove(device, sequence);
		}
		// At most `MaxAnchorsKept`, a u32.
		kept as u32
	}

	/// The weight one anchor adds to a block: the extrinsic's base weight, its authorization
	/// and its dispatch (with the biller's, when `billing`). What [`Config::MaxAnchorWeight`]
	/// counts.
	pub fn anchor_cost(billing: bool) -> Weight {
		let base = T::BlockWeights::get().get(DispatchClass::Normal).base_extrinsic;
		let dispatch = if billing {
			T::WeightInfo::anchor().saturating_add(T::OnMeterReading::max_weight())
		} else {
			T::WeightInfo::anchor()
		};
		base.saturating_add(T::WeightInfo::authorize_anchor()).saturating_add(dispatch)
	}

	/// The weight anchors took in the current block (what the runtime's fee adjustment leaves
	/// out).
	pub fn anchor_weight() -> Weight {
		let (at, weight) = AnchorWeight::<T>::get();
		if at == frame_system::Pallet::<T>::block_number() {
			weight
		} else {
			Weight::zero()
		}
	}

	/// Counts an anchor applied in block `now` against the block's budget.
	fn count_anchor_weight(now: BlockNumberFor<T>, billing: bool) {
		let used = Self::anchor_weight().saturating_add(Self::anchor_cost(billing));
		AnchorWeight::<T>::put((now, used));
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

	/// Everything an anchor must satisfy but its signature and the block's budget: the device
	/// is active (`DeviceSuspended`, `SuspendedByCity`, `DeviceRevoked`), its owner still holds
	/// the credential for its kind (`OwnerNotAccredited`), its kind has a policy (`NoPolicy`)
	/// whose interval passed (`RateLimited`), the sequence is the next (`Replayed`,
	/// `SequenceGap`), the timestamp is fresh and increasing (`StaleTimestamp`,
	/// `FutureTimestamp`, `TimestampNotIncreasing`), the batch is of a plausible size
	/// (`EmptyBatch`, `BatchTooLarge`), the summary is ordered (`BadSummary`) and absent for
	/// meters (`MeterSummary`), and a meter's cumulative reading is there and never lower
	/// (`MissingMeterReading`, `MeterWentBackwards`; others: `NotAMeter`).
	fn check_anchor(device: &DeviceOf<T>, anchor: &Anchor) -> Result<(), Error<T>> {
		match device.status {
			DeviceStatus::Active => {}
			DeviceStatus::Suspended => return Err(Error::<T>::DeviceSuspended),
			DeviceStatus::SuspendedByCity => return Err(Error::<T>::SuspendedByCity),
			DeviceStatus::Revoked => return Err(Error::<T>::DeviceRevoked),
		}
		ensure!(anchor.sequence >= device.next_sequence, Error::<T>::Replayed);
		ensure!(anchor.sequence == device.next_sequence, Error::<T>::SequenceGap);
		ensure!(
			T::Credentials::has_active_credential(
				&device.owner,
				&Self::credential_for(&device.kind).0,
				None
			),
			Error::<T>::OwnerNotAccredited
		);
		let policy = Policies::<T>::get(device.kind).ok_or(Error::<T>::NoPolicy)?;
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(last) = device.last_anchor_at {
			ensure!(now >= last.saturating_add(policy.min_interval), Error::<T>::RateLimited);
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
				ensure!(anchor.summary.is_none(), Error::<T>::MeterSummary);
				ensure!(
					device.meter_total.is_none_or(|last| total >= last),
					Error::<T>::MeterWentBackwards
				);
				Ok(())
			}
			(None, None) => Ok(()),
		}
	}

	/// The credential an owner of a device of `kind` holds, and the error of an account
	/// without it.
	fn credential_for(kind: &DeviceKind) -> (CredentialKind, Error<T>) {
		if kind.meter().is_some() {
			(T::MeterOperatorCredential::get(), Error::<T>::NotAMeterOperator)
		} else {
			(T::OperatorCredential::get(), Error::<T>::NotAnOperator)
		}
	}

	/// Whether `who` may own one more device of `kind`: the credential for the kind, and
	/// fewer devices of it than its policy allows.
	fn ensure_may_own(who: &T::AccountId, kind: &DeviceKind) -> DispatchResult {
		let (credential, not_accredited) = Self::credential_for(kind);
		ensure!(T::Credentials::has_active_credential(who, &credential, None), not_accredited);
		let policy = Policies::<T>::get(kind).ok_or(Error::<T>::NoPolicy)?;
		ensure!(
			OwnedDevices::<T>::get(who, kind) < policy.max_per_owner,
			Error::<T>::TooManyDevices
		);
		Ok(())
	}

	/// Counts one device of `kind` more (`added`) or less for `owner`.
	fn count_owned(owner: &T::AccountId, kind: &DeviceKind, added: bool) {
		OwnedDevices::<T>::mutate_exists(owner, kind, |count| {
			let now = count.unwrap_or(0);
			let next = if added { now.saturating_add(1) } else { now.saturating_sub(1) };
			*count = (next > 0).then_some(next);
		});
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

	/// Gives device `id` (`record`, stored by the caller) the key `key`, which `holder` proves
	/// to hold with `proof`; the old key no longer names it.
	fn replace_key(
		id: DeviceId,
		record: &mut DeviceOf<T>,
		holder: &T::AccountId,
		key: DeviceKey,
		proof: &MultiSignature,
	) -> DispatchResult {
		ensure!(!DeviceByKey::<T>::contains_key(&key), Error::<T>::KeyInUse);
		// The relay's holder would sign readings as the device.
		ensure!(record.relay.as_ref() != Some(&key), Error::<T>::RelayIsDeviceKey);
		Self::check_possession(&key, holder, proof)?;
		DeviceByKey::<T>::remove(&record.key);
		DeviceByKey::<T>::insert(&key, id);
		record.key = key;
		Ok(())
	}

	/// Refuses a device the city revoked (a tombstone nothing changes).
	fn ensure_live(record: &DeviceOf<T>) -> DispatchResult {
		ensure!(record.status != DeviceStatus::Revoked, Error::<T>::DeviceRevoked);
		Ok(())
	}

	/// Device `id`, if `who` owns it and the city has not revoked it.
	fn owned(who: &T::AccountId, id: DeviceId) -> Result<DeviceOf<T>, DispatchError> {
		let record = Devices::<T>::get(id).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(&record.owner == who, Error::<T>::NotOwner);
		Self::ensure_live(&record)?;
		Ok(record)
	}

	/// Changes device `id`, which `who` owns, with `change`.
	fn mutate_owned<R>(
		who: &T::AccountId,
		id: DeviceId,
		change: impl FnOnce(&mut DeviceOf<T>) -> Result<R, DispatchError>,
	) -> Result<R, DispatchError> {
		let mut record = Self::owned(who, id)?;
		let result = change(&mut record)?;
		Devices::<T>::insert(id, record);
		Ok(result)
	}

	/// Changes device `id`, whoever owns it, unless the city revoked it (for the city's calls).
	fn mutate_any(
		id: DeviceId,
		change: impl FnOnce(&mut DeviceOf<T>) -> DispatchResult,
	) -> DispatchResult {
		let mut record = Devices::<T>::get(id).ok_or(Error::<T>::UnknownDevice)?;
		Self::ensure_live(&record)?;
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
		if !merkle::verify(&anchor.root, proof, anchor.count, reading.index, leaf) {
			return Verdict::NotProven;
		}
		if let Some(key) = &anchor.readings_signed_by {
			let message = reading_message(
				&Self::genesis(),
				&reading.device,
				reading.timestamp,
				reading.value,
			);
			if !reading.signature.as_ref().is_some_and(|signature| key.verify(&message, signature))
			{
				return Verdict::NotSignedByDevice;
			}
		}
		Verdict::Proven { at: anchor.at, timestamp: anchor.timestamp, root: anchor.root }
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
	///    and within the ring (`sequence + MaxAnchorsKept >= next`); no anchors without a device,
	///    none of a city tombstone.
	/// 3. A device that anchored has `last_anchor_at`, and its last anchor, if kept, carries its
	///    last timestamp.
	/// 4. Deposits: each owner's holds for devices equal the deposits of the devices they own;
	///    a tombstone holds none.
	/// 5. Plausible ranges are ordered; policies' intervals are a block at least.
	/// 6. `OwnedDevices` counts each owner's live devices per kind (tombstones excluded), with
	///    no zero entries.
	/// 7. Only meters have a consumer or a proposed one; a binding's baseline is not ahead of
	///    the meter's next sequence number.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut owned: BTreeMap<(T::AccountId, DeviceKind), u32> = BTreeMap::new();
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
			if device.status == DeviceStatus::Revoked {
				ensure!(kept.is_empty(), "2: a tombstone keeps anchors");
				ensure!(device.deposit.is_zero(), "4: a tombstone holds a deposit");
			} else {
				let total = deposits.entry(device.owner.clone()).or_default();
				*total = total.saturating_add(device.deposit);
				let count = owned.entry((device.owner.clone(), device.kind)).or_default();
				*count = count.saturating_add(1);
			}
			if device.kind.meter().is_none() {
				ensure!(
					device.binding.is_none() && device.proposed_consumer.is_none(),
					"7: a consumer of a device that is no meter"
				);
			}
			if let Some(binding) = &device.binding {
				ensure!(
					binding.since_sequence <= device.next_sequence,
					"7: a binding's baseline ahead of the sequence"
				);
			}
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
		for (_, policy) in Policies::<T>::iter() {
			ensure!(!policy.min_interval.is_zero(), "5: a policy's interval is zero");
		}
		let mut counted = 0usize;
		for (owner, kind, count) in OwnedDevices::<T>::iter() {
			counted = counted.saturating_add(1);
			ensure!(
				owned.get(&(owner, kind)) == Some(&count),
				"6: OwnedDevices differs from the devices"
			);
		}
		ensure!(counted == owned.len(), "6: an owner's devices are not counted");
		Ok(())
	}
}
