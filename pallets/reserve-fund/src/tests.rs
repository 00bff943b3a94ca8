//! The reserve fund against its mock: inflows, tiered spends, budgets per fiscal period,
//! obligations and the reserve floor, each error path with `assert_noop!`.

use crate::{mock::*, *};
use city_primitives::treasury::ReserveFund as ReserveFundT;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};

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
	fn on_initialize_pays_for_on_finalize() {
		new_test_ext(|| {
			assert_eq!(
				ReserveFund::on_initialize(1),
				<<Test as frame_system::Config>::DbWeight as Get<
					frame_support::weights::RuntimeDbWeight,
				>>::get()
				.reads_writes(1, 1)
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

mod spend {
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
			assert_noop!(
				spend(signed(COUNCIL), SpendCategory::Grants, 10),
				Error::<Test>::NoBudget
			);
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
			assert_ok!(<ReserveFund as ReserveFundT<_, _>>::reserve(
				Obligation::BondPrincipal,
				40_000
			));
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
}

mod budgets {
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
			assert_eq!(
				last_event(),
				Event::BudgetRemoved { category: SpendCategory::Payroll }.into()
			);
			assert_eq!(BudgetCount::<Test>::get(), 0);
			assert_noop!(
				spend(signed(COUNCIL), SpendCategory::Payroll, 1),
				Error::<Test>::NoBudget
			);
		});
	}

	#[test]
	fn error_paths() {
		new_test_ext(|| {
			assert_noop!(
				ReserveFund::set_budget(signed(TREASURER), SpendCategory::Payroll, 1),
				DispatchError::BadOrigin
			);
			for category in [SpendCategory::Payroll, SpendCategory::Grants, SpendCategory::Other(7)]
			{
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

mod for_other_pallets {
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
				Event::Received {
					inflow: Inflow::Fine,
					from: RESIDENT,
					amount: 100,
					reference: MEMO
				}
				.into()
			);
			assert_eq!(<ReserveFund as ReserveFundT<Fund, u64>>::account(), fund());

			assert_ok!(reserve(Obligation::Contracts, 1_000));
			assert_ok!(reserve(Obligation::BondCoupons, 500));
			assert_eq!(TotalObligations::<Test>::get(), 1_500);
			assert_eq!(
				<ReserveFund as ReserveFundT<Fund, u64>>::free_balance(),
				FUND + 100 - 1_500
			);

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
	fn pay_takes_free_funds_only_without_budget_or_floor() {
		new_test_ext(|| {
			assert_ok!(ReserveFund::set_reserve_floor(RuntimeOrigin::root(), Permill::one()));
			assert_ok!(reserve(Obligation::BondPrincipal, FUND - 300));
			// No Payroll budget and a floor of 100%: a pallet's payment as it falls due still
			// goes through, from what is free.
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
			assert_noop!(pay(1), Error::<Test>::InsufficientFreeFunds);
			assert_noop!(pay(0), Error::<Test>::ZeroAmount);
		});
	}

	#[test]
	fn within_floor_counts_the_money_coming_in_and_the_new_obligations() {
		new_test_ext(|| {
			let within = |incoming, new| {
				<ReserveFund as ReserveFundT<Fund, u64>>::within_floor(incoming, new)
			};
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
			assert_noop!(
				reserve(Obligation::Payroll, FUND + 1),
				Error::<Test>::InsufficientFreeFunds
			);
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

mod contracts {
	use super::*;

	const SPEC: H256 = H256::repeat_byte(0xcc);

	fn award(amounts: &[u64]) -> ContractId {
		let id = NextContractId::<Test>::get();
		let milestones: Vec<(u64, H256)> = amounts.iter().map(|a| (*a, SPEC)).collect();
		assert_ok!(ReserveFund::award_contract(
			signed(COUNCIL),
			CONTRACTOR,
			milestones.try_into().expect("within MaxMilestones")
		));
		id
	}

	fn certify(id: ContractId, milestone: u32) -> DispatchResult {
		ReserveFund::certify_milestone(signed(INSPECTOR), id, milestone)
	}

	fn release(id: ContractId, milestone: u32) -> DispatchResult {
		ReserveFund::release_milestone(signed(CONTRACTOR), id, milestone)
	}

	#[test]
	fn awarded_certified_and_paid_after_the_challenge_period() {
		new_test_ext(|| {
			let id = award(&[3_000, 2_000]);
			assert_eq!(
				last_event(),
				Event::ContractAwarded { id, contractor: CONTRACTOR, total: 5_000 }.into()
			);
			assert_eq!(Obligations::<Test>::get(Obligation::Contracts), 5_000);

			assert_ok!(certify(id, 0));
			assert_eq!(
				last_event(),
				Event::MilestoneCertified { id, milestone: 0, inspector: INSPECTOR }.into()
			);
			assert_noop!(release(id, 0), Error::<Test>::ChallengePeriodRunning);
			System::set_block_number(1 + CHALLENGE);
			assert_ok!(release(id, 0));
			assert_eq!(
				last_event(),
				Event::MilestonePaid { id, milestone: 0, amount: 3_000 }.into()
			);
			assert_eq!(free(CONTRACTOR), 1_000 + 3_000);
			assert_eq!(Obligations::<Test>::get(Obligation::Contracts), 2_000);
			assert_noop!(release(id, 0), Error::<Test>::NotCertified);
		});
	}

	#[test]
	fn the_council_disputes_within_the_challenge_period_only() {
		new_test_ext(|| {
			let id = award(&[1_000, 1_000]);
			assert_ok!(certify(id, 0));
			assert_ok!(ReserveFund::dispute_milestone(signed(COUNCIL), id, 0));
			assert_eq!(last_event(), Event::MilestoneDisputed { id, milestone: 0 }.into());
			System::set_block_number(1 + CHALLENGE);
			assert_noop!(release(id, 0), Error::<Test>::NotCertified);
			// Certified again; once the period is over, it can no longer be disputed.
			assert_ok!(certify(id, 0));
			System::set_block_number(1 + 2 * CHALLENGE);
			assert_noop!(
				ReserveFund::dispute_milestone(signed(COUNCIL), id, 0),
				Error::<Test>::ChallengePeriodOver
			);
			assert_ok!(release(id, 0));
		});
	}

	#[test]
	fn cancelling_releases_what_is_unpaid() {
		new_test_ext(|| {
			let id = award(&[1_000, 4_000]);
			assert_ok!(certify(id, 0));
			System::set_block_number(1 + CHALLENGE);
			assert_ok!(release(id, 0));
			assert_ok!(ReserveFund::cancel_contract(signed(COUNCIL), id));
			assert_eq!(last_event(), Event::ContractCancelled { id, released: 4_000 }.into());
			assert_eq!(TotalObligations::<Test>::get(), 0);
			assert!(Contracts::<Test>::get(id).expect("kept on record").cancelled);
			assert_noop!(certify(id, 1), Error::<Test>::ContractCancelled);
			assert_noop!(
				ReserveFund::cancel_contract(signed(COUNCIL), id),
				Error::<Test>::ContractCancelled
			);
		});
	}

	#[test]
	fn error_paths() {
		new_test_ext(|| {
			let none: BoundedVec<(u64, H256), _> = Default::default();
			assert_noop!(
				ReserveFund::award_contract(signed(COUNCIL), CONTRACTOR, none),
				Error::<Test>::NoMilestones
			);
			let one = |amount: u64| -> BoundedVec<(u64, H256), _> {
				vec![(amount, SPEC)].try_into().expect("one")
			};
			assert_noop!(
				ReserveFund::award_contract(signed(COUNCIL), CONTRACTOR, one(0)),
				Error::<Test>::ZeroAmount
			);
			assert_noop!(
				ReserveFund::award_contract(signed(COUNCIL), CONTRACTOR, one(FUND + 1)),
				Error::<Test>::InsufficientFreeFunds
			);
			assert_noop!(
				ReserveFund::award_contract(signed(INSPECTOR), CONTRACTOR, one(1)),
				DispatchError::BadOrigin
			);

			let id = award(&[10]);
			assert_noop!(
				ReserveFund::certify_milestone(signed(COUNCIL), id, 0),
				DispatchError::BadOrigin
			);
			assert_noop!(certify(id + 1, 0), Error::<Test>::ContractNotFound);
			assert_noop!(certify(id, 1), Error::<Test>::MilestoneNotFound);
			assert_ok!(certify(id, 0));
			assert_noop!(certify(id, 0), Error::<Test>::NotPending);

			assert_noop!(
				ReserveFund::dispute_milestone(signed(INSPECTOR), id, 0),
				DispatchError::BadOrigin
			);
			assert_noop!(
				ReserveFund::dispute_milestone(signed(COUNCIL), id + 1, 0),
				Error::<Test>::ContractNotFound
			);
			assert_noop!(
				ReserveFund::dispute_milestone(signed(COUNCIL), id, 1),
				Error::<Test>::MilestoneNotFound
			);
			let other = award(&[10]);
			assert_noop!(
				ReserveFund::dispute_milestone(signed(COUNCIL), other, 0),
				Error::<Test>::NotCertified
			);

			assert_noop!(
				ReserveFund::release_milestone(RuntimeOrigin::root(), id, 0),
				DispatchError::BadOrigin
			);
			assert_noop!(release(id + 5, 0), Error::<Test>::ContractNotFound);
			assert_noop!(release(id, 1), Error::<Test>::MilestoneNotFound);

			assert_noop!(
				ReserveFund::cancel_contract(signed(INSPECTOR), id),
				DispatchError::BadOrigin
			);
			assert_noop!(
				ReserveFund::cancel_contract(signed(COUNCIL), id + 5),
				Error::<Test>::ContractNotFound
			);
		});
	}

	#[test]
	fn try_state_catches_a_contract_obligation_out_of_step() {
		new_test_ext(|| {
			let id = award(&[100]);
			Contracts::<Test>::mutate(id, |c| c.as_mut().expect("awarded").cancelled = true);
			assert!(ReserveFund::do_try_state().is_err());
			Contracts::<Test>::mutate(id, |c| c.as_mut().expect("awarded").cancelled = false);
		});
	}
}
