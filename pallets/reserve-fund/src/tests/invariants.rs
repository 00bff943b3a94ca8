//! `do_try_state`: the invariants catch broken storage.

use super::*;

#[test]
fn try_state_catches_a_broken_total() {
	new_test_ext(|| {
		assert_ok!(<ReserveFund as ReserveFundT<u64, u64>>::reserve(Obligation::Payroll, 5));
		TotalObligations::<Test>::put(6);
		assert!(ReserveFund::do_try_state().is_err());
		TotalObligations::<Test>::put(5);
	});
}
