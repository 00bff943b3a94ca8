//! Registering devices: credentials, the kinds' policies, keys and their proofs of
//! possession, locations and deposits.

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
				Event::Registered { device: id, owner: UTILITY, kind: meter(), key: key.public() }
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
