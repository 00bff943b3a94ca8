//! The city's brake: it suspends, resumes and revokes any device.

use super::*;

#[test]
fn the_city_suspends_any_device_and_its_owner_cannot_lift_it() {
	new_test_ext(|| {
		let key = TestKey::sr("//air");
		let id = register(OPERATOR, &key, DeviceKind::AirQuality);
		assert_noop!(IotAnchors::city_suspend(signed(OPERATOR), id), DispatchError::BadOrigin);
		assert_noop!(IotAnchors::city_suspend(signed(COUNCIL), H256::zero()), Error::UnknownDevice);
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
		assert_noop!(IotAnchors::city_revoke(signed(COUNCIL), H256::zero()), Error::UnknownDevice);
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
