//! An active series' life: coupons around transfers, redemption, the runtime API, deposits,
//! arrears, calls and default.

use super::*;

/// Anna 40 units, Boris 20, activated at block 11 with the fund able to pay everything.
fn active() -> SeriesId {
	let id = issue();
	assert_ok!(Bonds::subscribe(signed(ANNA), id, 40));
	assert_ok!(Bonds::subscribe(signed(BORIS), id, 20));
	assert_ok!(ReserveFund::donate(signed(COUNCIL), 5_000, H256::zero()));
	run_to(11);
	assert_ok!(Bonds::close_subscription(signed(VISITOR), id));
	id
}

#[test]
fn coupons_are_claimed_around_a_transfer_and_the_series_is_redeemed_at_maturity() {
	new_test_ext(|| {
		let id = active();
		let start_money = money();
		assert_eq!(TotalDebt::<Test>::get(), 6_000);
		// The next coupon (60 units x 5) is set aside at once.
		assert_eq!(pallet_reserve_fund::Obligations::<Test>::get(Obligation::BondCoupons), 300);
		assert_noop!(Bonds::claim_coupons(signed(ANNA), id), Error::<Test>::NothingToClaim);

		// Period 1 ends at block 20.
		run_to(20);
		let anna = free(ANNA);
		assert_ok!(Bonds::claim_coupons(signed(ANNA), id));
		assert_eq!(free(ANNA), anna + 200);

		// Anna sells 10 units to Boris in period 2: period 1 stays hers (already paid),
		// period 2 goes to whoever holds at its end.
		run_to(25);
		assert_ok!(Bonds::transfer(signed(ANNA), id, BORIS, 10));
		assert_eq!((held(id, ANNA), held(id, BORIS)), (30, 30));
		assert_eq!(on_hold(ANNA), DEPOSIT, "Boris held some already: no new deposit");
		run_to(30);
		let (anna, boris) = (free(ANNA), free(BORIS));
		assert_ok!(Bonds::claim_coupons(signed(ANNA), id));
		assert_ok!(Bonds::claim_coupons(signed(BORIS), id));
		assert_eq!(free(ANNA), anna + 150, "30 units x 5, period 2");
		assert_eq!(free(BORIS), boris + 100 + 150, "20 x 5 for period 1, 30 x 5 for 2");

		// A transfer after a period ended and before claiming: the seller keeps it.
		run_to(41);
		assert_ok!(Bonds::transfer(signed(BORIS), id, ANNA, 30));
		assert_eq!(Holdings::<Test>::get(id, BORIS).expect("still owed").owed, 150);
		assert_noop!(Bonds::redeem(signed(ANNA), id, 60), Error::<Test>::NotMatured);

		// Maturity: block 51 ends period 4.
		run_to(51);
		let (anna, boris) = (free(ANNA), free(BORIS));
		assert_ok!(Bonds::redeem(signed(ANNA), id, 60));
		// Anna: periods 3 (30 units) and 4 (60 units) unpaid, and 60 x 100 principal, and
		// her deposit back.
		assert_eq!(free(ANNA), anna + 150 + 300 + 6_000 + DEPOSIT);
		assert_ok!(Bonds::claim_coupons(signed(BORIS), id));
		assert_eq!(free(BORIS), boris + 150 + DEPOSIT, "period 3, before he sold");
		assert_eq!((on_hold(ANNA), on_hold(BORIS)), (0, 0));
		assert!(Holdings::<Test>::get(id, BORIS).is_none());
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").state, SeriesState::Closed);
		assert_eq!(TotalDebt::<Test>::get(), 0);
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").coupons_paid, 4 * 300);
		assert_eq!(money(), start_money, "no CITY created or lost");
	});
}

#[test]
fn the_runtime_api_reports_series_holdings_with_accrued_coupons_and_the_debt() {
	new_test_ext(|| {
		let id = active();
		assert_ok!(Bonds::set_debt_ceiling(RuntimeOrigin::root(), 50_000));
		run_to(30);
		let info = Bonds::series_info(id).expect("issued");
		assert_eq!(info.series.terms.name, b"school roof".to_vec());
		assert_eq!((info.series.state, info.series.sold), (SeriesState::Active, 60));
		assert_eq!((info.coupon_per_unit, info.due_periods, info.maturity), (5, 2, 50));
		assert_eq!(Bonds::all_series_info(), vec![info]);
		assert_eq!(Bonds::series_info(id + 1), None);
		// Two periods ended, one set aside (at activation) until someone calls.
		let anna = Bonds::holdings_of(&ANNA);
		assert_eq!(anna.len(), 1);
		assert_eq!((anna[0].series, anna[0].holding.units), (id, 40));
		assert_eq!((anna[0].accrued, anna[0].claimable), (400, 200));
		assert_ok!(Bonds::poke(signed(VISITOR), id));
		let anna = Bonds::holdings_of(&ANNA);
		assert_eq!((anna[0].accrued, anna[0].claimable), (400, 400));
		assert_ok!(Bonds::claim_coupons(signed(ANNA), id));
		assert_eq!(
			(Bonds::holdings_of(&ANNA)[0].accrued, Bonds::holdings_of(&BORIS)[0].accrued),
			(0, 200)
		);
		assert!(Bonds::holdings_of(&VISITOR).is_empty());
		assert_eq!(Bonds::debt(), DebtStatus { total: 6_000, ceiling: 50_000 });
	});
}

#[test]
fn the_seller_pays_the_deposit_of_a_new_holder_and_has_it_back_when_that_holding_goes() {
	new_test_ext(|| {
		let id = active();
		let start_money = money();
		let anna = free(ANNA);
		assert_ok!(Bonds::transfer(signed(ANNA), id, VISITOR, 10));
		assert_eq!(free(ANNA), anna - DEPOSIT, "the visitor's holding is new");
		assert_eq!(on_hold(ANNA), 2 * DEPOSIT);
		assert_eq!(on_hold(VISITOR), 0);
		let holding = Holdings::<Test>::get(id, VISITOR).expect("created");
		assert_eq!((holding.depositor, holding.deposit, holding.units), (ANNA, DEPOSIT, 10));
		// The rest: Anna's own holding has no units left and nothing owed, so it goes with
		// its deposit; the visitor's holding existed, so nothing new is held.
		assert_ok!(Bonds::transfer(signed(ANNA), id, VISITOR, 30));
		assert!(Holdings::<Test>::get(id, ANNA).is_none());
		assert_eq!(on_hold(ANNA), DEPOSIT);
		assert_eq!(free(ANNA), anna);
		// The visitor redeems at maturity: the deposit of that holding returns to Anna.
		run_to(51);
		let visitor = free(VISITOR);
		assert_ok!(Bonds::redeem(signed(VISITOR), id, 40));
		assert_eq!(free(VISITOR), visitor + 4 * 200 + 40 * 100);
		assert_eq!((on_hold(ANNA), free(ANNA)), (0, anna + DEPOSIT));
		assert_eq!(money(), start_money, "no CITY created or lost");
	});
}

#[test]
fn a_coupon_the_fund_cannot_set_aside_puts_the_series_in_arrears_until_it_can() {
	new_test_ext(|| {
		let id = issue();
		assert_ok!(Bonds::subscribe(signed(ANNA), id, 40));
		assert_ok!(Bonds::subscribe(signed(BORIS), id, 20));
		// The fund's own 1,000 covers three coupons of 300, not four.
		run_to(11);
		assert_ok!(Bonds::close_subscription(signed(VISITOR), id));
		for block in [20, 30, 40] {
			run_to(block);
			assert_ok!(Bonds::claim_coupons(signed(ANNA), id));
		}
		assert!(AllSeries::<Test>::get(id).expect("kept").arrears_since.is_none());
		run_to(50);
		let anna = free(ANNA);
		assert_noop!(Bonds::claim_coupons(signed(ANNA), id), Error::<Test>::NothingToClaim);
		assert_noop!(Bonds::transfer(signed(ANNA), id, BORIS, 1), Error::<Test>::InArrears);
		assert_noop!(Bonds::redeem(signed(ANNA), id, 40), Error::<Test>::InArrears);
		// Boris's three periods are set aside: he is paid, and the arrears start.
		assert_ok!(Bonds::claim_coupons(signed(BORIS), id));
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").arrears_since, Some(50));
		assert!(bond_events().contains(&Event::ArrearsStarted { id, period: 4 }));

		// Money arrives: the next call sets the coupon aside and pays in order.
		assert_ok!(ReserveFund::donate(signed(COUNCIL), 300, H256::zero()));
		run_to(52);
		assert_ok!(Bonds::claim_coupons(signed(ANNA), id));
		assert_eq!(free(ANNA), anna + 200);
		assert!(bond_events().contains(&Event::ArrearsCleared { id }));
		assert_ok!(Bonds::redeem(signed(ANNA), id, 40));
		assert_ok!(Bonds::redeem(signed(BORIS), id, 20));
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").state, SeriesState::Closed);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		let id = issue();
		assert_noop!(Bonds::transfer(signed(ANNA), id, BORIS, 1), Error::<Test>::WrongState);
		assert_noop!(Bonds::claim_coupons(signed(ANNA), id), Error::<Test>::WrongState);
		assert_noop!(Bonds::redeem(signed(ANNA), id, 1), Error::<Test>::WrongState);
		assert_noop!(Bonds::transfer(signed(ANNA), 9, BORIS, 1), Error::<Test>::SeriesNotFound);
		assert_ok!(Bonds::subscribe(signed(ANNA), id, 40));
		run_to(11);
		assert_ok!(Bonds::close_subscription(signed(VISITOR), id));
		assert_noop!(Bonds::transfer(signed(ANNA), id, BORIS, 0), Error::<Test>::ZeroUnits);
		assert_noop!(Bonds::transfer(signed(ANNA), id, BORIS, 41), Error::<Test>::NotEnoughHeld);
		assert_noop!(Bonds::transfer(signed(BORIS), id, ANNA, 1), Error::<Test>::NotEnoughHeld);
		assert_noop!(Bonds::claim_coupons(signed(BORIS), id), Error::<Test>::NotEnoughHeld);
		assert_noop!(Bonds::redeem(signed(ANNA), id, 0), Error::<Test>::ZeroUnits);
		run_to(51);
		assert_noop!(Bonds::redeem(signed(ANNA), id, 41), Error::<Test>::NotEnoughHeld);
		assert_noop!(Bonds::redeem(RuntimeOrigin::root(), id, 1), DispatchError::BadOrigin);
		// A residents-only series stays with residents.
		AllSeries::<Test>::mutate(id, |s| {
			let s = s.as_mut().expect("issued");
			s.terms.resident_units = s.terms.units;
		});
		assert_noop!(
			Bonds::transfer(signed(ANNA), id, VISITOR, 1),
			Error::<Test>::RecipientNotResident
		);
		assert_ok!(Bonds::transfer(signed(ANNA), id, BORIS, 1));
	});
}

#[test]
fn a_called_series_stops_its_coupons_and_redeems_at_the_call_price() {
	new_test_ext(|| {
		let id = active();
		let start_money = money();
		run_to(25);
		// A premium of two coupons: Root's (a council gives at most one).
		assert_ok!(Bonds::call_series(RuntimeOrigin::root(), id, 110, 10));
		assert_eq!(last_event(), Event::SeriesCalled { id, at: 35, price: 110 }.into());
		assert_eq!(Bonds::last_period(&AllSeries::<Test>::get(id).expect("kept")), 2);
		// The premium (10 x 60 units) is set aside with the principal.
		assert_eq!(pallet_reserve_fund::Obligations::<Test>::get(Obligation::BondPrincipal), 6_600);
		run_to(34);
		assert_noop!(Bonds::redeem(signed(ANNA), id, 40), Error::<Test>::NotMatured);
		run_to(35);
		let (anna, boris) = (free(ANNA), free(BORIS));
		assert_ok!(Bonds::redeem(signed(ANNA), id, 40));
		assert_ok!(Bonds::redeem(signed(BORIS), id, 20));
		assert_eq!(
			free(ANNA),
			anna + 2 * 200 + 40 * 110 + DEPOSIT,
			"two periods, then the call price, and the deposit back"
		);
		assert_eq!(free(BORIS), boris + 2 * 100 + 20 * 110 + DEPOSIT);
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").state, SeriesState::Closed);
		assert_eq!(money(), start_money, "no CITY created or lost");
	});
}

#[test]
fn a_call_releases_a_coupon_set_aside_for_a_period_it_cuts() {
	new_test_ext(|| {
		let id = active();
		run_to(30);
		// Period 3's coupon is set aside as the next one...
		assert_ok!(Bonds::poke(signed(VISITOR), id));
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").funded_periods, 3);
		// ...until a call at block 35 ends the coupons with period 2.
		assert_ok!(Bonds::call_series(signed(COUNCIL), id, 100, 5));
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").funded_periods, 2);
		assert_eq!(pallet_reserve_fund::Obligations::<Test>::get(Obligation::BondCoupons), 600);
	});
}

#[test]
fn a_series_in_arrears_beyond_the_grace_period_is_declared_in_default() {
	new_test_ext(|| {
		let id = issue();
		assert_ok!(Bonds::subscribe(signed(ANNA), id, 40));
		assert_ok!(Bonds::subscribe(signed(BORIS), id, 20));
		run_to(11);
		assert_ok!(Bonds::close_subscription(signed(VISITOR), id));
		assert_noop!(Bonds::declare_default(signed(VISITOR), id), Error::<Test>::NotInArrears);
		// The fund's 1,000 covers three coupons: period 4 (ends at 51) is in arrears.
		run_to(51);
		assert_ok!(Bonds::poke(signed(VISITOR), id));
		assert_eq!(AllSeries::<Test>::get(id).expect("kept").arrears_since, Some(51));
		run_to(60);
		assert_noop!(
			Bonds::declare_default(signed(VISITOR), id),
			Error::<Test>::GracePeriodRunning
		);
		run_to(61);
		assert_ok!(Bonds::declare_default(signed(VISITOR), id));
		assert_eq!(last_event(), Event::SeriesDefaulted { id, arrears_since: 51 }.into());
		assert_noop!(Bonds::declare_default(signed(VISITOR), id), Error::<Test>::AlreadyDefaulted);
		// Holders are still paid what is set aside, and the rest when money comes.
		assert_ok!(Bonds::claim_coupons(signed(ANNA), id));
		assert_ok!(ReserveFund::donate(signed(COUNCIL), 300, H256::zero()));
		assert_ok!(Bonds::redeem(signed(ANNA), id, 40));
		assert_ok!(Bonds::redeem(signed(BORIS), id, 20));
		let series = AllSeries::<Test>::get(id).expect("kept");
		assert_eq!((series.state, series.defaulted_at), (SeriesState::Closed, Some(61)));
	});
}

#[test]
fn call_default_and_poke_error_paths() {
	new_test_ext(|| {
		let id = issue();
		assert_noop!(Bonds::call_series(signed(COUNCIL), id, 100, 10), Error::<Test>::WrongState);
		assert_noop!(Bonds::poke(signed(VISITOR), id), Error::<Test>::WrongState);
		assert_noop!(Bonds::declare_default(signed(VISITOR), id), Error::<Test>::WrongState);
		assert_noop!(Bonds::poke(signed(VISITOR), 9), Error::<Test>::SeriesNotFound);
		assert_noop!(Bonds::poke(RuntimeOrigin::root(), id), DispatchError::BadOrigin);
		assert_ok!(Bonds::subscribe(signed(ANNA), id, 60));
		run_to(11);
		assert_ok!(Bonds::close_subscription(signed(VISITOR), id));
		assert_noop!(Bonds::call_series(signed(ANNA), id, 100, 10), DispatchError::BadOrigin);
		assert_noop!(Bonds::call_series(signed(COUNCIL), id, 99, 10), Error::<Test>::CallBelowFace);
		assert_noop!(
			Bonds::call_series(signed(COUNCIL), id, 100, 4),
			Error::<Test>::InvalidCallDate
		);
		assert_noop!(
			Bonds::call_series(signed(COUNCIL), id, 100, 40),
			Error::<Test>::InvalidCallDate
		);
		// More than one coupon above face: the council may not (the audit called at 1000 x
		// face to pay holders out of the reserve).
		assert_noop!(
			Bonds::call_series(signed(COUNCIL), id, 106, 10),
			Error::<Test>::CallPremiumTooHigh
		);
		assert_noop!(
			Bonds::call_series(signed(COUNCIL), id, 100_000, 10),
			Error::<Test>::CallPremiumTooHigh
		);
		// A premium the fund's free balance cannot cover (1,000 free, less the coupon).
		assert_noop!(
			Bonds::call_series(RuntimeOrigin::root(), id, 200, 10),
			pallet_reserve_fund::Error::<Test>::InsufficientFreeFunds
		);
		// One coupon above face is the council's most.
		assert_eq!(Bonds::max_premium(&terms()), 5);
		assert_ok!(Bonds::call_series(signed(COUNCIL), id, 105, 10));
		assert_noop!(
			Bonds::call_series(signed(COUNCIL), id, 100, 10),
			Error::<Test>::AlreadyCalled
		);
	});
}
