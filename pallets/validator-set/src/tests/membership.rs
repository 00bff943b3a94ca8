//! Adding and removing validators: who may, the keys, the minimum and the maximum, and when a
//! change takes effect; the reward and threshold settings; genesis.

use super::*;
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_runtime::DispatchError;

fn set() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn the_council_adds_a_validator_with_keys_and_it_validates_two_sessions_on() {
	run(|| {
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		assert_eq!(set(), [11, 12, 13, 14, EVE]);
		assert!(SetChanged::<Test>::get());
		assert_eq!(last_event(), Event::ValidatorAdded { validator: EVE }.into());

		// Session 1 starts: the set is queued for session 2, session 1 keeps the old one.
		assert_eq!(rotate(), 1);
		assert_eq!(session_validators(), GENESIS);
		assert!(!SetChanged::<Test>::get());
		assert!(events().contains(&Event::ValidatorSetQueued {
			session: 2,
			validators: vec![11, 12, 13, 14, EVE],
		}));
		assert_eq!(rotate(), 2);
		assert_eq!(session_validators(), [11, 12, 13, 14, EVE]);
	});
}

#[test]
fn root_adds_and_removes_validators() {
	run(|| {
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), EVE));
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 11));
		assert_eq!(set(), [12, 13, 14, EVE]);
	});
}

#[test]
fn the_set_is_handed_over_only_when_it_changed() {
	run(|| {
		assert_eq!(ValidatorSet::new_session(2), None);
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		assert_ok!(ValidatorSet::remove_validator(signed(COUNCIL), EVE));
		// Added and removed in one session: the same set, handed over once all the same.
		assert_eq!(ValidatorSet::new_session(2), Some(GENESIS.to_vec()));
		assert_eq!(ValidatorSet::new_session(3), None);
	});
}

#[test]
fn a_removed_validator_stops_two_sessions_on() {
	run(|| {
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		rotate();
		rotate();
		assert_ok!(ValidatorSet::remove_validator(signed(COUNCIL), 14));
		assert_eq!(last_event(), Event::ValidatorRemoved { validator: 14 }.into());
		rotate();
		assert!(session_validators().contains(&14));
		rotate();
		assert_eq!(session_validators(), [11, 12, 13, EVE]);
	});
}

#[test]
fn a_validator_without_session_keys_cannot_be_added() {
	run(|| {
		assert_noop!(
			ValidatorSet::add_validator(signed(COUNCIL), EVE),
			Error::<Test>::NoSessionKeys
		);
	});
}

#[test]
fn a_validator_cannot_be_added_twice() {
	run(|| {
		assert_noop!(
			ValidatorSet::add_validator(signed(COUNCIL), 11),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn the_set_never_exceeds_its_maximum() {
	run(|| {
		for who in [15, 16, 17] {
			register_keys(who);
		}
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), 15));
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), 16));
		assert_eq!(set().len(), MAX as usize);
		assert_noop!(
			ValidatorSet::add_validator(signed(COUNCIL), 17),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn the_council_cannot_remove_validators_below_the_minimum() {
	run(|| {
		assert_eq!(set().len(), MIN as usize);
		assert_noop!(
			ValidatorSet::remove_validator(signed(COUNCIL), 11),
			Error::<Test>::TooFewValidators
		);
		// Root (a referendum) is held to it as well.
		assert_noop!(
			ValidatorSet::remove_validator(RuntimeOrigin::root(), 11),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn removing_an_account_outside_the_set_fails() {
	run(|| {
		assert_noop!(
			ValidatorSet::remove_validator(signed(COUNCIL), EVE),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn a_validator_cannot_add_itself_nor_remove_a_rival() {
	run(|| {
		register_keys(EVE);
		assert_noop!(ValidatorSet::add_validator(signed(EVE), EVE), DispatchError::BadOrigin);
		assert_noop!(ValidatorSet::add_validator(signed(11), EVE), DispatchError::BadOrigin);
		register_keys(16);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), 16));
		assert_noop!(ValidatorSet::remove_validator(signed(11), 12), DispatchError::BadOrigin);
		assert_noop!(
			ValidatorSet::remove_validator(signed(RESIDENT), 12),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_validator_cannot_set_its_own_reward_nor_silence_the_offline_report() {
	run(|| {
		assert_noop!(ValidatorSet::set_reward(signed(11), 1_000), DispatchError::BadOrigin);
		assert_noop!(
			ValidatorSet::set_offline_threshold(signed(11), 1_000),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_council_sets_the_reward_and_the_offline_threshold() {
	run(|| {
		assert_ok!(ValidatorSet::set_reward(signed(COUNCIL), 25));
		assert_eq!(RewardPerSession::<Test>::get(), 25);
		assert_eq!(last_event(), Event::RewardSet { reward: 25 }.into());
		assert_ok!(ValidatorSet::set_offline_threshold(RuntimeOrigin::root(), 5));
		assert_eq!(OfflineThreshold::<Test>::get(), 5);
		assert_eq!(last_event(), Event::OfflineThresholdSet { sessions: 5 }.into());
	});
}

#[test]
fn an_offline_threshold_of_zero_is_refused() {
	run(|| {
		assert_noop!(
			ValidatorSet::set_offline_threshold(signed(COUNCIL), 0),
			Error::<Test>::ZeroOfflineThreshold
		);
	});
}

#[test]
fn the_default_threshold_and_session_length_hold_until_genesis_or_the_council_sets_them() {
	run(|| {
		assert_eq!(OfflineThreshold::<Test>::get(), 3);
		assert_eq!(ValidatorSet::session_length(), 10);
		SessionLength::<Test>::put(4);
		assert_eq!(CurrentSessionLength::<Test>::get(), 4);
	});
}

#[test]
fn genesis_takes_its_validators_threshold_and_session_length() {
	let storage = RuntimeGenesisConfig {
		validator_set: pallet_validator_set::GenesisConfig {
			validators: vec![1, 2],
			reward_per_session: 7,
			offline_threshold: Some(2),
			session_length: Some(5),
		},
		..Default::default()
	}
	.build_storage()
	.expect("genesis builds");
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(set(), [1, 2]);
		assert_eq!(ValidatorSet::genesis_session(), Some(vec![1, 2]));
		assert_eq!(RewardPerSession::<Test>::get(), 7);
		assert_eq!(OfflineThreshold::<Test>::get(), 2);
		assert_eq!(ValidatorSet::session_length(), 5);
	});
}

#[test]
fn a_genesis_without_validators_leaves_them_to_the_session_keys() {
	sp_io::TestExternalities::new(
		RuntimeGenesisConfig::default().build_storage().expect("genesis builds"),
	)
	.execute_with(|| assert_eq!(ValidatorSet::genesis_session(), None));
}

#[test]
#[should_panic(expected = "a genesis validator appears twice")]
fn a_genesis_naming_a_validator_twice_does_not_start() {
	let _ = RuntimeGenesisConfig {
		validator_set: pallet_validator_set::GenesisConfig {
			validators: vec![1, 1],
			..Default::default()
		},
		..Default::default()
	}
	.build_storage();
}

#[test]
#[should_panic(expected = "more genesis validators than MaxValidators")]
fn a_genesis_beyond_the_maximum_does_not_start() {
	let _ = RuntimeGenesisConfig {
		validator_set: pallet_validator_set::GenesisConfig {
			validators: (1..=u64::from(MAX) + 1).collect(),
			..Default::default()
		},
		..Default::default()
	}
	.build_storage();
}

#[test]
#[should_panic(expected = "the genesis session length is zero")]
fn a_genesis_session_of_zero_blocks_does_not_start() {
	let _ = RuntimeGenesisConfig {
		validator_set: pallet_validator_set::GenesisConfig {
			session_length: Some(0),
			..Default::default()
		},
		..Default::default()
	}
	.build_storage();
}

#[test]
fn the_invariants_catch_a_duplicate_in_the_set() {
	run(|| {
		Validators::<Test>::put(BoundedVec::truncate_from(vec![11, 11, 12, 13]));
		assert!(ValidatorSet::do_try_state().is_err());
		Validators::<Test>::put(BoundedVec::truncate_from(GENESIS.to_vec()));
	});
}

#[test]
fn the_invariants_catch_counts_outside_the_session_and_the_set() {
	run(|| {
		AuthoredBlocks::<Test>::insert(EVE, 1);
		assert!(ValidatorSet::do_try_state().is_err());
		AuthoredBlocks::<Test>::remove(EVE);
		SessionsWithoutBlocks::<Test>::insert(EVE, 1);
		assert!(ValidatorSet::do_try_state().is_err());
		SessionsWithoutBlocks::<Test>::remove(EVE);
	});
}

#[test]
fn an_account_never_added_purges_its_keys() {
	run(|| {
		register_keys(EVE);
		assert_ok!(ValidatorSet::purge_keys(signed(EVE)));
		assert!(!MockKeys::is_registered(&EVE));
		assert_eq!(last_event(), Event::KeysPurged { who: EVE }.into());
	});
}

#[test]
fn purging_without_keys_fails() {
	run(|| {
		assert_noop!(ValidatorSet::purge_keys(signed(EVE)), Error::<Test>::NoSessionKeys);
	});
}

#[test]
fn a_validator_cannot_purge_its_keys_to_leave_without_a_vote() {
	run(|| {
		// In the set and validating.
		assert_noop!(ValidatorSet::purge_keys(signed(11)), Error::<Test>::StillValidating);
		// Added, not yet validating: in the set.
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		assert_noop!(ValidatorSet::purge_keys(signed(EVE)), Error::<Test>::StillValidating);
		// Removed by the council, it validates this session and the next: its keys are in use
		// until it is out of both.
		rotate();
		rotate();
		register_keys(16);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), 16));
		assert_ok!(ValidatorSet::remove_validator(signed(COUNCIL), 11));
		assert_noop!(ValidatorSet::purge_keys(signed(11)), Error::<Test>::StillValidating);
		rotate();
		assert_noop!(ValidatorSet::purge_keys(signed(11)), Error::<Test>::StillValidating);
		rotate();
		assert!(!session_validators().contains(&11));
		assert_ok!(ValidatorSet::purge_keys(signed(11)));
	});
}

#[test]
fn a_validator_queued_for_the_next_session_cannot_purge_its_keys() {
	run(|| {
		register_keys(EVE);
		assert_ok!(ValidatorSet::add_validator(signed(COUNCIL), EVE));
		rotate();
		// Queued for session 2; the council changes its mind.
		assert_ok!(ValidatorSet::remove_validator(signed(COUNCIL), EVE));
		assert_noop!(ValidatorSet::purge_keys(signed(EVE)), Error::<Test>::StillValidating);
	});
}
