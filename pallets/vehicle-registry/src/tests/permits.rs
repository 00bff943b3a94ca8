//! Parking permits: zones' prices, purchases, expiry.

use super::*;

#[test]
fn an_owner_buys_permits_and_expired_ones_go() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 3, Some(4)));
		let fund = ReserveFund::balance();
		assert_ok!(VehicleRegistry::buy_permit(signed(ANNA), car, 3, 2));
		assert_eq!(ReserveFund::balance(), fund + 8);
		assert_eq!(
			last_event(),
			Event::PermitBought { vehicle: car, zone: 3, from: 1, until: 20, paid: 8 }.into()
		);
		assert_ok!(VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1));
		assert_noop!(
			VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1),
			Error::<Test>::TooManyPermits
		);
		// Both expired by block 21: they go, and a new one fits.
		run_to(21);
		assert_ok!(VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1));
		assert_eq!(
			Permits::<Test>::get(car).to_vec(),
			vec![Permit { zone: 3, from: 21, until: 30 }]
		);
	});
}

#[test]
fn permit_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_noop!(
			VehicleRegistry::set_zone_price(signed(ANNA), 3, Some(4)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			VehicleRegistry::set_zone_price(signed(COUNCIL), 3, Some(0)),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1),
			Error::<Test>::ZoneNotFound
		);
		assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 3, Some(4)));
		assert_noop!(
			VehicleRegistry::buy_permit(signed(ANNA), car, 3, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			VehicleRegistry::buy_permit(signed(BORIS), car, 3, 1),
			Error::<Test>::NotOwner
		);
		assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 4, Some(u64::MAX / 2)));
		assert_noop!(
			VehicleRegistry::buy_permit(signed(ANNA), car, 4, 3),
			DispatchError::Arithmetic(ArithmeticError::Overflow)
		);
		// Closing a zone stops its sales.
		assert_ok!(VehicleRegistry::set_zone_price(signed(COUNCIL), 3, None));
		assert_noop!(
			VehicleRegistry::buy_permit(signed(ANNA), car, 3, 1),
			Error::<Test>::ZoneNotFound
		);
	});
}
