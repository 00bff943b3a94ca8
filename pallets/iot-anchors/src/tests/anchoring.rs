//! Anchoring: what an anchor keeps and announces, the ring, meters' billing and the block's anchor budget.

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
