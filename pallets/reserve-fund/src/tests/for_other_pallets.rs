//! The `ReserveFund` trait other pallets use: inflows, obligations, wages (`pay`) and
//! `within_floor`.

use super::*;
type Fund = <Test as frame_system::Config>::AccountId;
fn reserve(obligation: Obligation, amount: u64) -> DispatchResult {
	<ReserveFund as ReserveFundT<Fund, u64>>::reserve(obligation, amount)
}

#[test]
fn receive_reserve_pay_and_release() {
	new_test_ext(|| {
		assert_ok!(<ReserveFund as ReserveFundT<Fund, u64>>::receive(
			&RESIDENT,
			100,
			Inflow::Fine,
			MEMO
		));
		assert_eq!(
			last_event(),
			Event::Received { inflow: Inflow::Fine, from: RESIDENT, amount: 100, reference: MEMO }
				.into()
		);
		assert_eq!(<ReserveFund as ReserveFundT<Fund, u64>>::account(), fund());

		assert_ok!(reserve(Obligation::Contracts, 1_000));
		assert_ok!(reserve(Obligation::BondCoupons, 500));
		assert_eq!(TotalObligations::<Test>::get(), 1_500);
		assert_eq!(<ReserveFund as ReserveFundT<Fund, u64>>::free_balance(), FUND + 100 - 1_500);

		assert_ok!(<ReserveFund as ReserveFundT<Fund, u64>>::pay_obligation(
			&CONTRACTOR,
			400,
			Obligation::Contracts,
			SpendCategory::PublicWorks,
			INVOICE
		));
		assert_eq!(free(CONTRACTOR), 1_400);
		assert_eq!(Obligations::<Test>::get(Obligation::Contracts), 600);
		assert_eq!(TotalObligations::<Test>::get(), 1_100);

		// Release clamps to what is set aside, and clears the kind at zero.
		<ReserveFund as ReserveFundT<Fund, u64>>::release(Obligation::Contracts, 10_000);
		assert_eq!(
			last_event(),
			Event::ObligationReleased { obligation: Obligation::Contracts, amount: 600 }.into()
		);
		assert!(!Obligations::<Test>::contains_key(Obligation::Contracts));
		assert_eq!(TotalObligations::<Test>::get(), 500);
	});
}

fn pay(amount: u64) -> DispatchResult {
	<ReserveFund as ReserveFundT<Fund, u64>>::pay(
		&CONTRACTOR,
		amount,
		SpendCategory::Payroll,
		INVOICE,
	)
}

#[test]
fn a_wage_is_paid_from_free_funds_within_the_payroll_budget() {
	new_test_ext(|| {
		budget(SpendCategory::Payroll, 500);
		assert_ok!(pay(300));
		assert_eq!(free(CONTRACTOR), 1_300);
		assert_eq!(
			last_event(),
			Event::Paid {
				category: SpendCategory::Payroll,
				to: CONTRACTOR,
				amount: 300,
				reference: INVOICE
			}
			.into()
		);
		assert_eq!(
			Budgets::<Test>::get(SpendCategory::Payroll),
			Some(Budget { limit: 500, period: 0, spent: 300 })
		);
		// A new fiscal period starts the budget afresh.
		System::set_block_number(PERIOD);
		assert_ok!(pay(500));
		assert_eq!(
			Budgets::<Test>::get(SpendCategory::Payroll),
			Some(Budget { limit: 500, period: 1, spent: 500 })
		);
	});
}

#[test]
fn wages_and_spends_share_the_payroll_budget() {
	new_test_ext(|| {
		budget(SpendCategory::Payroll, 500);
		assert_ok!(spend(signed(COUNCIL), SpendCategory::Payroll, 400));
		assert_noop!(pay(101), Error::<Test>::OverBudget);
		assert_ok!(pay(100));
		assert_noop!(spend(signed(COUNCIL), SpendCategory::Payroll, 1), Error::<Test>::OverBudget);
	});
}

#[test]
fn a_payroll_cannot_pay_without_a_budget() {
	new_test_ext(|| {
		assert_noop!(pay(1), Error::<Test>::NoBudget);
		// Another category's budget does not pay wages.
		budget(SpendCategory::Operations, FUND);
		assert_noop!(pay(1), Error::<Test>::NoBudget);
		assert_eq!(free(CONTRACTOR), 1_000);
	});
}

#[test]
fn a_payroll_cannot_drain_the_fund_past_its_budget() {
	new_test_ext(|| {
		budget(SpendCategory::Payroll, 1_000);
		assert_ok!(pay(600));
		// Each wage within what the fund holds, together beyond the budget: refused, and the
		// refusal (not a dispatch: no transaction rolls it back) changes nothing.
		assert_noop!(pay(401), Error::<Test>::OverBudget);
		assert_ok!(pay(400));
		assert_noop!(pay(1), Error::<Test>::OverBudget);
		assert_eq!(free(CONTRACTOR), 2_000);
		assert_eq!(ReserveFund::balance(), FUND - 1_000);
	});
}

#[test]
fn wages_cannot_take_the_fund_below_its_floor() {
	new_test_ext(|| {
		budget(SpendCategory::Payroll, FUND);
		// 30,000 owed, 20,000 free; a floor of 50% keeps 15,000 of it free.
		assert_ok!(reserve(Obligation::BondPrincipal, 30_000));
		assert_ok!(ReserveFund::set_reserve_floor(
			RuntimeOrigin::root(),
			Permill::from_percent(50)
		));
		assert_noop!(pay(5_001), Error::<Test>::BelowReserveFloor);
		assert_ok!(pay(5_000));
		assert_noop!(pay(1), Error::<Test>::BelowReserveFloor);
		assert_eq!(<ReserveFund as ReserveFundT<Fund, u64>>::free_balance(), 15_000);
	});
}

#[test]
fn wages_never_touch_obligated_money() {
	new_test_ext(|| {
		budget(SpendCategory::Payroll, FUND);
		assert_ok!(reserve(Obligation::BondPrincipal, FUND - 300));
		assert_noop!(pay(301), Error::<Test>::InsufficientFreeFunds);
		assert_ok!(pay(300));
		assert_noop!(pay(1), Error::<Test>::InsufficientFreeFunds);
		assert_noop!(pay(0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn within_floor_counts_the_money_coming_in_and_the_new_obligations() {
	new_test_ext(|| {
		let within =
			|incoming, new| <ReserveFund as ReserveFundT<Fund, u64>>::within_floor(incoming, new);
		// No floor: free funds only have to cover what the new obligations exceed incoming by.
		assert!(within(0, FUND));
		assert!(!within(0, FUND + 1));
		assert!(within(1, FUND + 1));
		// A floor of 50%: FUND + 10,000 held, 40,000 owed leaves 20,000 free, exactly half.
		assert_ok!(ReserveFund::set_reserve_floor(
			RuntimeOrigin::root(),
			Permill::from_percent(50)
		));
		assert!(within(10_000, 40_000));
		assert!(!within(10_000, 40_001));
		// What is already owed counts too.
		assert_ok!(reserve(Obligation::BondCoupons, 1));
		assert!(!within(10_000, 40_000));
		assert!(within(10_003, 40_000));
	});
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		assert_noop!(reserve(Obligation::Payroll, 0), Error::<Test>::ZeroAmount);
		assert_noop!(reserve(Obligation::Payroll, FUND + 1), Error::<Test>::InsufficientFreeFunds);
		assert_ok!(reserve(Obligation::Payroll, 10));
		let pay = |amount| {
			<ReserveFund as ReserveFundT<Fund, u64>>::pay_obligation(
				&CONTRACTOR,
				amount,
				Obligation::Payroll,
				SpendCategory::Payroll,
				INVOICE,
			)
		};
		assert_noop!(pay(11), Error::<Test>::ObligationExceeded);
		assert_noop!(pay(0), Error::<Test>::ZeroAmount);
		assert_noop!(
			<ReserveFund as ReserveFundT<Fund, u64>>::receive(&RESIDENT, 0, Inflow::Fine, MEMO),
			Error::<Test>::ZeroAmount
		);
	});
}
