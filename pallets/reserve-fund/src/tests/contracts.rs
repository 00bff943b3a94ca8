//! Public works contracts: awards (a spend of `PublicWorks`), certification, disputes,
//! payment and cancellation.

use super::*;

const SPEC: H256 = H256::repeat_byte(0xcc);

/// The `PublicWorks` budget of [`public_works_ext`]: three awards at the council's cap.
const PUBLIC_WORKS_BUDGET: u64 = 3 * COUNCIL_CAP;

/// [`new_test_ext`] with a `PublicWorks` budget of `limit` from genesis.
fn with_public_works(limit: u64, test: impl FnOnce()) {
	new_test_ext_with_budgets(vec![(SpendCategory::PublicWorks, limit)], test)
}

/// [`new_test_ext`] with a `PublicWorks` budget of [`PUBLIC_WORKS_BUDGET`].
fn public_works_ext(test: impl FnOnce()) {
	with_public_works(PUBLIC_WORKS_BUDGET, test)
}

fn milestones(amounts: &[u64]) -> BoundedVec<(u64, H256), <Test as Config>::MaxMilestones> {
	amounts.iter().map(|a| (*a, SPEC)).collect::<Vec<_>>().try_into().expect("within MaxMilestones")
}

fn award_by(origin: RuntimeOrigin, contractor: u64, amounts: &[u64]) -> DispatchResult {
	ReserveFund::award_contract(origin, contractor, milestones(amounts))
}

/// The council awards `amounts` to `contractor`; the contract's id.
fn award_to(contractor: u64, amounts: &[u64]) -> ContractId {
	let id = NextContractId::<Test>::get();
	assert_ok!(award_by(signed(COUNCIL), contractor, amounts));
	id
}

fn award(amounts: &[u64]) -> ContractId {
	award_to(CONTRACTOR, amounts)
}

fn public_works_spent() -> Option<(u32, u64)> {
	Budgets::<Test>::get(SpendCategory::PublicWorks).map(|budget| (budget.period, budget.spent))
}

fn certify(id: ContractId, milestone: u32) -> DispatchResult {
	ReserveFund::certify_milestone(signed(INSPECTOR), id, milestone)
}

fn release(id: ContractId, milestone: u32) -> DispatchResult {
	ReserveFund::release_milestone(signed(CONTRACTOR), id, milestone)
}

#[test]
fn awarded_certified_and_paid_after_the_challenge_period() {
	public_works_ext(|| {
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
		assert_eq!(last_event(), Event::MilestonePaid { id, milestone: 0, amount: 3_000 }.into());
		assert_eq!(free(CONTRACTOR), 1_000 + 3_000);
		assert_eq!(Obligations::<Test>::get(Obligation::Contracts), 2_000);
		assert_noop!(release(id, 0), Error::<Test>::NotCertified);
	});
}

#[test]
fn the_council_disputes_within_the_challenge_period_only() {
	public_works_ext(|| {
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
	public_works_ext(|| {
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
	public_works_ext(|| {
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
			ReserveFund::award_contract(signed(COUNCIL), CONTRACTOR, one(COUNCIL_CAP + 1)),
			Error::<Test>::AboveSpendCap
		);
		assert_noop!(
			ReserveFund::award_contract(RuntimeOrigin::root(), CONTRACTOR, one(FUND + 1)),
			Error::<Test>::InsufficientFreeFunds
		);
		for nobody in [INSPECTOR, TREASURER, TECHNICAL_COMMITTEE, RESIDENT] {
			assert_noop!(
				ReserveFund::award_contract(signed(nobody), CONTRACTOR, one(1)),
				DispatchError::BadOrigin
			);
		}

		let id = award(&[10]);
		assert_noop!(
			ReserveFund::certify_milestone(signed(COUNCIL), id, 0),
			DispatchError::BadOrigin
		);
		assert_noop!(certify(id + 1, 0), Error::<Test>::ContractNotFound);
		assert_noop!(certify(id, 1), Error::<Test>::MilestoneNotFound);
		assert_ok!(certify(id, 0));
		assert_noop!(certify(id, 0), Error::<Test>::NotPending);

		for nobody in [INSPECTOR, TREASURER, CONTRACTOR] {
			assert_noop!(
				ReserveFund::dispute_milestone(signed(nobody), id, 0),
				DispatchError::BadOrigin
			);
		}
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

		for nobody in [INSPECTOR, TECHNICAL_COMMITTEE, CONTRACTOR] {
			assert_noop!(
				ReserveFund::cancel_contract(signed(nobody), id),
				DispatchError::BadOrigin
			);
		}
		let own = award_to(INSPECTOR, &[10]);
		assert_noop!(certify(own, 0), Error::<Test>::InspectorIsContractor);
		assert_noop!(
			ReserveFund::cancel_contract(signed(COUNCIL), id + 5),
			Error::<Test>::ContractNotFound
		);
	});
}

#[test]
fn try_state_catches_a_contract_obligation_out_of_step() {
	public_works_ext(|| {
		let id = award(&[100]);
		Contracts::<Test>::mutate(id, |c| c.as_mut().expect("awarded").cancelled = true);
		assert!(ReserveFund::do_try_state().is_err());
		Contracts::<Test>::mutate(id, |c| c.as_mut().expect("awarded").cancelled = false);
	});
}

#[test]
fn an_award_counts_in_the_public_works_budget_once() {
	public_works_ext(|| {
		let id = award(&[3_000, 2_000]);
		assert_eq!(public_works_spent(), Some((0, 5_000)));
		// Paying a milestone does not count again: the award did.
		assert_ok!(certify(id, 0));
		System::set_block_number(1 + CHALLENGE);
		assert_ok!(release(id, 0));
		assert_eq!(public_works_spent(), Some((0, 5_000)));
		// Spends of `PublicWorks` share the budget with awards.
		assert_ok!(spend(signed(COUNCIL), SpendCategory::PublicWorks, COUNCIL_CAP));
		assert_eq!(public_works_spent(), Some((0, 5_000 + COUNCIL_CAP)));
	});
}

#[test]
fn a_council_majority_cannot_award_the_whole_fund() {
	// Even with a budget as large as the fund, the council's cap binds.
	with_public_works(FUND, || {
		assert_noop!(award_by(signed(COUNCIL), CONTRACTOR, &[FUND]), Error::<Test>::AboveSpendCap);
		// The total counts, not each milestone.
		let halves = [COUNCIL_CAP / 2, COUNCIL_CAP / 2 + 1];
		assert_noop!(award_by(signed(COUNCIL), CONTRACTOR, &halves), Error::<Test>::AboveSpendCap);
		assert_ok!(award_by(signed(COUNCIL), CONTRACTOR, &[COUNCIL_CAP]));
		assert_eq!(TotalObligations::<Test>::get(), COUNCIL_CAP);
	});
}

#[test]
fn a_council_majority_cannot_split_an_award_past_the_budget() {
	public_works_ext(|| {
		for _ in 0..3 {
			award(&[COUNCIL_CAP]);
		}
		// Each award within the cap, together beyond the budget of this fiscal period.
		assert_noop!(award_by(signed(COUNCIL), CONTRACTOR, &[1]), Error::<Test>::OverBudget);
		assert_eq!(public_works_spent(), Some((0, PUBLIC_WORKS_BUDGET)));
		// The next fiscal period starts the budget afresh.
		System::set_block_number(PERIOD);
		award(&[1]);
		assert_eq!(public_works_spent(), Some((1, 1)));
	});
}

#[test]
fn awards_need_a_public_works_budget() {
	new_test_ext(|| {
		// Another category's budget does not pay for contracts.
		budget(SpendCategory::Operations, FUND);
		assert_noop!(award_by(signed(COUNCIL), CONTRACTOR, &[1]), Error::<Test>::NoBudget);
	});
}

#[test]
fn an_award_cannot_leave_free_funds_below_the_floor() {
	with_public_works(FUND, || {
		// 30,000 owed, 20,000 free, a floor of 50%. An award of x leaves 20,000 - x free
		// against 30,000 + x owed: at most 3,333.
		assert_ok!(<ReserveFund as ReserveFundT<u64, u64>>::reserve(
			Obligation::BondPrincipal,
			30_000
		));
		assert_ok!(ReserveFund::set_reserve_floor(
			RuntimeOrigin::root(),
			Permill::from_percent(50)
		));
		assert_noop!(
			award_by(signed(COUNCIL), CONTRACTOR, &[3_334]),
			Error::<Test>::BelowReserveFloor
		);
		assert_ok!(award_by(signed(COUNCIL), CONTRACTOR, &[3_333]));
		// Root may award below the floor, never beyond free funds.
		let left = <ReserveFund as ReserveFundT<u64, u64>>::free_balance();
		assert_noop!(
			award_by(RuntimeOrigin::root(), CONTRACTOR, &[left + 1]),
			Error::<Test>::InsufficientFreeFunds
		);
		assert_ok!(award_by(RuntimeOrigin::root(), CONTRACTOR, &[left]));
		assert_eq!(<ReserveFund as ReserveFundT<u64, u64>>::free_balance(), 0);
	});
}

#[test]
fn root_awards_beyond_cap_and_budget_and_its_award_counts() {
	// No budget at all: only Root awards.
	new_test_ext(|| {
		assert_ok!(award_by(RuntimeOrigin::root(), CONTRACTOR, &[COUNCIL_CAP + 1]));
		assert_eq!(TotalObligations::<Test>::get(), COUNCIL_CAP + 1);
		assert_eq!(public_works_spent(), None);
	});
	// Root's award counts in the budget, beyond it: the council cannot award after it.
	public_works_ext(|| {
		assert_ok!(award_by(RuntimeOrigin::root(), CONTRACTOR, &[PUBLIC_WORKS_BUDGET + 1]));
		assert_eq!(public_works_spent(), Some((0, PUBLIC_WORKS_BUDGET + 1)));
		assert_noop!(award_by(signed(COUNCIL), CONTRACTOR, &[1]), Error::<Test>::OverBudget);
	});
}

#[test]
fn cancelling_a_contract_does_not_give_its_budget_back() {
	public_works_ext(|| {
		// Award and cancel, again and again, to get round the budget: the awards count.
		for _ in 0..3 {
			let id = award(&[COUNCIL_CAP]);
			assert_ok!(ReserveFund::cancel_contract(signed(COUNCIL), id));
		}
		assert_eq!(TotalObligations::<Test>::get(), 0);
		assert_noop!(award_by(signed(COUNCIL), CONTRACTOR, &[1]), Error::<Test>::OverBudget);
	});
}

#[test]
fn an_inspector_cannot_certify_their_own_contract() {
	public_works_ext(|| {
		let id = award_to(INSPECTOR, &[1_000]);
		assert_noop!(certify(id, 0), Error::<Test>::InspectorIsContractor);
		System::set_block_number(1 + CHALLENGE);
		assert_noop!(
			ReserveFund::release_milestone(signed(INSPECTOR), id, 0),
			Error::<Test>::NotCertified
		);
		assert_eq!(free(INSPECTOR), 0);
	});
}

#[test]
fn the_technical_committee_disputes_but_neither_awards_nor_cancels() {
	public_works_ext(|| {
		let id = award(&[1_000]);
		assert_noop!(
			award_by(signed(TECHNICAL_COMMITTEE), CONTRACTOR, &[1]),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ReserveFund::cancel_contract(signed(TECHNICAL_COMMITTEE), id),
			DispatchError::BadOrigin
		);
		assert_ok!(certify(id, 0));
		assert_ok!(ReserveFund::dispute_milestone(signed(TECHNICAL_COMMITTEE), id, 0));
		assert_eq!(last_event(), Event::MilestoneDisputed { id, milestone: 0 }.into());
	});
}

#[test]
fn try_state_catches_a_milestone_certified_by_its_contractor() {
	public_works_ext(|| {
		let id = award(&[100]);
		let certified_by = |by| {
			Contracts::<Test>::mutate(id, |c| {
				let contract = c.as_mut().expect("awarded");
				contract.milestones.get_mut(0).expect("one milestone").state =
					MilestoneState::Certified { at: 1, by }
			})
		};
		certified_by(CONTRACTOR);
		assert!(ReserveFund::do_try_state().is_err());
		certified_by(INSPECTOR);
	});
}
