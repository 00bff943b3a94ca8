//! Re-import of exported vehicles, with their history.

use super::*;

fn export(car: VehicleId, by: u64) {
	assert_ok!(VehicleRegistry::deregister(signed(by), car, DeregistrationReason::Exported));
}

#[test]
fn an_exported_vehicle_comes_back_with_its_history() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 40_000, REPORT));
		assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
		run_to(10);
		export(car, ANNA);
		let next = NextVehicleId::<Test>::get();
		let fund = ReserveFund::balance();

		run_to(50);
		assert_ok!(apply_as(BORIS, eu_vin(1)));
		let events: Vec<RuntimeEvent> =
			System::events().into_iter().map(|record| record.event).collect();
		let expected: Vec<RuntimeEvent> = vec![
			Event::Applied { vehicle: car, owner: BORIS, vin: eu_vin(1) }.into(),
			Event::Reimported { vehicle: car, owner: BORIS }.into(),
		];
		assert_eq!(events[events.len() - 2..].to_vec(), expected);
		assert_eq!(NextVehicleId::<Test>::get(), next, "the same record and id");
		assert_eq!(ByVin::<Test>::get(eu_vin(1)), Some(car));
		assert_eq!(ByOwner::<Test>::get(BORIS).to_vec(), vec![car]);
		assert_eq!(free(BORIS), ENDOWMENT - FEE - DEPOSIT);
		assert_eq!(on_hold(BORIS), DEPOSIT);
		assert_eq!(ReserveFund::balance(), fund + FEE);
		let back = record(car);
		assert_eq!(
			(back.owner, back.status, back.registrations, back.deposit),
			(BORIS, Status::Pending, 1, DEPOSIT)
		);
		assert_eq!((back.odometer, back.vin.clone()), (40_000, eu_vin(1)), "history kept");
		assert_eq!(Inspections::<Test>::get(car).len(), 1, "inspections kept");
		// Plate, registration, lien, consent, offer and theft flags start afresh.
		assert_eq!((back.plate, back.registered_until), (None, 0));
		assert_eq!((back.lien, back.lien_consent, back.offer), (None, None, None));
		assert_eq!((back.stolen, back.stolen_by_police), (false, false));

		assert_ok!(VehicleRegistry::approve(signed(CLERK), car, plate("BB-7")));
		let again = record(car);
		assert_eq!(
			(again.status, again.registrations, again.registered_until),
			(Status::Registered, 2, 50 + PERIOD)
		);
		assert_eq!(ByPlate::<Test>::get(plate("BB-7")), Some(car));
	});
}

#[test]
fn an_owner_cannot_roll_back_the_odometer_by_exporting_and_reimporting() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 90_000, REPORT));
		export(car, ANNA);
		assert_ok!(apply_as(ANNA, eu_vin(1)));
		assert_ok!(VehicleRegistry::approve(signed(CLERK), car, plate("AB-2")));
		// A lower reading after the round trip is flagged, not recorded.
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 10_000, REPORT));
		let back = record(car);
		assert_eq!((back.odometer, back.odometer_flagged), (90_000, true));
	});
}

#[test]
fn an_odometer_flag_survives_an_export() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 90_000, REPORT));
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 10_000, REPORT));
		export(car, CLERK);
		assert_ok!(apply_as(BORIS, eu_vin(1)));
		assert!(record(car).odometer_flagged, "a clerk still has to review it");
	});
}

#[test]
fn a_scrapped_vehicle_cannot_be_reimported() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::deregister(signed(ANNA), car, DeregistrationReason::Scrapped));
		for who in [ANNA, BORIS] {
			assert_noop!(apply_as(who, eu_vin(1)), Error::<Test>::VinScrapped);
		}
		assert_eq!(record(car).status, Status::Deregistered(DeregistrationReason::Scrapped));
	});
}

#[test]
fn a_pending_or_registered_vin_stays_taken() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::VinTaken);
		export(car, ANNA);
		assert_ok!(apply_as(BORIS, eu_vin(1)));
		// Pending as a re-import: nobody else applies for it meanwhile.
		assert_noop!(apply_as(ANNA, eu_vin(1)), Error::<Test>::VinTaken);
		assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::VinTaken);
	});
}

#[test]
fn a_reimport_must_be_the_same_vehicle() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		export(car, ANNA);
		let apply = |make, model, year| {
			VehicleRegistry::apply(signed(BORIS), eu_vin(1), text(make), text(model), year)
		};
		assert_noop!(apply("Volvo", "Golf", 2020), Error::<Test>::VehicleDataMismatch);
		assert_noop!(apply("Volkswagen", "Polo", 2020), Error::<Test>::VehicleDataMismatch);
		assert_noop!(apply("Volkswagen", "Golf", 2021), Error::<Test>::VehicleDataMismatch);
		// Bad input still gets its own error first.
		assert_noop!(apply("", "Golf", 2020), Error::<Test>::EmptyText);
		assert_noop!(apply("Volkswagen", "Golf", 1800), Error::<Test>::InvalidYear);
		assert_ok!(apply("Volkswagen", "Golf", 2020));
	});
}

#[test]
fn reimport_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		export(car, ANNA);
		assert_noop!(apply_as(VISITOR, eu_vin(1)), Error::<Test>::NotAResident);
		assert_ok!(apply_as(BORIS, eu_vin(2)));
		assert_ok!(apply_as(BORIS, eu_vin(3)));
		assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::TooManyVehicles);
		assert_eq!(record(car).status, Status::Deregistered(DeregistrationReason::Exported));
	});
}

#[test]
fn a_rejected_reimport_does_not_erase_the_vehicles_history() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::inspect(signed(INSPECTOR), car, true, 40_000, REPORT));
		export(car, ANNA);
		assert_ok!(apply_as(BORIS, eu_vin(1)));
		assert_ok!(VehicleRegistry::reject(signed(CLERK), car));
		assert_eq!(last_event(), Event::Rejected { vehicle: car, clerk: CLERK }.into());
		let kept = record(car);
		assert_eq!(kept.status, Status::Deregistered(DeregistrationReason::Exported));
		assert_eq!((kept.odometer, kept.registrations, kept.deposit), (40_000, 1, 0));
		assert_eq!(Inspections::<Test>::get(car).len(), 1);
		assert_eq!(ByVin::<Test>::get(eu_vin(1)), Some(car), "the VIN stays on record");
		assert!(ByOwner::<Test>::get(BORIS).is_empty());
		assert_eq!((free(BORIS), on_hold(BORIS)), (ENDOWMENT - FEE, 0), "deposit back");
		// It may be applied for again, still as a re-import.
		assert_ok!(apply_as(ANNA, eu_vin(1)));
		assert_eq!(last_event(), Event::Reimported { vehicle: car, owner: ANNA }.into());
	});
}
