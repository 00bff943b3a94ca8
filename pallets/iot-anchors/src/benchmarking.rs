//! The IoT anchors' benchmarks, each at its worst case: ecdsa keys (public-key recovery is the
//! dearest of the three schemes' checks), owners whose credential check reads a full list of
//! credentials (the registry's `grant_for_benchmarks` leaves them so), a full ring of anchors
//! (each anchor removes the oldest; revocation clears them all), a summary outside its kind's
//! plausible range (one more event).

use super::*;
use crate::Pallet as IotAnchors;
use city_primitives::{benchmarking::credentialed, metering::MeterKind};
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Inspect, Authorize};
use frame_system::RawOrigin;
use sp_core::crypto::KeyTypeId;
use sp_runtime::transaction_validity::TransactionSource;

/// The benchmarks' keys live in the keystore under this type.
const KEY_TYPE: KeyTypeId = KeyTypeId(*b"iotb");

/// A fresh ecdsa key in the keystore.
fn new_key(n: u32) -> DeviceKey {
	let seed = alloc::format!("//iot-benchmark-{n}").into_bytes();
	DeviceKey::Ecdsa(sp_io::crypto::ecdsa_generate(KEY_TYPE, Some(seed)))
}

/// `key`'s signature of `message`.
fn sign(key: &DeviceKey, message: &[u8]) -> Result<MultiSignature, BenchmarkError> {
	match key {
		DeviceKey::Ecdsa(public) => sp_io::crypto::ecdsa_sign(KEY_TYPE, public, message)
			.map(Into::into)
			.ok_or(BenchmarkError::Stop("the keystore could not sign")),
		_ => Err(BenchmarkError::Stop("benchmark keys are ecdsa")),
	}
}

/// Account `name`, `index` holding `credential`, with plenty of CITY: a million existential
/// deposits and ten devices' deposits.
fn accredited<T: Config>(
	name: &'static str,
	index: u32,
	credential: CredentialKind,
) -> Result<T::AccountId, BenchmarkError> {
	let amount = T::Currency::minimum_balance()
		.saturating_mul(1_000_000u32.into())
		.saturating_add(T::DeviceDeposit::get().saturating_mul(10u32.into()));
	credentialed::<T::AccountId, T::Credentials, T::Currency>(name, index, credential, amount)
		.map_err(|_| BenchmarkError::Weightless)
}

/// A meter operator with plenty of CITY.
fn utility<T: Config>(name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
	accredited::<T>(name, index, T::MeterOperatorCredential::get())
}

/// An operator of public sensors with plenty of CITY.
fn operator<T: Config>(name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
	accredited::<T>(name, index, T::OperatorCredential::get())
}

/// Lets `kind` be registered and anchored (the benchmarks' chain may have no policy for it).
fn allow<T: Config>(kind: DeviceKind) {
	Policies::<T>::insert(
		kind,
		DevicePolicy { max_per_owner: u32::MAX, min_interval: 1u32.into() },
	);
}

/// The policy's interval of `kind`.
fn interval<T: Config>(kind: DeviceKind) -> BlockNumberFor<T> {
	Policies::<T>::get(kind).map_or(1u32.into(), |policy| policy.min_interval)
}

/// A bound meter of `owner` with key `n`: `consumer` accepted it long enough ago that its next
/// anchor is billed.
fn bound_meter<T: Config>(
	owner: &T::AccountId,
	consumer: &T::AccountId,
	n: u32,
) -> Result<(DeviceId, DeviceKey), BenchmarkError> {
	let (id, key) = registered::<T>(owner, DeviceKind::Meter(MeterKind::Water), n)?;
	let mut device = Devices::<T>::get(id).ok_or(BenchmarkError::Weightless)?;
	device.binding = Some(Binding { consumer: consumer.clone(), since_sequence: 0 });
	Devices::<T>::insert(id, device);
	Ok((id, key))
}

/// The longest location a meter may have.
fn meter_location<T: Config>() -> Geohash {
	let len = T::MaxMeterPrecision::get().clamp(1, MAX_GEOHASH_LEN) as usize;
	BoundedVec::truncate_from(alloc::vec![b'u'; len])
}

/// `owner`'s device of `kind` with key `n`, registered; answers its id and key.
fn registered<T: Config>(
	owner: &T::AccountId,
	kind: DeviceKind,
	n: u32,
) -> Result<(DeviceId, DeviceKey), BenchmarkError> {
	allow::<T>(kind);
	let key = new_key(n);
	let proof = sign(&key, &possession_message(&IotAnchors::<T>::genesis(), owner))?;
	IotAnchors::<T>::register(
		RawOrigin::Signed(owner.clone()).into(),
		key.clone(),
		kind,
		meter_location::<T>(),
		proof,
	)
	.map_err(|_| BenchmarkError::Weightless)?;
	Ok((key.device_id(), key))
}

/// Gives device `id` a full ring of anchors, the last one far enough back for the next.
fn full_ring<T: Config>(id: DeviceId) -> Result<(), BenchmarkError> {
	ring::<T>(id, T::MaxAnchorsKept::get())
}

/// Gives device `id` its first `n` anchors, the last one far enough back for the next.
fn ring<T: Config>(id: DeviceId, n: u32) -> Result<(), BenchmarkError> {
	let kept = u64::from(n);
	let now = frame_system::Pallet::<T>::block_number();
	let kind = Devices::<T>::get(id).ok_or(BenchmarkError::Weightless)?.kind;
	let at = now.saturating_sub(interval::<T>(kind));
	let timestamp = IotAnchors::<T>::now_ms();
	for sequence in 0..kept {
		Anchors::<T>::insert(
			id,
			sequence,
			AnchorRecord {
				root: H256::repeat_byte(1),
				count: 1,
				timestamp,
				at,
				summary: None,
				cumulative: None,
				readings_signed_by: None,
			},
		);
	}
	let mut device = Devices::<T>::get(id).ok_or(BenchmarkError::Weightless)?;
	device.next_sequence = kept;
	device.last_anchor_at = Some(at);
	device.last_timestamp = timestamp;
	device.meter_total = device.kind.meter().map(|_| 0);
	Devices::<T>::insert(id, device);
	Ok(())
}

/// The next anchor of device `id`: the largest batch, a summary out of `kind`'s range (a
/// meter's: no summary, a cumulative reading that is billed).
fn next_anchor<T: Config>(id: DeviceId, kind: DeviceKind) -> Result<Anchor, BenchmarkError> {
	let device = Devices::<T>::get(id).ok_or(BenchmarkError::Weightless)?;
	PlausibleRanges::<T>::insert(kind, Range { min: 0, max: 10 });
	let meter = device.kind.meter().is_some();
	Ok(Anchor {
		device: id,
		sequence: device.next_sequence,
		timestamp: device.last_timestamp.saturating_add(1),
		root: H256::repeat_byte(7),
		count: T::MaxReadingsPerAnchor::get(),
		summary: (!meter).then_some(Summary { min: -5, max: 50, mean: 20 }),
		cumulative: meter.then_some(1_000),
	})
}

/// A block late enough that a ring's last anchor sits an interval back (any interval the
/// benchmarks' chain sets).
fn start<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number().max(1_000_000u32.into());
	frame_system::Pallet::<T>::set_block_number(now);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = utility::<T>("owner", 0)?;
		let key = new_key(0);
		let proof = sign(&key, &possession_message(&IotAnchors::<T>::genesis(), &owner))?;
		let kind = DeviceKind::Meter(MeterKind::Water);
		allow::<T>(kind);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), key.clone(), kind, meter_location::<T>(), proof);

		assert!(Devices::<T>::get(key.device_id()).is_some_and(|device| device.owner == owner));
		Ok(())
	}

	#[benchmark]
	fn anchor() -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = operator::<T>("owner", 0)?;
		let kind = DeviceKind::AirQuality;
		let (id, _) = registered::<T>(&owner, kind, 0)?;
		full_ring::<T>(id)?;
		// In relay mode (the larger record: it keeps the key its readings are signed with).
		let relay = new_key(7);
		IotAnchors::<T>::set_relay(RawOrigin::Signed(owner).into(), id, Some(relay.clone()))
			.map_err(|_| BenchmarkError::Weightless)?;
		let next = next_anchor::<T>(id, kind)?;
		let signature = sign(&relay, &anchor_message(&IotAnchors::<T>::genesis(), &relay, &next))?;
		let sequence = next.sequence;

		#[extrinsic_call]
		_(RawOrigin::Authorized, next, signature);

		assert!(Anchors::<T>::get(id, sequence).is_some_and(|a| a.readings_signed_by.is_some()));
		assert!(!Anchors::<T>::contains_key(id, sequence - u64::from(T::MaxAnchorsKept::get())));
		Ok(())
	}

	#[benchmark]
	fn authorize_anchor() -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = utility::<T>("owner", 0)?;
		let consumer: T::AccountId = account("consumer", 0, 0);
		let (id, key) = bound_meter::<T>(&owner, &consumer, 0)?;
		full_ring::<T>(id)?;
		let next = next_anchor::<T>(id, DeviceKind::Meter(MeterKind::Water))?;
		let signature = sign(&key, &anchor_message(&IotAnchors::<T>::genesis(), &key, &next))?;
		let call = Call::<T>::anchor { anchor: next, signature };

		#[block]
		{
			call.authorize(TransactionSource::External)
				.ok_or(BenchmarkError::Stop("anchor is authorized by the pallet"))?
				.map_err(|_| BenchmarkError::Stop("the anchor is valid"))?;
		}

		Ok(())
	}

	#[benchmark]
	fn suspend() -> Result<(), BenchmarkError> {
		let owner = utility::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Gas), 0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.status == DeviceStatus::Suspended));
		Ok(())
	}

	#[benchmark]
	fn resume() -> Result<(), BenchmarkError> {
		let owner = utility::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Gas), 0)?;
		IotAnchors::<T>::suspend(RawOrigin::Signed(owner.clone()).into(), id)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.status == DeviceStatus::Active));
		Ok(())
	}

	/// A device that kept `n` anchors.
	#[benchmark]
	fn revoke(n: Linear<0, { T::MaxAnchorsKept::get() }>) -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = utility::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Water), 0)?;
		ring::<T>(id, n)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(!Devices::<T>::contains_key(id));
		assert_eq!(Anchors::<T>::iter_prefix(id).count(), 0);
		Ok(())
	}

	#[benchmark]
	fn rotate_key() -> Result<(), BenchmarkError> {
		let owner = utility::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Heat), 0)?;
		let key = new_key(1);
		let proof = sign(&key, &possession_message(&IotAnchors::<T>::genesis(), &owner))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, key.clone(), proof);

		assert_eq!(DeviceByKey::<T>::get(&key), Some(id));
		Ok(())
	}

	#[benchmark]
	fn offer_transfer() -> Result<(), BenchmarkError> {
		let owner = utility::<T>("owner", 0)?;
		let to = utility::<T>("buyer", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Water), 0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, Some(to.clone()));

		assert!(Devices::<T>::get(id).is_some_and(|d| d.offered_to == Some(to)));
		Ok(())
	}

	#[benchmark]
	fn accept_transfer() -> Result<(), BenchmarkError> {
		let owner = utility::<T>("owner", 0)?;
		let to = utility::<T>("buyer", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Water), 0)?;
		IotAnchors::<T>::offer_transfer(RawOrigin::Signed(owner).into(), id, Some(to.clone()))
			.map_err(|_| BenchmarkError::Weightless)?;
		let key = new_key(1);
		let proof = sign(&key, &possession_message(&IotAnchors::<T>::genesis(), &to))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(to.clone()), id, key.clone(), proof);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.owner == to && d.key == key));
		Ok(())
	}

	#[benchmark]
	fn set_plausible_range() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let range = Range { min: -40_000, max: 60_000 };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, DeviceKind::Weather, Some(range));

		assert_eq!(PlausibleRanges::<T>::get(DeviceKind::Weather), Some(range));
		Ok(())
	}

	#[benchmark]
	fn city_suspend() -> Result<(), BenchmarkError> {
		let owner = operator::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Noise, 0)?;
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.status == DeviceStatus::SuspendedByCity));
		Ok(())
	}

	#[benchmark]
	fn city_resume() -> Result<(), BenchmarkError> {
		let owner = operator::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Noise, 0)?;
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		IotAnchors::<T>::city_suspend(origin.clone(), id)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.status == DeviceStatus::Active));
		Ok(())
	}

	/// A device that kept `n` anchors.
	#[benchmark]
	fn city_revoke(n: Linear<0, { T::MaxAnchorsKept::get() }>) -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = operator::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Noise, 0)?;
		ring::<T>(id, n)?;
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.status == DeviceStatus::Revoked));
		assert_eq!(Anchors::<T>::iter_prefix(id).count(), 0);
		Ok(())
	}

	#[benchmark]
	fn set_policy() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let policy = DevicePolicy { max_per_owner: 100, min_interval: 10u32.into() };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, DeviceKind::Other(7), Some(policy));

		assert_eq!(Policies::<T>::get(DeviceKind::Other(7)), Some(policy));
		Ok(())
	}

	#[benchmark]
	fn propose_consumer() -> Result<(), BenchmarkError> {
		let owner = utility::<T>("owner", 0)?;
		let consumer: T::AccountId = account("consumer", 0, 0);
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Water), 0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, Some(consumer.clone()));

		assert!(Devices::<T>::get(id).is_some_and(|d| d.proposed_consumer == Some(consumer)));
		Ok(())
	}

	#[benchmark]
	fn accept_consumer() -> Result<(), BenchmarkError> {
		let owner = utility::<T>("owner", 0)?;
		let consumer: T::AccountId = account("consumer", 0, 0);
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Water), 0)?;
		IotAnchors::<T>::propose_consumer(
			RawOrigin::Signed(owner).into(),
			id,
			Some(consumer.clone()),
		)
		.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(consumer.clone()), id);

		assert!(Devices::<T>::get(id)
			.is_some_and(|d| d.binding.is_some_and(|binding| binding.consumer == consumer)));
		Ok(())
	}

	#[benchmark]
	fn reset_meter() -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = utility::<T>("owner", 0)?;
		let consumer: T::AccountId = account("consumer", 0, 0);
		let (id, _) = bound_meter::<T>(&owner, &consumer, 0)?;
		full_ring::<T>(id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.meter_total.is_none()));
		Ok(())
	}

	#[benchmark]
	fn set_relay() -> Result<(), BenchmarkError> {
		let owner = operator::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::AirQuality, 0)?;
		let relay = new_key(7);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, Some(relay.clone()));

		assert!(Devices::<T>::get(id).is_some_and(|d| d.relay == Some(relay)));
		Ok(())
	}

	impl_benchmark_test_suite!(IotAnchors, crate::tests::new_bench_ext(), crate::tests::Test);
}
