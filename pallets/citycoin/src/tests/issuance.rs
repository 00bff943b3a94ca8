//! Issuance: Root without a cap, the council within its allowance per period, burns from free
//! funds only.

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
			Event::Minted { to: VISITOR, amount: 5_000, reference: DECISION, by_root: true }.into()
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
		assert_noop!(CityCoin::burn(RuntimeOrigin::root(), 0, DECISION), Error::<Test>::ZeroAmount);
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
