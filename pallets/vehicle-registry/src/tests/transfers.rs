//! Two-step transfers: offers, acceptance, the price and the tax, and each blocker.

use super::*;

#[test]
fn a_sale_pays_the_seller_and_the_tax_and_moves_the_deposit() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, Some(10_000)));
		let (anna, boris, fund) = (free(ANNA), free(BORIS), ReserveFund::balance());
		assert_ok!(VehicleRegistry::accept(signed(BORIS), car, Some(10_000)));
		// 2% of 10,000.
		assert_eq!(
			last_event(),
			Event::Transferred {
				vehicle: car,
				from: ANNA,
				to: BORIS,
				price: Some(10_000),
				tax: 200
			}
			.into()
		);
		assert_eq!(free(ANNA), anna + 10_000 + DEPOSIT);
		assert_eq!(free(BORIS), boris - 10_000 - 200 - DEPOSIT);
		assert_eq!((on_hold(ANNA), on_hold(BORIS)), (0, DEPOSIT));
		assert_eq!(ReserveFund::balance(), fund + 200);
		assert_eq!(record(car).owner, BORIS);
		assert!(record(car).offer.is_none());
		assert!(ByOwner::<Test>::get(ANNA).is_empty());
		assert_eq!(ByOwner::<Test>::get(BORIS).to_vec(), vec![car]);
	});
}

#[test]
fn a_gift_pays_the_least_tax_and_an_offer_can_be_withdrawn() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, VISITOR, None));
		assert_ok!(VehicleRegistry::withdraw_offer(signed(ANNA), car));
		assert_noop!(VehicleRegistry::accept(signed(VISITOR), car, None), Error::<Test>::NoOffer);
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, VISITOR, None));
		let fund = ReserveFund::balance();
		// A buyer need not be a resident.
		assert_ok!(VehicleRegistry::accept(signed(VISITOR), car, None));
		assert_eq!(ReserveFund::balance(), fund + MIN_TAX);
		assert_eq!(record(car).owner, VISITOR);
	});
}

#[test]
fn offer_and_accept_error_paths() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_noop!(
			VehicleRegistry::offer(signed(BORIS), car, VISITOR, None),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car, ANNA, None),
			Error::<Test>::OfferToSelf
		);
		assert_noop!(VehicleRegistry::withdraw_offer(signed(ANNA), car), Error::<Test>::NoOffer);
		assert_ok!(apply_as(ANNA, eu_vin(2)));
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car + 1, BORIS, None),
			Error::<Test>::WrongStatus
		);
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, Some(1_000)));
		assert_noop!(
			VehicleRegistry::accept(signed(VISITOR), car, Some(1_000)),
			Error::<Test>::NotTheBuyer
		);
		assert_noop!(
			VehicleRegistry::accept(signed(BORIS), car, Some(999)),
			Error::<Test>::PriceMismatch
		);
		assert_noop!(
			VehicleRegistry::accept(signed(BORIS), car, None),
			Error::<Test>::PriceMismatch
		);
		assert_noop!(
			VehicleRegistry::accept(signed(BORIS), 9, None),
			Error::<Test>::VehicleNotFound
		);
		// Boris owns two already.
		let (b1, b2) = (registered(BORIS, 3, "BB-1"), registered(BORIS, 4, "BB-2"));
		assert_eq!((b1, b2), (2, 3));
		assert_noop!(
			VehicleRegistry::accept(signed(BORIS), car, Some(1_000)),
			Error::<Test>::TooManyVehicles
		);
		// More than the buyer has.
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, VISITOR, Some(ENDOWMENT)));
		assert_noop!(
			VehicleRegistry::accept(signed(VISITOR), car, Some(ENDOWMENT)),
			TokenError::NotExpendable
		);
	});
}

#[test]
fn each_blocker_refuses_a_transfer_and_says_which() {
	new_test_ext(|| {
		let car = registered(ANNA, 1, "AB-1");
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));
		let accept = || VehicleRegistry::accept(signed(BORIS), car, None);

		// A lien.
		assert_ok!(VehicleRegistry::consent_to_lien(signed(ANNA), car, Some(BANK)));
		assert_ok!(VehicleRegistry::record_lien(signed(BANK), car, LOAN));
		assert_noop!(accept(), Error::<Test>::ActiveLien);
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
			Error::<Test>::ActiveLien
		);
		assert_ok!(VehicleRegistry::release_lien(signed(BANK), car));

		// A theft flag (which also withdraws the offer).
		assert_ok!(VehicleRegistry::report_stolen(signed(OFFICER), car));
		assert_noop!(accept(), Error::<Test>::NoOffer);
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
			Error::<Test>::VehicleStolen
		);
		assert_ok!(VehicleRegistry::report_recovered(signed(OFFICER), car));
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));
		// Flagged after the offer: the offer is gone with it, and the flag names itself.
		assert_ok!(VehicleRegistry::report_stolen(signed(ANNA), car));
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
			Error::<Test>::VehicleStolen
		);
		assert_ok!(VehicleRegistry::report_recovered(signed(ANNA), car));
		assert_ok!(VehicleRegistry::offer(signed(ANNA), car, BORIS, None));

		// Any unpaid fine: open before its deadline, disputed, or past its deadline.
		assert_ok!(VehicleRegistry::issue_fine(
			signed(OFFICER),
			plate("AB-1"),
			100,
			7,
			EVIDENCE,
			20
		));
		assert_noop!(accept(), Error::<Test>::UnpaidFines);
		assert_noop!(
			VehicleRegistry::offer(signed(ANNA), car, BORIS, None),
			Error::<Test>::UnpaidFines
		);
		assert_ok!(VehicleRegistry::dispute_fine(signed(ANNA), 0, EVIDENCE));
		assert_noop!(accept(), Error::<Test>::UnpaidFines);
		assert_ok!(VehicleRegistry::uphold_fine(signed(JUDGE), 0, 20));
		run_to(21);
		assert_noop!(accept(), Error::<Test>::UnpaidFines);
		assert_ok!(VehicleRegistry::pay_fine(signed(ANNA), 0));

		// An expired registration.
		run_to(102);
		assert_noop!(accept(), Error::<Test>::RegistrationExpired);
		assert_ok!(VehicleRegistry::renew(signed(ANNA), car));
		assert_ok!(accept());
	});
}
