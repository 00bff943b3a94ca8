//! CityCoin against its mock (with the real reserve fund): issuance within the cap, services
//! and receipts, payroll across period boundaries with arrears, metered billing; each error
//! path with `assert_noop!`.

use crate::{mock::*, *};
use city_primitives::treasury::Obligation;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, TokenError};

const DECISION: H256 = H256::repeat_byte(0xd1);
const ORDER: H256 = H256::repeat_byte(0x0d);

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn fund_balance() -> u64 {
	ReserveFund::balance()
}

mod issuance {
	use super::*;

	#[test]
	fn root_mints_and_burns_without_a_cap() {
		new_test_ext(|| {
			let issuance = Balances::total_issuance();
			assert_ok!(CityCoin::mint(RuntimeOrigin::root(), VISITOR, 5_000, DECISION));
			assert_eq!(free(VISITOR), ENDOWMENT + 5_000);
			assert_eq!(Balances::total_issuance(), issuance + 5_000);
			assert_eq!(
				last_event(),
				Event::Minted { to: VISITOR, amount: 5_000, reference: DECISION, by_root: true }
					.into()
			);
			assert_ok!(CityCoin::burn(RuntimeOrigin::root(), 4_000, DECISION));
			assert_eq!(fund_balance(), FUND - 4_000);
			assert_eq!(Balances::total_issuance(), issuance + 1_000);
			let record = Issuance::<Test>::get(0).expect("recorded");
			assert_eq!((record.root_minted, record.root_burned), (5_000, 4_000));
			assert_eq!((record.council_minted, record.council_burned), (0, 0));
		});
	}

	#[test]
	fn the_council_mints_and_burns_within_its_cap_per_period() {
		new_test_ext(|| {
			assert_ok!(CityCoin::set_mint_cap(RuntimeOrigin::root(), Perbill::from_percent(10)));
			let allowance = Balances::total_issuance() / 10;
			assert_ok!(CityCoin::mint(signed(COUNCIL), VISITOR, allowance - 1, DECISION));
			assert_ok!(CityCoin::mint(signed(COUNCIL), VISITOR, 1, DECISION));
			assert_noop!(
				CityCoin::mint(signed(COUNCIL), VISITOR, 1, DECISION),
				Error::<Test>::AboveMintCap
			);
			// Burning has its own allowance, fixed with the period's first mint.
			assert_ok!(CityCoin::burn(signed(COUNCIL), allowance, DECISION));
			assert_noop!(CityCoin::burn(signed(COUNCIL), 1, DECISION), Error::<Test>::AboveMintCap);
			assert_eq!(
				Issuance::<Test>::get(0),
				Some(IssuanceRecord {
					allowance,
					council_minted: allowance,
					council_burned: allowance,
					root_minted: 0,
					root_burned: 0,
				})
			);

			// The next period starts afresh; the record of the last stays.
			run_to(ISSUANCE_PERIOD);
			assert_ok!(CityCoin::mint(signed(COUNCIL), VISITOR, 1, DECISION));
			assert_eq!(Issuance::<Test>::get(1).expect("recorded").council_minted, 1);
			assert_eq!(Issuance::<Test>::get(0).expect("kept").council_minted, allowance);
			assert_eq!(CityCoin::issuance_status().period, 1);
		});
	}

	#[test]
	fn a_burn_never_touches_what_the_fund_owes() {
		new_test_ext(|| {
			assert_ok!(<ReserveFund as ReserveFundT<_, _>>::reserve(
				Obligation::BondPrincipal,
				FUND - 100
			));
			assert_noop!(
				CityCoin::burn(RuntimeOrigin::root(), 101, DECISION),
				Error::<Test>::InsufficientFreeFunds
			);
			assert_ok!(CityCoin::burn(RuntimeOrigin::root(), 100, DECISION));
			assert_eq!(fund_balance(), FUND - 100);
		});
	}

	#[test]
	fn error_paths() {
		new_test_ext(|| {
			// No cap set: the council may mint nothing.
			assert_noop!(
				CityCoin::mint(signed(COUNCIL), VISITOR, 1, DECISION),
				Error::<Test>::AboveMintCap
			);
			assert_noop!(
				CityCoin::mint(RuntimeOrigin::root(), VISITOR, 0, DECISION),
				Error::<Test>::ZeroAmount
			);
			assert_noop!(
				CityCoin::burn(RuntimeOrigin::root(), 0, DECISION),
				Error::<Test>::ZeroAmount
			);
			assert_noop!(
				CityCoin::mint(signed(RESIDENT), RESIDENT, 1, DECISION),
				DispatchError::BadOrigin
			);
			assert_noop!(CityCoin::burn(signed(RESIDENT), 1, DECISION), DispatchError::BadOrigin);
			assert_noop!(
				CityCoin::set_mint_cap(signed(COUNCIL), Perbill::one()),
				DispatchError::BadOrigin
			);
		});
	}
}

mod services {
	use super::*;

	fn add(name: &[u8], price: u64, resident_only: bool) -> ServiceId {
		let id = NextServiceId::<Test>::get();
		assert_ok!(CityCoin::add_service(
			signed(COUNCIL),
			name.to_vec().try_into().expect("short"),
			Department::PublicWorks,
			price,
			resident_only
		));
		id
	}

	#[test]
	fn paying_moves_price_and_tax_into_the_fund_and_records_a_receipt() {
		new_test_ext(|| {
			let parking = add(b"parking, 1 day", 200, false);
			assert_ok!(CityCoin::set_tax_rate(signed(COUNCIL), Permill::from_percent(5)));
			assert_ok!(CityCoin::pay_for_service(signed(VISITOR), parking, 210, ORDER));
			assert_eq!(free(VISITOR), ENDOWMENT - 210);
			assert_eq!(fund_balance(), FUND + 210);
			assert_eq!(
				Receipts::<Test>::get(0),
				Some(Receipt {
					payer: VISITOR,
					service: parking,
					price: 200,
					tax: 10,
					reference: ORDER,
					at: 1
				})
			);
			assert_eq!(
				last_event(),
				Event::ServicePaid {
					receipt: 0,
					payer: VISITOR,
					service: parking,
					price: 200,
					tax: 10,
					reference: ORDER
				}
				.into()
			);
			assert!(System::events().iter().any(|record| record.event
				== pallet_reserve_fund::Event::Received {
					inflow: Inflow::ServicePayment,
					from: VISITOR,
					amount: 210,
					reference: ORDER
				}
				.into()));
			assert_eq!(NextReceiptId::<Test>::get(), 1);
		});
	}

	#[test]
	fn the_council_updates_a_service_and_the_catalogue_lists_it() {
		new_test_ext(|| {
			let id = add(b"waste pickup", 50, false);
			assert_ok!(CityCoin::update_service(signed(COUNCIL), id, 70, true, false));
			assert_eq!(
				CityCoin::services(),
				vec![(
					id,
					Service {
						name: b"waste pickup".to_vec(),
						department: Department::PublicWorks,
						price: 70,
						resident_only: true,
						active: false
					}
				)]
			);
			assert_eq!(
				last_event(),
				Event::ServiceUpdated { id, price: 70, resident_only: true, active: false }.into()
			);
		});
	}

	#[test]
	fn a_resident_only_service_needs_an_active_resident_credential() {
		new_test_ext(|| {
			let permit = add(b"resident permit", 100, true);
			assert_noop!(
				CityCoin::pay_for_service(signed(VISITOR), permit, 100, ORDER),
				Error::<Test>::NotAResident
			);
			assert_ok!(CityCoin::pay_for_service(signed(RESIDENT), permit, 100, ORDER));
			revoke(RESIDENT, &CredentialKind::Resident);
			assert_noop!(
				CityCoin::pay_for_service(signed(RESIDENT), permit, 100, ORDER),
				Error::<Test>::NotAResident
			);
		});
	}

	#[test]
	fn receipts_are_pruned_after_the_retention_period() {
		new_test_ext(|| {
			let id = add(b"copy", 10, false);
			assert_ok!(CityCoin::pay_for_service(signed(VISITOR), id, 10, ORDER));
			next_block();
			assert_ok!(CityCoin::pay_for_service(signed(VISITOR), id, 10, ORDER));
			run_to(1 + RETENTION);
			assert!(Receipts::<Test>::contains_key(0), "kept for RETENTION blocks");
			next_block();
			assert!(!Receipts::<Test>::contains_key(0), "pruned after them");
			assert!(Receipts::<Test>::contains_key(1));
			assert_eq!(OldestReceipt::<Test>::get(), 1);
			next_block();
			assert!(!Receipts::<Test>::contains_key(1));
			assert_eq!(OldestReceipt::<Test>::get(), 2);
			// Nothing left: pruning stops at the next id.
			next_block();
			assert_eq!(OldestReceipt::<Test>::get(), 2);
		});
	}

	#[test]
	fn pruning_stays_within_the_weight_it_is_given() {
		new_test_ext(|| {
			let id = add(b"copy", 10, false);
			for _ in 0..3 {
				assert_ok!(CityCoin::pay_for_service(signed(VISITOR), id, 10, ORDER));
			}
			System::set_block_number(2 + RETENTION);
			// The mock's weights: 10 + 5 per receipt.
			assert_eq!(
				CityCoin::prune_receipts(2 + RETENTION, Weight::from_parts(14, 0)),
				Weight::zero()
			);
			assert_eq!(OldestReceipt::<Test>::get(), 0, "no room for one, nothing pruned");
			assert_eq!(
				CityCoin::prune_receipts(2 + RETENTION, Weight::from_parts(24, 0)),
				Weight::from_parts(20, 0)
			);
			assert_eq!(OldestReceipt::<Test>::get(), 2, "room for two");
			CityCoin::prune_receipts(2 + RETENTION, Weight::MAX);
			assert_eq!(OldestReceipt::<Test>::get(), 3);
		});
	}

	#[test]
	fn error_paths() {
		new_test_ext(|| {
			let name = || b"x".to_vec().try_into().expect("short");
			assert_noop!(
				CityCoin::add_service(signed(RESIDENT), name(), Department::Police, 1, false),
				DispatchError::BadOrigin
			);
			let id = add(b"a", 100, false);
			add(b"b", 0, false);
			add(b"c", 1_000, false);
			assert_noop!(
				CityCoin::add_service(signed(COUNCIL), name(), Department::Police, 1, false),
				Error::<Test>::TooManyServices
			);
			assert_noop!(
				CityCoin::update_service(signed(RESIDENT), id, 1, false, true),
				DispatchError::BadOrigin
			);
			assert_noop!(
				CityCoin::update_service(signed(COUNCIL), 9, 1, false, true),
				Error::<Test>::ServiceNotFound
			);
			assert_noop!(
				CityCoin::set_tax_rate(signed(RESIDENT), Permill::one()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				CityCoin::pay_for_service(signed(VISITOR), 9, 100, ORDER),
				Error::<Test>::ServiceNotFound
			);
			assert_noop!(
				CityCoin::pay_for_service(RuntimeOrigin::root(), id, 100, ORDER),
				DispatchError::BadOrigin
			);
			assert_noop!(
				CityCoin::pay_for_service(signed(VISITOR), id, 99, ORDER),
				Error::<Test>::PriceAboveLimit
			);
			assert_ok!(CityCoin::set_tax_rate(signed(COUNCIL), Permill::from_percent(1)));
			assert_noop!(
				CityCoin::pay_for_service(signed(VISITOR), id, 100, ORDER),
				Error::<Test>::PriceAboveLimit
			);
			// A free service has nothing to pay.
			assert_noop!(
				CityCoin::pay_for_service(signed(VISITOR), 1, 0, ORDER),
				pallet_reserve_fund::Error::<Test>::ZeroAmount
			);
			// More than the payer has.
			assert_noop!(
				CityCoin::pay_for_service(signed(VISITOR), 2, 2_000, ORDER),
				TokenError::FundsUnavailable
			);
			assert_ok!(CityCoin::update_service(signed(COUNCIL), id, 100, false, false));
			assert_noop!(
				CityCoin::pay_for_service(signed(VISITOR), id, 200, ORDER),
				Error::<Test>::ServiceInactive
			);
		});
	}
}

mod payroll {
	use super::*;

	#[test]
	fn a_run_refers_to_its_pay_period() {
		assert_eq!(payroll_reference(0x0102_0304), H256::from_low_u64_be(0x0102_0304));
	}

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

	#[test]
	fn two_employees_are_paid_for_each_whole_period_across_the_boundary() {
		new_test_ext(|| {
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
			grant(OWNER, public_works());
			for who in [WORKER, MECHANIC, OWNER] {
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

	#[test]
	fn a_wage_the_fund_cannot_pay_becomes_arrears_paid_first_later() {
		new_test_ext(|| {
			enrol(WORKER, 6_000);
			enrol(MECHANIC, 6_000);
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
	fn a_departed_employee_is_paid_their_arrears_then_removed() {
		new_test_ext(|| {
			enrol(WORKER, 20_000);
			run_to(2 * PAY_PERIOD);
			assert_eq!(Employees::<Test>::get(WORKER).expect("enrolled").arrears, 20_000);
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
	fn an_employee_who_is_owed_nothing_is_removed_at_once_and_wages_change() {
		new_test_ext(|| {
			enrol(WORKER, 100);
			assert_ok!(CityCoin::set_wage(signed(COUNCIL), WORKER, 150));
			assert_eq!(Employees::<Test>::get(WORKER).expect("enrolled").wage, 150);
			assert_eq!(last_event(), Event::WageSet { who: WORKER, wage: 150 }.into());
			assert_ok!(CityCoin::remove_employee(signed(CLERK), WORKER));
			assert!(!Employees::<Test>::contains_key(WORKER));
			assert_eq!(last_event(), Event::EmployeeRemoved { who: WORKER }.into());
		});
	}

	#[test]
	fn error_paths() {
		new_test_ext(|| {
			assert_noop!(
				CityCoin::enrol(signed(RESIDENT), WORKER, Department::PublicWorks, 1, 1),
				DispatchError::BadOrigin
			);
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
			for who in [MECHANIC, OWNER, VISITOR] {
				grant(who, public_works());
				enrol(who, 1);
			}
			grant(RESIDENT, public_works());
			assert_noop!(
				CityCoin::enrol(signed(CLERK), RESIDENT, Department::PublicWorks, 1, 1),
				Error::<Test>::TooManyEmployees
			);
			assert_noop!(CityCoin::set_wage(signed(RESIDENT), WORKER, 2), DispatchError::BadOrigin);
			assert_noop!(
				CityCoin::set_wage(signed(CLERK), RESIDENT, 2),
				Error::<Test>::EmployeeNotFound
			);
			assert_noop!(
				CityCoin::remove_employee(signed(RESIDENT), WORKER),
				DispatchError::BadOrigin
			);
			assert_noop!(
				CityCoin::remove_employee(signed(CLERK), RESIDENT),
				Error::<Test>::EmployeeNotFound
			);
			// A departed employee (still owed) takes no new wage and cannot leave twice.
			let mut record = Employees::<Test>::get(WORKER).expect("enrolled");
			record.departed = true;
			record.arrears = 5;
			Employees::<Test>::insert(WORKER, record);
			TotalArrears::<Test>::put(5);
			assert_noop!(
				CityCoin::set_wage(signed(CLERK), WORKER, 2),
				Error::<Test>::EmployeeDeparted
			);
			assert_noop!(
				CityCoin::remove_employee(signed(CLERK), WORKER),
				Error::<Test>::EmployeeDeparted
			);
		});
	}
}

mod billing {
	use super::*;

	const METER: MeterId = H256::repeat_byte(0x3e);
	const ANCHOR: H256 = H256::repeat_byte(0xa0);

	fn reading(units: u64) -> MeterReading<u64> {
		MeterReading {
			meter: METER,
			owner: OWNER,
			kind: MeterKind::Water,
			units,
			reference: ANCHOR,
		}
	}

	#[test]
	fn a_reading_is_billed_and_paid_at_once() {
		new_test_ext(|| {
			assert_ok!(CityCoin::set_tariff(signed(COUNCIL), MeterKind::Water, Some(3)));
			CityCoin::on_meter_reading(reading(40));
			assert_eq!(free(OWNER), ENDOWMENT - 120);
			assert_eq!(fund_balance(), FUND + 120);
			assert_eq!(
				last_event(),
				Event::Billed {
					owner: OWNER,
					meter: METER,
					kind: MeterKind::Water,
					units: 40,
					amount: 120,
					paid: true
				}
				.into()
			);
			assert!(OpenBills::<Test>::get(OWNER, METER).is_none());
		});
	}

	#[test]
	fn an_unpaid_bill_stays_open_accumulates_and_is_settled() {
		new_test_ext(|| {
			assert_ok!(CityCoin::set_tariff(signed(COUNCIL), MeterKind::Water, Some(100)));
			CityCoin::on_meter_reading(reading(20)); // 2,000: more than the owner has
			assert_eq!(free(OWNER), ENDOWMENT);
			assert_eq!(
				OpenBills::<Test>::get(OWNER, METER),
				Some(OpenBill { kind: MeterKind::Water, units: 20, amount: 2_000, since: 1 })
			);
			// While a bill is open, new readings are added to it, even those the owner could pay.
			next_block();
			CityCoin::on_meter_reading(reading(1));
			assert_eq!(
				OpenBills::<Test>::get(OWNER, METER),
				Some(OpenBill { kind: MeterKind::Water, units: 21, amount: 2_100, since: 1 })
			);
			assert_eq!(CityCoin::open_bills(&OWNER).len(), 1);
			// Anyone settles it: here the council member pays too little.
			assert_noop!(
				CityCoin::settle_bill(signed(OWNER), OWNER, METER),
				TokenError::FundsUnavailable
			);
			assert_ok!(CityCoin::mint(RuntimeOrigin::root(), CLERK, 2_000, DECISION));
			assert_ok!(CityCoin::settle_bill(signed(CLERK), OWNER, METER));
			assert_eq!(fund_balance(), FUND + 2_100);
			assert!(OpenBills::<Test>::get(OWNER, METER).is_none());
			assert_eq!(
				last_event(),
				Event::BillSettled { owner: OWNER, meter: METER, payer: CLERK, amount: 2_100 }
					.into()
			);
		});
	}

	#[test]
	fn a_kind_without_a_tariff_is_not_billed() {
		new_test_ext(|| {
			CityCoin::on_meter_reading(reading(40));
			assert_ok!(CityCoin::set_tariff(signed(COUNCIL), MeterKind::Water, Some(3)));
			assert_ok!(CityCoin::set_tariff(signed(COUNCIL), MeterKind::Water, None));
			assert_eq!(
				last_event(),
				Event::TariffSet { kind: MeterKind::Water, price: None }.into()
			);
			CityCoin::on_meter_reading(reading(40));
			assert_eq!(free(OWNER), ENDOWMENT);
			assert!(!citycoin_events().iter().any(|e| matches!(e, Event::Billed { .. })));
		});
	}

	#[test]
	fn error_paths() {
		new_test_ext(|| {
			assert_noop!(
				CityCoin::set_tariff(signed(RESIDENT), MeterKind::Water, Some(1)),
				DispatchError::BadOrigin
			);
			assert_noop!(
				CityCoin::settle_bill(signed(OWNER), OWNER, METER),
				Error::<Test>::NoOpenBill
			);
			assert_noop!(
				CityCoin::settle_bill(RuntimeOrigin::root(), OWNER, METER),
				DispatchError::BadOrigin
			);
		});
	}
}
