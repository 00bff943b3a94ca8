//! The payroll: who may enrol, pay and remove whom; wages per whole pay period at the wage in
//! force in it; payment within the `Payroll` budget and the reserve floor, with arrears; the
//! audit's drain.

use super::*;

/// A budget no test's payroll reaches.
const AMPLE: u64 = 1_000_000;

fn enrol(who: u64, wage: u64) {
	assert_ok!(CityCoin::enrol(signed(CLERK), who, Department::PublicWorks, 1, wage));
}

fn wages_paid() -> Vec<(u64, u64)> {
	citycoin_events()
		.into_iter()
		.filter_map(|event| match event {
			Event::WagePaid { who, amount, .. } => Some((who, amount)),
			_ => None,
		})
		.collect()
}

fn employee(who: u64) -> EmployeeOf<Test> {
	Employees::<Test>::get(who).expect("on the payroll")
}

/// What the fund paid out for `Payroll` this test.
fn payroll_spent() -> u64 {
	pallet_reserve_fund::Budgets::<Test>::get(SpendCategory::Payroll).map_or(0, |b| b.spent)
}

#[test]
fn a_run_refers_to_its_pay_period() {
	assert_eq!(payroll_reference(0x0102_0304), H256::from_low_u64_be(0x0102_0304));
}

#[test]
fn two_employees_are_paid_for_each_whole_period_across_the_boundary() {
	new_test_ext(|| {
		payroll_budget(AMPLE);
		enrol(WORKER, 300);
		enrol(MECHANIC, 200);
		// Enrolled in period 0: the first whole period is 1, paid when period 2 starts.
		run_to(PAY_PERIOD);
		assert!(wages_paid().is_empty(), "period 0 is not a whole period of work");
		run_to(2 * PAY_PERIOD);
		let mut paid = wages_paid();
		paid.sort();
		assert_eq!(paid, vec![(WORKER, 300), (MECHANIC, 200)]);
		assert_eq!(free(WORKER), ENDOWMENT + 300);
		assert_eq!(free(MECHANIC), ENDOWMENT + 200);
		assert_eq!(fund_balance(), FUND - 500);
		assert_eq!(payroll_spent(), 500, "wages count in the Payroll budget");
		// Two employees fill a batch of two: the run finishes in the next block.
		assert!(Payroll::<Test>::exists());
		next_block();
		assert!(!Payroll::<Test>::exists());
		assert_eq!(LastPayroll::<Test>::get(), 2);
		assert_eq!(
			citycoin_events(),
			vec![Event::PayrollCompleted { period: 2, paid: 500, owed: 0 }]
		);
		// Nobody is paid twice for a period.
		run_to(3 * PAY_PERIOD - 1);
		assert_eq!(free(WORKER), ENDOWMENT + 300);
		run_to(3 * PAY_PERIOD);
		assert_eq!(free(WORKER), ENDOWMENT + 600);
	});
}

#[test]
fn a_run_pays_at_most_a_batch_per_block() {
	new_test_ext(|| {
		payroll_budget(AMPLE);
		grant(VISITOR, public_works());
		for who in [WORKER, MECHANIC, VISITOR] {
			enrol(who, 100);
		}
		run_to(2 * PAY_PERIOD);
		assert_eq!(wages_paid().len(), BATCH as usize);
		next_block();
		assert_eq!(wages_paid().len(), 1);
		assert!(!Payroll::<Test>::exists(), "the last batch finished the run");
		assert_eq!(fund_balance(), FUND - 300);
	});
}

mod who_may {
	use super::*;

	#[test]
	fn root_the_council_and_a_clerk_run_the_payroll_and_nobody_else() {
		new_test_ext(|| {
			assert_ok!(CityCoin::enrol(
				RuntimeOrigin::root(),
				WORKER,
				Department::PublicWorks,
				1,
				10
			));
			assert_ok!(CityCoin::enrol(signed(COUNCIL), MECHANIC, Department::PublicWorks, 1, 10));
			assert_ok!(CityCoin::set_wage(signed(CLERK), WORKER, 20));
			assert_ok!(CityCoin::remove_employee(RuntimeOrigin::root(), WORKER));
			for nobody in [signed(RESIDENT), signed(WORKER), RuntimeOrigin::none()] {
				assert_noop!(
					CityCoin::enrol(nobody.clone(), VISITOR, Department::PublicWorks, 1, 1),
					DispatchError::BadOrigin
				);
				assert_noop!(
					CityCoin::set_wage(nobody.clone(), MECHANIC, 1),
					DispatchError::BadOrigin
				);
				assert_noop!(CityCoin::remove_employee(nobody, MECHANIC), DispatchError::BadOrigin);
			}
		});
	}

	#[test]
	fn a_clerk_whose_credential_is_revoked_is_no_clerk() {
		new_test_ext(|| {
			revoke(CLERK, &city_primitives::credentials::PayrollClerk::get());
			assert_noop!(
				CityCoin::enrol(signed(CLERK), WORKER, Department::PublicWorks, 1, 1),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn a_clerk_cannot_enrol_themselves() {
		new_test_ext(|| {
			// The clerk's own credential is an employee credential of Finance, role 1.
			assert_noop!(
				CityCoin::enrol(signed(CLERK), CLERK, Department::Finance, 1, 10),
				Error::<Test>::SelfDealing
			);
			// The admin may enrol them.
			assert_ok!(CityCoin::enrol(signed(COUNCIL), CLERK, Department::Finance, 1, 10));
		});
	}

	#[test]
	fn a_clerk_cannot_set_their_own_wage() {
		new_test_ext(|| {
			assert_ok!(CityCoin::enrol(signed(COUNCIL), CLERK, Department::Finance, 1, 10));
			assert_noop!(CityCoin::set_wage(signed(CLERK), CLERK, 20), Error::<Test>::SelfDealing);
			// Not even lower: a clerk never touches their own record.
			assert_noop!(CityCoin::set_wage(signed(CLERK), CLERK, 5), Error::<Test>::SelfDealing);
		});
	}

	#[test]
	fn a_clerk_cannot_remove_themselves() {
		new_test_ext(|| {
			assert_ok!(CityCoin::enrol(signed(COUNCIL), CLERK, Department::Finance, 1, 10));
			assert_noop!(
				CityCoin::remove_employee(signed(CLERK), CLERK),
				Error::<Test>::SelfDealing
			);
			assert_ok!(CityCoin::remove_employee(signed(COUNCIL), CLERK));
		});
	}

	#[test]
	fn a_clerk_cannot_enrol_or_raise_anyone_above_the_cap() {
		new_test_ext(|| {
			assert_noop!(
				CityCoin::enrol(
					signed(CLERK),
					WORKER,
					Department::PublicWorks,
					1,
					CLERK_WAGE_CAP + 1
				),
				Error::<Test>::AboveClerkWageCap
			);
			enrol(WORKER, CLERK_WAGE_CAP);
			assert_noop!(
				CityCoin::set_wage(signed(CLERK), WORKER, CLERK_WAGE_CAP + 1),
				Error::<Test>::AboveClerkWageCap
			);
			// The admin may go above it.
			assert_ok!(CityCoin::set_wage(signed(COUNCIL), WORKER, CLERK_WAGE_CAP + 1));
			assert_ok!(CityCoin::enrol(
				RuntimeOrigin::root(),
				MECHANIC,
				Department::PublicWorks,
				1,
				10 * CLERK_WAGE_CAP
			));
		});
	}

	#[test]
	fn two_clerks_enrolling_each_other_stay_within_the_cap() {
		new_test_ext(|| {
			let other_clerk = VISITOR;
			grant(other_clerk, city_primitives::credentials::PayrollClerk::get());
			assert_noop!(
				CityCoin::enrol(
					signed(other_clerk),
					CLERK,
					Department::Finance,
					1,
					CLERK_WAGE_CAP + 1
				),
				Error::<Test>::AboveClerkWageCap
			);
			assert_ok!(CityCoin::enrol(
				signed(other_clerk),
				CLERK,
				Department::Finance,
				1,
				CLERK_WAGE_CAP
			));
			assert_ok!(CityCoin::enrol(
				signed(CLERK),
				other_clerk,
				Department::Finance,
				1,
				CLERK_WAGE_CAP
			));
			assert!(Employees::<Test>::iter_values().all(|e| e.wage <= CLERK_WAGE_CAP));
		});
	}
}

mod wage_changes {
	use super::*;

	#[test]
	fn a_raise_applies_from_the_next_pay_period() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			enrol(WORKER, 100);
			run_to(2 * PAY_PERIOD + 5);
			assert_eq!(free(WORKER), ENDOWMENT + 100, "period 1");
			assert_ok!(CityCoin::set_wage(signed(CLERK), WORKER, 500));
			assert_eq!(
				last_event(),
				Event::WageSet { who: WORKER, wage: 500, from_period: 3 }.into()
			);
			assert_eq!(employee(WORKER).wage, 100);
			assert_eq!(employee(WORKER).pending, Some(PendingWage { from_period: 3, wage: 500 }));
			run_to(3 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 200, "period 2, when the raise was made: 100");
			assert_eq!((employee(WORKER).wage, employee(WORKER).pending), (500, None), "in force");
			run_to(4 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 700, "period 3: 500");
		});
	}

	#[test]
	fn a_raise_made_at_the_end_of_a_period_does_not_pay_that_period() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			enrol(WORKER, 100);
			// The last block of period 1, just before the run that pays it.
			run_to(2 * PAY_PERIOD - 1);
			assert_ok!(CityCoin::set_wage(signed(CLERK), WORKER, CLERK_WAGE_CAP));
			run_to(2 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 100, "period 1 at the wage worked in it");
			run_to(3 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 100 + CLERK_WAGE_CAP);
		});
	}

	#[test]
	fn a_raise_during_a_payroll_run_does_not_reach_back() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			grant(VISITOR, public_works());
			for who in [WORKER, MECHANIC, VISITOR] {
				enrol(who, 100);
			}
			// The run of period 2 pays a batch of two; the third waits for the next block.
			run_to(2 * PAY_PERIOD);
			let waiting = [WORKER, MECHANIC, VISITOR]
				.into_iter()
				.find(|who| employee(*who).settled_through == 0)
				.expect("one not reached yet");
			assert_ok!(CityCoin::set_wage(signed(CLERK), waiting, CLERK_WAGE_CAP));
			// Period 1 was settled before the change, at the wage worked in it.
			assert_eq!(free(waiting), ENDOWMENT + 100);
			assert_eq!(employee(waiting).settled_through, 1);
			next_block();
			assert!(!Payroll::<Test>::exists());
			assert_eq!(free(waiting), ENDOWMENT + 100, "the run pays nobody twice");
			// Still third in the batches: paid in the run's second block.
			run_to(3 * PAY_PERIOD + 1);
			assert_eq!(free(waiting), ENDOWMENT + 200, "period 2, when the raise was made");
			run_to(4 * PAY_PERIOD + 1);
			assert_eq!(free(waiting), ENDOWMENT + 200 + CLERK_WAGE_CAP);
		});
	}

	#[test]
	fn a_second_change_in_the_same_period_replaces_the_first() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			enrol(WORKER, 100);
			run_to(PAY_PERIOD + 1);
			assert_ok!(CityCoin::set_wage(signed(CLERK), WORKER, 900));
			assert_ok!(CityCoin::set_wage(signed(CLERK), WORKER, 300));
			assert_eq!(employee(WORKER).pending, Some(PendingWage { from_period: 2, wage: 300 }));
			run_to(3 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 100 + 300, "period 1 at 100, period 2 at 300");
		});
	}

	#[test]
	fn a_change_in_force_is_kept_when_another_follows() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			enrol(WORKER, 100);
			// From period 1 at 200; in period 1, from period 2 at 300.
			assert_ok!(CityCoin::set_wage(signed(CLERK), WORKER, 200));
			run_to(PAY_PERIOD + 1);
			assert_ok!(CityCoin::set_wage(signed(CLERK), WORKER, 300));
			assert_eq!(employee(WORKER).wage, 200);
			run_to(3 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 200 + 300);
		});
	}

	#[test]
	fn a_change_in_force_survives_a_new_one_made_before_the_run_reaches_the_employee() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			grant(VISITOR, public_works());
			for who in [WORKER, MECHANIC, VISITOR] {
				enrol(who, 100);
				// From period 1 on.
				assert_ok!(CityCoin::set_wage(signed(CLERK), who, 200));
			}
			// The run of period 1 settles nothing (period 0 was not whole) but reaches two.
			run_to(PAY_PERIOD);
			let waiting = [WORKER, MECHANIC, VISITOR]
				.into_iter()
				.find(|who| employee(*who).pending.is_some())
				.expect("one not reached yet");
			assert_ok!(CityCoin::set_wage(signed(CLERK), waiting, 300));
			assert_eq!(employee(waiting).wage, 200, "the change in force for period 1 is kept");
			run_to(3 * PAY_PERIOD + 1);
			assert_eq!(free(waiting), ENDOWMENT + 200 + 300);
		});
	}

	#[test]
	fn a_settlement_pays_each_period_at_the_wage_in_force_in_it() {
		new_test_ext(|| {
			// Periods 1 to 3 at 100, 4 to 6 at 300, settled at once.
			let mut record = Employee {
				department: Department::PublicWorks,
				role: 1,
				wage: 100,
				pending: Some(PendingWage { from_period: 4, wage: 300 }),
				arrears: 0,
				settled_through: 0,
				departed: false,
			};
			assert_eq!(CityCoin::earn(&mut record, 6), 1_200);
			assert_eq!((record.wage, record.pending, record.settled_through), (300, None, 6));
			// Before the change: the old wage only, the change still waiting.
			let mut record = Employee {
				wage: 100,
				pending: Some(PendingWage { from_period: 9, wage: 300 }),
				settled_through: 2,
				..record
			};
			assert_eq!(CityCoin::earn(&mut record, 5), 300);
			assert_eq!(record.pending, Some(PendingWage { from_period: 9, wage: 300 }));
			// Two products whatever the number of periods.
			let mut record = Employee {
				wage: 1,
				pending: Some(PendingWage { from_period: 1_000_000, wage: 2 }),
				settled_through: 0,
				..record
			};
			assert_eq!(CityCoin::earn(&mut record, 2_000_000), 999_999 + 2 * 1_000_001);
			// A departed employee earns nothing.
			let mut record = Employee { departed: true, pending: None, ..record };
			assert_eq!(CityCoin::earn(&mut record, 3_000_000), 0);
		});
	}
}

mod budget_and_arrears {
	use super::*;

	#[test]
	fn without_a_payroll_budget_no_wage_is_paid() {
		new_test_ext(|| {
			enrol(WORKER, 100);
			run_to(2 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT);
			assert_eq!(employee(WORKER).arrears, 100);
			assert!(citycoin_events().contains(&Event::WageInArrears {
				who: WORKER,
				period: 1,
				arrears: 100
			}));
			// Once the council sets one, the arrears go first, then the wage.
			payroll_budget(AMPLE);
			run_to(3 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 200);
			assert_eq!(TotalArrears::<Test>::get(), 0);
		});
	}

	#[test]
	fn a_wage_the_fund_cannot_pay_becomes_arrears_paid_first_later() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			for who in [WORKER, MECHANIC] {
				assert_ok!(CityCoin::enrol(
					signed(COUNCIL),
					who,
					Department::PublicWorks,
					1,
					6_000
				));
			}
			run_to(2 * PAY_PERIOD);
			next_block();
			// The fund (10,000) paid one wage; the other is owed.
			assert_eq!(fund_balance(), FUND - 6_000);
			let owed: Vec<_> = Employees::<Test>::iter()
				.filter(|(_, e)| e.arrears > 0)
				.map(|(who, e)| (who, e.arrears))
				.collect();
			assert_eq!(owed.len(), 1);
			let (late, arrears) = owed[0];
			assert_eq!(arrears, 6_000);
			assert_eq!(TotalArrears::<Test>::get(), 6_000);
			assert_eq!(CityCoin::payroll_status().arrears, 6_000);

			// Money comes in: at the next run the arrears go first, then the wages.
			assert_ok!(ReserveFund::donate(signed(COUNCIL), 500, H256::zero()));
			assert_ok!(CityCoin::mint(RuntimeOrigin::root(), fund(), 20_000, DECISION));
			let before = free(late);
			run_to(3 * PAY_PERIOD);
			next_block();
			assert_eq!(free(late), before + 12_000, "arrears and the wage");
			assert_eq!(TotalArrears::<Test>::get(), 0);
		});
	}

	#[test]
	fn wages_beyond_the_budget_are_arrears_paid_from_a_later_fiscal_periods_budget() {
		new_test_ext(|| {
			payroll_budget(1_000);
			enrol(WORKER, 400);
			// Periods 1 and 2 fit the fiscal period's 1,000; from period 3 on they are owed.
			run_to(3 * PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 800);
			run_to(FISCAL_PERIOD - 1);
			assert_eq!(employee(WORKER).arrears, 6 * 400, "periods 3 to 8");
			assert_eq!(payroll_spent(), 800);
			// A new fiscal period: all that is owed (2,800) is beyond its budget, one wage is
			// not: the employee is paid an installment.
			run_to(FISCAL_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 1_200);
			assert_eq!(employee(WORKER).arrears, 6 * 400);
			assert_eq!(TotalArrears::<Test>::get(), 6 * 400);
			// The council raises the budget: the next run pays everything.
			payroll_budget(10_000);
			run_to(FISCAL_PERIOD + PAY_PERIOD);
			assert_eq!(free(WORKER), ENDOWMENT + 10 * 400, "periods 1 to 10");
			assert_eq!(TotalArrears::<Test>::get(), 0);
			assert_eq!(payroll_spent(), 400 + 2_800);
		});
	}

	#[test]
	fn the_audit_drain_pays_at_most_the_budget() {
		new_test_ext(|| {
			const BUDGET: u64 = 3_000;
			payroll_budget(BUDGET);
			// The fund owes 2,000 and keeps half of it free: free funds 8,000, 1,000 untouchable.
			assert_ok!(<ReserveFund as ReserveFundT<_, _>>::reserve(
				Obligation::BondPrincipal,
				2_000
			));
			assert_ok!(ReserveFund::set_reserve_floor(
				RuntimeOrigin::root(),
				Permill::from_percent(50)
			));
			let drain = <ReserveFund as ReserveFundT<_, _>>::free_balance();
			assert_eq!(drain, 8_000);
			// The clerk tries to pay themselves the fund, then a friend.
			assert_noop!(
				CityCoin::enrol(signed(CLERK), CLERK, Department::Finance, 1, drain),
				Error::<Test>::SelfDealing
			);
			let friend = WORKER;
			assert_noop!(
				CityCoin::enrol(signed(CLERK), friend, Department::PublicWorks, 1, drain),
				Error::<Test>::AboveClerkWageCap
			);
			// A council majority enrols the friend anyway, beside an honest employee.
			assert_ok!(CityCoin::enrol(signed(COUNCIL), friend, Department::PublicWorks, 1, drain));
			enrol(MECHANIC, 500);
			run_to(3 * PAY_PERIOD + 1);
			assert_eq!(LastPayroll::<Test>::get(), 3, "two pay periods settled");

			let paid = FUND - fund_balance();
			assert!(paid <= BUDGET, "paid {paid}, at most the budget");
			assert_eq!(paid, 2 * 500, "the honest wages, none of the drain");
			assert_eq!(free(friend), ENDOWMENT);
			assert_eq!(employee(friend).arrears, 2 * drain, "the rest is arrears");
			assert_eq!(TotalArrears::<Test>::get(), 2 * drain);
			assert!(<ReserveFund as ReserveFundT<_, _>>::free_balance() >= 1_000, "the floor");
		});
	}

	#[test]
	fn the_audit_drain_never_breaks_the_reserve_floor() {
		new_test_ext(|| {
			// A budget that would allow it: the floor alone stops the drain.
			payroll_budget(AMPLE);
			assert_ok!(<ReserveFund as ReserveFundT<_, _>>::reserve(
				Obligation::BondPrincipal,
				2_000
			));
			assert_ok!(ReserveFund::set_reserve_floor(
				RuntimeOrigin::root(),
				Permill::from_percent(50)
			));
			let drain = <ReserveFund as ReserveFundT<_, _>>::free_balance();
			assert_ok!(CityCoin::enrol(signed(COUNCIL), WORKER, Department::PublicWorks, 1, drain));
			run_to(3 * PAY_PERIOD + 1);
			assert_eq!(free(WORKER), ENDOWMENT);
			assert_eq!(employee(WORKER).arrears, 2 * drain);
			// What the floor leaves above it is payable: a wage of 7,000 goes through once.
			assert_ok!(CityCoin::enrol(
				signed(COUNCIL),
				MECHANIC,
				Department::PublicWorks,
				1,
				7_000
			));
			run_to(5 * PAY_PERIOD + 1);
			assert_eq!(free(MECHANIC), ENDOWMENT + 7_000);
			assert_eq!(<ReserveFund as ReserveFundT<_, _>>::free_balance(), 1_000);
		});
	}
}

mod removal {
	use super::*;

	#[test]
	fn a_departed_employee_is_paid_their_arrears_then_removed() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			assert_ok!(CityCoin::enrol(
				signed(COUNCIL),
				WORKER,
				Department::PublicWorks,
				1,
				20_000
			));
			run_to(2 * PAY_PERIOD);
			assert_eq!(employee(WORKER).arrears, 20_000);
			assert_ok!(CityCoin::remove_employee(signed(COUNCIL), WORKER));
			assert_eq!(
				last_event(),
				Event::EmployeeDeparted { who: WORKER, arrears: 20_000 }.into()
			);
			assert_ok!(CityCoin::mint(RuntimeOrigin::root(), fund(), 20_000, DECISION));
			run_to(3 * PAY_PERIOD);
			// Arrears only: no wage for the periods after leaving.
			assert_eq!(free(WORKER), ENDOWMENT + 20_000);
			assert!(!Employees::<Test>::contains_key(WORKER));
			assert_eq!(EmployeeCount::<Test>::get(), 0);
			assert!(citycoin_events().contains(&Event::EmployeeRemoved { who: WORKER }));
		});
	}

	#[test]
	fn an_employee_who_is_owed_nothing_is_removed_at_once() {
		new_test_ext(|| {
			enrol(WORKER, 100);
			assert_ok!(CityCoin::set_wage(signed(COUNCIL), WORKER, 150));
			assert_ok!(CityCoin::remove_employee(signed(CLERK), WORKER));
			assert!(!Employees::<Test>::contains_key(WORKER));
			assert_eq!(EmployeeCount::<Test>::get(), 0);
			assert_eq!(last_event(), Event::EmployeeRemoved { who: WORKER }.into());
		});
	}

	#[test]
	fn removing_an_employee_during_a_payroll_run_does_not_take_their_last_wage() {
		new_test_ext(|| {
			payroll_budget(AMPLE);
			grant(VISITOR, public_works());
			for who in [WORKER, MECHANIC, VISITOR] {
				enrol(who, 100);
			}
			run_to(2 * PAY_PERIOD);
			let waiting = [WORKER, MECHANIC, VISITOR]
				.into_iter()
				.find(|who| employee(*who).settled_through == 0)
				.expect("one not reached yet");
			assert_ok!(CityCoin::remove_employee(signed(CLERK), waiting));
			assert_eq!(free(waiting), ENDOWMENT + 100, "period 1, paid as they leave");
			assert!(!Employees::<Test>::contains_key(waiting));
			assert_eq!(citycoin_events().last(), Some(&Event::EmployeeRemoved { who: waiting }));
			next_block();
			assert!(!Payroll::<Test>::exists());
			assert_eq!(fund_balance(), FUND - 300);
			assert_eq!(EmployeeCount::<Test>::get(), 2);
		});
	}

	#[test]
	fn a_last_wage_the_fund_cannot_pay_is_kept_as_arrears() {
		new_test_ext(|| {
			// No budget yet.
			grant(VISITOR, public_works());
			for who in [WORKER, MECHANIC, VISITOR] {
				enrol(who, 100);
			}
			run_to(2 * PAY_PERIOD);
			let waiting = [WORKER, MECHANIC, VISITOR]
				.into_iter()
				.find(|who| employee(*who).settled_through == 0)
				.expect("one not reached yet");
			assert_ok!(CityCoin::remove_employee(signed(CLERK), waiting));
			assert_eq!(last_event(), Event::EmployeeDeparted { who: waiting, arrears: 100 }.into());
			assert!(employee(waiting).departed);
			assert_eq!(TotalArrears::<Test>::get(), 300);
			payroll_budget(AMPLE);
			run_to(3 * PAY_PERIOD + 1);
			assert_eq!(free(waiting), ENDOWMENT + 100, "their last wage, not period 2's");
			assert!(!Employees::<Test>::contains_key(waiting));
			assert_eq!(TotalArrears::<Test>::get(), 0);
		});
	}
}

#[test]
fn error_paths() {
	new_test_ext(|| {
		// The credential must match the department and the role.
		assert_noop!(
			CityCoin::enrol(signed(CLERK), WORKER, Department::PublicWorks, 2, 1),
			Error::<Test>::NoEmployeeCredential
		);
		assert_noop!(
			CityCoin::enrol(signed(CLERK), VISITOR, Department::PublicWorks, 1, 1),
			Error::<Test>::NoEmployeeCredential
		);
		enrol(WORKER, 1);
		assert_noop!(
			CityCoin::enrol(signed(CLERK), WORKER, Department::PublicWorks, 1, 1),
			Error::<Test>::AlreadyEnrolled
		);
		for who in [MECHANIC, CONSUMER, VISITOR] {
			grant(who, public_works());
			enrol(who, 1);
		}
		grant(RESIDENT, public_works());
		assert_noop!(
			CityCoin::enrol(signed(CLERK), RESIDENT, Department::PublicWorks, 1, 1),
			Error::<Test>::TooManyEmployees
		);
		assert_noop!(
			CityCoin::set_wage(signed(CLERK), RESIDENT, 2),
			Error::<Test>::EmployeeNotFound
		);
		assert_noop!(
			CityCoin::remove_employee(signed(CLERK), RESIDENT),
			Error::<Test>::EmployeeNotFound
		);
		// A departed employee (still owed) takes no new wage and cannot leave twice.
		let mut record = employee(WORKER);
		record.departed = true;
		record.arrears = 5;
		Employees::<Test>::insert(WORKER, record);
		TotalArrears::<Test>::put(5);
		assert_noop!(CityCoin::set_wage(signed(CLERK), WORKER, 2), Error::<Test>::EmployeeDeparted);
		assert_noop!(
			CityCoin::remove_employee(signed(CLERK), WORKER),
			Error::<Test>::EmployeeDeparted
		);
	});
}
