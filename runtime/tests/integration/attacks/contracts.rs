//! Contracts and bond calls go through the spend tiers: a council majority cannot award the
//! fund to one contractor, cannot make its own inspector, and cannot call a bond series at a
//! ruinous price; the technical committee can dispute a milestone.

use crate::common::*;
use city_primitives::{
	credentials::CredentialKind,
	treasury::{Obligation, SpendCategory},
};
use city_runtime::{
	configs::{ChallengePeriod, CouncilMajoritySpendCap},
	genesis_config_presets::GENESIS_BUDGETS,
	Bonds, ReserveFund, Runtime, RuntimeCall, RuntimeOrigin, CITY, DAYS,
};
use frame_support::assert_ok;
use pallet_bonds::{Terms, TermsOf};
use pallet_reserve_fund::Error;
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Ferdie};
use sp_runtime::{DispatchError, Perbill};

fn award(total: u128) -> RuntimeCall {
	RuntimeCall::ReserveFund(pallet_reserve_fund::Call::award_contract {
		contractor: account(Ferdie),
		milestones: vec![(total, H256::repeat_byte(1))].try_into().expect("one milestone"),
	})
}

fn public_works_budget() -> u128 {
	GENESIS_BUDGETS
		.iter()
		.find(|(category, _)| *category == SpendCategory::PublicWorks)
		.map(|(_, limit)| *limit)
		.expect("a genesis public works budget")
}

#[test]
fn a_council_majority_cannot_award_the_whole_fund_to_one_contractor() {
	dev(|| {
		council_of_five();
		for who in [Alice, Bob, Charlie] {
			assert_ok!(ReserveFund::donate(
				RuntimeOrigin::signed(account(who)),
				900_000 * CITY,
				H256::zero()
			));
		}
		let free = ReserveFund::status().free;
		assert!(free > 2_000_000 * CITY);
		// The audit's drain: the whole free balance to Ferdie, by a majority.
		assert_eq!(
			council_does(award(free), &MAJORITY_OF_FIVE),
			Err(Error::<Runtime>::AboveSpendCap.into())
		);
		// A majority is capped as its spends are; two thirds by their cap, then the budget.
		assert_eq!(
			council_does(award(CouncilMajoritySpendCap::get() + 1), &MAJORITY_OF_FIVE),
			Err(Error::<Runtime>::AboveSpendCap.into())
		);
		assert_eq!(
			council_does(award(public_works_budget() + 1), &TWO_THIRDS_OF_FIVE),
			Err(Error::<Runtime>::OverBudget.into())
		);
		// Awards within the budget add up against it: two halves and one more are refused.
		let half = public_works_budget() / 2;
		assert_eq!(council_does(award(half), &TWO_THIRDS_OF_FIVE), Ok(()));
		assert_eq!(council_does(award(half), &TWO_THIRDS_OF_FIVE), Ok(()));
		assert_eq!(
			council_does(award(1), &TWO_THIRDS_OF_FIVE),
			Err(Error::<Runtime>::OverBudget.into())
		);
		assert_eq!(
			pallet_reserve_fund::Obligations::<Runtime>::get(Obligation::Contracts),
			2 * half
		);
	});
}

#[test]
fn a_council_majority_cannot_make_its_own_inspector_and_release_a_milestone() {
	dev(|| {
		council_of_five();
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			500_000 * CITY,
			H256::zero()
		));
		assert_eq!(council_does(award(50_000 * CITY), &MAJORITY_OF_FIVE), Ok(()));
		// The majority grants Charlie (one of its own) an inspector's credential: refused.
		let make_inspector = |who: sp_keyring::Sr25519Keyring| {
			RuntimeCall::IdentityRegistry(pallet_identity_registry::Call::issue_by_council {
				subject: account(who),
				kind: CredentialKind::Inspector,
				commitment: H256::repeat_byte(4),
				expires_at: None,
			})
		};
		assert_eq!(
			council_does(make_inspector(Charlie), &MAJORITY_OF_FIVE),
			Err(DispatchError::BadOrigin)
		);
		let certify = |who: sp_keyring::Sr25519Keyring| {
			ReserveFund::certify_milestone(RuntimeOrigin::signed(account(who)), 0, 0)
		};
		assert_eq!(certify(Charlie), Err(DispatchError::BadOrigin));
		// Nor can the contractor, made an inspector by two thirds, certify their own work.
		assert_eq!(council_does(make_inspector(Ferdie), &TWO_THIRDS_OF_FIVE), Ok(()));
		assert_eq!(certify(Ferdie), Err(Error::<Runtime>::InspectorIsContractor.into()));
		// An inspector certifies; the technical committee disputes within the challenge period.
		assert_eq!(council_does(make_inspector(Dave), &TWO_THIRDS_OF_FIVE), Ok(()));
		assert_ok!(certify(Dave));
		let dispute = RuntimeCall::ReserveFund(pallet_reserve_fund::Call::dispute_milestone {
			id: 0,
			milestone: 0,
		});
		assert_eq!(committee_does(dispute, &[Alice, Bob]), Ok(()));
		// Back to pending: nothing can be released after the challenge period.
		jump_to_block(frame_system::Pallet::<Runtime>::block_number() + ChallengePeriod::get());
		let ferdie = free(&account(Ferdie));
		assert_eq!(
			ReserveFund::release_milestone(RuntimeOrigin::signed(account(Ferdie)), 0, 0),
			Err(Error::<Runtime>::NotCertified.into())
		);
		assert_eq!(free(&account(Ferdie)), ferdie);
	});
}

/// Units of 100 CITY at 0.8% a month for a year, open to anyone.
fn series_terms() -> TermsOf<Runtime> {
	Terms {
		name: b"Harbour wall".to_vec().try_into().expect("short"),
		purpose: H256::repeat_byte(0x4a),
		contract: None,
		face: 100 * CITY,
		coupon_rate: Perbill::from_rational(8u32, 1_000),
		coupon_period: 30 * DAYS,
		periods: 12,
		units: 100,
		subscription_end: 5,
		min_units: 10,
		resident_units: 0,
	}
}

#[test]
fn a_council_majority_cannot_call_a_series_at_a_thousand_times_face() {
	dev(|| {
		assert_ok!(ReserveFund::donate(
			RuntimeOrigin::signed(account(Alice)),
			100_000 * CITY,
			H256::zero()
		));
		let id = pallet_bonds::NextSeriesId::<Runtime>::get();
		assert_eq!(
			council_does(pallet_bonds::Call::issue { terms: series_terms() }, &[Alice, Bob]),
			Ok(())
		);
		assert_ok!(send(Bob, pallet_bonds::Call::subscribe { id, units: 50 }));
		run_to_block(6);
		assert_ok!(send(Dave, pallet_bonds::Call::close_subscription { id }));
		let face = 100 * CITY;
		let coupon = Bonds::coupon_per_unit(&series_terms());
		let call_at = |price| {
			RuntimeCall::Bonds(pallet_bonds::Call::call_series { id, price, notice: 30 * DAYS })
		};
		let obligations = ReserveFund::status().total_obligations;
		for price in [1_000 * face, face + coupon + 1] {
			assert_eq!(
				council_does(call_at(price), &[Alice, Bob]),
				Err(pallet_bonds::Error::<Runtime>::CallPremiumTooHigh.into())
			);
		}
		assert_eq!(ReserveFund::status().total_obligations, obligations, "nothing set aside");
		// A coupon's interest above face is the most a council gives.
		assert_eq!(council_does(call_at(face + coupon), &[Alice, Bob]), Ok(()));
	});
}

#[test]
fn a_council_cannot_issue_a_bond_at_a_ruinous_rate() {
	dev(|| {
		// 0.8% a month is within the council's 10% a year; 1% a month (12.2% scaled to a year)
		// is not, nor 0.8% a week.
		let mut monthly = series_terms();
		monthly.coupon_rate = Perbill::from_percent(1);
		let mut weekly = series_terms();
		weekly.coupon_period = 7 * DAYS;
		for terms in [monthly, weekly] {
			assert_eq!(
				council_does(pallet_bonds::Call::issue { terms }, &[Alice, Bob, Charlie]),
				Err(pallet_bonds::Error::<Runtime>::CouponRateTooHigh.into())
			);
		}
		assert_eq!(pallet_bonds::NextSeriesId::<Runtime>::get(), 0);
	});
}
