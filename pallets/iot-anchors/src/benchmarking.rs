//! The IoT anchors' benchmarks, each at its worst case: ecdsa keys (public-key recovery is the
//! dearest of the three schemes' checks), a resident registering a meter (two credential
//! reads), a full ring of anchors (each anchor removes the oldest; revocation clears them
//! all), a summary outside its kind's plausible range (one more event).

use super::*;
use crate::Pallet as IotAnchors;
use frame_benchmarking::v2::*;
use frame_support::traits::Authorize;
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

/// Plenty of CITY for `who`.
fn endow<T: Config>(who: &T::AccountId) -> Result<(), BenchmarkError> {
	let amount = T::Currency::minimum_balance()
		.saturating_mul(1_000_000u32.into())
		.saturating_add(T::DeviceDeposit::get().saturating_mul(10u32.into()));
	T::Currency::mint_into(who, amount).map_err(|_| BenchmarkError::Weightless)?;
	Ok(())
}

/// A resident with plenty of CITY (and no operator credential).
fn resident<T: Config>(name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account(name, index, 0);
	T::Credentials::grant_for_benchmarks(&who, CredentialKind::Resident);
	endow::<T>(&who)?;
	Ok(who)
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
	let kept: u64 = T::MaxAnchorsKept::get().into();
	let now = frame_system::Pallet::<T>::block_number();
	let at = now.saturating_sub(T::MinAnchorInterval::get());
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
			},
		);
	}
	let mut device = Devices::<T>::get(id).ok_or(BenchmarkError::Weightless)?;
	device.next_sequence = kept;
	device.last_anchor_at = Some(at);
	device.last_timestamp = timestamp;
	Devices::<T>::insert(id, device);
	Ok(())
}

/// The next anchor of device `id`: the largest batch, a summary out of `kind`'s range.
fn next_anchor<T: Config>(id: DeviceId, kind: DeviceKind) -> Result<Anchor, BenchmarkError> {
	let device = Devices::<T>::get(id).ok_or(BenchmarkError::Weightless)?;
	PlausibleRanges::<T>::insert(kind, Range { min: 0, max: 10 });
	Ok(Anchor {
		device: id,
		sequence: device.next_sequence,
		timestamp: device.last_timestamp.saturating_add(1),
		root: H256::repeat_byte(7),
		count: T::MaxReadingsPerAnchor::get(),
		summary: Some(Summary { min: -5, max: 50, mean: 20 }),
		cumulative: device.kind.meter().map(|_| 1_000),
	})
}

/// Block `MinAnchorInterval + 1` at least (the ring's last anchor sits an interval back).
fn start<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number()
		.max(T::MinAnchorInterval::get().saturating_add(1u32.into()));
	frame_system::Pallet::<T>::set_block_number(now);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = resident::<T>("owner", 0)?;
		let key = new_key(0);
		let proof = sign(&key, &possession_message(&IotAnchors::<T>::genesis(), &owner))?;
		let kind = DeviceKind::Meter(MeterKind::Water);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), key.clone(), kind, meter_location::<T>(), proof);

		assert!(Devices::<T>::get(key.device_id()).is_some_and(|device| device.owner == owner));
		Ok(())
	}

	#[benchmark]
	fn anchor() -> Result<(), BenchmarkError> {
		start::<T>();
		let operator =
			T::OperatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner =
			T::OperatorOrigin::ensure_origin(operator).map_err(|_| BenchmarkError::Weightless)?;
		endow::<T>(&owner)?;
		let kind = DeviceKind::AirQuality;
		let (id, key) = registered::<T>(&owner, kind, 0)?;
		full_ring::<T>(id)?;
		let next = next_anchor::<T>(id, kind)?;
		let signature = sign(&key, &anchor_message(&IotAnchors::<T>::genesis(), &key, &next))?;
		let sequence = next.sequence;

		#[extrinsic_call]
		_(RawOrigin::Authorized, next, signature);

		assert!(Anchors::<T>::contains_key(id, sequence));
		assert!(!Anchors::<T>::contains_key(id, sequence - u64::from(T::MaxAnchorsKept::get())));
		Ok(())
	}

	#[benchmark]
	fn authorize_anchor() -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = resident::<T>("owner", 0)?;
		let kind = DeviceKind::Meter(MeterKind::Electricity);
		let (id, key) = registered::<T>(&owner, kind, 0)?;
		full_ring::<T>(id)?;
		let next = next_anchor::<T>(id, kind)?;
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
		let owner = resident::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Gas), 0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.status == DeviceStatus::Suspended));
		Ok(())
	}

	#[benchmark]
	fn resume() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Gas), 0)?;
		IotAnchors::<T>::suspend(RawOrigin::Signed(owner.clone()).into(), id)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.status == DeviceStatus::Active));
		Ok(())
	}

	#[benchmark]
	fn revoke() -> Result<(), BenchmarkError> {
		start::<T>();
		let owner = resident::<T>("owner", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Water), 0)?;
		full_ring::<T>(id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(!Devices::<T>::contains_key(id));
		assert_eq!(Anchors::<T>::iter_prefix(id).count(), 0);
		Ok(())
	}

	#[benchmark]
	fn rotate_key() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
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
		let owner = resident::<T>("owner", 0)?;
		let to = resident::<T>("buyer", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Water), 0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, Some(to.clone()));

		assert!(Devices::<T>::get(id).is_some_and(|d| d.offered_to == Some(to)));
		Ok(())
	}

	#[benchmark]
	fn accept_transfer() -> Result<(), BenchmarkError> {
		let owner = resident::<T>("owner", 0)?;
		let to = resident::<T>("buyer", 0)?;
		let (id, _) = registered::<T>(&owner, DeviceKind::Meter(MeterKind::Water), 0)?;
		IotAnchors::<T>::offer_transfer(RawOrigin::Signed(owner).into(), id, Some(to.clone()))
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(to.clone()), id);

		assert!(Devices::<T>::get(id).is_some_and(|d| d.owner == to));
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

	impl_benchmark_test_suite!(IotAnchors, crate::mock::new_bench_ext(), crate::mock::Test);
}
