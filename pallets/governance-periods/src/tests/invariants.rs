//! The invariants of every chain's periods: genesis refuses periods that break one, and
//! `try_state` catches periods written past genesis that do.

use super::*;

#[test]
#[should_panic(expected = "every governance period must be at least one block")]
fn genesis_refuses_a_zero_period() {
	new_test_ext(Some(GovernancePeriods { launch: 0, ..DEVELOPMENT }));
}

#[test]
#[should_panic(expected = "votes must stay locked at least until enactment")]
fn genesis_refuses_votes_unlocked_before_enactment() {
	new_test_ext(Some(GovernancePeriods { vote_locking: 1, enactment: 2, ..DEVELOPMENT }));
}

#[test]
#[should_panic(expected = "the minimum voting period is at most the fast-track one")]
fn genesis_refuses_a_minimum_vote_longer_than_a_fast_track() {
	new_test_ext(Some(GovernancePeriods { minimum_voting: 6, ..DEVELOPMENT }));
}

#[test]
fn try_state_catches_periods_written_past_genesis() {
	new_test_ext(None).execute_with(|| {
		Periods::<Test>::put(GovernancePeriods { council_motion: 0, ..DEVELOPMENT });
		assert!(PeriodsPallet::do_try_state().is_err());
	});
}
