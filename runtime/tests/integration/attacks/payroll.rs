//! Payroll cannot be used to empty the reserve: the payroll clerk is a privileged credential, a
//! clerk neither enrols nor pays themselves, a clerk's wages are capped, and every wage is paid
//! against the `Payroll` budget and above the reserve floor.

use crate::common::*;
use city_primitives::{
	credentials::{CredentialKind, Department, PayrollClerk},
	treasury::{Obligation, SpendCategory},
};
use city_runtime::{
	configs::{ClerkWageCap, PayPeriod},
	genesis_config_presets::GENESIS_BUDGETS,
	IdentityRegistry, ReserveFund, Runtime, RuntimeCall, RuntimeOrigin, CITY,
};
use frame_support::{assert_noop, assert_ok, traits::Get};
use pallet_citycoin::Error;
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Eve, Ferdie};
use sp_runtime::{DispatchError, Permill};

fn public_works() -> CredentialKind {
	CredentialKind::Employee { department: Department::PublicWorks, role: 1 }
}

fn enrol(who: sp_keyring::Sr25519Keyring, wage: u128) -> RuntimeCall {
	RuntimeCall::CityCoin(pallet_citycoin::Call::enrol {
		who: account(who),
		department: Department::PublicWorks,
		role: 1,
		wage,
	})
}

fn payroll_budget() -> u128 {
	GENESIS_BUDGETS
		.iter()
		.find(|(category, _)| *category == SpendCategory::Payroll)
		.map(|(_, limit)| *limit)
		.expect("a genesis payroll budget")
}

#[test]
fn a_council_majority_cannot_make_a_payroll_clerk() {
	dev(|| {
		council_of_five();
		let grant =
			RuntimeCall::IdentityRegistry(pallet_identity_registry::Call::issue_by_council {
				subject: account(Eve),
				kind: PayrollClerk::get(),
				commitment: H256::repeat_byte(1),
				expires_at: None,
			});
		assert_eq!(council_does(grant.clone(), &MAJORITY_OF_FIVE), Err(DispatchError::BadOrigin));
		// Nor can a department issue it: no issuer may list a privileged kind.
		assert_noop!(
			IdentityRegistry::update_issuer(
				RuntimeOrigin::root(),
				0,
				None,
				Some(vec![CredentialKind::Resident, PayrollClerk::get()].try_into().expect("two"))
			),
			pallet_identity_registry::Error::<Runtime>::PrivilegedKind
		);
		assert_eq!(council_does(grant, &TWO_THIRDS_OF_FIVE), Ok(()));
	});
}

#[test]
fn a_clerk_cannot_enrol_themselves_nor_pay_a_friend_above_the_cap() {
	dev(|| {
		grant(Eve, PayrollClerk::get());
		grant(Eve, public_works());
		grant(Ferdie, public_works());
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			500_000 * CITY,
			H256::zero()
		));
		let free_funds = ReserveFund::status().free;
		assert!(free_funds > ClerkWageCap::get());
		// The audit's drain: the clerk enrols herself with a wage of the fund's free balance.
		assert_eq!(send(Eve, enrol(Eve, free_funds)), Err(Error::<Runtime>::SelfDealing.into()));
		assert_eq!(send(Eve, enrol(Eve, CITY)), Err(Error::<Runtime>::SelfDealing.into()));
		// A friend at that wage is above a clerk's cap; at the cap, fine.
		assert_eq!(
			send(Eve, enrol(Ferdie, free_funds)),
			Err(Error::<Runtime>::AboveClerkWageCap.into())
		);
		assert_eq!(send(Eve, enrol(Ferdie, ClerkWageCap::get())), Ok(()));
		// Nor raise it, nor remove someone to hire themselves... the clerk's own record is
		// out of reach.
		let raise = RuntimeCall::CityCoin(pallet_citycoin::Call::set_wage {
			who: account(Ferdie),
			wage: ClerkWageCap::get() + 1,
		});
		assert_eq!(send(Eve, raise), Err(Error::<Runtime>::AboveClerkWageCap.into()));
		assert!(pallet_citycoin::Employees::<Runtime>::get(account(Eve)).is_none());
	});
}

#[test]
fn the_audit_drain_pays_at_most_the_budget_and_keeps_the_floor() {
	dev(|| {
		council_of_five();
		grant(Ferdie, public_works());
		grant(Charlie, public_works());
		// The fund holds a great deal and owes some (a contract), under a 10% floor.
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			900_000 * CITY,
			H256::zero()
		));
		assert_ok!(ReserveFund::set_reserve_floor(
			RuntimeOrigin::root(),
			Permill::from_percent(10)
		));
		let milestones = vec![(100_000 * CITY, H256::repeat_byte(1))].try_into().expect("one");
		assert_eq!(
			council_does(
				pallet_reserve_fund::Call::award_contract {
					contractor: account(Alice),
					milestones
				},
				&TWO_THIRDS_OF_FIVE
			),
			Ok(())
		);
		let before = ReserveFund::status();
		assert_eq!(before.total_obligations, 100_000 * CITY);
		// A council majority enrols Ferdie with a wage of everything the fund has free, and an
		// honest employee with a small one.
		assert_eq!(council_does(enrol(Ferdie, before.free), &MAJORITY_OF_FIVE), Ok(()));
		assert_eq!(council_does(enrol(Charlie, 5_000 * CITY), &MAJORITY_OF_FIVE), Ok(()));
		let (ferdie, charlie) = (free(&account(Ferdie)), free(&account(Charlie)));

		// Two pay periods pass (and two fiscal periods, of the same length).
		jump_to_block(PayPeriod::get());
		jump_to_block(2 * PayPeriod::get());
		jump_to_block(3 * PayPeriod::get());
		let after = ReserveFund::status();
		let paid_out = before.balance.saturating_sub(after.balance);
		let budget = payroll_budget();
		assert!(paid_out <= 2 * budget, "paid {paid_out}, two budgets are {}", 2 * budget);
		// Ferdie got at most the budget of each period; Charlie his two wages.
		assert!(free(&account(Ferdie)) - ferdie <= 2 * budget);
		assert_eq!(free(&account(Charlie)), charlie + 2 * 5_000 * CITY);
		// The floor holds: free funds are at least 10% of what the fund owes.
		assert!(after.free >= Permill::from_percent(10) * after.total_obligations);
		assert_eq!(
			pallet_reserve_fund::Obligations::<Runtime>::get(Obligation::Contracts),
			100_000 * CITY,
			"wages never touch obligated money"
		);
		// What was not paid is owed, on record.
		assert!(pallet_citycoin::TotalArrears::<Runtime>::get() > 0);
	});
}

#[test]
fn a_council_majority_cannot_raise_the_payroll_budget_to_pay_an_ally_the_fund() {
	dev(|| {
		council_of_five();
		grant(Ferdie, public_works());
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			900_000 * CITY,
			H256::zero()
		));
		let free_funds = ReserveFund::status().free;
		// The majority enrols an ally at everything the fund has, then tries to lift the
		// budget that bounds wages: the budget is two thirds' to set, not the spenders'.
		assert_eq!(council_does(enrol(Ferdie, free_funds), &MAJORITY_OF_FIVE), Ok(()));
		for call in [
			pallet_reserve_fund::Call::set_budget {
				category: SpendCategory::Payroll,
				limit: free_funds,
			},
			pallet_reserve_fund::Call::remove_budget { category: SpendCategory::Payroll },
		] {
			assert_eq!(council_does(call, &MAJORITY_OF_FIVE), Err(DispatchError::BadOrigin));
		}
		let ferdie = free(&account(Ferdie));
		jump_to_block(PayPeriod::get());
		jump_to_block(2 * PayPeriod::get());
		assert!(free(&account(Ferdie)) - ferdie <= payroll_budget());
		assert!(ReserveFund::status().free + payroll_budget() >= free_funds);
	});
}

#[test]
fn a_wage_change_applies_from_the_next_period_not_to_work_already_done() {
	dev(|| {
		grant(Charlie, public_works());
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			50_000 * CITY,
			H256::zero()
		));
		assert_eq!(council_does(enrol(Charlie, 1_000 * CITY), &[Alice, Bob]), Ok(()));
		// Period 1 is worked at 1,000; near its end the wage is raised to 9,000.
		jump_to_block(PayPeriod::get());
		jump_to_block(2 * PayPeriod::get() - 1);
		let raise = RuntimeCall::CityCoin(pallet_citycoin::Call::set_wage {
			who: account(Charlie),
			wage: 9_000 * CITY,
		});
		assert_eq!(council_does(raise, &[Alice, Bob]), Ok(()));
		let charlie = free(&account(Charlie));
		jump_to_block(2 * PayPeriod::get());
		assert_eq!(free(&account(Charlie)), charlie + 1_000 * CITY, "period 1 at its own wage");
		jump_to_block(3 * PayPeriod::get());
		assert_eq!(free(&account(Charlie)), charlie + 10_000 * CITY, "period 2 at the new one");
	});
}
