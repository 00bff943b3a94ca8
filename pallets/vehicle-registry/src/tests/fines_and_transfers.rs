//! Unpaid fines refuse a transfer: a seller cannot pass them to a buyer.

use super::*;

fn fine(deadline: u64) -> DispatchResult {
	VehicleRegistry::issue_fine(signed(OFFICER), plate("AB-1"), 100, 7, EVIDENCE, deadline)
}

#[test]
fn the_transfer_blockers_are_named_in_order() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
		assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
		assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
		assert_ok!(fine(PERIOD + 50));
		run_to(PERIOD + 2);
		let offer = || VehicleRegistry::offer(signed(ANNA), car, BORIS, None);
		assert_noop!(offer(), Error::<Test>::ActiveLien);
		assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));
		assert_noop!(offer(), Error::<Test>::VehicleStolen);
		assert_ok!(VehicleRegistry::report_recovered(signed(ANNA), car));
		assert_noop!(offer(), Error::<Test>::UnpaidFines);
		assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
		assert_noop!(offer(), Error::<Test>::RegistrationExpired);
	});
}

#[test]
fn a_seller_cannot_pass_unpaid_fines_to_a_buyer() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		// Offered while clean; fined before the buyer accepts, long before its deadline.
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, Some(1_000)));
		assert_ok!(fine(90));
		let (anna, boris) = (free(ANNA), free(BORIS));
		assert_noop!(
			VehicleRegistry::accept(signed(BORIS), car, Some(1_000)),
			Error::<Test>::UnpaidFines
		);
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car, BORIS, Some(1_000)),
			Error::<Test>::UnpaidFines
		);
		assert_eq!((free(ANNA), free(BORIS)), (anna, boris), "no money moved");
		assert_eq!(record(car).owner, ANNA);
		// A dispute does not clear the way: the fine is unpaid until decided.
		assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE));
		assert_noop!(
			VehicleRegistry::accept(signed(BORIS), car, Some(1_000)),
			Error::<Test>::UnpaidFines
		);
		// Dismissed, it is gone: the buyer gets a vehicle with no fines.
		assert_ok!(VehicleRegistry::dismiss_fine(signed(JUDGE), 0));
		assert_ok!(VehicleRegistry::accept(signed(BORIS), car, Some(1_000)));
		assert_eq!(record(car).owner, BORIS);
		assert!(VehicleFines::<Test>::get(car).is_empty());
	});
}

#[test]
fn a_seller_cannot_dodge_a_fine_by_giving_the_vehicle_away() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(fine(90));
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
			Error::<Test>::UnpaidFines
		);
		assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));
		assert_ok!(VehicleRegistry::accept(signed(BORIS), car, None));
	});
}
