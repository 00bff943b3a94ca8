//! Sessions ending: blocks counted per author, the reward paid by the reserve fund within its
//! budget, offline validators reported and never removed.

use super::*;
use frame_support::assert_ok;

/// Each of the genesis validators authors `blocks` blocks.
fn all_author(blocks: u32) {
	for _ in 0..blocks {
		for validator in GENESIS {
			author(validator);
		}
	}
}

fn rewarded(events: &[Event<Test>]) -> Vec<u64> {
	events
		.iter()
		.filter_map(|e| match e {
			Event::ValidatorRewarded { validator, .. } => Some(*validator),
			_ => None,
		})
		.collect()
}

#[test]
fn blocks_are_counted_per_author_and_cleared_when_the_session_ends() {
	run(|| {
		author(11);
		author(11);
		author(12);
		assert_eq!(AuthoredBlocks::<Test>::get(11), 2);
		assert_eq!(AuthoredBlocks::<Test>::get(12), 1);
		rotate();
		assert_eq!(AuthoredBlocks::<Test>::iter().count(), 0);
	});
}

#[test]
fn validators_that_authored_are_paid_from_the_reserve_fund() {
	run(|| {
		assert_ok!(ValidatorSet::set_reward(signed(COUNCIL), 50));
		rewards_budget(1_000);
		author(11);
		author(11);
		author(12);
		let fund_before = free(fund());
		rotate();
		assert_eq!(free(11), ENDOWMENT + 50);
		assert_eq!(free(12), ENDOWMENT + 50);
		assert_eq!(free(13), ENDOWMENT);
		assert_eq!(free(fund()), fund_before - 100);
		let events = events();
		assert!(events.contains(&Event::ValidatorRewarded {
			session: 0,
			validator: 11,
			blocks: 2,
			amount: 50,
		}));
		assert_eq!(rewarded(&events), [11, 12]);
		// The fund accounts for it under its own category, the session as its reference.
		assert_eq!(ValidatorSet::reward_reference(0x0102_0304).as_bytes()[28..], [1, 2, 3, 4]);
		assert!(city_testing::events_of::<Test, pallet_reserve_fund::Event<Test>>().iter().any(
			|e| matches!(
				e,
				pallet_reserve_fund::Event::Paid {
					category: SpendCategory::ValidatorRewards,
					to: 11,
					amount: 50,
					reference,
				} if *reference == ValidatorSet::reward_reference(0)
			)
		));
	});
}

#[test]
fn without_a_budget_no_reward_is_paid_and_the_session_ends_all_the_same() {
	run(|| {
		assert_ok!(ValidatorSet::set_reward(signed(COUNCIL), 50));
		all_author(1);
		let fund_before = free(fund());
		assert_eq!(rotate(), 1);
		assert_eq!(free(fund()), fund_before);
		assert_eq!(free(11), ENDOWMENT);
		let events = events();
		assert!(rewarded(&events).is_empty());
		assert_eq!(
			events.iter().filter(|e| matches!(e, Event::RewardNotPaid { session: 0, .. })).count(),
			4
		);
	});
}

#[test]
fn the_budget_caps_what_validators_are_paid_in_a_fiscal_period() {
	run(|| {
		assert_ok!(ValidatorSet::set_reward(signed(COUNCIL), 50));
		rewards_budget(120);
		all_author(1);
		let fund_before = free(fund());
		rotate();
		assert_eq!(free(fund()), fund_before - 100);
		let events = events();
		assert_eq!(rewarded(&events), [11, 12]);
		assert_eq!(events.iter().filter(|e| matches!(e, Event::RewardNotPaid { .. })).count(), 2);
	});
}

#[test]
fn a_zero_reward_pays_nothing_and_reports_nothing() {
	run(|| {
		rewards_budget(1_000);
		all_author(1);
		let fund_before = free(fund());
		rotate();
		assert_eq!(free(fund()), fund_before);
		assert!(events().is_empty());
	});
}

#[test]
fn an_author_outside_the_session_is_never_paid() {
	run(|| {
		assert_ok!(ValidatorSet::set_reward(signed(COUNCIL), 50));
		rewards_budget(1_000);
		// Whatever notes an outsider as author (it cannot: authors are the session's
		// validators), the outsider's count is dropped unpaid.
		author(EVE);
		author(EVE);
		rotate();
		assert_eq!(free(EVE), ENDOWMENT);
		assert_eq!(AuthoredBlocks::<Test>::get(EVE), 0);
		assert!(rewarded(&events()).is_empty());
	});
}

#[test]
fn a_validator_that_authors_nothing_is_reported_at_the_threshold_every_session_and_never_removed() {
	run(|| {
		assert_ok!(ValidatorSet::set_offline_threshold(signed(COUNCIL), 2));
		let offline = |events: Vec<Event<Test>>| -> Vec<(SessionIndex, u64, u32)> {
			events
				.into_iter()
				.filter_map(|e| match e {
					Event::ValidatorOffline { session, validator, sessions } => {
						Some((session, validator, sessions))
					}
					_ => None,
				})
				.collect()
		};
		// 14 authors nothing: counted at session 0, reported from session 1 on.
		for session in 0..4 {
			System::reset_events();
			for validator in [11, 12, 13] {
				author(validator);
			}
			rotate();
			let expected = if session >= 1 { vec![(session, 14, session + 1)] } else { vec![] };
			assert_eq!(offline(events()), expected);
		}
		assert_eq!(SessionsWithoutBlocks::<Test>::get(14), 4);
		assert!(Validators::<Test>::get().contains(&14));
		assert!(session_validators().contains(&14));
		// It authors again: its record is clean.
		System::reset_events();
		all_author(1);
		rotate();
		assert!(offline(events()).is_empty());
		assert_eq!(SessionsWithoutBlocks::<Test>::get(14), 0);
	});
}

#[test]
fn a_validator_leaving_the_set_is_not_reported() {
	run(|| {
		assert_ok!(ValidatorSet::set_offline_threshold(signed(COUNCIL), 1));
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		rotate();
		rotate();
		assert_ok!(ValidatorSet::remove_validator(signed(COUNCIL), 14));
		// 14 still validates this session and the next, authoring nothing.
		System::reset_events();
		for validator in [11, 12, 13, EVE] {
			author(validator);
		}
		rotate();
		assert!(!events().iter().any(|e| matches!(e, Event::ValidatorOffline { .. })));
		assert_eq!(SessionsWithoutBlocks::<Test>::get(14), 0);
	});
}

#[test]
fn a_validator_added_back_starts_with_a_clean_record() {
	run(|| {
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		rotate();
		rotate();
		rotate();
		assert_eq!(SessionsWithoutBlocks::<Test>::get(EVE), 1);
		assert_ok!(ValidatorSet::remove_validator(signed(COUNCIL), EVE));
		assert_eq!(SessionsWithoutBlocks::<Test>::get(EVE), 0);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		assert_eq!(SessionsWithoutBlocks::<Test>::get(EVE), 0);
	});
}

#[test]
fn a_validator_that_purged_its_keys_drops_out_of_the_next_sessions() {
	run(|| {
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		purge_keys(EVE);
		rotate();
		rotate();
		// pallet-session skips a validator without keys; the council's set keeps it.
		assert_eq!(session_validators(), GENESIS);
		assert!(Validators::<Test>::get().contains(&EVE));
	});
}
