//! `spend`: tiers, budgets, the floor and obligations.

use super::*;

#[test]
fn a_treasurer_spends_within_cap_and_budget() {
	new_test_ext(|| {
		budget(SpendCategory::Operations, 150);
		assert_ok!(spend(signed(TREASURER), SpendCategory::Operations, 100));
		assert_eq!(free(CONTRACTOR), 1_100);
		assert_eq!(ReserveFund::balance(), FUND - 100);
		assert_eq!(
			last_event(),
			Event::Spent {
				category: SpendCategory::Operations,
				to: CONTRACTOR,
				amount: 100,
				reference: INVOICE,
				by_root: false
			}
			.into()
		);
		assert_eq!(Budgets::<Test>::get(SpendCategory::Operations).unwrap().spent, 100);
		// Within the cap, but beyond what is left of the budget.
		assert_noop!(
			spend(signed(TREASURER), SpendCategory::Operations, 51),
			Error::<Test>::OverBudget
		);
		assert_ok!(spend(signed(TREASURER), SpendCategory::Operations, 50));
	});
}

#[test]
fn each_origin_is_held_to_its_cap_and_root_to_none() {
	new_test_ext(|| {
		budget(SpendCategory::PublicWorks, 40_000);
		assert_noop!(
			spend(signed(TREASURER), SpendCategory::PublicWorks, TREASURER_CAP + 1),
			Error::<Test>::AboveSpendCap
		);
		assert_ok!(spend(signed(COUNCIL), SpendCategory::PublicWorks, TREASURER_CAP + 1));
		assert_noop!(
			spend(signed(COUNCIL), SpendCategory::PublicWorks, COUNCIL_CAP + 1),
			Error::<Test>::AboveSpendCap
		);
		assert_ok!(spend(RuntimeOrigin::root(), SpendCategory::PublicWorks, COUNCIL_CAP + 1));
		assert!(matches!(
			last_event(),
			RuntimeEvent::ReserveFund(Event::Spent { by_root: true, .. })
		));
	});
}

#[test]
fn root_spends_beyond_budgets_and_its_spend_counts() {
	new_test_ext(|| {
		// No budget for grants: only Root.
		assert_noop!(spend(signed(COUNCIL), SpendCategory::Grants, 10), Error::<Test>::NoBudget);
		assert_ok!(spend(RuntimeOrigin::root(), SpendCategory::Grants, 10));
		budget(SpendCategory::Emergency, 100);
		assert_ok!(spend(RuntimeOrigin::root(), SpendCategory::Emergency, 500));
		assert_eq!(Budgets::<Test>::get(SpendCategory::Emergency).unwrap().spent, 500);
		assert_noop!(
			spend(signed(COUNCIL), SpendCategory::Emergency, 1),
			Error::<Test>::OverBudget
		);
	});
}

#[test]
fn a_new_fiscal_period_starts_the_budget_afresh() {
	new_test_ext(|| {
		budget(SpendCategory::Operations, 100);
		assert_ok!(spend(signed(COUNCIL), SpendCategory::Operations, 100));
		assert_noop!(
			spend(signed(COUNCIL), SpendCategory::Operations, 1),
			Error::<Test>::OverBudget
		);
		System::set_block_number(PERIOD);
		assert_eq!(ReserveFund::current_period(), 1);
		assert_ok!(spend(signed(COUNCIL), SpendCategory::Operations, 100));
		let budget = Budgets::<Test>::get(SpendCategory::Operations).unwrap();
		assert_eq!((budget.period, budget.spent), (1, 100));
	});
}

#[test]
fn obligations_are_untouchable_and_the_floor_binds_all_but_root() {
	new_test_ext(|| {
		budget(SpendCategory::PublicWorks, FUND);
		// 40,000 owed: 10,000 free. A 50 % floor keeps 20,000 free... more than there is.
		assert_ok!(<ReserveFund as ReserveFundT<_, _>>::reserve(Obligation::BondPrincipal, 40_000));
		assert_ok!(ReserveFund::set_reserve_floor(
			RuntimeOrigin::root(),
			Permill::from_percent(10)
		));
		// Free after the spend must stay >= 4,000.
		assert_noop!(
			spend(signed(COUNCIL), SpendCategory::PublicWorks, 6_001),
			Error::<Test>::BelowReserveFloor
		);
		assert_ok!(spend(signed(COUNCIL), SpendCategory::PublicWorks, 6_000));
		// Root may go below the floor, never into obligated money.
		assert_noop!(
			spend(RuntimeOrigin::root(), SpendCategory::PublicWorks, 4_001),
			Error::<Test>::ObligatedFunds
		);
		assert_noop!(
			spend(RuntimeOrigin::root(), SpendCategory::PublicWorks, u64::MAX),
			Error::<Test>::ObligatedFunds
		);
		assert_ok!(spend(RuntimeOrigin::root(), SpendCategory::PublicWorks, 4_000));
		assert_eq!(<ReserveFund as ReserveFundT<_, _>>::free_balance(), 0);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		budget(SpendCategory::Operations, 100);
		assert_noop!(
			spend(signed(RESIDENT), SpendCategory::Operations, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			spend(RuntimeOrigin::none(), SpendCategory::Operations, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			spend(signed(TREASURER), SpendCategory::Operations, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			spend(RuntimeOrigin::root(), SpendCategory::Operations, 0),
			Error::<Test>::ZeroAmount
		);
	});
}
