//! `status`: what the runtime API reports of the fund.

use super::*;

#[test]
fn status_reports_balance_obligations_coverage_and_budgets() {
	new_test_ext(|| {
		let none = ReserveFund::status();
		assert_eq!((none.balance, none.total_obligations, none.coverage_ppm), (FUND, 0, None));
		budget(SpendCategory::Operations, 1_000);
		assert_ok!(spend(signed(COUNCIL), SpendCategory::Operations, 250));
		assert_ok!(<ReserveFund as ReserveFundT<u64, u64>>::reserve(
			Obligation::BondPrincipal,
			20_000
		));
		let status = ReserveFund::status();
		assert_eq!(status.balance, FUND - 250);
		assert_eq!(status.obligations, vec![(Obligation::BondPrincipal, 20_000)]);
		assert_eq!(status.free, FUND - 250 - 20_000);
		// 49,750 / 20,000 = 2.4875
		assert_eq!(status.coverage_ppm, Some(2_487_500));
		assert_eq!(status.budgets, vec![(SpendCategory::Operations, 1_000, 250)]);
		// Next period: nothing spent yet.
		System::set_block_number(PERIOD + 1);
		assert_eq!(ReserveFund::status().budgets, vec![(SpendCategory::Operations, 1_000, 0)]);
	});
}
