//! `set_reserve_floor`: Root's alone.

use super::*;

#[test]
fn root_sets_the_reserve_floor() {
	new_test_ext(|| {
		assert_ok!(ReserveFund::set_reserve_floor(
			RuntimeOrigin::root(),
			Permill::from_percent(25)
		));
		assert_eq!(ReserveFloor::<Test>::get(), Permill::from_percent(25));
		assert_eq!(
			last_event(),
			Event::ReserveFloorSet { floor: Permill::from_percent(25) }.into()
		);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		assert_noop!(
			ReserveFund::set_reserve_floor(signed(COUNCIL), Permill::one()),
			DispatchError::BadOrigin
		);
	});
}
