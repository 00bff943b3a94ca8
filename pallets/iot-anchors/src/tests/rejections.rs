//! Each rejection of an anchor, both in the pool (`authorize`) and in the block, changing nothing.

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
			assert_eq!(authorize(&anchor, &signature), Err(InvalidTransaction::BadProof.into()));
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
		assert_eq!(authorize(&anchor, &signature), Err(InvalidTransaction::UnknownOrigin.into()));
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
