//! What owners do with their devices (suspend, resume, revoke, rotate the key, transfer),
//! and the council's plausible ranges.

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
		assert_noop!(IotAnchors::offer_transfer(signed(ANNA), id, Some(BORIS)), Error::NotOwner);
		// Nor unbind themselves to escape the bills.
		assert_noop!(IotAnchors::propose_consumer(signed(ANNA), id, None), Error::NotOwner);
		assert_noop!(IotAnchors::propose_consumer(signed(ANNA), id, Some(BORIS)), Error::NotOwner);
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
		assert_eq!(authorize(&anchor, &signature), Err(InvalidTransaction::UnknownOrigin.into()));
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
		assert_noop!(IotAnchors::offer_transfer(signed(BORIS), id, Some(VISITOR)), Error::NotOwner);
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
		assert_eq!(last_event(), Event::TransferOffered { device: id, to: Some(VISITOR) }.into());
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
			IotAnchors::accept_transfer(signed(FITTER), id, key.public(), key.possession(FITTER)),
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
		assert_eq!(last_event(), Event::KeyRotated { device: id, key: fitters.public() }.into());
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
