//! Meters' consumers: proposed by the utility, bound once they accept, billed from then on.

use super::*;

#[test]
fn a_consumer_is_billed_only_after_accepting() {
	new_test_ext(|| {
		let key = TestKey::sr("//water");
		let id = register(UTILITY, &key, meter());
		assert_noop!(IotAnchors::propose_consumer(signed(BORIS), id, Some(ANNA)), Error::NotOwner);
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
		assert_noop!(IotAnchors::accept_consumer(signed(ANNA), H256::zero()), Error::UnknownDevice);
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
