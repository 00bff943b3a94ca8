//! Inspections: kept in a ring, and a lower odometer flagged, not recorded.

use super::*;

#[test]
fn inspections_are_kept_and_a_lower_odometer_is_flagged_not_recorded() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 10_000, REPORT));
		let kept = Inspections::<Test>::get(car);
		assert_eq!(kept.len(), 1);
		assert_eq!(kept[0].valid_until, Some(1 + VALIDITY));
		run_to(5);
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, false, 12_000, REPORT));
		assert_eq!(Inspections::<Test>::get(car)[1].valid_until, None, "a fail has no validity");
		assert_eq!(record(car).odometer, 12_000);

		// Rolled back: not recorded, flagged, and the call succeeds so the flag stays.
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 11_999, REPORT));
		assert_eq!(
			last_event(),
			Event::OdometerFlagged {
				vehicle: car,
				recorded: 12_000,
				reported: 11_999,
				report: REPORT
			}
			.into()
		);
		let flagged = record(car);
		assert_eq!((flagged.odometer, flagged.odometer_flagged), (12_000, true));
		assert_eq!(Inspections::<Test>::get(car).len(), 2);

		// The same reading is fine; the oldest inspection leaves storage (kept: 2).
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 12_000, REPORT));
		let kept = Inspections::<Test>::get(car);
		assert_eq!(kept.iter().map(|i| i.odometer).collect::<Vec<_>>(), vec![12_000, 12_000]);

		assert_ok!(VehicleRegistry::clear_odometer_flag(signed(CLERK), car));
		assert!(!record(car).odometer_flagged);
		assert_noop!(
			VehicleRegistry::clear_odometer_flag(signed(CLERK), car),
			Error::<Test>::NotFlagged
		);
	});
}

#[test]
fn inspection_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(apply_as(ANNA, eu_vin(2)));
		assert_noop!(
			VehicleRegistry::inspect(signed(ANNA), car, true, 1, REPORT),
			DispatchError::BadOrigin
		);
		assert_noop!(
			VehicleRegistry::inspect(signed(INSPECTOR), car + 1, true, 1, REPORT),
			Error::<Test>::WrongStatus
		);
		assert_noop!(
			VehicleRegistry::inspect(signed(INSPECTOR), 9, true, 1, REPORT),
			Error::<Test>::VehicleNotFound
		);
		assert_noop!(
			VehicleRegistry::clear_odometer_flag(signed(ANNA), car),
			DispatchError::BadOrigin
		);
		assert_noop!(
			VehicleRegistry::clear_odometer_flag(signed(CLERK), 9),
			Error::<Test>::VehicleNotFound
		);
	});
}
