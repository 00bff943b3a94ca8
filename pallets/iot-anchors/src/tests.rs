//! The IoT anchors' unit tests: every call's success and each error path (with
//! `assert_noop!`), every rejection of an anchor both where the pool meets it (`authorize`)
//! and where the block applies it, the ring, meters' billing and proofs of readings. The
//! invariants are checked after every test (`new_test_ext`).

use crate::{mock::*, *};
use city_primitives::metering::MeterKind;
use frame_support::{assert_noop, assert_ok, traits::Authorize};
use sp_runtime::{
	transaction_validity::{TransactionSource, TransactionValidityError},
	DispatchError,
};

type Error = crate::Error<Test>;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn authorized() -> RuntimeOrigin {
	frame_system::RawOrigin::Authorized.into()
}

fn meter() -> DeviceKind {
	DeviceKind::Meter(MeterKind::Water)
}

fn location(text: &str) -> Geohash {
	BoundedVec::truncate_from(text.as_bytes().to_vec())
}

/// Registers `key` for `owner` as `kind`; answers its id.
fn register(owner: u64, key: &TestKey, kind: DeviceKind) -> DeviceId {
	assert_ok!(IotAnchors::register(
		signed(owner),
		key.public(),
		kind,
		location("u33db"),
		key.possession(owner)
	));
	key.id()
}

/// The readings `values` of device `id`'s batch `sequence`, taken a second apart up to now.
fn readings(id: DeviceId, sequence: u64, values: &[i64]) -> Vec<Reading> {
	let start = now_ms().saturating_sub(1_000 * values.len() as u64);
	values
		.iter()
		.enumerate()
		.map(|(i, value)| Reading {
			device: id,
			sequence,
			index: i as u32,
			timestamp: start + 1_000 * i as u64,
			value: *value,
			signature: None,
		})
		.collect()
}

/// The anchor of `readings` (a batch of device `id`'s next), signed now.
fn anchor_of(id: DeviceId, readings: &[Reading], cumulative: Option<u64>) -> Anchor {
	let leaves: Vec<H256> = readings.iter().map(reading_leaf).collect();
	let values: Vec<i64> = readings.iter().map(|r| r.value).collect();
	let min = values.iter().copied().min().unwrap_or(0);
	let max = values.iter().copied().max().unwrap_or(0);
	let mean = values.iter().sum::<i64>() / values.len().max(1) as i64;
	Anchor {
		device: id,
		sequence: Devices::<Test>::get(id).map_or(0, |d| d.next_sequence),
		timestamp: now_ms(),
		root: merkle::root(&leaves),
		count: readings.len() as u32,
		// Meters (which carry a cumulative reading) anchor no summary.
		summary: cumulative.is_none().then_some(Summary { min, max, mean }),
		cumulative,
	}
}

/// The utility's water meter `key`, bound to `consumer` (who accepted it); answers its id.
fn bound_meter(key: &TestKey, consumer: u64) -> DeviceId {
	let id = register(UTILITY, key, meter());
	bind(id, consumer);
	id
}

/// The utility binds meter `id` to `consumer`, who accepts.
fn bind(id: DeviceId, consumer: u64) {
	let owner = Devices::<Test>::get(id).expect("a device").owner;
	assert_ok!(IotAnchors::propose_consumer(signed(owner), id, Some(consumer)));
	assert_ok!(IotAnchors::accept_consumer(signed(consumer), id));
}

/// The blocks between two anchors of a device of `kind`.
fn interval(kind: DeviceKind) -> u64 {
	if kind.meter().is_some() {
		METER_INTERVAL
	} else {
		INTERVAL
	}
}

/// A batch of `values` for device `id`'s next sequence number.
fn next(id: DeviceId, values: &[i64], cumulative: Option<u64>) -> (Anchor, Vec<Reading>) {
	let sequence = Devices::<Test>::get(id).map_or(0, |d| d.next_sequence);
	let readings = readings(id, sequence, values);
	(anchor_of(id, &readings, cumulative), readings)
}

/// What the pool says of `anchor` signed with `signature`.
fn authorize(
	anchor: &Anchor,
	signature: &MultiSignature,
) -> Result<ValidTransaction, TransactionValidityError> {
	let call = Call::<Test>::anchor { anchor: anchor.clone(), signature: signature.clone() };
	call.authorize(TransactionSource::External)
		.expect("anchor is authorized by the pallet")
		.map(|(valid, _)| valid)
}

/// Authorizes and applies `anchor` signed by `key`, as a block does.
fn submit(key: &TestKey, anchor: &Anchor) {
	let signature = key.sign_anchor(anchor);
	assert_ok!(authorize(anchor, &signature));
	assert_ok!(IotAnchors::anchor(authorized(), anchor.clone(), signature));
}

/// The pool's custom code for `error`.
fn custom(error: Error) -> TransactionValidityError {
	InvalidTransaction::Custom(error.encode()[0]).into()
}

/// Asserts that `anchor` (signed by `key`) is refused in the pool with `validity` and in a
/// block with `error`, changing nothing.
fn refused(key: &TestKey, anchor: &Anchor, validity: TransactionValidityError, error: Error) {
	let signature = key.sign_anchor(anchor);
	assert_eq!(authorize(anchor, &signature), Err(validity));
	assert_noop!(IotAnchors::anchor(authorized(), anchor.clone(), signature), error);
}

mod registration {
	use super::*;

	#[test]
	fn the_utility_registers_meters_with_each_scheme() {
		new_test_ext(|| {
			for (i, key) in
				[TestKey::sr("//m1"), TestKey::ed("//m2"), TestKey::ec("//m3")].iter().enumerate()
			{
				let id = register(UTILITY, key, meter());
				assert_eq!(
					last_event(),
					Event::Registered {
						device: id,
						owner: UTILITY,
						kind: meter(),
						key: key.public()
					}
					.into()
				);
				let device = Devices::<Test>::get(id).expect("registered");
				assert_eq!(device.owner, UTILITY);
				assert_eq!(device.next_sequence, 0);
				assert_eq!(device.status, DeviceStatus::Active);
				assert_eq!(device.binding, None);
				assert_eq!(DeviceByKey::<Test>::get(key.public()), Some(id));
				assert_eq!(on_hold(UTILITY), DEPOSIT * (i as u64 + 1));
				assert_eq!(OwnedDevices::<Test>::get(UTILITY, meter()), i as u32 + 1);
			}
			assert_eq!(free(UTILITY), ENDOWMENT - 3 * DEPOSIT);
		});
	}

	#[test]
	fn an_operator_registers_public_sensors_with_a_precise_location() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			assert_ok!(IotAnchors::register(
				signed(OPERATOR),
				key.public(),
				DeviceKind::AirQuality,
				location("u33dbfcyegk2"),
				key.possession(OPERATOR)
			));
			assert_eq!(Devices::<Test>::get(key.id()).map(|d| d.owner), Some(OPERATOR));
		});
	}

	#[test]
	fn a_resident_cannot_install_the_meter_that_bills_them() {
		new_test_ext(|| {
			let key = TestKey::sr("//x");
			let try_register = |who: u64, kind: DeviceKind| {
				IotAnchors::register(
					signed(who),
					key.public(),
					kind,
					location("u33d"),
					key.possession(who),
				)
			};
			// Residents own no device: neither a sensor nor the meter they would be billed by.
			assert_noop!(try_register(ANNA, DeviceKind::Noise), Error::NotAnOperator);
			assert_noop!(try_register(ANNA, meter()), Error::NotAMeterOperator);
			assert_noop!(try_register(VISITOR, meter()), Error::NotAMeterOperator);
			// Each operator credential serves its own kinds only.
			assert_noop!(try_register(OPERATOR, meter()), Error::NotAMeterOperator);
			assert_noop!(try_register(UTILITY, DeviceKind::Noise), Error::NotAnOperator);
			assert_noop!(
				IotAnchors::register(
					RuntimeOrigin::none(),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(UTILITY)
				),
				DispatchError::BadOrigin
			);
			revoke(FITTER, &city_primitives::credentials::MeterOperator::get());
			assert_noop!(try_register(FITTER, meter()), Error::NotAMeterOperator);
		});
	}

	#[test]
	fn locations_are_geohashes_and_meters_are_coarse() {
		new_test_ext(|| {
			let key = TestKey::sr("//x");
			for bad in ["", "u33a", "U33D", "u3 3"] {
				assert_noop!(
					IotAnchors::register(
						signed(UTILITY),
						key.public(),
						meter(),
						location(bad),
						key.possession(UTILITY)
					),
					Error::BadGeohash
				);
			}
			assert_noop!(
				IotAnchors::register(
					signed(UTILITY),
					key.public(),
					meter(),
					location("u33dbfc"),
					key.possession(UTILITY)
				),
				Error::LocationTooPrecise
			);
		});
	}

	#[test]
	fn a_key_proves_possession_and_serves_one_device() {
		new_test_ext(|| {
			let key = TestKey::sr("//x");
			// A proof made for someone else, or by another key.
			assert_noop!(
				IotAnchors::register(
					signed(UTILITY),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(FITTER)
				),
				Error::BadProofOfPossession
			);
			assert_noop!(
				IotAnchors::register(
					signed(UTILITY),
					key.public(),
					meter(),
					location("u33d"),
					TestKey::sr("//y").possession(UTILITY)
				),
				Error::BadProofOfPossession
			);
			register(UTILITY, &key, meter());
			assert_noop!(
				IotAnchors::register(
					signed(FITTER),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(FITTER)
				),
				Error::KeyInUse
			);
		});
	}

	#[test]
	fn the_deposit_must_be_affordable() {
		new_test_ext(|| {
			let key = TestKey::sr("//x");
			let poor = 9;
			grant(poor, city_primitives::credentials::MeterOperator::get());
			assert_noop!(
				IotAnchors::register(
					signed(poor),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(poor)
				),
				sp_runtime::TokenError::FundsUnavailable
			);
		});
	}

	#[test]
	fn an_operator_cannot_register_more_devices_of_a_kind_than_its_policy_allows() {
		new_test_ext(|| {
			let keys: Vec<TestKey> =
				(0..=MAX_SENSORS).map(|n| TestKey::sr(&format!("//air-{n}"))).collect();
			for key in keys.iter().take(MAX_SENSORS as usize) {
				register(OPERATOR, key, DeviceKind::AirQuality);
			}
			let extra = &keys[MAX_SENSORS as usize];
			assert_noop!(
				IotAnchors::register(
					signed(OPERATOR),
					extra.public(),
					DeviceKind::AirQuality,
					location("u33d"),
					extra.possession(OPERATOR)
				),
				Error::TooManyDevices
			);
			// The bound is per kind ...
			register(OPERATOR, &TestKey::sr("//noise"), DeviceKind::Noise);
			// ... and a revoked device frees its place.
			assert_ok!(IotAnchors::revoke(signed(OPERATOR), keys[0].id()));
			register(OPERATOR, extra, DeviceKind::AirQuality);
			assert_eq!(OwnedDevices::<Test>::get(OPERATOR, DeviceKind::AirQuality), MAX_SENSORS);
		});
	}

	#[test]
	fn revoking_removes_every_kept_anchor_and_pays_for_those_alone() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			let other = TestKey::sr("//noise");
			let untouched = register(OPERATOR, &other, DeviceKind::Noise);
			let (anchor, _) = next(untouched, &[1], None);
			submit(&other, &anchor);
			// Five anchors: the ring went round, the device keeps the last KEPT (2, 3, 4).
			for round in 0..5u64 {
				go_to_block(1 + round * INTERVAL);
				let (anchor, _) = next(id, &[1], None);
				submit(&key, &anchor);
			}
			assert_eq!(Anchors::<Test>::iter_prefix(id).count(), KEPT as usize);
			use crate::weights::WeightInfo as _;
			let weight = <Test as Config>::WeightInfo::revoke;
			assert!(weight(0).ref_time() < weight(KEPT).ref_time(), "paid per anchor kept");
			let info = IotAnchors::revoke(signed(OPERATOR), id).expect("revoked");
			assert_eq!(info.actual_weight, Some(weight(KEPT)));
			assert_eq!(Anchors::<Test>::iter_prefix(id).count(), 0);
			assert_eq!(Anchors::<Test>::iter_prefix(untouched).count(), 1, "another's stay");
			// A device that never anchored pays for no anchor.
			let fresh = TestKey::sr("//fresh");
			let fresh_id = register(OPERATOR, &fresh, DeviceKind::AirQuality);
			let info = IotAnchors::revoke(signed(OPERATOR), fresh_id).expect("revoked");
			assert_eq!(info.actual_weight, Some(weight(0)));
		});
	}

	#[test]
	fn a_kind_without_a_policy_cannot_be_registered() {
		new_test_ext(|| {
			let key = TestKey::sr("//x");
			assert_noop!(
				IotAnchors::register(
					signed(OPERATOR),
					key.public(),
					DeviceKind::Other(9),
					location("u33d"),
					key.possession(OPERATOR)
				),
				Error::NoPolicy
			);
		});
	}

	#[test]
	fn the_city_sets_policies() {
		new_test_ext(|| {
			let policy = DevicePolicy { max_per_owner: 1, min_interval: 7 };
			let kind = DeviceKind::Other(9);
			assert_noop!(
				IotAnchors::set_policy(signed(OPERATOR), kind, Some(policy)),
				DispatchError::BadOrigin
			);
			assert_noop!(
				IotAnchors::set_policy(
					signed(COUNCIL),
					kind,
					Some(DevicePolicy { max_per_owner: 1, min_interval: 0 })
				),
				Error::BadPolicy
			);
			assert_ok!(IotAnchors::set_policy(signed(COUNCIL), kind, Some(policy)));
			assert_eq!(last_event(), Event::PolicySet { kind, policy: Some(policy) }.into());
			let key = TestKey::sr("//x");
			let id = register(OPERATOR, &key, kind);
			let other = TestKey::sr("//y");
			assert_noop!(
				IotAnchors::register(
					signed(OPERATOR),
					other.public(),
					kind,
					location("u33d"),
					other.possession(OPERATOR)
				),
				Error::TooManyDevices
			);
			// Without a policy, the kind's devices take no anchors either.
			assert_ok!(IotAnchors::set_policy(signed(COUNCIL), kind, None));
			assert_eq!(Policies::<Test>::get(kind), None);
			let (anchor, _) = next(id, &[1], None);
			refused(&key, &anchor, custom(Error::NoPolicy), Error::NoPolicy);
		});
	}
}

mod anchoring {
	use super::*;

	#[test]
	fn an_anchor_is_kept_and_announced() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			let (anchor, _) = next(id, &[12_000, 15_000, 9_000], None);
			let signature = key.sign_anchor(&anchor);
			let valid = authorize(&anchor, &signature).expect("valid");
			assert_eq!(valid.priority, 100);
			assert_eq!(IotAnchors::anchor_weight(), Weight::zero());
			assert_eq!(valid.longevity, 64);
			assert_eq!(valid.provides.len(), 1);
			assert!(valid.requires.is_empty());
			assert_ok!(IotAnchors::anchor(authorized(), anchor.clone(), signature));
			assert_eq!(
				last_event(),
				Event::Anchored {
					device: id,
					sequence: 0,
					root: anchor.root,
					count: 3,
					timestamp: anchor.timestamp,
					summary: anchor.summary,
					cumulative: None,
				}
				.into()
			);
			let kept = Anchors::<Test>::get(id, 0).expect("kept");
			assert_eq!((kept.root, kept.count, kept.at), (anchor.root, 3, 1));
			let device = Devices::<Test>::get(id).expect("device");
			assert_eq!(device.next_sequence, 1);
			assert_eq!(device.last_anchor_at, Some(1));
			assert_eq!(device.last_timestamp, anchor.timestamp);
		});
	}

	#[test]
	fn two_anchors_of_one_device_in_the_pool_conflict() {
		new_test_ext(|| {
			let key = TestKey::ed("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			let (first, _) = next(id, &[1], None);
			let (mut second, _) = next(id, &[2], None);
			second.root = H256::repeat_byte(2);
			let a = authorize(&first, &key.sign_anchor(&first)).expect("valid");
			let b = authorize(&second, &key.sign_anchor(&second)).expect("valid");
			assert_eq!(a.provides, b.provides);
			// Another device's anchor provides another tag.
			let other = TestKey::ed("//noise");
			let other_id = register(OPERATOR, &other, DeviceKind::Noise);
			let (third, _) = next(other_id, &[3], None);
			let c = authorize(&third, &other.sign_anchor(&third)).expect("valid");
			assert_ne!(a.provides, c.provides);
		});
	}

	#[test]
	fn the_ring_keeps_the_last_anchors() {
		new_test_ext(|| {
			let key = TestKey::ec("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			for sequence in 0..5u64 {
				go_to_block(1 + sequence * INTERVAL);
				let (anchor, _) = next(id, &[sequence as i64], None);
				assert_eq!(anchor.sequence, sequence);
				submit(&key, &anchor);
			}
			let kept: Vec<u64> = IotAnchors::anchors_of(id).iter().map(|(s, _)| *s).collect();
			assert_eq!(kept, vec![2, 3, 4]);
		});
	}

	#[test]
	fn an_implausible_summary_is_kept_and_flagged() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			let (anchor, _) = next(id, &[10, 900_000], None);
			submit(&key, &anchor);
			let summary = anchor.summary.expect("a summary");
			assert_eq!(
				last_event(),
				Event::Implausible {
					device: id,
					sequence: 0,
					summary,
					range: Range { min: 0, max: 500_000 }
				}
				.into()
			);
			assert!(Anchors::<Test>::contains_key(id, 0));
			// A kind without a range is never flagged.
			let noise = TestKey::sr("//noise");
			let noise_id = register(OPERATOR, &noise, DeviceKind::Noise);
			let (anchor, _) = next(noise_id, &[-5, 900_000], None);
			submit(&noise, &anchor);
			assert!(matches!(last_event(), RuntimeEvent::IotAnchors(Event::Anchored { .. })));
		});
	}

	#[test]
	fn a_bound_meter_bills_its_consumer_from_the_baseline_on() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = bound_meter(&key, ANNA);
			// The first reading sets the baseline: nothing billed.
			let (first, _) = next(id, &[5], Some(1_000));
			assert_eq!(first.summary, None);
			submit(&key, &first);
			assert!(billed().is_empty());
			go_to_block(1 + METER_INTERVAL);
			let (second, _) = next(id, &[7], Some(1_250));
			submit(&key, &second);
			assert_eq!(
				billed(),
				vec![MeterReading {
					meter: id,
					consumer: ANNA,
					kind: MeterKind::Water,
					units: 250,
					elapsed_ms: second.timestamp - first.timestamp,
					reference: second.root
				}]
			);
			assert_eq!(
				last_event(),
				Event::MeterReported { device: id, consumer: ANNA, units: 250 }.into()
			);
			// No consumption, no bill.
			go_to_block(1 + 2 * METER_INTERVAL);
			let (third, _) = next(id, &[7], Some(1_250));
			submit(&key, &third);
			assert_eq!(billed().len(), 1);
			assert_eq!(Devices::<Test>::get(id).and_then(|d| d.meter_total), Some(1_250));
		});
	}

	#[test]
	fn an_unbound_meter_bills_nobody() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = register(UTILITY, &key, meter());
			for (n, total) in [10u64, 500].into_iter().enumerate() {
				go_to_block(1 + n as u64 * METER_INTERVAL);
				let (anchor, _) = next(id, &[1], Some(total));
				submit(&key, &anchor);
			}
			assert!(billed().is_empty());
			// The utility itself is never billed for its meter.
			assert!(!System::events().iter().any(|record| matches!(
				record.event,
				RuntimeEvent::IotAnchors(Event::MeterReported { .. })
			)));
		});
	}

	#[test]
	fn anchors_beyond_the_block_budget_wait_for_the_next_block() {
		new_test_ext(|| {
			let keys: Vec<TestKey> =
				(0..=ANCHORS_PER_BLOCK).map(|n| TestKey::sr(&format!("//air-{n}"))).collect();
			let ids: Vec<DeviceId> =
				keys.iter().map(|key| register(OPERATOR, key, DeviceKind::AirQuality)).collect();
			for (key, id) in keys.iter().zip(&ids).take(ANCHORS_PER_BLOCK as usize) {
				let (anchor, _) = next(*id, &[1], None);
				submit(key, &anchor);
			}
			let used = IotAnchors::anchor_weight();
			assert_eq!(used, IotAnchors::anchor_cost(false).saturating_mul(ANCHORS_PER_BLOCK));
			// The last one does not fit: the block builder skips it and keeps it in the pool.
			let last = keys.last().expect("a key");
			let (anchor, _) = next(*ids.last().expect("an id"), &[1], None);
			let signature = last.sign_anchor(&anchor);
			assert_eq!(
				authorize(&anchor, &signature),
				Err(InvalidTransaction::ExhaustsResources.into())
			);
			assert_eq!(IotAnchors::anchor_weight(), used);
			// In the next block (and in the pool, which validates against the next block) it
			// goes in.
			go_to_block(2);
			assert_eq!(IotAnchors::anchor_weight(), Weight::zero());
			assert_ok!(authorize(&anchor, &signature));
			assert_ok!(IotAnchors::anchor(authorized(), anchor, signature));
			assert_eq!(IotAnchors::anchor_weight(), IotAnchors::anchor_cost(false));
		});
	}

	#[test]
	fn a_billed_anchor_counts_its_billing_in_the_budget() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = bound_meter(&key, ANNA);
			let (first, _) = next(id, &[1], Some(10));
			submit(&key, &first);
			// The baseline bills nothing.
			assert_eq!(IotAnchors::anchor_weight(), IotAnchors::anchor_cost(false));
			go_to_block(1 + METER_INTERVAL);
			let (second, _) = next(id, &[1], Some(20));
			submit(&key, &second);
			assert_eq!(IotAnchors::anchor_weight(), IotAnchors::anchor_cost(true));
		});
	}

	#[test]
	fn on_initialize_pays_once_a_block_for_the_budget_every_anchor_touches() {
		use frame_support::traits::{Hooks, WhitelistedStorageKeys};
		new_test_ext(|| {
			let once = frame_support::weights::constants::RocksDbWeight::get().reads_writes(1, 1);
			assert!(once.ref_time() > 0);
			assert_eq!(<IotAnchors as Hooks<u64>>::on_initialize(1), once);
			let whitelisted = IotAnchors::whitelisted_storage_keys();
			assert!(
				whitelisted.iter().any(|k| k.key == AnchorWeight::<Test>::hashed_key().to_vec()),
				"AnchorWeight is whitelisted"
			);
		});
	}

	#[test]
	fn only_authorized_anchors_are_applied() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			let (anchor, _) = next(id, &[1], None);
			let signature = key.sign_anchor(&anchor);
			assert_noop!(
				IotAnchors::anchor(signed(OPERATOR), anchor.clone(), signature.clone()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				IotAnchors::anchor(RuntimeOrigin::root(), anchor.clone(), signature.clone()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				IotAnchors::anchor(RuntimeOrigin::none(), anchor, signature),
				DispatchError::BadOrigin
			);
		});
	}
}

mod rejections {
	use super::*;

	/// A device that anchored once at block 1, now its kind's interval later.
	fn anchored_once(key: &TestKey, kind: DeviceKind) -> DeviceId {
		let owner = if kind.meter().is_some() { UTILITY } else { OPERATOR };
		let id = register(owner, key, kind);
		let cumulative = kind.meter().map(|_| 100);
		let (anchor, _) = next(id, &[1], cumulative);
		submit(key, &anchor);
		go_to_block(1 + interval(kind));
		id
	}

	#[test]
	fn a_bad_signature_is_refused() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			let (anchor, _) = next(id, &[1], None);
			// Another key's signature, a signature of another anchor, another scheme's.
			let forged = TestKey::sr("//forger").sign_anchor(&anchor);
			let mut other = anchor.clone();
			other.root = H256::repeat_byte(9);
			let of_other = key.sign_anchor(&other);
			let wrong_scheme = TestKey::ed("//air").sign_anchor(&anchor);
			for signature in [forged, of_other, wrong_scheme] {
				assert_eq!(
					authorize(&anchor, &signature),
					Err(InvalidTransaction::BadProof.into())
				);
			}
			// A signature for another chain (another genesis hash).
			let foreign = key.sign(&anchor_message(&H256::repeat_byte(1), &key.public(), &anchor));
			assert_eq!(authorize(&anchor, &foreign), Err(InvalidTransaction::BadProof.into()));
			assert_eq!(Devices::<Test>::get(id).map(|d| d.next_sequence), Some(1));
		});
	}

	#[test]
	fn a_replayed_or_skipped_sequence_number_is_refused() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			let (mut anchor, _) = next(id, &[1], None);
			anchor.sequence = 0;
			refused(&key, &anchor, InvalidTransaction::Stale.into(), Error::Replayed);
			anchor.sequence = 2;
			refused(&key, &anchor, InvalidTransaction::Future.into(), Error::SequenceGap);
		});
	}

	#[test]
	fn a_stale_future_or_repeated_timestamp_is_refused() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			let (mut anchor, _) = next(id, &[1], None);
			anchor.timestamp = now_ms() - FRESHNESS - 1;
			refused(&key, &anchor, custom(Error::StaleTimestamp), Error::StaleTimestamp);
			anchor.timestamp = now_ms() + DRIFT + 1;
			refused(&key, &anchor, custom(Error::FutureTimestamp), Error::FutureTimestamp);
			anchor.timestamp = Devices::<Test>::get(id).expect("device").last_timestamp;
			refused(
				&key,
				&anchor,
				custom(Error::TimestampNotIncreasing),
				Error::TimestampNotIncreasing,
			);
			// The edges are accepted.
			anchor.timestamp = now_ms() + DRIFT;
			submit(&key, &anchor);
		});
	}

	#[test]
	fn the_window_edge_behind_is_accepted() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			// Far enough on that the window's edge is after the last anchor.
			go_to_block(1 + INTERVAL + 20);
			let (mut anchor, _) = next(id, &[1], None);
			anchor.timestamp = now_ms() - FRESHNESS;
			assert!(anchor.timestamp > Devices::<Test>::get(id).expect("device").last_timestamp);
			submit(&key, &anchor);
		});
	}

	#[test]
	fn a_suspended_device_is_refused() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			assert_ok!(IotAnchors::suspend(signed(OPERATOR), id));
			let (anchor, _) = next(id, &[1], None);
			refused(&key, &anchor, custom(Error::DeviceSuspended), Error::DeviceSuspended);
			assert_ok!(IotAnchors::resume(signed(OPERATOR), id));
			submit(&key, &anchor);
		});
	}

	#[test]
	fn a_device_the_city_suspended_is_refused() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			assert_ok!(IotAnchors::city_suspend(signed(COUNCIL), id));
			let (anchor, _) = next(id, &[1], None);
			refused(&key, &anchor, custom(Error::SuspendedByCity), Error::SuspendedByCity);
			assert_ok!(IotAnchors::city_resume(signed(COUNCIL), id));
			submit(&key, &anchor);
		});
	}

	#[test]
	fn a_revoked_operators_devices_stop_anchoring_at_once() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			revoke(OPERATOR, &CredentialKind::DeviceOperator);
			let (anchor, _) = next(id, &[1], None);
			refused(&key, &anchor, custom(Error::OwnerNotAccredited), Error::OwnerNotAccredited);
			// The same for a meter whose utility operator lost the credential.
			let water = TestKey::sr("//water");
			let meter_id = anchored_once(&water, meter());
			revoke(UTILITY, &city_primitives::credentials::MeterOperator::get());
			let (anchor, _) = next(meter_id, &[1], Some(200));
			refused(&water, &anchor, custom(Error::OwnerNotAccredited), Error::OwnerNotAccredited);
			// Reinstated: anchors are taken again.
			grant(OPERATOR, CredentialKind::DeviceOperator);
			let (anchor, _) = next(id, &[1], None);
			submit(&key, &anchor);
		});
	}

	#[test]
	fn a_device_over_the_rate_limit_is_refused() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			go_to_block(INTERVAL); // one block short of the interval since block 1
			let (anchor, _) = next(id, &[1], None);
			refused(&key, &anchor, custom(Error::RateLimited), Error::RateLimited);
			go_to_block(1 + INTERVAL);
			let (anchor, _) = next(id, &[1], None);
			submit(&key, &anchor);
		});
	}

	#[test]
	fn an_unknown_device_is_refused() {
		new_test_ext(|| {
			let key = TestKey::sr("//stranger");
			let (anchor, _) = next(key.id(), &[1], None);
			let signature = key.sign_anchor(&anchor);
			assert_eq!(
				authorize(&anchor, &signature),
				Err(InvalidTransaction::UnknownOrigin.into())
			);
			assert_noop!(IotAnchors::anchor(authorized(), anchor, signature), Error::UnknownDevice);
		});
	}

	#[test]
	fn batches_are_bounded_and_summaries_ordered() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = anchored_once(&key, DeviceKind::AirQuality);
			let (mut anchor, _) = next(id, &[1], None);
			anchor.count = 0;
			refused(&key, &anchor, custom(Error::EmptyBatch), Error::EmptyBatch);
			anchor.count = MAX_READINGS + 1;
			refused(&key, &anchor, custom(Error::BatchTooLarge), Error::BatchTooLarge);
			anchor.count = MAX_READINGS;
			anchor.summary = Some(Summary { min: 5, max: 10, mean: 11 });
			refused(&key, &anchor, custom(Error::BadSummary), Error::BadSummary);
			anchor.summary = Some(Summary { min: 5, max: 10, mean: 4 });
			refused(&key, &anchor, custom(Error::BadSummary), Error::BadSummary);
			anchor.summary = None;
			submit(&key, &anchor);
		});
	}

	#[test]
	fn meters_carry_a_cumulative_reading_that_never_goes_down() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = anchored_once(&key, meter());
			let (mut anchor, _) = next(id, &[1], None);
			refused(&key, &anchor, custom(Error::MissingMeterReading), Error::MissingMeterReading);
			anchor.summary = None;
			anchor.cumulative = Some(99);
			refused(&key, &anchor, custom(Error::MeterWentBackwards), Error::MeterWentBackwards);
			let air = TestKey::sr("//air");
			let air_id = anchored_once(&air, DeviceKind::AirQuality);
			go_to_block(1 + 2 * METER_INTERVAL);
			let (mut not_a_meter, _) = next(air_id, &[1], None);
			not_a_meter.cumulative = Some(5);
			refused(&air, &not_a_meter, custom(Error::NotAMeter), Error::NotAMeter);
		});
	}

	#[test]
	fn a_meter_cannot_reveal_when_a_home_is_occupied() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = anchored_once(&key, meter());
			let (mut anchor, _) = next(id, &[1, 900, 3], Some(150));
			anchor.summary = Some(Summary { min: 1, max: 900, mean: 301 });
			refused(&key, &anchor, custom(Error::MeterSummary), Error::MeterSummary);
			anchor.summary = None;
			submit(&key, &anchor);
		});
	}

	#[test]
	fn a_meter_anchors_at_most_once_per_billing_interval() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = anchored_once(&key, meter());
			go_to_block(METER_INTERVAL);
			let (anchor, _) = next(id, &[1], Some(150));
			refused(&key, &anchor, custom(Error::RateLimited), Error::RateLimited);
			go_to_block(1 + METER_INTERVAL);
			let (anchor, _) = next(id, &[1], Some(150));
			submit(&key, &anchor);
		});
	}
}

mod proofs {
	use super::*;

	#[test]
	fn every_reading_of_a_batch_is_proven_and_a_tampered_one_is_not() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			let (anchor, readings) = next(id, &[11, 22, 33, 44, 55], None);
			submit(&key, &anchor);
			let leaves: Vec<H256> = readings.iter().map(reading_leaf).collect();
			for reading in &readings {
				let proof = merkle::prove(&leaves, reading.index).expect("a leaf");
				assert_eq!(
					IotAnchors::verify_reading(reading, proof.clone()),
					Verdict::Proven { at: 1, timestamp: anchor.timestamp, root: anchor.root }
				);
				let mut tampered = reading.clone();
				tampered.value += 1;
				assert_eq!(
					IotAnchors::verify_reading(&tampered, proof.clone()),
					Verdict::NotProven
				);
				let mut moved = reading.clone();
				moved.timestamp += 1;
				assert_eq!(IotAnchors::verify_reading(&moved, proof), Verdict::NotProven);
			}
			// A proof of one reading does not prove another.
			let proof = merkle::prove(&leaves, 0).expect("a leaf");
			assert_eq!(IotAnchors::verify_reading(&readings[1], proof.clone()), Verdict::NotProven);
			let mut other_batch = readings[0].clone();
			other_batch.sequence = 1;
			assert_eq!(
				IotAnchors::verify_reading(&other_batch, proof.clone()),
				Verdict::AnchorNotKept
			);
			let mut stranger = readings[0].clone();
			stranger.device = H256::repeat_byte(3);
			assert_eq!(IotAnchors::verify_reading(&stranger, proof), Verdict::UnknownDevice);
		});
	}

	#[test]
	fn a_reading_that_left_the_ring_is_not_kept() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			let (anchor, first) = next(id, &[1, 2], None);
			submit(&key, &anchor);
			for n in 1..=KEPT as u64 {
				go_to_block(1 + n * INTERVAL);
				let (anchor, _) = next(id, &[1], None);
				submit(&key, &anchor);
			}
			let leaves: Vec<H256> = first.iter().map(reading_leaf).collect();
			let proof = merkle::prove(&leaves, 0).expect("a leaf");
			assert_eq!(IotAnchors::verify_reading(&first[0], proof), Verdict::AnchorNotKept);
		});
	}
}

mod ownership {
	use super::*;

	#[test]
	fn owners_suspend_and_resume() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = register(UTILITY, &key, meter());
			assert_noop!(IotAnchors::suspend(signed(BORIS), id), Error::NotOwner);
			assert_noop!(IotAnchors::suspend(signed(UTILITY), H256::zero()), Error::UnknownDevice);
			assert_noop!(IotAnchors::resume(signed(UTILITY), id), Error::NotSuspended);
			assert_ok!(IotAnchors::suspend(signed(UTILITY), id));
			assert_eq!(last_event(), Event::Suspended { device: id }.into());
			assert_noop!(IotAnchors::suspend(signed(UTILITY), id), Error::DeviceSuspended);
			assert_noop!(IotAnchors::resume(signed(BORIS), id), Error::NotOwner);
			assert_ok!(IotAnchors::resume(signed(UTILITY), id));
			assert_eq!(last_event(), Event::Resumed { device: id }.into());
			assert_noop!(IotAnchors::suspend(RuntimeOrigin::none(), id), DispatchError::BadOrigin);
		});
	}

	#[test]
	fn the_consumer_cannot_suspend_rotate_or_revoke_their_meter() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = bound_meter(&key, ANNA);
			let new = TestKey::sr("//anna-key");
			assert_noop!(IotAnchors::suspend(signed(ANNA), id), Error::NotOwner);
			assert_noop!(
				IotAnchors::rotate_key(signed(ANNA), id, new.public(), new.possession(ANNA)),
				Error::NotOwner
			);
			assert_noop!(IotAnchors::revoke(signed(ANNA), id), Error::NotOwner);
			assert_noop!(
				IotAnchors::offer_transfer(signed(ANNA), id, Some(BORIS)),
				Error::NotOwner
			);
			// Nor unbind themselves to escape the bills.
			assert_noop!(IotAnchors::propose_consumer(signed(ANNA), id, None), Error::NotOwner);
			assert_noop!(
				IotAnchors::propose_consumer(signed(ANNA), id, Some(BORIS)),
				Error::NotOwner
			);
			let device = Devices::<Test>::get(id).expect("the meter");
			assert_eq!(device.status, DeviceStatus::Active);
			assert_eq!(device.binding.map(|b| b.consumer), Some(ANNA));
		});
	}

	#[test]
	fn revoking_clears_the_device_and_returns_the_deposit() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			for n in 0..2u64 {
				go_to_block(1 + n * INTERVAL);
				let (anchor, _) = next(id, &[1], None);
				submit(&key, &anchor);
			}
			assert_noop!(IotAnchors::revoke(signed(ANNA), id), Error::NotOwner);
			assert_noop!(IotAnchors::revoke(signed(OPERATOR), H256::zero()), Error::UnknownDevice);
			assert_ok!(IotAnchors::revoke(signed(OPERATOR), id));
			assert_eq!(last_event(), Event::Revoked { device: id }.into());
			assert!(Devices::<Test>::get(id).is_none());
			assert!(DeviceByKey::<Test>::get(key.public()).is_none());
			assert_eq!(Anchors::<Test>::iter_prefix(id).count(), 0);
			assert_eq!(OwnedDevices::<Test>::get(OPERATOR, DeviceKind::AirQuality), 0);
			assert_eq!(on_hold(OPERATOR), 0);
			assert_eq!(free(OPERATOR), ENDOWMENT);
			// Its anchors are refused now.
			let (anchor, _) = next(id, &[1], None);
			let signature = key.sign_anchor(&anchor);
			assert_eq!(
				authorize(&anchor, &signature),
				Err(InvalidTransaction::UnknownOrigin.into())
			);
		});
	}

	#[test]
	fn a_rotated_key_signs_from_now_on_and_the_old_one_no_more() {
		new_test_ext(|| {
			let old = TestKey::sr("//water");
			let new = TestKey::ec("//water-2");
			let id = register(UTILITY, &old, meter());
			let (anchor, _) = next(id, &[1], Some(10));
			submit(&old, &anchor);
			go_to_block(1 + METER_INTERVAL);
			assert_noop!(
				IotAnchors::rotate_key(signed(BORIS), id, new.public(), new.possession(BORIS)),
				Error::NotOwner
			);
			assert_noop!(
				IotAnchors::rotate_key(signed(UTILITY), id, new.public(), new.possession(BORIS)),
				Error::BadProofOfPossession
			);
			assert_noop!(
				IotAnchors::rotate_key(signed(UTILITY), id, old.public(), old.possession(UTILITY)),
				Error::KeyInUse
			);
			assert_ok!(IotAnchors::rotate_key(
				signed(UTILITY),
				id,
				new.public(),
				new.possession(UTILITY)
			));
			assert_eq!(last_event(), Event::KeyRotated { device: id, key: new.public() }.into());
			assert_eq!(DeviceByKey::<Test>::get(old.public()), None);
			assert_eq!(DeviceByKey::<Test>::get(new.public()), Some(id));
			let (anchor, _) = next(id, &[1], Some(20));
			assert_eq!(
				authorize(&anchor, &old.sign_anchor(&anchor)),
				Err(InvalidTransaction::BadProof.into())
			);
			submit(&new, &anchor);
			assert_eq!(Devices::<Test>::get(id).map(|d| d.next_sequence), Some(2));
		});
	}

	#[test]
	fn a_device_moves_to_whoever_accepts_it_with_a_key_of_their_own() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = bound_meter(&key, ANNA);
			let fitters = TestKey::sr("//fitter-key");
			assert_noop!(
				IotAnchors::offer_transfer(signed(UTILITY), id, Some(UTILITY)),
				Error::AlreadyOwner
			);
			assert_noop!(
				IotAnchors::offer_transfer(signed(BORIS), id, Some(VISITOR)),
				Error::NotOwner
			);
			assert_noop!(
				IotAnchors::accept_transfer(
					signed(FITTER),
					id,
					fitters.public(),
					fitters.possession(FITTER)
				),
				Error::NotOffered
			);
			assert_ok!(IotAnchors::offer_transfer(signed(UTILITY), id, Some(VISITOR)));
			assert_eq!(
				last_event(),
				Event::TransferOffered { device: id, to: Some(VISITOR) }.into()
			);
			// A visitor may not own a meter.
			let visitors = TestKey::sr("//visitor-key");
			assert_noop!(
				IotAnchors::accept_transfer(
					signed(VISITOR),
					id,
					visitors.public(),
					visitors.possession(VISITOR)
				),
				Error::NotAMeterOperator
			);
			assert_ok!(IotAnchors::offer_transfer(signed(UTILITY), id, Some(FITTER)));
			assert_noop!(
				IotAnchors::accept_transfer(
					signed(OPERATOR),
					id,
					fitters.public(),
					fitters.possession(OPERATOR)
				),
				Error::NotOffered
			);
			assert_noop!(
				IotAnchors::accept_transfer(
					signed(FITTER),
					H256::zero(),
					fitters.public(),
					fitters.possession(FITTER)
				),
				Error::UnknownDevice
			);
			// The new owner brings a key they hold: not the old one, not someone else's proof.
			assert_noop!(
				IotAnchors::accept_transfer(
					signed(FITTER),
					id,
					key.public(),
					key.possession(FITTER)
				),
				Error::KeyInUse
			);
			assert_noop!(
				IotAnchors::accept_transfer(
					signed(FITTER),
					id,
					fitters.public(),
					fitters.possession(UTILITY)
				),
				Error::BadProofOfPossession
			);
			assert_ok!(IotAnchors::accept_transfer(
				signed(FITTER),
				id,
				fitters.public(),
				fitters.possession(FITTER)
			));
			assert!(System::events().iter().any(|record| record.event
				== Event::Transferred { device: id, from: UTILITY, to: FITTER }.into()));
			assert_eq!(
				last_event(),
				Event::KeyRotated { device: id, key: fitters.public() }.into()
			);
			assert_eq!((on_hold(UTILITY), on_hold(FITTER)), (0, DEPOSIT));
			assert_eq!(free(UTILITY), ENDOWMENT);
			assert_eq!(OwnedDevices::<Test>::get(UTILITY, meter()), 0);
			assert_eq!(OwnedDevices::<Test>::get(FITTER, meter()), 1);
			let device = Devices::<Test>::get(id).expect("device");
			assert_eq!((device.owner, device.offered_to), (FITTER, None));
			// The meter still bills the consumer who accepted it.
			let (anchor, _) = next(id, &[1], Some(10));
			submit(&fitters, &anchor);
			go_to_block(1 + METER_INTERVAL);
			let (anchor, _) = next(id, &[1], Some(15));
			submit(&fitters, &anchor);
			assert_eq!(billed().last().map(|b| (b.consumer, b.units)), Some((ANNA, 5)));
		});
	}

	#[test]
	fn a_previous_owner_who_kept_the_meter_key_cannot_bill_its_consumer() {
		new_test_ext(|| {
			let old = TestKey::sr("//water");
			let id = bound_meter(&old, ANNA);
			let (baseline, _) = next(id, &[1], Some(100));
			submit(&old, &baseline);
			let fitters = TestKey::sr("//fitter-key");
			assert_ok!(IotAnchors::offer_transfer(signed(UTILITY), id, Some(FITTER)));
			assert_ok!(IotAnchors::accept_transfer(
				signed(FITTER),
				id,
				fitters.public(),
				fitters.possession(FITTER)
			));
			go_to_block(1 + METER_INTERVAL);
			// The previous owner still holds the old key and forges a huge reading.
			let (forged, _) = next(id, &[1], Some(u64::MAX / 2));
			assert_eq!(
				authorize(&forged, &old.sign_anchor(&forged)),
				Err(InvalidTransaction::BadProof.into())
			);
			assert!(billed().is_empty());
			assert_eq!(Devices::<Test>::get(id).and_then(|d| d.meter_total), Some(100));
		});
	}

	#[test]
	fn an_owner_cannot_take_over_more_devices_than_the_policy_allows() {
		new_test_ext(|| {
			let mine: Vec<TestKey> =
				(0..MAX_METERS).map(|n| TestKey::sr(&format!("//fitter-{n}"))).collect();
			for key in &mine {
				register(FITTER, key, meter());
			}
			let key = TestKey::sr("//water");
			let id = register(UTILITY, &key, meter());
			assert_ok!(IotAnchors::offer_transfer(signed(UTILITY), id, Some(FITTER)));
			let fitters = TestKey::sr("//fitter-key");
			assert_noop!(
				IotAnchors::accept_transfer(
					signed(FITTER),
					id,
					fitters.public(),
					fitters.possession(FITTER)
				),
				Error::TooManyDevices
			);
		});
	}

	#[test]
	fn the_council_sets_plausible_ranges() {
		new_test_ext(|| {
			let range = Range { min: -40_000, max: 60_000 };
			assert_noop!(
				IotAnchors::set_plausible_range(signed(ANNA), DeviceKind::Weather, Some(range)),
				DispatchError::BadOrigin
			);
			assert_noop!(
				IotAnchors::set_plausible_range(
					signed(COUNCIL),
					DeviceKind::Weather,
					Some(Range { min: 1, max: 0 })
				),
				Error::BadRange
			);
			assert_ok!(IotAnchors::set_plausible_range(
				signed(COUNCIL),
				DeviceKind::Weather,
				Some(range)
			));
			assert_eq!(
				last_event(),
				Event::PlausibleRangeSet { kind: DeviceKind::Weather, range: Some(range) }.into()
			);
			assert_eq!(PlausibleRanges::<Test>::get(DeviceKind::Weather), Some(range));
			assert_ok!(IotAnchors::set_plausible_range(signed(COUNCIL), DeviceKind::Weather, None));
			assert_eq!(PlausibleRanges::<Test>::get(DeviceKind::Weather), None);
		});
	}
}

mod city {
	use super::*;

	#[test]
	fn the_city_suspends_any_device_and_its_owner_cannot_lift_it() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			assert_noop!(IotAnchors::city_suspend(signed(OPERATOR), id), DispatchError::BadOrigin);
			assert_noop!(
				IotAnchors::city_suspend(signed(COUNCIL), H256::zero()),
				Error::UnknownDevice
			);
			assert_noop!(IotAnchors::city_resume(signed(COUNCIL), id), Error::NotSuspendedByCity);
			assert_ok!(IotAnchors::city_suspend(signed(COUNCIL), id));
			assert_eq!(last_event(), Event::SuspendedByCity { device: id }.into());
			assert_noop!(IotAnchors::city_suspend(signed(COUNCIL), id), Error::SuspendedByCity);
			// The owner can neither resume it, nor suspend it again, nor revoke it to register
			// the same key afresh.
			assert_noop!(IotAnchors::resume(signed(OPERATOR), id), Error::SuspendedByCity);
			assert_noop!(IotAnchors::suspend(signed(OPERATOR), id), Error::DeviceSuspended);
			assert_noop!(IotAnchors::revoke(signed(OPERATOR), id), Error::SuspendedByCity);
			assert_noop!(IotAnchors::city_resume(signed(OPERATOR), id), DispatchError::BadOrigin);
			assert_ok!(IotAnchors::city_resume(signed(COUNCIL), id));
			assert_eq!(last_event(), Event::ResumedByCity { device: id }.into());
			assert_eq!(Devices::<Test>::get(id).map(|d| d.status), Some(DeviceStatus::Active));
		});
	}

	#[test]
	fn the_city_revokes_a_device_for_good() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = bound_meter(&key, ANNA);
			let (anchor, _) = next(id, &[1], Some(10));
			submit(&key, &anchor);
			assert_noop!(IotAnchors::city_revoke(signed(UTILITY), id), DispatchError::BadOrigin);
			assert_noop!(
				IotAnchors::city_revoke(signed(COUNCIL), H256::zero()),
				Error::UnknownDevice
			);
			assert_ok!(IotAnchors::city_revoke(signed(COUNCIL), id));
			assert_eq!(last_event(), Event::RevokedByCity { device: id }.into());
			let tombstone = Devices::<Test>::get(id).expect("a tombstone");
			assert_eq!(tombstone.status, DeviceStatus::Revoked);
			assert_eq!((tombstone.deposit, tombstone.binding), (0, None));
			assert_eq!(Anchors::<Test>::iter_prefix(id).count(), 0);
			assert_eq!((on_hold(UTILITY), free(UTILITY)), (0, ENDOWMENT));
			assert_eq!(OwnedDevices::<Test>::get(UTILITY, meter()), 0);
			// Nothing brings it back: not the city, not the owner, not its key.
			assert_noop!(IotAnchors::city_revoke(signed(COUNCIL), id), Error::DeviceRevoked);
			assert_noop!(IotAnchors::city_resume(signed(COUNCIL), id), Error::DeviceRevoked);
			assert_noop!(IotAnchors::resume(signed(UTILITY), id), Error::DeviceRevoked);
			assert_noop!(IotAnchors::revoke(signed(UTILITY), id), Error::DeviceRevoked);
			assert_noop!(
				IotAnchors::register(
					signed(FITTER),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(FITTER)
				),
				Error::KeyInUse
			);
			go_to_block(1 + METER_INTERVAL);
			let (anchor, _) = next(id, &[1], Some(20));
			refused(&key, &anchor, custom(Error::DeviceRevoked), Error::DeviceRevoked);
		});
	}
}

mod consumers {
	use super::*;

	#[test]
	fn a_consumer_is_billed_only_after_accepting() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = register(UTILITY, &key, meter());
			assert_noop!(
				IotAnchors::propose_consumer(signed(BORIS), id, Some(ANNA)),
				Error::NotOwner
			);
			assert_noop!(IotAnchors::accept_consumer(signed(ANNA), id), Error::NotProposed);
			assert_ok!(IotAnchors::propose_consumer(signed(UTILITY), id, Some(ANNA)));
			assert_eq!(last_event(), Event::ConsumerProposed { device: id, consumer: ANNA }.into());
			// Proposed but not accepted: readings bill nobody.
			for (n, total) in [10u64, 60].into_iter().enumerate() {
				go_to_block(1 + n as u64 * METER_INTERVAL);
				let (anchor, _) = next(id, &[1], Some(total));
				submit(&key, &anchor);
			}
			assert!(billed().is_empty());
			assert_noop!(IotAnchors::accept_consumer(signed(BORIS), id), Error::NotProposed);
			assert_noop!(
				IotAnchors::accept_consumer(signed(ANNA), H256::zero()),
				Error::UnknownDevice
			);
			assert_ok!(IotAnchors::accept_consumer(signed(ANNA), id));
			assert_eq!(last_event(), Event::ConsumerBound { device: id, consumer: ANNA }.into());
			let device = Devices::<Test>::get(id).expect("the meter");
			assert_eq!(device.binding, Some(Binding { consumer: ANNA, since_sequence: 2 }));
			assert_eq!(device.proposed_consumer, None);
			assert_noop!(
				IotAnchors::propose_consumer(signed(UTILITY), id, Some(ANNA)),
				Error::AlreadyBound
			);
			// Her baseline, then her first bill.
			for (n, total) in [80u64, 95].into_iter().enumerate() {
				go_to_block(1 + (n as u64 + 2) * METER_INTERVAL);
				let (anchor, _) = next(id, &[1], Some(total));
				submit(&key, &anchor);
			}
			assert_eq!(
				billed().iter().map(|b| (b.consumer, b.units)).collect::<Vec<_>>(),
				vec![(ANNA, 15)]
			);
		});
	}

	#[test]
	fn only_meters_take_a_consumer() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			assert_noop!(
				IotAnchors::propose_consumer(signed(OPERATOR), id, Some(ANNA)),
				Error::NotAMeter
			);
		});
	}

	#[test]
	fn a_previous_consumer_is_billed_no_more_after_a_move() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = bound_meter(&key, ANNA);
			let (baseline, _) = next(id, &[1], Some(100));
			submit(&key, &baseline);
			go_to_block(1 + METER_INTERVAL);
			let (anna, _) = next(id, &[1], Some(130));
			submit(&key, &anna);
			// The utility proposes Boris; until he accepts, Anna is still billed.
			assert_ok!(IotAnchors::propose_consumer(signed(UTILITY), id, Some(BORIS)));
			go_to_block(1 + 2 * METER_INTERVAL);
			let (still_anna, _) = next(id, &[1], Some(140));
			submit(&key, &still_anna);
			assert_ok!(IotAnchors::accept_consumer(signed(BORIS), id));
			// Boris's baseline, then Boris's bill; Anna's bills stop.
			for (n, total) in [150u64, 175].into_iter().enumerate() {
				go_to_block(1 + (n as u64 + 3) * METER_INTERVAL);
				let (anchor, _) = next(id, &[1], Some(total));
				submit(&key, &anchor);
			}
			assert_eq!(
				billed().iter().map(|b| (b.consumer, b.units)).collect::<Vec<_>>(),
				vec![(ANNA, 30), (ANNA, 10), (BORIS, 25)]
			);
		});
	}

	#[test]
	fn the_utility_unbinds_a_meter_and_it_bills_nobody() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = bound_meter(&key, ANNA);
			assert_ok!(IotAnchors::propose_consumer(signed(UTILITY), id, Some(BORIS)));
			assert_ok!(IotAnchors::propose_consumer(signed(UTILITY), id, None));
			assert_eq!(last_event(), Event::ConsumerUnbound { device: id }.into());
			let device = Devices::<Test>::get(id).expect("the meter");
			assert_eq!((device.binding, device.proposed_consumer), (None, None));
			assert_noop!(IotAnchors::accept_consumer(signed(BORIS), id), Error::NotProposed);
			for (n, total) in [100u64, 900].into_iter().enumerate() {
				go_to_block(1 + n as u64 * METER_INTERVAL);
				let (anchor, _) = next(id, &[1], Some(total));
				submit(&key, &anchor);
			}
			assert!(billed().is_empty());
		});
	}
}

mod reset {
	use super::*;

	#[test]
	fn a_meter_stuck_on_a_forged_total_reads_again_once_its_utility_resets_it() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = bound_meter(&key, ANNA);
			let (baseline, _) = next(id, &[1], Some(100));
			submit(&key, &baseline);
			// Whoever held the key anchored a forged, huge total (CityCoin holds that bill).
			go_to_block(1 + METER_INTERVAL);
			let (forged, _) = next(id, &[1], Some(1_000_000));
			submit(&key, &forged);
			// Honest readings now look like going backwards.
			go_to_block(1 + 2 * METER_INTERVAL);
			let (honest, _) = next(id, &[1], Some(130));
			refused(&key, &honest, custom(Error::MeterWentBackwards), Error::MeterWentBackwards);
			// Only the utility resets it: not the consumer, not another operator.
			assert_noop!(IotAnchors::reset_meter(signed(ANNA), id), Error::NotOwner);
			assert_noop!(IotAnchors::reset_meter(signed(FITTER), id), Error::NotOwner);
			assert_ok!(IotAnchors::reset_meter(signed(UTILITY), id));
			assert_eq!(
				last_event(),
				Event::MeterReset { device: id, previous: Some(1_000_000) }.into()
			);
			// The next reading is a baseline (billed to nobody), the one after is billed.
			let billed_before = billed().len();
			submit(&key, &honest);
			assert_eq!(billed().len(), billed_before);
			go_to_block(1 + 3 * METER_INTERVAL);
			let (next_one, _) = next(id, &[1], Some(150));
			submit(&key, &next_one);
			assert_eq!(billed().last().map(|b| (b.consumer, b.units)), Some((ANNA, 20)));
		});
	}

	#[test]
	fn only_meters_are_reset() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			assert_noop!(IotAnchors::reset_meter(signed(OPERATOR), id), Error::NotAMeter);
			assert_noop!(
				IotAnchors::reset_meter(signed(OPERATOR), H256::zero()),
				Error::UnknownDevice
			);
		});
	}
}

mod relay {
	//! Relay mode: the device signs each reading, its gateway's relay key signs the anchors.
	//! Whoever holds the relay (the gateway, or anyone who took it) can anchor a batch, but
	//! no reading it did not get from the device is ever proven.
	use super::*;

	/// `readings`, each signed by the device `key`.
	fn signed_by(key: &TestKey, readings: &[Reading]) -> Vec<Reading> {
		readings
			.iter()
			.map(|r| Reading {
				signature: Some(key.sign(&reading_message(
					&IotAnchors::genesis(),
					&r.device,
					r.timestamp,
					r.value,
				))),
				..r.clone()
			})
			.collect()
	}

	/// Anchors `readings` (leaves as they are) through `relay`; answers the anchor.
	fn relayed(relay: &TestKey, id: DeviceId, readings: &[Reading]) -> Anchor {
		let anchor = anchor_of(id, readings, None);
		submit(relay, &anchor);
		anchor
	}

	fn proof_of(readings: &[Reading], index: u32) -> Vec<H256> {
		let leaves: Vec<H256> = readings.iter().map(reading_leaf).collect();
		merkle::prove(&leaves, index).expect("a leaf")
	}

	#[test]
	fn the_owner_sets_and_clears_the_relay() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let gateway = TestKey::ed("//gateway");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
			assert_eq!(
				last_event(),
				Event::RelaySet { device: id, relay: Some(gateway.public()) }.into()
			);
			assert_eq!(Devices::<Test>::get(id).and_then(|d| d.relay), Some(gateway.public()));
			assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, None));
			assert_eq!(last_event(), Event::RelaySet { device: id, relay: None }.into());
			assert_eq!(Devices::<Test>::get(id).and_then(|d| d.relay), None);
		});
	}

	#[test]
	fn only_the_owner_sets_a_relay_of_another_key_on_a_live_device() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let gateway = TestKey::ed("//gateway");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			// Another operator (or a resident) cannot take over the device's anchoring.
			assert_noop!(
				IotAnchors::set_relay(signed(UTILITY), id, Some(gateway.public())),
				Error::NotOwner
			);
			assert_noop!(
				IotAnchors::set_relay(signed(ANNA), id, Some(gateway.public())),
				Error::NotOwner
			);
			assert_noop!(
				IotAnchors::set_relay(signed(OPERATOR), H256::zero(), Some(gateway.public())),
				Error::UnknownDevice
			);
			assert_noop!(
				IotAnchors::set_relay(signed(OPERATOR), id, Some(key.public())),
				Error::RelayIsDeviceKey
			);
			assert_ok!(IotAnchors::city_revoke(signed(COUNCIL), id));
			assert_noop!(
				IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())),
				Error::DeviceRevoked
			);
		});
	}

	#[test]
	fn in_relay_mode_only_the_relay_signs_anchors() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let gateway = TestKey::ed("//gateway");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
			let (anchor, _) = next(id, &[1, 2], None);
			// The device's own key no longer signs anchors, nor does a stranger.
			let stranger = TestKey::ed("//stranger");
			for wrong in [&key, &stranger] {
				assert_eq!(
					authorize(&anchor, &wrong.sign_anchor(&anchor)),
					Err(InvalidTransaction::BadProof.into())
				);
			}
			submit(&gateway, &anchor);
			let kept = Anchors::<Test>::get(id, 0).expect("kept");
			assert_eq!(kept.readings_signed_by, Some(key.public()));
			// Back to the device's key: its anchors are its own again.
			assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, None));
			go_to_block(1 + INTERVAL);
			let (anchor, _) = next(id, &[3], None);
			assert_eq!(
				authorize(&anchor, &gateway.sign_anchor(&anchor)),
				Err(InvalidTransaction::BadProof.into())
			);
			submit(&key, &anchor);
			assert_eq!(Anchors::<Test>::get(id, 1).expect("kept").readings_signed_by, None);
		});
	}

	#[test]
	fn a_relayed_reading_is_proven_only_with_the_device_s_signature() {
		new_test_ext(|| {
			let key = TestKey::ed("//air");
			let gateway = TestKey::sr("//gateway");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
			let mut batch = signed_by(&key, &readings(id, 0, &[10, 20, 30, 40]));
			// The gateway slips in a reading of its own: unsigned, and one it signed itself.
			batch[1].signature = None;
			batch[2].signature = Some(gateway.sign(&reading_message(
				&IotAnchors::genesis(),
				&id,
				batch[2].timestamp,
				batch[2].value,
			)));
			let anchor = relayed(&gateway, id, &batch);
			let proven = Verdict::Proven { at: 1, timestamp: anchor.timestamp, root: anchor.root };
			assert_eq!(IotAnchors::verify_reading(&batch[0], proof_of(&batch, 0)), proven);
			assert_eq!(IotAnchors::verify_reading(&batch[3], proof_of(&batch, 3)), proven);
			assert_eq!(
				IotAnchors::verify_reading(&batch[1], proof_of(&batch, 1)),
				Verdict::NotSignedByDevice
			);
			assert_eq!(
				IotAnchors::verify_reading(&batch[2], proof_of(&batch, 2)),
				Verdict::NotSignedByDevice
			);
			// A device signature moved onto another value does not lead to the root.
			let mut moved = batch[0].clone();
			moved.value = 99;
			assert_eq!(IotAnchors::verify_reading(&moved, proof_of(&batch, 0)), Verdict::NotProven);
			let mut swapped = batch[3].clone();
			swapped.signature = batch[0].signature.clone();
			assert_eq!(
				IotAnchors::verify_reading(&swapped, proof_of(&batch, 3)),
				Verdict::NotProven
			);
		});
	}

	#[test]
	fn a_transfer_or_the_city_s_revocation_clears_the_relay() {
		new_test_ext(|| {
			let key = TestKey::sr("//noise");
			let id = register(OPERATOR, &key, DeviceKind::Noise);
			let gateway = TestKey::ed("//gateway");
			assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
			assert_ok!(IotAnchors::offer_transfer(signed(OPERATOR), id, Some(OTHER_OPERATOR)));
			let theirs = TestKey::sr("//their-key");
			assert_ok!(IotAnchors::accept_transfer(
				signed(OTHER_OPERATOR),
				id,
				theirs.public(),
				theirs.possession(OTHER_OPERATOR)
			));
			assert_eq!(Devices::<Test>::get(id).and_then(|d| d.relay), None);
			assert_ok!(IotAnchors::set_relay(signed(OTHER_OPERATOR), id, Some(gateway.public())));
			assert_ok!(IotAnchors::city_revoke(signed(COUNCIL), id));
			assert_eq!(Devices::<Test>::get(id).and_then(|d| d.relay), None);
		});
	}

	/// The relay signs an anchor's cumulative total: were a meter relayed, whoever held the
	/// relay key would set its consumer's bill.
	#[test]
	fn a_meter_is_never_relayed() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = register(UTILITY, &key, meter());
			let gateway = TestKey::ed("//gateway");
			assert_noop!(
				IotAnchors::set_relay(signed(UTILITY), id, Some(gateway.public())),
				Error::NoRelayForMeters
			);
			assert_ok!(IotAnchors::set_relay(signed(UTILITY), id, None));
		});
	}

	/// Rotating the device's key to its relay's would let the relay's holder sign readings.
	#[test]
	fn a_device_s_key_never_becomes_its_relay_s() {
		new_test_ext(|| {
			let key = TestKey::sr("//air");
			let id = register(OPERATOR, &key, DeviceKind::AirQuality);
			let gateway = TestKey::sr("//gateway");
			assert_ok!(IotAnchors::set_relay(signed(OPERATOR), id, Some(gateway.public())));
			assert_noop!(
				IotAnchors::rotate_key(
					signed(OPERATOR),
					id,
					gateway.public(),
					gateway.possession(OPERATOR)
				),
				Error::RelayIsDeviceKey
			);
		});
	}

	/// The reading message and the signed leaf, pinned: a device (or a simulator in another
	/// language) that encodes them otherwise is refused. ed25519 signs deterministically.
	#[test]
	fn the_reading_message_and_signed_leaf_are_as_documented() {
		let genesis = H256::repeat_byte(0x11);
		let key = <sp_core::ed25519::Pair as sp_core::Pair>::from_seed(&[7; 32]);
		let device = DeviceKey::Ed25519(sp_core::Pair::public(&key)).device_id();
		let message = reading_message(&genesis, &device, 1_800_000_000_123, -42);
		assert_eq!(
			hex::encode(&message),
			KNOWN_MESSAGE,
			"compact(35) ++ domain ++ genesis ++ device ++ timestamp (LE u64) ++ value (LE i64)"
		);
		let signature: MultiSignature = sp_core::Pair::sign(&key, &message).into();
		let reading = Reading {
			device,
			sequence: 3,
			index: 1,
			timestamp: 1_800_000_000_123,
			value: -42,
			signature: Some(signature.clone()),
		};
		assert_eq!(hex::encode(signature.encode()), KNOWN_SIGNATURE);
		assert_eq!(hex::encode(reading_leaf(&reading)), KNOWN_SIGNED_LEAF);
		let unsigned = Reading { signature: None, ..reading };
		assert_eq!(hex::encode(reading_leaf(&unsigned)), KNOWN_LEAF);
	}

	const KNOWN_MESSAGE: &str = "8c636974792d636861696e2f696f742d72656164696e672d7369676e61747572652f76311111111111111111111111111111111111111111111111111111111111111111a0ccc8bcc83f6c628340134f8546a21e0618fd1aaa02432bba454c4a2c2233da7b505c18a3010000d6ffffffffffffff";
	const KNOWN_SIGNATURE: &str = "00f1a09f6c9663860ab3bc01eec6c838f087dc78ef3ac4812db5e7c6b41f3c891d1d0d8025542a4760b964754b5d1b20850b4a6dbe432853800f8177665c1f8001";
	const KNOWN_SIGNED_LEAF: &str =
		"3b594c7b3e72665d43aa63b9952a5bcb227546cb388c791b3a62e64f94b8630f";
	const KNOWN_LEAF: &str = "e7c8998dad9eac22087ff13fbbc5117ceb35fd9e8e88c454d1a53037b921c8d6";
}
