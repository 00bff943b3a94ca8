//! Theft flags: the owner's and the police's, and who may clear which.

use super::*;

#[test]
fn the_owner_or_the_police_flag_stolen_and_recovered() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
		assert_eq!(last_event(), Event::ReportedStolen { vehicle: car, by: ANNA }.into());
		assert_eq!((record(car).stolen, record(car).stolen_by_police), (true, false));
		assert_noop!(
			VehicleRegistry::report_stolen(signed(ANNA), car),
			Error::<Test>::AlreadyStolen
		);
		// The owner clears their own flag.
		assert_ok!(VehicleRegistry::report_recovered(signed(ANNA), car));
		assert_eq!(last_event(), Event::ReportedRecovered { vehicle: car, by: ANNA }.into());
		assert_eq!((record(car).stolen, record(car).stolen_by_police), (false, false));

		// The police flag it and clear it.
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
		assert_eq!(last_event(), Event::ReportedStolen { vehicle: car, by: OFFICER }.into());
		assert_eq!((record(car).stolen, record(car).stolen_by_police), (true, true));
		assert_noop!(
			VehicleRegistry::report_stolen(signed(OFFICER), car),
			Error::<Test>::AlreadyStolen
		);
		assert_noop!(
			VehicleRegistry::report_stolen(signed(ANNA), car),
			Error::<Test>::AlreadyStolen
		);
		assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
		assert_eq!(last_event(), Event::ReportedRecovered { vehicle: car, by: OFFICER }.into());
		assert_eq!((record(car).stolen, record(car).stolen_by_police), (false, false));
		assert_noop!(
			VehicleRegistry::report_recovered(signed(ANNA), car),
			Error::<Test>::NotStolen
		);
		assert_noop!(
			VehicleRegistry::report_recovered(signed(OFFICER), car),
			Error::<Test>::NotStolen
		);
	});
}

#[test]
fn theft_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(apply_as(ANNA, eu_vin(2)));
		assert_noop!(VehicleRegistry::report_stolen(signed(BORIS), car), Error::<Test>::NotOwner);
		assert_noop!(
			VehicleRegistry::report_stolen(signed(ANNA), 9),
			Error::<Test>::VehicleNotFound
		);
		assert_noop!(
			VehicleRegistry::report_stolen(signed(ANNA), car + 1),
			Error::<Test>::WrongStatus
		);
		assert_noop!(
			VehicleRegistry::report_stolen(RuntimeOrigin::root(), car),
			DispatchError::BadOrigin
		);
		assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
		assert_noop!(
			VehicleRegistry::report_recovered(signed(BORIS), car),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			VehicleRegistry::report_recovered(RuntimeOrigin::root(), car),
			DispatchError::BadOrigin
		);
		assert_noop!(
			VehicleRegistry::report_recovered(signed(ANNA), 9),
			Error::<Test>::VehicleNotFound
		);
	});
}

#[test]
fn an_owner_cannot_clear_a_police_theft_flag() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
		assert_noop!(
			VehicleRegistry::report_recovered(signed(ANNA), car),
			Error::<Test>::FlaggedByPolice
		);
		let flagged = record(car);
		assert_eq!((flagged.stolen, flagged.stolen_by_police), (true, true));
		// The flag keeps doing its work: no sale, no renewal.
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
			Error::<Test>::VehicleStolen
		);
		assert_noop!(VehicleRegistry::renew(signed(ANNA), car), Error::<Test>::VehicleStolen);
		// Only the police clear it.
		assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));
	});
}

#[test]
fn a_police_officer_cannot_clear_a_colleagues_flag_on_their_own_car() {
	new_test_ext(|| {
		let car = registered(BORIS, 1, "AB-1");
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
		// Boris joins the police: on his own car he is its owner, not the police.
		city_primitives::credentials::testing::grant(BORIS, CredentialKind::PoliceOfficer);
		assert_noop!(
			VehicleRegistry::report_recovered(signed(BORIS), car),
			Error::<Test>::FlaggedByPolice
		);
		assert!(record(car).stolen_by_police);
		// On another's car he is the police.
		let other = registered(ANNA, 2, "AB-2");
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), other));
		assert_ok!(VehicleRegistry::report_recovered(signed(BORIS), other));
	});
}

#[test]
fn an_owner_cannot_turn_a_police_flag_into_their_own() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		// The owner flags first; the police flag it too: it is the police's now.
		assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
		assert_eq!(last_event(), Event::ReportedStolen { vehicle: car, by: OFFICER }.into());
		assert!(record(car).stolen_by_police);
		assert_noop!(
			VehicleRegistry::report_recovered(signed(ANNA), car),
			Error::<Test>::FlaggedByPolice
		);
		// Reporting again changes nothing.
		assert_noop!(
			VehicleRegistry::report_stolen(signed(ANNA), car),
			Error::<Test>::AlreadyStolen
		);
		assert!(record(car).stolen_by_police);
	});
}

#[test]
fn an_owner_cannot_shed_a_police_flag_by_exporting_and_reimporting() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
		for who in [ANNA, CLERK] {
			assert_noop!(
				VehicleRegistry::deregister(signed(who), car, DeregistrationReason::Exported),
				Error::<Test>::FlaggedByPolice
			);
		}
		// So the VIN is still registered: no re-import either.
		assert_noop!(apply_as(ANNA, eu_vin(1)), Error::<Test>::VinTaken);
		assert!(record(car).stolen_by_police);
	});
}
