//! `donate`: anyone gives to the city, with a memo.

use super::*;

#[test]
fn anyone_donates_with_a_memo() {
	new_test_ext(|| {
		assert_ok!(ReserveFund::donate(signed(RESIDENT), 250, MEMO));
		assert_eq!(free(RESIDENT), 750);
		assert_eq!(ReserveFund::balance(), FUND + 250);
		assert_eq!(
			last_event(),
			Event::Received {
				inflow: Inflow::Donation,
				from: RESIDENT,
				amount: 250,
				reference: MEMO
			}
			.into()
		);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		assert_noop!(ReserveFund::donate(signed(RESIDENT), 0, MEMO), Error::<Test>::ZeroAmount);
		// The donor is kept alive: all of a balance cannot be given, nor more than it.
		assert_noop!(ReserveFund::donate(signed(RESIDENT), 1_000, MEMO), TokenError::NotExpendable);
		assert_noop!(
			ReserveFund::donate(signed(RESIDENT), 1_001, MEMO),
			TokenError::FundsUnavailable
		);
		assert_noop!(ReserveFund::donate(RuntimeOrigin::root(), 1, MEMO), DispatchError::BadOrigin);
	});
}
