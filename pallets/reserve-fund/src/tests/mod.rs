//! The reserve fund against its mock: inflows, tiered spends, budgets per fiscal period,
//! obligations and the reserve floor, contracts and wages, each error path with
//! `assert_noop!`. One module per call or domain; the attacks on a rule sit beside it.

use crate::{mock::*, *};
use city_primitives::treasury::ReserveFund as ReserveFundT;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};

mod budgets;
mod contracts;
mod for_other_pallets;
mod spend;

const MEMO: H256 = H256::repeat_byte(0xaa);
const INVOICE: H256 = H256::repeat_byte(0xbb);

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn spend(origin: RuntimeOrigin, category: SpendCategory, amount: u64) -> DispatchResult {
	ReserveFund::spend(origin, category, amount, CONTRACTOR, INVOICE)
}

fn budget(category: SpendCategory, limit: u64) {
	assert_ok!(ReserveFund::set_budget(signed(COUNCIL), category, limit));
}

mod fees {
	use super::*;
	use frame_support::traits::{
		fungible::Balanced,
		tokens::{Fortitude, Precision, Preservation},
		Hooks, OnUnbalanced,
	};

	/// The fund's events so far.
	fn fund_events() -> Vec<Event<Test>> {
		System::events()
			.into_iter()
			.filter_map(|record| match record.event {
				RuntimeEvent::ReserveFund(event) => Some(event),
				_ => None,
			})
			.collect()
	}

	/// What a fee handler is given: `amount` taken from `who`.
	fn fee(who: u64, amount: u64) -> Credit<u64, Balances> {
		<Balances as Balanced<u64>>::withdraw(
			&who,
			amount,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)
		.expect("the payer can pay")
	}

	#[test]
	fn fees_land_whole_in_the_fund_and_are_reported_once_per_block() {
		new_test_ext(|| {
			let issuance = Balances::total_issuance();
			CollectFees::<Test>::on_unbalanced(fee(RESIDENT, 7));
			CollectFees::<Test>::on_unbalanced(fee(TREASURER, 5));
			assert_eq!(ReserveFund::balance(), FUND + 12);
			assert_eq!(Balances::total_issuance(), issuance, "no fee is burned");
			assert_eq!(FeesThisBlock::<Test>::get(), 12);
			assert!(fund_events().is_empty(), "reported at the end of the block");

			ReserveFund::on_finalize(1);
			assert_eq!(
				fund_events(),
				vec![Event::Received {
					inflow: Inflow::Fees,
					from: fund(),
					amount: 12,
					reference: H256::zero()
				}]
			);
			assert!(!FeesThisBlock::<Test>::exists(), "the count does not outlive its block");

			// A block without fees reports nothing.
			System::reset_events();
			ReserveFund::on_finalize(2);
			assert!(fund_events().is_empty());
		});
	}

	#[test]
	fn on_initialize_pays_for_what_every_fee_touches_once_a_block() {
		new_test_ext(|| {
			// FeesThisBlock and the fund's account, which the benchmarks whitelist.
			let once = frame_support::weights::constants::RocksDbWeight::get().reads_writes(2, 2);
			assert!(once.ref_time() > 0);
			assert_eq!(ReserveFund::on_initialize(1), once);
			use frame_support::traits::WhitelistedStorageKeys;
			let whitelisted = ReserveFund::whitelisted_storage_keys();
			assert!(
				whitelisted.iter().any(|k| k.key == FeesThisBlock::<Test>::hashed_key().to_vec()),
				"FeesThisBlock is whitelisted"
			);
		});
	}
}

mod donate {
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
			assert_noop!(
				ReserveFund::donate(signed(RESIDENT), 1_000, MEMO),
				TokenError::NotExpendable
			);
			assert_noop!(
				ReserveFund::donate(signed(RESIDENT), 1_001, MEMO),
				TokenError::FundsUnavailable
			);
			assert_noop!(
				ReserveFund::donate(RuntimeOrigin::root(), 1, MEMO),
				DispatchError::BadOrigin
			);
		});
	}
}

mod floor {
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
}

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

#[test]
fn try_state_catches_a_broken_total() {
	new_test_ext(|| {
		assert_ok!(<ReserveFund as ReserveFundT<u64, u64>>::reserve(Obligation::Payroll, 5));
		TotalObligations::<Test>::put(6);
		assert!(ReserveFund::do_try_state().is_err());
		TotalObligations::<Test>::put(5);
	});
}
