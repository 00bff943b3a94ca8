//! `issue` and `set_debt_ceiling`: the ceiling, the reserve floor, the coupon rate cap.

use super::*;

#[test]
fn the_council_issues_within_the_ceiling_and_root_above_it() {
	new_test_ext(|| {
		assert_ok!(Bonds::set_debt_ceiling(RuntimeOrigin::root(), 15_000));
		// Enough free in the fund for the coupons of both (see the floor's test).
		assert_ok!(ReserveFund::donate(signed(ANNA), 3_000, H256::zero()));
		assert_ok!(Bonds::issue(signed(COUNCIL), terms()));
		assert_eq!(TotalDebt::<Test>::get(), 10_000);
		assert_eq!(
			last_event(),
			Event::SeriesIssued { id: 0, units: 100, face: 100, by_root: false }.into()
		);
		assert_noop!(Bonds::issue(signed(COUNCIL), terms()), Error::<Test>::AboveDebtCeiling);
		assert_ok!(Bonds::issue(RuntimeOrigin::root(), terms()));
		assert_eq!(TotalDebt::<Test>::get(), 20_000);
		assert_eq!(AllSeries::<Test>::get(1).expect("issued").state, SeriesState::Subscription);
	});
}

#[test]
fn the_council_may_not_issue_below_the_reserve_floor_and_root_may() {
	new_test_ext(|| {
		assert_ok!(Bonds::set_debt_ceiling(RuntimeOrigin::root(), 1_000_000));
		// Fully sold, 100 x 100 comes in and is owed, with 4 coupons of 500 owed too: the
		// fund's 1,000 free cannot pay 2,000 of coupons.
		assert_noop!(Bonds::issue(signed(COUNCIL), terms()), Error::<Test>::BelowReserveFloor);
		// With 1,000 more it can, exactly, while there is no floor...
		assert_ok!(ReserveFund::donate(signed(ANNA), 1_000, H256::zero()));
		assert_ok!(Bonds::issue(signed(COUNCIL), terms()));
		// ...but not with a floor of 1% of what is owed (12,000: 120 more must stay free).
		assert_ok!(ReserveFund::set_reserve_floor(
			RuntimeOrigin::root(),
			sp_runtime::Permill::from_percent(1)
		));
		assert_ok!(ReserveFund::donate(signed(ANNA), 119, H256::zero()));
		assert_noop!(Bonds::issue(signed(COUNCIL), terms()), Error::<Test>::BelowReserveFloor);
		assert_ok!(ReserveFund::donate(signed(ANNA), 1, H256::zero()));
		assert_ok!(Bonds::issue(signed(COUNCIL), terms()));
		// Root is not bound by it.
		let mut costly = terms();
		costly.coupon_rate = Perbill::from_percent(5);
		costly.units = 150;
		assert_noop!(
			Bonds::issue(signed(COUNCIL), costly.clone()),
			Error::<Test>::BelowReserveFloor
		);
		assert_ok!(Bonds::issue(RuntimeOrigin::root(), costly));
	});
}

#[test]
fn a_council_cannot_issue_above_the_coupon_rate_cap() {
	new_test_ext(|| {
		assert_ok!(Bonds::set_debt_ceiling(RuntimeOrigin::root(), 1_000_000));
		assert_ok!(ReserveFund::donate(signed(ANNA), 50_000, H256::zero()));
		// 5% per 10-block period is 50% a year of 100 blocks: the cap, allowed.
		assert_ok!(Bonds::issue(signed(COUNCIL), terms()));
		// A hair more per period, or the same rate over shorter periods, is refused.
		let mut dear = terms();
		dear.coupon_rate = Perbill::from_parts(50_000_001);
		assert_noop!(Bonds::issue(signed(COUNCIL), dear.clone()), Error::<Test>::CouponRateTooHigh);
		let mut often = terms();
		often.coupon_period = 9;
		assert_noop!(
			Bonds::issue(signed(COUNCIL), often.clone()),
			Error::<Test>::CouponRateTooHigh
		);
		// A drain dressed as a bond (all of face every block) is refused below Root.
		let mut drain = terms();
		drain.coupon_rate = Perbill::from_percent(100);
		drain.coupon_period = 1;
		assert_noop!(Bonds::issue(signed(COUNCIL), drain), Error::<Test>::CouponRateTooHigh);
		// A referendum (Root) may.
		assert_ok!(Bonds::issue(RuntimeOrigin::root(), often));
	});
}

#[test]
fn a_long_coupon_period_does_not_lift_the_councils_call_premium() {
	new_test_ext(|| {
		// One period of 200 blocks (two years of the mock) at 100%: within 50% a year, but
		// its coupon is the whole face. A council's premium stays within a year's interest.
		let mut long = terms();
		long.coupon_rate = Perbill::from_percent(100);
		long.coupon_period = 200;
		long.periods = 1;
		assert_eq!(Bonds::coupon_per_unit(&long), 100);
		assert_eq!(Bonds::max_premium(&long), 50);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		assert_noop!(Bonds::issue(signed(ANNA), terms()), DispatchError::BadOrigin);
		assert_noop!(Bonds::set_debt_ceiling(signed(COUNCIL), 1), DispatchError::BadOrigin);
		let bad: [fn(&mut TermsOf<Test>); 7] = [
			|t| t.units = 0,
			|t| t.periods = 0,
			|t| t.face = 0,
			|t| t.coupon_period = 0,
			|t| t.min_units = 101,
			|t| t.resident_units = 101,
			|t| t.subscription_end = 0,
		];
		for change in bad {
			let mut t = terms();
			change(&mut t);
			assert_noop!(Bonds::issue(RuntimeOrigin::root(), t), Error::<Test>::InvalidTerms);
		}
		let mut t = terms();
		t.periods = 9;
		assert_noop!(Bonds::issue(RuntimeOrigin::root(), t), Error::<Test>::TooManyPeriods);
		let mut t = terms();
		t.face = u64::MAX;
		assert_noop!(
			Bonds::issue(RuntimeOrigin::root(), t),
			DispatchError::Arithmetic(ArithmeticError::Overflow)
		);
	});
}
