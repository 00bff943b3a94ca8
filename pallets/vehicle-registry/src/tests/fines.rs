//! Fines: issued by the police, paid into the fund, disputed, upheld or dismissed.

use super::*;

fn fine(deadline: u64) -> DispatchResult {
	VehicleRegistry::issue_fine(signed(OFFICER), plate("AB-1"), 100, 7, EVIDENCE, deadline)
}

#[test]
fn the_police_fine_a_plate_and_the_owner_pays_into_the_fund() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(fine(30));
		assert_eq!(
			last_event(),
			Event::FineIssued {
				fine: 0,
				vehicle: car,
				amount: 100,
				offence: 7,
				evidence: EVIDENCE,
				deadline: 30
			}
			.into()
		);
		assert_eq!(VehicleFines::<Test>::get(car).to_vec(), vec![0]);
		let fund = ReserveFund::balance();
		assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));
		assert_eq!(ReserveFund::balance(), fund + 100);
		assert!(Fines::<Test>::get(0).is_none());
		assert!(VehicleFines::<Test>::get(car).is_empty());
		assert_noop!(VehicleRegistry::pay_fine(signed(ANNA), 0), Error::<Test>::FineNotFound);
	});
}

#[test]
fn a_disputed_fine_is_dismissed_or_upheld_with_a_new_deadline() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		let mine = H256::repeat_byte(0xa1);
		assert_ok!(fine(30));
		assert_ok!(fine(30));
		assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, mine));
		assert_eq!(Fines::<Test>::get(0).expect("open").status, FineStatus::Disputed(mine));
		assert_ok!(VehicleRegistry::dismiss_fine(signed(JUDGE), 0));
		assert!(Fines::<Test>::get(0).is_none());

		assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 1, mine));
		// Under dispute a fine blocks nothing, even past its deadline.
		run_to(31);
		assert!(!VehicleRegistry::has_overdue_fine(car, 31));
		assert_ok!(VehicleRegistry::uphold_fine(signed(JUDGE), 1, 40));
		assert_eq!(
			last_event(),
			Event::FineUpheld { fine: 1, deadline: 40, adjudicator: JUDGE }.into()
		);
		let upheld = Fines::<Test>::get(1).expect("open");
		assert_eq!((upheld.status, upheld.deadline), (FineStatus::Open, 40));
		run_to(41);
		assert!(VehicleRegistry::has_overdue_fine(car, 41));
		assert_ok!(VehicleRegistry::pay_fine(signed(BORIS), 1));
		assert!(!VehicleRegistry::has_overdue_fine(car, 41));
	});
}

#[test]
fn fine_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_noop!(fine(1), Error::<Test>::InvalidDeadline);
		assert_noop!(
			VehicleRegistry::issue_fine(signed(ANNA), plate("AB-1"), 100, 7, EVIDENCE, 30),
			DispatchError::BadOrigin
		);
		assert_noop!(
			VehicleRegistry::issue_fine(signed(OFFICER), plate("ZZ-9"), 100, 7, EVIDENCE, 30),
			Error::<Test>::VehicleNotFound
		);
		assert_noop!(
			VehicleRegistry::issue_fine(signed(OFFICER), plate("AB-1"), 0, 7, EVIDENCE, 30),
			Error::<Test>::ZeroAmount
		);
		for _ in 0..3 {
			assert_ok!(fine(30));
		}
		assert_noop!(fine(30), Error::<Test>::TooManyFines);
		assert_eq!(VehicleFines::<Test>::get(car).len(), 3);

		assert_noop!(
			VehicleRegistry::dispute_fine(signed(BORIS), 0, EVIDENCE),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			VehicleRegistry::dispute_fine(signed(ANNA), 9, EVIDENCE),
			Error::<Test>::FineNotFound
		);
		assert_noop!(
			VehicleRegistry::uphold_fine(signed(JUDGE), 0, 40),
			Error::<Test>::NotDisputed
		);
		assert_noop!(VehicleRegistry::dismiss_fine(signed(JUDGE), 0), Error::<Test>::NotDisputed);
		assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE));
		assert_noop!(
			VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE),
			Error::<Test>::AlreadyDisputed
		);
		assert_noop!(VehicleRegistry::uphold_fine(signed(ANNA), 0, 40), DispatchError::BadOrigin);
		assert_noop!(VehicleRegistry::dismiss_fine(signed(ANNA), 0), DispatchError::BadOrigin);
		assert_noop!(
			VehicleRegistry::uphold_fine(signed(JUDGE), 0, 1),
			Error::<Test>::InvalidDeadline
		);
		assert_noop!(
			VehicleRegistry::uphold_fine(signed(JUDGE), 9, 40),
			Error::<Test>::FineNotFound
		);
		assert_noop!(VehicleRegistry::dismiss_fine(signed(JUDGE), 9), Error::<Test>::FineNotFound);
		run_to(1 + WINDOW + 1);
		assert_noop!(
			VehicleRegistry::dispute_fine(signed(ANNA), 1, EVIDENCE),
			Error::<Test>::DisputeWindowClosed
		);
		// More than the payer has.
		assert_noop!(VehicleRegistry::pay_fine(signed(20), 1), TokenError::FundsUnavailable);
	});
}
