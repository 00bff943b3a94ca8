//! Municipal bonds in the real runtime, with the real reserve fund and identity registry: a
//! residents-only series issued by two thirds of the council, subscribed by residents from
//! their wallets, two coupons claimed around a transfer, redemption at maturity; and a series
//! Root issues beyond what the fund can pay, which goes into arrears and recovers.

use crate::common::*;
use city_primitives::treasury::Obligation;
use city_runtime::{
	configs::BondHoldingDeposit, Bonds, ReserveFund, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, CITY, DAYS,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use pallet_bonds::{
	AllSeries, Error, Event, HoldReason, SeriesId, SeriesState, Terms, TermsOf, TotalDebt,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave};
use sp_runtime::Perbill;

/// A coupon period: a month.
const PERIOD: u32 = 30 * DAYS;

/// The window's last block: periods are counted from it.
const WINDOW_END: u32 = 5;

/// The block period `k` ends at.
fn period_end(k: u32) -> u32 {
	WINDOW_END + k * PERIOD
}

/// One unit's coupon: 0.8% of 10 CITY a month (9.7% a year, within the council's 10%).
const COUPON: u128 = 8 * CITY / 100;

/// Ten-CITY units paying 0.8% a month for 3 months; the window ends at block 5; every unit is
/// for residents.
fn school_terms() -> TermsOf<Runtime> {
	Terms {
		name: b"Riverside school".to_vec().try_into().expect("short"),
		purpose: H256::repeat_byte(0x5c),
		contract: None,
		face: 10 * CITY,
		coupon_rate: Perbill::from_rational(8u32, 1_000),
		coupon_period: PERIOD,
		periods: 3,
		units: 1_000,
		subscription_end: WINDOW_END,
		min_units: 100,
		resident_units: 1_000,
	}
}

fn bond_events() -> Vec<Event<Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::Bonds(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn on_hold(who: Sr25519Keyring) -> u128 {
	pallet_balances::Pallet::<Runtime>::balance_on_hold(
		&city_runtime::RuntimeHoldReason::Bonds(HoldReason::HoldingDeposit),
		&account(who),
	)
}

fn obligation(kind: Obligation) -> u128 {
	pallet_reserve_fund::Obligations::<Runtime>::get(kind)
}

/// The coupons `who` was paid in this block.
fn coupons_paid_to(who: Sr25519Keyring) -> u128 {
	bond_events()
		.into_iter()
		.filter_map(|e| match e {
			Event::CouponsClaimed { who: paid, amount, .. } if paid == account(who) => Some(amount),
			_ => None,
		})
		.sum()
}

#[test]
fn residents_subscribe_claim_two_coupons_around_a_transfer_and_redeem_at_maturity() {
	dev(|| {
		let id: SeriesId = pallet_bonds::NextSeriesId::<Runtime>::get();
		council_motion(
			RuntimeCall::Bonds(pallet_bonds::Call::issue { terms: school_terms() }),
			2,
			&[Alice, Bob],
		);
		assert_eq!(council_executed(), vec![Ok(())]);
		assert_eq!(TotalDebt::<Runtime>::get(), 10_000 * CITY);

		// Residents subscribe from their wallets; Dave, who is not one, cannot.
		assert_eq!(
			send(Dave, pallet_bonds::Call::subscribe { id, units: 10 }),
			Err(Error::<Runtime>::NotEnoughUnits.into())
		);
		let bob = free(&account(Bob));
		assert_ok!(send(Bob, pallet_bonds::Call::subscribe { id, units: 100 }));
		assert_ok!(send(Charlie, pallet_bonds::Call::subscribe { id, units: 50 }));
		let fee = *fee_paid().get(1).expect("Dave, then Bob, paid a fee");
		assert_eq!(free(&account(Bob)), bob - 1_000 * CITY - BondHoldingDeposit::get() - fee);
		assert_eq!(on_hold(Bob), BondHoldingDeposit::get());
		assert_eq!(obligation(Obligation::BondPrincipal), 1_500 * CITY);

		// The window closes: anyone settles it; the first coupon (150 units') is set aside.
		run_to_block(6);
		assert_ok!(send(Dave, pallet_bonds::Call::close_subscription { id }));
		assert!(bond_events().contains(&Event::SeriesActivated { id, sold: 150 }));
		assert_eq!(TotalDebt::<Runtime>::get(), 1_500 * CITY);
		assert_eq!(obligation(Obligation::BondCoupons), 150 * COUPON);

		// Period 1 ends: Bob claims his first coupon.
		jump_to_block(period_end(1));
		assert_ok!(send(Bob, pallet_bonds::Call::claim_coupons { id }));
		assert_eq!(coupons_paid_to(Bob), 100 * COUPON);
		assert!(events().contains(&RuntimeEvent::ReserveFund(
			pallet_reserve_fund::Event::ObligationPaid {
				obligation: Obligation::BondCoupons,
				category: city_primitives::treasury::SpendCategory::DebtService,
				to: account(Bob),
				amount: 100 * COUPON,
				reference: H256::repeat_byte(0x5c),
			}
		)));

		// He sells 40 units to Charlie, a resident; not to Dave, who is not.
		assert_eq!(
			send(Bob, pallet_bonds::Call::transfer { id, to: account(Dave), units: 40 }),
			Err(Error::<Runtime>::RecipientNotResident.into())
		);
		assert_ok!(send(Bob, pallet_bonds::Call::transfer { id, to: account(Charlie), units: 40 }));

		// Period 2 ends: Bob is paid for his 60 units, Charlie for 50 in period 1 and 90 in
		// period 2, as the runtime API said.
		jump_to_block(period_end(2));
		let charlie = Bonds::holdings_of(&account(Charlie));
		assert_eq!((charlie[0].holding.units, charlie[0].accrued), (90, 140 * COUPON));
		assert_ok!(send(Bob, pallet_bonds::Call::claim_coupons { id }));
		assert_ok!(send(Charlie, pallet_bonds::Call::claim_coupons { id }));
		assert_eq!((coupons_paid_to(Bob), coupons_paid_to(Charlie)), (60 * COUPON, 140 * COUPON));

		// Maturity at the end of period 3: principal and the last coupon; the deposits come
		// back.
		assert_eq!(
			send(Bob, pallet_bonds::Call::redeem { id, units: 60 }),
			Err(Error::<Runtime>::NotMatured.into())
		);
		jump_to_block(period_end(3));
		let (bob, charlie) = (free(&account(Bob)), free(&account(Charlie)));
		assert_ok!(send(Bob, pallet_bonds::Call::redeem { id, units: 60 }));
		assert_ok!(send(Charlie, pallet_bonds::Call::redeem { id, units: 90 }));
		let fees: u128 = fee_paid().iter().sum();
		let deposit = BondHoldingDeposit::get();
		assert_eq!(
			free(&account(Bob)) + free(&account(Charlie)) + fees,
			bob + charlie + 1_500 * CITY + 150 * COUPON + 2 * deposit,
			"principal, period 3's coupons and both deposits"
		);
		assert_eq!((on_hold(Bob), on_hold(Charlie)), (0, 0));
		let series = AllSeries::<Runtime>::get(id).expect("kept for the record");
		assert_eq!((series.state, series.coupons_paid), (SeriesState::Closed, 3 * 150 * COUPON));
		assert_eq!(TotalDebt::<Runtime>::get(), 0);
		assert_eq!(obligation(Obligation::BondPrincipal) + obligation(Obligation::BondCoupons), 0);
		Bonds::do_try_state().expect("the bonds' invariants hold");
		ReserveFund::do_try_state().expect("the fund's invariants hold");
	});
}

#[test]
fn a_series_the_fund_cannot_pay_goes_into_arrears_and_recovers_when_money_comes() {
	dev(|| {
		// 100 units of 100 CITY at 20% a month: a coupon of 2,000 CITY, twice what the fund
		// has. The council may not issue at such a rate.
		let mut terms = school_terms();
		terms.face = 100 * CITY;
		terms.units = 100;
		terms.min_units = 10;
		terms.resident_units = 100;
		terms.coupon_rate = Perbill::from_percent(20);
		council_motion(
			RuntimeCall::Bonds(pallet_bonds::Call::issue { terms: terms.clone() }),
			2,
			&[Alice, Bob],
		);
		assert_eq!(council_executed(), vec![Err(Error::<Runtime>::CouponRateTooHigh.into())]);
		// Nor at its own rate a series whose coupons the fund could not pay.
		let mut large = school_terms();
		large.face = 100 * CITY;
		large.units = 2_000;
		large.resident_units = 2_000;
		council_motion(
			RuntimeCall::Bonds(pallet_bonds::Call::issue { terms: large }),
			2,
			&[Alice, Bob],
		);
		assert_eq!(
			council_executed().last(),
			Some(&Err(Error::<Runtime>::BelowReserveFloor.into()))
		);
		// Root (a referendum) may.
		let id: SeriesId = pallet_bonds::NextSeriesId::<Runtime>::get();
		assert_ok!(Bonds::issue(RuntimeOrigin::root(), terms));
		assert_ok!(send(Bob, pallet_bonds::Call::subscribe { id, units: 60 }));
		assert_ok!(send(Charlie, pallet_bonds::Call::subscribe { id, units: 40 }));
		run_to_block(6);
		assert_ok!(send(Dave, pallet_bonds::Call::close_subscription { id }));

		// Period 1 ends and its coupon cannot be set aside.
		jump_to_block(period_end(1));
		assert_eq!(
			send(Bob, pallet_bonds::Call::claim_coupons { id }),
			Err(Error::<Runtime>::NothingToClaim.into())
		);
		assert_ok!(send(Dave, pallet_bonds::Call::poke { id }));
		assert!(bond_events().contains(&Event::ArrearsStarted { id, period: 1 }));
		assert_eq!(
			AllSeries::<Runtime>::get(id).expect("issued").arrears_since,
			Some(period_end(1))
		);
		assert_eq!(
			send(Bob, pallet_bonds::Call::transfer { id, to: account(Charlie), units: 1 }),
			Err(Error::<Runtime>::InArrears.into())
		);
		assert_noop!(
			Bonds::declare_default(RuntimeOrigin::signed(account(Dave)), id),
			Error::<Runtime>::GracePeriodRunning
		);

		// Money comes (a donation, standing for taxes): the next claim sets the coupon aside
		// and pays it, and the arrears end.
		next_block();
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			2_000 * CITY,
			H256::zero()
		));
		assert_ok!(send(Bob, pallet_bonds::Call::claim_coupons { id }));
		assert_eq!(coupons_paid_to(Bob), 60 * 20 * CITY);
		assert!(bond_events().contains(&Event::ArrearsCleared { id }));
		assert_eq!(AllSeries::<Runtime>::get(id).expect("issued").arrears_since, None);
		assert_ok!(send(Charlie, pallet_bonds::Call::claim_coupons { id }));
		assert_eq!(coupons_paid_to(Charlie), 40 * 20 * CITY);
		Bonds::do_try_state().expect("the bonds' invariants hold");
		ReserveFund::do_try_state().expect("the fund's invariants hold");
	});
}
