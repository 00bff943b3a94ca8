//! `set_budget`, `remove_budget` and the budgets set at genesis.

use super::*;

#[test]
fn the_council_sets_changes_and_removes_budgets() {
	new_test_ext(|| {
		budget(SpendCategory::Payroll, 500);
		assert_eq!(
			last_event(),
			Event::BudgetSet { category: SpendCategory::Payroll, limit: 500, period: 0 }.into()
		);
		assert_ok!(spend(signed(COUNCIL), SpendCategory::Payroll, 300));
		// Changing the limit within the period keeps what was spent.
		budget(SpendCategory::Payroll, 400);
		assert_eq!(
			Budgets::<Test>::get(SpendCategory::Payroll),
			Some(Budget { limit: 400, period: 0, spent: 300 })
		);
		// In a later period it starts from zero.
		System::set_block_number(3 * PERIOD);
		budget(SpendCategory::Payroll, 200);
		assert_eq!(
			Budgets::<Test>::get(SpendCategory::Payroll),
			Some(Budget { limit: 200, period: 3, spent: 0 })
		);
		assert_eq!(BudgetCount::<Test>::get(), 1);

		assert_ok!(ReserveFund::remove_budget(signed(COUNCIL), SpendCategory::Payroll));
		assert_eq!(last_event(), Event::BudgetRemoved { category: SpendCategory::Payroll }.into());
		assert_eq!(BudgetCount::<Test>::get(), 0);
		assert_noop!(spend(signed(COUNCIL), SpendCategory::Payroll, 1), Error::<Test>::NoBudget);
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		assert_noop!(
			ReserveFund::set_budget(signed(TREASURER), SpendCategory::Payroll, 1),
			DispatchError::BadOrigin
		);
		for category in [SpendCategory::Payroll, SpendCategory::Grants, SpendCategory::Other(7)] {
			budget(category, 1);
		}
		assert_noop!(
			ReserveFund::set_budget(signed(COUNCIL), SpendCategory::Operations, 1),
			Error::<Test>::TooManyBudgets
		);
		// Changing an existing one is not adding one.
		budget(SpendCategory::Other(7), 2);
		assert_noop!(
			ReserveFund::remove_budget(signed(COUNCIL), SpendCategory::Operations),
			Error::<Test>::BudgetNotFound
		);
		assert_noop!(
			ReserveFund::remove_budget(signed(TREASURER), SpendCategory::Payroll),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn genesis_sets_budgets_for_period_zero() {
	new_test_ext_with_budgets(
		vec![(SpendCategory::Payroll, 500), (SpendCategory::PublicWorks, 1_000)],
		|| {
			assert_eq!(
				Budgets::<Test>::get(SpendCategory::Payroll),
				Some(Budget { limit: 500, period: 0, spent: 0 })
			);
			assert_eq!(BudgetCount::<Test>::get(), 2);
			// They bind from the first block.
			assert_ok!(spend(signed(COUNCIL), SpendCategory::PublicWorks, 1_000));
			assert_noop!(
				spend(signed(COUNCIL), SpendCategory::PublicWorks, 1),
				Error::<Test>::OverBudget
			);
		},
	);
}

#[test]
#[should_panic(expected = "the genesis budgets fit MaxBudgets; qed")]
fn a_genesis_beyond_max_budgets_does_not_start() {
	let four = [
		SpendCategory::Payroll,
		SpendCategory::PublicWorks,
		SpendCategory::Operations,
		SpendCategory::Grants,
	];
	new_test_ext_with_budgets(four.map(|category| (category, 1)).to_vec(), || {});
}

#[test]
#[should_panic(expected = "a category has at most one genesis budget; qed")]
fn a_genesis_with_two_budgets_for_one_category_does_not_start() {
	new_test_ext_with_budgets(
		vec![(SpendCategory::Payroll, 1), (SpendCategory::Payroll, 2)],
		|| {},
	);
}
