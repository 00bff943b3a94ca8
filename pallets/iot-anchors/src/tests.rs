//! The IoT anchors' unit tests: every call's success and each error path (with
//! `assert_noop!`), every rejection of an anchor both where the pool meets it (`authorize`)
//! and where the block applies it, the ring, meters' billing and proofs of readings. The
//! invariants are checked after every test (`new_test_ext`).

use crate::{mock::*, *};
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
		summary: Some(Summary { min, max, mean }),
		cumulative,
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
	fn a_resident_registers_a_meter_with_each_scheme() {
		new_test_ext(|| {
			for (i, key) in
				[TestKey::sr("//m1"), TestKey::ed("//m2"), TestKey::ec("//m3")].iter().enumerate()
			{
				let id = register(ANNA, key, meter());
				assert_eq!(
					last_event(),
					Event::Registered { device: id, owner: ANNA, kind: meter(), key: key.public() }
						.into()
				);
				let device = Devices::<Test>::get(id).expect("registered");
				assert_eq!(device.owner, ANNA);
				assert_eq!(device.next_sequence, 0);
				assert_eq!(device.status, DeviceStatus::Active);
				assert_eq!(DeviceByKey::<Test>::get(key.public()), Some(id));
				assert_eq!(on_hold(ANNA), DEPOSIT * (i as u64 + 1));
			}
			assert_eq!(free(ANNA), ENDOWMENT - 3 * DEPOSIT);
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
	fn only_operators_register_public_sensors_and_only_residents_meters() {
		new_test_ext(|| {
			let key = TestKey::sr("//x");
			assert_noop!(
				IotAnchors::register(
					signed(ANNA),
					key.public(),
					DeviceKind::Noise,
					location("u33d"),
					key.possession(ANNA)
				),
				Error::NotAnOperator
			);
			assert_noop!(
				IotAnchors::register(
					signed(VISITOR),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(VISITOR)
				),
				Error::NotAResident
			);
			assert_noop!(
				IotAnchors::register(
					RuntimeOrigin::none(),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(ANNA)
				),
				DispatchError::BadOrigin
			);
			revoke(BORIS, &CredentialKind::Resident);
			assert_noop!(
				IotAnchors::register(
					signed(BORIS),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(BORIS)
				),
				Error::NotAResident
			);
		});
	}

	#[test]
	fn locations_are_geohashes_and_meters_are_coarse() {
		new_test_ext(|| {
			let key = TestKey::sr("//x");
			for bad in ["", "u33a", "U33D", "u3 3"] {
				assert_noop!(
					IotAnchors::register(
						signed(ANNA),
						key.public(),
						meter(),
						location(bad),
						key.possession(ANNA)
					),
					Error::BadGeohash
				);
			}
			assert_noop!(
				IotAnchors::register(
					signed(ANNA),
					key.public(),
					meter(),
					location("u33dbfc"),
					key.possession(ANNA)
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
					signed(ANNA),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(BORIS)
				),
				Error::BadProofOfPossession
			);
			assert_noop!(
				IotAnchors::register(
					signed(ANNA),
					key.public(),
					meter(),
					location("u33d"),
					TestKey::sr("//y").possession(ANNA)
				),
				Error::BadProofOfPossession
			);
			register(ANNA, &key, meter());
			assert_noop!(
				IotAnchors::register(
					signed(BORIS),
					key.public(),
					meter(),
					location("u33d"),
					key.possession(BORIS)
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
			grant(poor, CredentialKind::Resident);
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
	fn a_meter_reports_its_consumption_since_the_last_anchor() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = register(ANNA, &key, meter());
			// The first reading sets the baseline: nothing billed.
			let (first, _) = next(id, &[5], Some(1_000));
			submit(&key, &first);
			assert!(billed().is_empty());
			go_to_block(1 + INTERVAL);
			let (second, _) = next(id, &[7], Some(1_250));
			submit(&key, &second);
			assert_eq!(
				billed(),
				vec![MeterReading {
					meter: id,
					owner: ANNA,
					kind: MeterKind::Water,
					units: 250,
					reference: second.root
				}]
			);
			assert_eq!(
				last_event(),
				Event::MeterReported { device: id, owner: ANNA, units: 250 }.into()
			);
			// No consumption, no bill.
			go_to_block(1 + 2 * INTERVAL);
			let (third, _) = next(id, &[7], Some(1_250));
			submit(&key, &third);
			assert_eq!(billed().len(), 1);
			assert_eq!(Devices::<Test>::get(id).and_then(|d| d.meter_total), Some(1_250));
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

	/// A device that anchored once at block 1, now at block `1 + INTERVAL`.
	fn anchored_once(key: &TestKey, kind: DeviceKind) -> DeviceId {
		let owner = if kind.meter().is_some() { ANNA } else { OPERATOR };
		let id = register(owner, key, kind);
		let cumulative = kind.meter().map(|_| 100);
		let (anchor, _) = next(id, &[1], cumulative);
		submit(key, &anchor);
		go_to_block(1 + INTERVAL);
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
			anchor.cumulative = Some(99);
			refused(&key, &anchor, custom(Error::MeterWentBackwards), Error::MeterWentBackwards);
			let air = TestKey::sr("//air");
			let air_id = anchored_once(&air, DeviceKind::AirQuality);
			go_to_block(1 + 2 * INTERVAL);
			let (mut not_a_meter, _) = next(air_id, &[1], Some(5));
			not_a_meter.cumulative = Some(5);
			refused(&air, &not_a_meter, custom(Error::NotAMeter), Error::NotAMeter);
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
			let id = register(ANNA, &key, meter());
			assert_noop!(IotAnchors::suspend(signed(BORIS), id), Error::NotOwner);
			assert_noop!(IotAnchors::suspend(signed(ANNA), H256::zero()), Error::UnknownDevice);
			assert_noop!(IotAnchors::resume(signed(ANNA), id), Error::NotSuspended);
			assert_ok!(IotAnchors::suspend(signed(ANNA), id));
			assert_eq!(last_event(), Event::Suspended { device: id }.into());
			assert_noop!(IotAnchors::suspend(signed(ANNA), id), Error::DeviceSuspended);
			assert_noop!(IotAnchors::resume(signed(BORIS), id), Error::NotOwner);
			assert_ok!(IotAnchors::resume(signed(ANNA), id));
			assert_eq!(last_event(), Event::Resumed { device: id }.into());
			assert_noop!(IotAnchors::suspend(RuntimeOrigin::none(), id), DispatchError::BadOrigin);
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
			let id = register(ANNA, &old, meter());
			let (anchor, _) = next(id, &[1], Some(10));
			submit(&old, &anchor);
			go_to_block(1 + INTERVAL);
			assert_noop!(
				IotAnchors::rotate_key(signed(BORIS), id, new.public(), new.possession(BORIS)),
				Error::NotOwner
			);
			assert_noop!(
				IotAnchors::rotate_key(signed(ANNA), id, new.public(), new.possession(BORIS)),
				Error::BadProofOfPossession
			);
			assert_noop!(
				IotAnchors::rotate_key(signed(ANNA), id, old.public(), old.possession(ANNA)),
				Error::KeyInUse
			);
			assert_ok!(IotAnchors::rotate_key(
				signed(ANNA),
				id,
				new.public(),
				new.possession(ANNA)
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
	fn a_device_moves_to_whoever_accepts_it_with_its_deposit() {
		new_test_ext(|| {
			let key = TestKey::sr("//water");
			let id = register(ANNA, &key, meter());
			assert_noop!(
				IotAnchors::offer_transfer(signed(BORIS), id, Some(BORIS)),
				Error::AlreadyOwner
			);
			assert_noop!(
				IotAnchors::offer_transfer(signed(ANNA), id, Some(ANNA)),
				Error::AlreadyOwner
			);
			assert_noop!(
				IotAnchors::offer_transfer(signed(BORIS), id, Some(VISITOR)),
				Error::NotOwner
			);
			assert_noop!(IotAnchors::accept_transfer(signed(BORIS), id), Error::NotOffered);
			assert_ok!(IotAnchors::offer_transfer(signed(ANNA), id, Some(VISITOR)));
			assert_eq!(
				last_event(),
				Event::TransferOffered { device: id, to: Some(VISITOR) }.into()
			);
			// A visitor may not own a meter.
			assert_noop!(IotAnchors::accept_transfer(signed(VISITOR), id), Error::NotAResident);
			assert_ok!(IotAnchors::offer_transfer(signed(ANNA), id, None));
			assert_noop!(IotAnchors::accept_transfer(signed(VISITOR), id), Error::NotAResident);
			assert_ok!(IotAnchors::offer_transfer(signed(ANNA), id, Some(BORIS)));
			assert_noop!(IotAnchors::accept_transfer(signed(OPERATOR), id), Error::NotOffered);
			assert_noop!(
				IotAnchors::accept_transfer(signed(BORIS), H256::zero()),
				Error::UnknownDevice
			);
			assert_ok!(IotAnchors::accept_transfer(signed(BORIS), id));
			assert_eq!(
				last_event(),
				Event::Transferred { device: id, from: ANNA, to: BORIS }.into()
			);
			assert_eq!((on_hold(ANNA), on_hold(BORIS)), (0, DEPOSIT));
			assert_eq!(free(ANNA), ENDOWMENT);
			let device = Devices::<Test>::get(id).expect("device");
			assert_eq!((device.owner, device.offered_to), (BORIS, None));
			// Boris is billed from now on.
			let (anchor, _) = next(id, &[1], Some(10));
			submit(&key, &anchor);
			go_to_block(1 + INTERVAL);
			let (anchor, _) = next(id, &[1], Some(15));
			submit(&key, &anchor);
			assert_eq!(billed().last().map(|b| (b.owner, b.units)), Some((BORIS, 5)));
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
