//! `subscribe`, `close_subscription` and `reclaim`: the residents' share, cancellation and
//! refunds.

use super::*;

#[test]
fn subscribers_pay_into_the_fund_and_residents_have_their_share() {
	new_test_ext(|| {
		let id = issue();
		let fund = ReserveFund::balance();
		assert_ok!(Bonds::subscribe(signed(VISITOR), id, 70));
		assert_eq!(free(VISITOR), ENDOWMENT - 7_000 - DEPOSIT);
		assert_eq!(on_hold(VISITOR), DEPOSIT, "the holding's deposit");
		assert_eq!(ReserveFund::balance(), fund + 7_000);
		assert_eq!(
			pallet_reserve_fund::Obligations::<Test>::get(Obligation::BondPrincipal),
			7_000,
			"set aside to be refunded or repaid"
		);
		// The last 30 are the residents'.
		assert_noop!(Bonds::subscribe(signed(VISITOR), id, 1), Error::<Test>::NotEnoughUnits);
		assert_ok!(Bonds::subscribe(signed(ANNA), id, 10));
		assert_ok!(Bonds::subscribe(signed(ANNA), id, 20));
		assert_eq!(held(id, ANNA), 30);
		assert_eq!(on_hold(ANNA), DEPOSIT, "one holding, one deposit");
		assert_noop!(Bonds::subscribe(signed(BORIS), id, 1), Error::<Test>::NotEnoughUnits);
		assert_eq!(
			last_event(),
			Event::Subscribed { id, who: ANNA, units: 20, paid: 2_000 }.into()
		);
	});
}

#[test]
fn a_series_below_its_minimum_is_cancelled_and_refunded() {
	new_test_ext(|| {
		let id = issue();
		assert_ok!(Bonds::subscribe(signed(ANNA), id, 10));
		assert_ok!(Bonds::subscribe(signed(BORIS), id, 5));
		assert_noop!(Bonds::close_subscription(signed(ANNA), id), Error::<Test>::SubscriptionOpen);
		run_to(11);
		assert_noop!(Bonds::subscribe(signed(ANNA), id, 1), Error::<Test>::SubscriptionClosed);
		assert_ok!(Bonds::close_subscription(signed(VISITOR), id));
		assert_eq!(last_event(), Event::SeriesCancelled { id, sold: 15 }.into());
		assert_eq!(TotalDebt::<Test>::get(), 1_500);

		assert_ok!(Bonds::reclaim(signed(ANNA), id));
		assert_eq!(free(ANNA), ENDOWMENT, "the money and the deposit back");
		assert_eq!(on_hold(ANNA), 0);
		assert_noop!(Bonds::reclaim(signed(ANNA), id), Error::<Test>::NotEnoughHeld);
		assert_ok!(Bonds::reclaim(signed(BORIS), id));
		assert_eq!(free(BORIS), ENDOWMENT);
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").state, SeriesState::Closed);
		assert!(bond_events().contains(&Event::SeriesClosed { id }));
		assert_eq!(TotalDebt::<Test>::get(), 0);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		let id = issue();
		assert_noop!(Bonds::subscribe(signed(ANNA), 9, 1), Error::<Test>::SeriesNotFound);
		assert_noop!(Bonds::subscribe(signed(ANNA), id, 0), Error::<Test>::ZeroUnits);
		assert_noop!(Bonds::subscribe(signed(ANNA), id, 101), Error::<Test>::NotEnoughUnits);
		assert_noop!(Bonds::subscribe(RuntimeOrigin::root(), id, 1), DispatchError::BadOrigin);
		// More than the subscriber has (account 9 has nothing).
		assert_noop!(Bonds::subscribe(signed(9), id, 1), TokenError::FundsUnavailable);
		assert_noop!(Bonds::close_subscription(signed(ANNA), 9), Error::<Test>::SeriesNotFound);
		assert_noop!(Bonds::reclaim(signed(ANNA), id), Error::<Test>::WrongState);
		run_to(11);
		assert_ok!(Bonds::close_subscription(signed(ANNA), id));
		// Nothing sold: closed at once.
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").state, SeriesState::Closed);
		assert_noop!(Bonds::close_subscription(signed(ANNA), id), Error::<Test>::WrongState);
	});
}
