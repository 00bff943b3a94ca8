//! Applications, approval and rejection, plates, renewal and deregistration.

use super::*;

#[test]
fn a_resident_applies_a_clerk_registers_with_a_plate() {
	new_test_ext(|| {
		let fund = ReserveFund::balance();
		assert_ok!(VehicleRegistry::apply(
			signed(ANNA),
			vin("1M8GDM9AXKP042788"),
			text("Ford"),
			text("Transit"),
			1989
		));
		assert_eq!(free(ANNA), ENDOWMENT - FEE - DEPOSIT);
		assert_eq!(on_hold(ANNA), DEPOSIT);
		assert_eq!(ReserveFund::balance(), fund + FEE, "the fee goes to the fund");
		assert_eq!(record(0).status, Status::Pending);
		assert_eq!(ByVin::<Test>::get(vin("1M8GDM9AXKP042788")), Some(0));
		assert_eq!(ByOwner::<Test>::get(ANNA).to_vec(), vec![0]);

		run_to(5);
		assert_ok!(VehicleRegistry::approve(signed(CLERK), 0, plate("CITY-001")));
		assert_eq!(
			last_event(),
			Event::Registered { vehicle: 0, plate: plate("CITY-001"), until: 105, clerk: CLERK }
				.into()
		);
		let car = record(0);
		assert_eq!(
			(car.status, car.plate, car.registered_until),
			(Status::Registered, Some(plate("CITY-001")), 105)
		);
		assert_eq!(ByPlate::<Test>::get(plate("CITY-001")), Some(0));
	});
}

#[test]
fn apply_error_paths() {
	new_test_ext(|| {
		let bad_vins = ["1M8GDM9A1KP042788", "WVWZZZ1JZXW00000O", "WVWZZZ1JZXW0000"];
		for bad in bad_vins {
			assert_noop!(apply_as(ANNA, vin(bad)), Error::<Test>::InvalidVin);
		}
		assert_noop!(apply_as(VISITOR, eu_vin(1)), Error::<Test>::NotAResident);
		assert_noop!(
			VehicleRegistry::apply(signed(ANNA), eu_vin(1), text(""), text("Golf"), 2020),
			Error::<Test>::EmptyText
		);
		for year in [1885, 2101] {
			assert_noop!(
				VehicleRegistry::apply(signed(ANNA), eu_vin(1), text("VW"), text("Golf"), year),
				Error::<Test>::InvalidYear
			);
		}
		assert_noop!(
			VehicleRegistry::apply(
				RuntimeOrigin::root(),
				eu_vin(1),
				text("VW"),
				text("Golf"),
				2020
			),
			DispatchError::BadOrigin
		);
		assert_ok!(apply_as(ANNA, eu_vin(1)));
		assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::VinTaken);
		assert_ok!(apply_as(ANNA, eu_vin(2)));
		assert_noop!(apply_as(ANNA, eu_vin(3)), Error::<Test>::TooManyVehicles);
	});
}

#[test]
fn approve_and_reject_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(apply_as(BORIS, eu_vin(2)));
		let pending = car + 1;
		assert_noop!(
			VehicleRegistry::approve(signed(ANNA), pending, plate("AB-2")),
			DispatchError::BadOrigin
		);
		assert_noop!(
			VehicleRegistry::approve(signed(CLERK), 9, plate("AB-2")),
			Error::<Test>::VehicleNotFound
		);
		assert_noop!(
			VehicleRegistry::approve(signed(CLERK), car, plate("AB-2")),
			Error::<Test>::WrongStatus
		);
		assert_noop!(
			VehicleRegistry::approve(signed(CLERK), pending, plate("ab-2")),
			Error::<Test>::InvalidPlate
		);
		assert_noop!(
			VehicleRegistry::approve(signed(CLERK), pending, plate("AB-1")),
			Error::<Test>::PlateTaken
		);
		assert_noop!(VehicleRegistry::reject(signed(ANNA), pending), DispatchError::BadOrigin);
		assert_noop!(VehicleRegistry::reject(signed(CLERK), car), Error::<Test>::WrongStatus);
		assert_noop!(VehicleRegistry::reject(signed(CLERK), 9), Error::<Test>::VehicleNotFound);
		// A clerk who lost the credential is no clerk.
		revoke(CLERK, &CredentialKind::VehicleClerk);
		assert_noop!(
			VehicleRegistry::approve(signed(CLERK), pending, plate("AB-2")),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_rejected_application_goes_and_its_deposit_returns() {
	new_test_ext(|| {
		assert_ok!(apply_as(BORIS, eu_vin(2)));
		assert_ok!(VehicleRegistry::reject(signed(CLERK), 0));
		assert_eq!(free(BORIS), ENDOWMENT - FEE, "the fee paid for the review stays paid");
		assert_eq!(on_hold(BORIS), 0);
		assert!(Vehicles::<Test>::get(0).is_none());
		assert!(ByVin::<Test>::get(eu_vin(2)).is_none());
		assert!(ByOwner::<Test>::get(BORIS).is_empty());
		// The VIN can be applied for again.
		assert_ok!(apply_as(BORIS, eu_vin(2)));
	});
}

#[test]
fn renewal_extends_from_the_end_or_from_now() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		let fund = ReserveFund::balance();
		assert_ok!(VehicleRegistry::renew(signed(ANNA), car));
		assert_eq!(record(car).registered_until, 201);
		assert_eq!(ReserveFund::balance(), fund + RENEWAL);
		run_to(300);
		assert_ok!(VehicleRegistry::renew(signed(ANNA), car));
		assert_eq!(record(car).registered_until, 400, "lapsed: a period from now");
		assert_eq!(last_event(), Event::Renewed { vehicle: car, until: 400 }.into());
	});
}

#[test]
fn renewal_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(apply_as(ANNA, eu_vin(2)));
		assert_noop!(VehicleRegistry::renew(signed(BORIS), car), Error::<Test>::NotOwner);
		assert_noop!(VehicleRegistry::renew(signed(ANNA), car + 1), Error::<Test>::WrongStatus);
		assert_noop!(VehicleRegistry::renew(signed(ANNA), 9), Error::<Test>::VehicleNotFound);
		assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
		assert_noop!(VehicleRegistry::renew(signed(ANNA), car), Error::<Test>::VehicleStolen);
		assert_ok!(VehicleRegistry::report_recovered(signed(ANNA), car));
		assert_ok!(VehicleRegistry::issue_fine(
			signed(OFFICER),
			plate("AB-1"),
			100,
			7,
			EVIDENCE,
			10
		));
		// Renewal waits only for a fine past its deadline.
		assert_ok!(VehicleRegistry::renew(signed(ANNA), car));
		run_to(11);
		assert_noop!(VehicleRegistry::renew(signed(ANNA), car), Error::<Test>::OverdueFine);
	});
}

#[test]
fn deregistration_keeps_the_record_and_frees_the_plate_after_a_cool_down() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		run_to(10);
		assert_ok!(VehicleRegistry::deregister(signed(ANNA), car, DeregistrationReason::Scrapped));
		let kept = record(car);
		assert_eq!(
			(kept.status, kept.plate),
			(Status::Deregistered(DeregistrationReason::Scrapped), None)
		);
		assert_eq!((on_hold(ANNA), free(ANNA)), (0, ENDOWMENT - FEE));
		assert!(ByPlate::<Test>::get(plate("AB-1")).is_none());
		assert_eq!(ByVin::<Test>::get(eu_vin(1)), Some(car), "the VIN stays on record");
		assert_noop!(apply_as(BORIS, eu_vin(1)), Error::<Test>::VinScrapped);

		assert_ok!(apply_as(BORIS, eu_vin(2)));
		let next = car + 1;
		run_to(10 + COOLDOWN - 1);
		assert_noop!(
			VehicleRegistry::approve(signed(CLERK), next, plate("AB-1")),
			Error::<Test>::PlateCoolingDown
		);
		run_to(10 + COOLDOWN);
		assert_ok!(VehicleRegistry::approve(signed(CLERK), next, plate("AB-1")));
		assert!(FreedPlates::<Test>::get(plate("AB-1")).is_none());

		// A clerk deregisters too (an exported car), whoever owns it.
		assert_ok!(VehicleRegistry::deregister(
			signed(CLERK),
			next,
			DeregistrationReason::Exported
		));
	});
}

#[test]
fn deregistration_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		let scrap = DeregistrationReason::Scrapped;
		assert_noop!(
			VehicleRegistry::deregister(signed(BORIS), car, scrap),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			VehicleRegistry::deregister(signed(ANNA), 9, scrap),
			Error::<Test>::VehicleNotFound
		);
		assert_noop!(
			VehicleRegistry::deregister(RuntimeOrigin::root(), car, scrap),
			DispatchError::BadOrigin
		);
		assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
		assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
		assert_noop!(
			VehicleRegistry::deregister(signed(ANNA), car, scrap),
			Error::<Test>::ActiveLien
		);
		assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
		assert_noop!(
			VehicleRegistry::deregister(signed(ANNA), car, scrap),
			Error::<Test>::FlaggedByPolice
		);
		assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
		assert_ok!(VehicleRegistry::issue_fine(
			signed(OFFICER),
			plate("AB-1"),
			100,
			7,
			EVIDENCE,
			30
		));
		assert_noop!(
			VehicleRegistry::deregister(signed(ANNA), car, scrap),
			Error::<Test>::UnpaidFines
		);
		assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
		assert_ok!(VehicleRegistry::deregister(signed(ANNA), car, scrap));
		assert_noop!(
			VehicleRegistry::deregister(signed(CLERK), car, scrap),
			Error::<Test>::WrongStatus
		);
	});
}

#[test]
fn deregistration_blockers_are_named_in_order() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		let export = DeregistrationReason::Exported;
		assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
		assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
		assert_ok!(VehicleRegistry::issue_fine(
			signed(OFFICER),
			plate("AB-1"),
			100,
			7,
			EVIDENCE,
			30
		));
		let deregister = || VehicleRegistry::deregister(signed(CLERK), car, export);
		assert_noop!(deregister(), Error::<Test>::ActiveLien);
		assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));
		assert_noop!(deregister(), Error::<Test>::FlaggedByPolice);
		assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
		assert_noop!(deregister(), Error::<Test>::UnpaidFines);
		assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
		assert_ok!(deregister());
	});
}

#[test]
fn an_owner_cannot_deregister_a_vehicle_with_unpaid_fines() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		let fine = |deadline| {
			VehicleRegistry::issue_fine(signed(OFFICER), plate("AB-1"), 100, 7, EVIDENCE, deadline)
		};
		let scrap = DeregistrationReason::Scrapped;
		// Open, before its deadline.
		assert_ok!(fine(5));
		assert_noop!(
			VehicleRegistry::deregister(signed(ANNA), car, scrap),
			Error::<Test>::UnpaidFines
		);
		// Disputed.
		assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE));
		assert_noop!(
			VehicleRegistry::deregister(signed(ANNA), car, scrap),
			Error::<Test>::UnpaidFines
		);
		// Open, past its deadline.
		assert_ok!(fine(5));
		run_to(6);
		assert_noop!(
			VehicleRegistry::deregister(signed(ANNA), car, scrap),
			Error::<Test>::UnpaidFines
		);
		assert_eq!(VehicleFines::<Test>::get(car).len(), 2, "the fines stay");
		assert_eq!(record(car).status, Status::Registered);
		assert_eq!(on_hold(ANNA), DEPOSIT, "the deposit stays held");
		assert_ok!(VehicleRegistry::dismiss_fine(signed(JUDGE), 0));
		assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 1));
		assert_ok!(VehicleRegistry::deregister(signed(ANNA), car, scrap));
	});
}

#[test]
fn a_clerk_cannot_deregister_a_fined_vehicle_for_its_owner() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::issue_fine(
			signed(OFFICER),
			plate("AB-1"),
			100,
			7,
			EVIDENCE,
			30
		));
		for reason in [DeregistrationReason::Scrapped, DeregistrationReason::Exported] {
			assert_noop!(
				VehicleRegistry::deregister(signed(CLERK), car, reason),
				Error::<Test>::UnpaidFines
			);
		}
		assert!(ByPlate::<Test>::get(plate("AB-1")).is_some(), "the plate stays issued");
	});
}
