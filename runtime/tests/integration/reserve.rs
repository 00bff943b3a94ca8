//! The reserve fund in the real runtime: fees paid into it, spends by council motions within
//! their caps, a treasurer's credential as a spend origin, and a public works contract from
//! award to payment.

use crate::common::*;
use city_primitives::{
	credentials::CredentialKind,
	treasury::{Inflow, Obligation, SpendCategory},
};
use city_runtime::{
	configs::{
		ChallengePeriod, CityReserveAccount, CouncilMajoritySpendCap, CouncilTwoThirdsSpendCap,
		TreasurerSpendCap,
	},
	CouncilMembership, IdentityRegistry, ReserveFund, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, System, CITY,
};
use frame_support::{assert_noop, assert_ok};
use pallet_reserve_fund::{Error, Event, MilestoneState};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{traits::AccountIdConversion, DispatchError};

const INVOICE: H256 = H256::repeat_byte(0x11);

fn fund_events() -> Vec<Event<Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::ReserveFund(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn spend(category: SpendCategory, amount: u128, to: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::ReserveFund(pallet_reserve_fund::Call::spend {
		category,
		amount,
		to: account(to),
		reference: INVOICE,
	})
}

fn set_budget(category: SpendCategory, limit: u128) -> RuntimeCall {
	RuntimeCall::ReserveFund(pallet_reserve_fund::Call::set_budget { category, limit })
}

/// Alice gives the fund `amount` so it has something to spend.
fn endow_fund(amount: u128) {
	assert_ok!(ReserveFund::donate(RuntimeOrigin::signed(account(Alice)), amount, H256::zero()));
}

#[test]
fn fees_land_in_the_fund_and_are_reported_once_at_the_end_of_the_block() {
	dev(|| {
		// The account fees have gone to since genesis: `PalletId(RESERVE_FUND_PALLET_ID)`.
		let expected: city_runtime::AccountId =
			frame_support::PalletId(city_primitives::RESERVE_FUND_PALLET_ID)
				.into_account_truncating();
		assert_eq!(ReserveFund::account_id(), expected, "the fees' account");
		assert_eq!(CityReserveAccount::get(), expected);
		let before = ReserveFund::balance();
		let transfer = |value| {
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(Dave).into(),
				value,
			})
		};
		assert_ok!(apply(signed_extrinsic(Alice, transfer(CITY), 0)).expect("valid"));
		assert_ok!(apply(signed_extrinsic(Bob, transfer(2 * CITY), CITY / 10)).expect("valid"));
		let fees: u128 = fee_paid().iter().sum();
		assert!(fees > CITY / 10, "two fees and a tip: {fees}");
		assert_eq!(ReserveFund::balance(), before + fees, "every fee and tip, none burned");
		assert!(fund_events().is_empty());

		end_block();
		assert_eq!(
			fund_events(),
			vec![Event::Received {
				inflow: Inflow::Fees,
				from: CityReserveAccount::get(),
				amount: fees,
				reference: H256::zero()
			}]
		);
		assert_eq!(ReserveFund::status().balance, before + fees);
	});
}

#[test]
fn council_motions_spend_within_their_caps_and_fail_above_them() {
	dev(|| {
		// Five members, so three ayes are a majority but not two thirds.
		for who in [Dave, Eve] {
			assert_ok!(CouncilMembership::add_member(RuntimeOrigin::root(), account(who).into()));
		}
		endow_fund(900_000 * CITY);
		// A majority does not set its own limit; two thirds do.
		council_motion(
			set_budget(SpendCategory::PublicWorks, 2_000_000 * CITY),
			3,
			&[Alice, Bob, Charlie],
		);
		assert_eq!(council_executed(), vec![Err(DispatchError::BadOrigin)]);
		next_block();
		council_motion(
			set_budget(SpendCategory::PublicWorks, 2_000_000 * CITY),
			4,
			&[Alice, Bob, Charlie, Dave],
		);
		assert_eq!(council_executed(), vec![Ok(())]);

		let majority = CouncilMajoritySpendCap::get();
		let ferdie = free(&account(Ferdie));
		council_motion(
			spend(SpendCategory::PublicWorks, majority, Ferdie),
			3,
			&[Alice, Bob, Charlie],
		);
		assert_eq!(council_executed(), vec![Ok(()), Ok(())]);
		assert_eq!(free(&account(Ferdie)), ferdie + majority);

		// One planck above a majority's cap: the motion closes, the spend fails.
		council_motion(
			spend(SpendCategory::PublicWorks, majority + 1, Ferdie),
			3,
			&[Alice, Bob, Charlie],
		);
		assert_eq!(council_executed().last(), Some(&Err(Error::<Runtime>::AboveSpendCap.into())));
		assert_eq!(free(&account(Ferdie)), ferdie + majority);

		// Four of five is two thirds: its larger cap covers it.
		council_motion(
			spend(SpendCategory::PublicWorks, majority + 1, Ferdie),
			4,
			&[Alice, Bob, Charlie, Dave],
		);
		assert_eq!(council_executed().last(), Some(&Ok(())));
		assert_eq!(free(&account(Ferdie)), ferdie + 2 * majority + 1);
		assert!(CouncilTwoThirdsSpendCap::get() > majority + 1);

		let status = ReserveFund::status();
		let public_works = status.budgets.iter().find(|(c, _, _)| *c == SpendCategory::PublicWorks);
		assert_eq!(
			public_works,
			Some(&(SpendCategory::PublicWorks, 2_000_000 * CITY, 2 * majority + 1))
		);

		// Nobody outside the council spends; a single member is not the council.
		assert_noop!(
			ReserveFund::spend(
				RuntimeOrigin::signed(account(Alice)),
				SpendCategory::PublicWorks,
				1,
				account(Alice),
				INVOICE
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_treasurer_spends_up_to_a_small_cap_only_while_their_credential_is_active() {
	dev(|| {
		endow_fund(10_000 * CITY);
		assert_ok!(ReserveFund::set_budget(
			RuntimeOrigin::root(),
			SpendCategory::Operations,
			5_000 * CITY
		));
		let cap = TreasurerSpendCap::get();
		let do_spend = |amount| {
			ReserveFund::spend(
				RuntimeOrigin::signed(account(Eve)),
				SpendCategory::Operations,
				amount,
				account(Ferdie),
				INVOICE,
			)
		};
		assert_noop!(do_spend(1), DispatchError::BadOrigin);

		// Treasurer is privileged: only two thirds of the council (here Root) grants it.
		let id = pallet_identity_registry::NextCredentialId::<Runtime>::get();
		assert_ok!(IdentityRegistry::issue_by_council(
			RuntimeOrigin::root(),
			account(Eve),
			CredentialKind::Treasurer,
			H256::repeat_byte(3),
			None
		));
		assert_ok!(do_spend(cap));
		assert_noop!(do_spend(cap + 1), Error::<Runtime>::AboveSpendCap);

		assert_ok!(IdentityRegistry::suspend(
			RuntimeOrigin::root(),
			id,
			pallet_identity_registry::SuspensionReason::UnderInvestigation
		));
		assert_noop!(do_spend(1), DispatchError::BadOrigin);
	});
}

#[test]
fn a_contract_is_awarded_certified_and_paid_after_the_challenge_period() {
	dev(|| {
		endow_fund(100_000 * CITY);
		let (first, second) = (30_000 * CITY, 20_000 * CITY);
		let milestones = vec![(first, H256::repeat_byte(1)), (second, H256::repeat_byte(2))]
			.try_into()
			.expect("within MaxMilestones");
		council_motion(
			RuntimeCall::ReserveFund(pallet_reserve_fund::Call::award_contract {
				contractor: account(Ferdie),
				milestones,
			}),
			2,
			&[Alice, Bob],
		);
		assert_eq!(council_executed(), vec![Ok(())]);
		let status = ReserveFund::status();
		assert_eq!(status.obligations, vec![(Obligation::Contracts, first + second)]);
		assert_eq!(status.free, status.balance - first - second);

		// Inspectors hold a credential the council grants.
		let inspect =
			|who| ReserveFund::certify_milestone(RuntimeOrigin::signed(account(who)), 0, 0);
		assert_noop!(inspect(Dave), DispatchError::BadOrigin);
		assert_ok!(IdentityRegistry::issue_by_council(
			RuntimeOrigin::root(),
			account(Dave),
			CredentialKind::Inspector,
			H256::repeat_byte(4),
			None
		));
		assert_ok!(inspect(Dave));
		let certified_at = System::block_number();

		let release =
			|| ReserveFund::release_milestone(RuntimeOrigin::signed(account(Ferdie)), 0, 0);
		assert_noop!(release(), Error::<Runtime>::ChallengePeriodRunning);

		// The last block of the challenge period: still running.
		jump_to_block(certified_at + ChallengePeriod::get() - 1);
		assert_noop!(release(), Error::<Runtime>::ChallengePeriodRunning);
		next_block();
		let ferdie = free(&account(Ferdie));
		assert_ok!(release());
		assert_eq!(free(&account(Ferdie)), ferdie + first);
		let contract = pallet_reserve_fund::Contracts::<Runtime>::get(0).expect("awarded");
		assert!(matches!(contract.milestones[0].state, MilestoneState::Paid { .. }));
		assert_eq!(ReserveFund::status().obligations, vec![(Obligation::Contracts, second)]);
		assert!(fund_events().contains(&Event::MilestonePaid {
			id: 0,
			milestone: 0,
			amount: first
		}));

		// The council cancels the rest: the unpaid milestone is released.
		council_motion(
			RuntimeCall::ReserveFund(pallet_reserve_fund::Call::cancel_contract { id: 0 }),
			2,
			&[Alice, Bob],
		);
		assert_eq!(council_executed(), vec![Ok(())]);
		assert!(ReserveFund::status().obligations.is_empty());
		ReserveFund::do_try_state().expect("the fund's invariants hold");
	});
}
