//! CityCoin in the real runtime: a service paid for as a wallet would (with its receipt and
//! the fund's inflow), payroll across pay-period boundaries run by a finance clerk, and
//! council minting within the cap.

use crate::common::*;
use city_primitives::{
	credentials::{CredentialKind, Department, PAYROLL_CLERK_ROLE},
	treasury::Inflow,
};
use city_runtime::{
	configs::PayPeriod,
	genesis_config_presets::{GENESIS_SERVICES, GENESIS_TAX_RATE},
	CityCoin, ReserveFund, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System, CITY,
};
use frame_support::{assert_noop, assert_ok};
use pallet_citycoin::{Error, Event, Receipt};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};

const ORDER: H256 = H256::repeat_byte(0x0d);

fn citycoin_events() -> Vec<Event<Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::CityCoin(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn public_works() -> CredentialKind {
	CredentialKind::Employee { department: Department::PublicWorks, role: 1 }
}

#[test]
fn a_service_payment_produces_a_receipt_and_pays_the_fund() {
	dev(|| {
		let (_, _, price, resident_only) = GENESIS_SERVICES[0];
		assert!(!resident_only);
		let tax = GENESIS_TAX_RATE.mul_ceil(price);
		let fund = ReserveFund::balance();
		let dave = free(&account(Dave));
		let pay = RuntimeCall::CityCoin(pallet_citycoin::Call::pay_for_service {
			id: 0,
			max_total: price + tax,
			reference: ORDER,
		});
		assert_ok!(apply(signed_extrinsic(Dave, pay, 0)).expect("valid"));

		let receipt = Receipt {
			payer: account(Dave),
			service: 0,
			price,
			tax,
			reference: ORDER,
			at: System::block_number(),
		};
		assert_eq!(pallet_citycoin::Receipts::<Runtime>::get(0), Some(receipt));
		assert!(citycoin_events().contains(&Event::ServicePaid {
			receipt: 0,
			payer: account(Dave),
			service: 0,
			price,
			tax,
			reference: ORDER
		}));
		assert!(events().contains(&RuntimeEvent::ReserveFund(
			pallet_reserve_fund::Event::Received {
				inflow: Inflow::ServicePayment,
				from: account(Dave),
				amount: price + tax,
				reference: ORDER
			}
		)));
		let fee = dave - free(&account(Dave)) - price - tax;
		assert_eq!(ReserveFund::balance(), fund + price + tax + fee, "the price, tax and fee");

		// The residents' permit is for residents: Dave is none, Alice is.
		let (_, _, permit, _) = GENESIS_SERVICES[1];
		let max_total = permit + GENESIS_TAX_RATE.mul_ceil(permit);
		assert_noop!(
			CityCoin::pay_for_service(RuntimeOrigin::signed(account(Dave)), 1, max_total, ORDER),
			Error::<Runtime>::NotAResident
		);
		assert_ok!(CityCoin::pay_for_service(
			RuntimeOrigin::signed(account(Alice)),
			1,
			max_total,
			ORDER
		));
		assert_eq!(pallet_citycoin::NextReceiptId::<Runtime>::get(), 2);
	});
}

#[test]
fn a_finance_clerk_enrols_two_employees_who_are_paid_across_period_boundaries() {
	dev(|| {
		// Eve is a payroll clerk of the finance department; Bob and Charlie work for public
		// works.
		grant(
			Eve,
			CredentialKind::Employee { department: Department::Finance, role: PAYROLL_CLERK_ROLE },
		);
		grant(Bob, public_works());
		grant(Charlie, public_works());
		let enrol = |who, wage| {
			CityCoin::enrol(
				RuntimeOrigin::signed(account(Eve)),
				account(who),
				Department::PublicWorks,
				1,
				wage,
			)
		};
		assert_ok!(enrol(Bob, 300 * CITY));
		assert_ok!(enrol(Charlie, 200 * CITY));
		// Ferdie holds no employee credential; Dave is no clerk.
		assert_noop!(enrol(Ferdie, CITY), Error::<Runtime>::NoEmployeeCredential);
		assert_noop!(
			CityCoin::enrol(
				RuntimeOrigin::signed(account(Dave)),
				account(Bob),
				Department::PublicWorks,
				1,
				CITY
			),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			10_000 * CITY,
			H256::zero()
		));
		let (bob, charlie) = (free(&account(Bob)), free(&account(Charlie)));

		// Period 1 starts: period 0, when they were enrolled, was not a whole period of work.
		jump_to_block(PayPeriod::get());
		assert_eq!(
			citycoin_events(),
			vec![Event::PayrollCompleted { period: 1, paid: 0, owed: 0 }]
		);
		assert_eq!(free(&account(Bob)), bob);

		// Period 2 starts: period 1 is paid, both in the boundary's first block.
		jump_to_block(2 * PayPeriod::get());
		assert_eq!(free(&account(Bob)), bob + 300 * CITY);
		assert_eq!(free(&account(Charlie)), charlie + 200 * CITY);
		assert!(citycoin_events().contains(&Event::PayrollCompleted {
			period: 2,
			paid: 500 * CITY,
			owed: 0
		}));
		let status = CityCoin::payroll_status();
		assert_eq!((status.period, status.last_run, status.employees), (2, 2, 2));
		ReserveFund::do_try_state().expect("the fund's invariants hold");
		CityCoin::do_try_state().expect("CityCoin's invariants hold");
	});
}

#[test]
fn two_thirds_of_the_council_mint_within_the_cap() {
	dev(|| {
		let status = CityCoin::issuance_status();
		let allowance = status.cap * status.total_issuance;
		assert!(allowance > 0, "the genesis cap allows some minting");
		let mint = |amount| {
			RuntimeCall::CityCoin(pallet_citycoin::Call::mint {
				to: account(Dave),
				amount,
				reference: ORDER,
			})
		};
		let dave = free(&account(Dave));
		council_motion(mint(allowance), 2, &[Alice, Bob]);
		assert_eq!(council_executed(), vec![Ok(())]);
		assert_eq!(free(&account(Dave)), dave + allowance);
		council_motion(mint(1), 2, &[Alice, Bob]);
		assert_eq!(council_executed().last(), Some(&Err(Error::<Runtime>::AboveMintCap.into())));
		assert_eq!(CityCoin::issuance_status().record.expect("recorded").council_minted, allowance);
	});
}
