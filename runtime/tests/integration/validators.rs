//! Validators by governance on the real runtime: the genesis validators under the session, keys
//! registered with their proof and a deposit, two thirds of the council adding a validator that
//! authors (and is paid) two sessions on, removal down to the minimum, offline validators
//! reported, the block that starts a session, and the migration of a chain that ran with its
//! validators fixed at genesis.

use crate::common::*;
use city_runtime::{
	configs::{SessionKeyDeposit, MAX_AUTHORITIES, MIN_VALIDATORS},
	genesis_config_presets::{GENESIS_VALIDATOR_REWARD, LOCAL_SESSION_LENGTH},
	opaque::SessionKeys,
	AccountId, Balance, Block, BlockNumber, Grandpa, Runtime, RuntimeCall, RuntimeEvent, Session,
	System, ValidatorSet, HOURS,
};
use codec::Encode;
use frame_support::{assert_ok, traits::OnRuntimeUpgrade};
use pallet_validator_set::{Error, Event};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_keyring::{
	Ed25519Keyring,
	Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie},
};
use sp_runtime::traits::{Header as _, OpaqueKeys};

/// Keys `who`'s node makes (`author_rotateKeysWithOwner`) and their proof for its account.
pub fn session_keys_of(who: Sr25519Keyring) -> (SessionKeys, Vec<u8>) {
	let generated = SessionKeys::generate(
		&account(who).encode(),
		Some(format!("//{who}//session").into_bytes()),
	);
	(generated.keys, generated.proof.encode())
}

/// `who` registers the keys its node made.
pub fn register_keys(who: Sr25519Keyring) -> SessionKeys {
	let (keys, proof) = session_keys_of(who);
	assert_ok!(send(who, pallet_session::Call::set_keys { keys: keys.clone(), proof }));
	keys
}

pub fn add(who: Sr25519Keyring) -> RuntimeCall {
	pallet_validator_set::Call::add_validator { validator: account(who) }.into()
}

pub fn remove(who: Sr25519Keyring) -> RuntimeCall {
	pallet_validator_set::Call::remove_validator { validator: account(who) }.into()
}

fn aura_keys() -> Vec<AuraId> {
	pallet_aura::Authorities::<Runtime>::get().into_inner()
}

fn grandpa_keys() -> Vec<GrandpaId> {
	Grandpa::grandpa_authorities().into_iter().map(|(key, _)| key).collect()
}

fn validator_events() -> Vec<Event<Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::ValidatorSet(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// Runs blocks until the one that starts session `index` is open (its hooks ran).
fn run_to_session(index: u32) {
	run_to_block(index * LOCAL_SESSION_LENGTH);
	assert_eq!(Session::current_index(), index);
}

const LOCAL: [Sr25519Keyring; 4] = [Alice, Bob, Charlie, Dave];

#[test]
fn the_local_testnet_starts_with_its_four_validators_under_the_session() {
	local(|| {
		let accounts: Vec<AccountId> = LOCAL.map(account).to_vec();
		assert_eq!(Session::validators(), accounts);
		assert_eq!(pallet_validator_set::Validators::<Runtime>::get().into_inner(), accounts);
		assert_eq!(aura_keys(), LOCAL.map(|k| AuraId::from(k.public())).to_vec());
		let grandpa = [
			Ed25519Keyring::Alice,
			Ed25519Keyring::Bob,
			Ed25519Keyring::Charlie,
			Ed25519Keyring::Dave,
		];
		assert_eq!(grandpa_keys(), grandpa.map(|k| GrandpaId::from(k.public())).to_vec());
		for who in LOCAL {
			assert!(pallet_session::NextKeys::<Runtime>::get(account(who)).is_some());
		}
		assert_eq!(ValidatorSet::session_length(), LOCAL_SESSION_LENGTH);
		assert_eq!(
			pallet_validator_set::RewardPerSession::<Runtime>::get(),
			GENESIS_VALIDATOR_REWARD
		);
		assert!(MIN_VALIDATORS == 4);
	});
}

#[test]
fn the_development_chain_has_alice_alone_and_hour_long_sessions() {
	dev(|| {
		assert_eq!(Session::validators(), vec![account(Alice)]);
		assert_eq!(aura_keys(), vec![AuraId::from(Alice.public())]);
		assert_eq!(ValidatorSet::session_length(), HOURS);
	});
}

#[test]
fn a_validator_to_be_registers_its_keys_with_their_proof_and_holds_a_deposit() {
	local(|| {
		let before = free(&account(Eve));
		let keys = register_keys(Eve);
		assert_eq!(pallet_session::NextKeys::<Runtime>::get(account(Eve)), Some(keys.clone()));
		let held = <city_runtime::Balances as frame_support::traits::fungible::InspectHold<
			AccountId,
		>>::total_balance_on_hold(&account(Eve));
		assert_eq!(held, SessionKeyDeposit::get());
		assert!(free(&account(Eve)) < before - held, "the fee is paid besides the deposit");
		for id in <SessionKeys as OpaqueKeys>::key_ids() {
			assert_eq!(
				pallet_session::KeyOwner::<Runtime>::get((*id, keys.get_raw(*id).to_vec())),
				Some(account(Eve))
			);
		}
		// Purged (never added, so not in use), the deposit comes back.
		assert_ok!(send(Eve, pallet_validator_set::Call::purge_keys {}));
		assert_eq!(<city_runtime::Balances as frame_support::traits::fungible::InspectHold<AccountId>>::total_balance_on_hold(&account(Eve)), 0);
	});
}

#[test]
fn two_thirds_of_the_council_add_a_validator_that_authors_and_is_paid_two_sessions_on() {
	local(|| {
		let eve_keys = register_keys(Eve);
		assert_eq!(council_does(add(Eve), &[Alice, Bob]), Ok(()));
		assert!(validator_events().contains(&Event::ValidatorAdded { validator: account(Eve) }));

		// Session 1: the set is queued; Aura and GRANDPA keep the four.
		run_to_session(1);
		assert!(validator_events().iter().any(
			|e| matches!(e, Event::ValidatorSetQueued { session: 2, validators } if validators.len() == 5)
		));
		assert!(!aura_keys().contains(&eve_keys.aura));
		assert_eq!(Session::queued_keys().len(), 5);

		// Session 2: Eve is an authority of both.
		run_to_session(2);
		assert!(Session::validators().contains(&account(Eve)));
		assert!(aura_keys().contains(&eve_keys.aura));
		next_block();
		assert!(grandpa_keys().contains(&eve_keys.grandpa), "GRANDPA's set changed at once");

		// Her slots come round (one in five) and her blocks are counted, then paid.
		run_to_block(2 * LOCAL_SESSION_LENGTH + 5);
		let authored = pallet_validator_set::AuthoredBlocks::<Runtime>::get(account(Eve));
		assert!(authored >= 1, "Eve authored in session 2");
		let before = free(&account(Eve));
		run_to_session(3);
		assert!(validator_events().iter().any(|e| matches!(
			e,
			Event::ValidatorRewarded { session: 2, validator, amount, .. }
				if *validator == account(Eve) && *amount == GENESIS_VALIDATOR_REWARD
		)));
		assert_eq!(free(&account(Eve)), before + GENESIS_VALIDATOR_REWARD);
	});
}

#[test]
fn the_reserve_fund_pays_each_validator_that_authored_under_its_own_category() {
	local(|| {
		let fund = city_runtime::ReserveFund::account_id();
		run_to_block(LOCAL_SESSION_LENGTH - 1);
		let before = free(&fund);
		run_to_session(1);
		let paid: Vec<AccountId> = events()
			.into_iter()
			.filter_map(|e| match e {
				RuntimeEvent::ReserveFund(pallet_reserve_fund::Event::Paid {
					category: city_primitives::treasury::SpendCategory::ValidatorRewards,
					to,
					amount,
					..
				}) if amount == GENESIS_VALIDATOR_REWARD => Some(to),
				_ => None,
			})
			.collect();
		assert_eq!(paid, LOCAL.map(account).to_vec());
		// Fees of the block (none here) aside, the fund paid four rewards.
		assert_eq!(free(&fund), before - 4 * GENESIS_VALIDATOR_REWARD);
	});
}

/// The validator set's runtime API, as the node calls it.
fn status_now() -> pallet_validator_set::SetStatus<AccountId, Balance, BlockNumber> {
	use pallet_validator_set::runtime_api::runtime_decl_for_validator_set_api::ValidatorSetApiV1;
	<Runtime as ValidatorSetApiV1<Block, AccountId, Balance, BlockNumber>>::status()
}

/// Who the status lists, in its order, with whether each is in the set and in the session.
fn membership(
	status: &pallet_validator_set::SetStatus<AccountId, Balance, BlockNumber>,
) -> Vec<(AccountId, bool, bool)> {
	status.validators.iter().map(|v| (v.account.clone(), v.in_set, v.in_session)).collect()
}

#[test]
fn the_status_shows_the_set_the_session_and_what_each_validator_authored() {
	local(|| {
		let status = status_now();
		assert_eq!(membership(&status), LOCAL.map(|v| (account(v), true, true)).to_vec());
		assert!(status
			.validators
			.iter()
			.all(|v| v.keys_registered && v.sessions_without_blocks == 0));
		assert_eq!(
			(status.session, status.session_length, status.change_pending),
			(0, LOCAL_SESSION_LENGTH, false)
		);
		assert_eq!(status.reward_per_session, GENESIS_VALIDATOR_REWARD);
		assert_eq!(
			(status.offline_threshold, status.min_validators, status.max_validators),
			(3, MIN_VALIDATORS, MAX_AUTHORITIES)
		);

		// Blocks are counted per author as they are made.
		run_to_block(5);
		let status = status_now();
		for v in &status.validators {
			assert_eq!(
				v.blocks_this_session,
				pallet_validator_set::AuthoredBlocks::<Runtime>::get(&v.account)
			);
		}
		assert!(status.validators.iter().map(|v| v.blocks_this_session).sum::<u32>() >= 4);

		// Eve added: in the set, not yet in the session, the change pending.
		register_keys(Eve);
		assert_eq!(council_does(add(Eve), &[Alice, Bob]), Ok(()));
		let status = status_now();
		assert_eq!(membership(&status).last(), Some(&(account(Eve), true, false)));
		assert!(status.change_pending);
		run_to_session(1);
		assert!(!status_now().change_pending, "the session machinery took the change");
		run_to_session(2);
		assert_eq!(membership(&status_now()).last(), Some(&(account(Eve), true, true)));

		// Dave removed: listed after the set, still validating until he leaves.
		assert_eq!(council_does(remove(Dave), &[Alice, Bob]), Ok(()));
		let status = status_now();
		assert_eq!(status.validators.len(), 5);
		assert_eq!(membership(&status).last(), Some(&(account(Dave), false, true)));
		assert_eq!(status.session, 2);
		run_to_session(4);
		assert!(!membership(&status_now()).iter().any(|(v, ..)| *v == account(Dave)));
	});
}

#[test]
fn a_removed_validator_leaves_two_sessions_on_and_finality_keeps_its_four() {
	local(|| {
		register_keys(Eve);
		assert_eq!(council_does(add(Eve), &[Alice, Bob]), Ok(()));
		run_to_session(2);
		next_block();
		assert_eq!(council_does(remove(Dave), &[Alice, Bob]), Ok(()));
		run_to_session(3);
		assert!(Session::validators().contains(&account(Dave)));
		run_to_session(4);
		next_block();
		assert!(!Session::validators().contains(&account(Dave)));
		assert!(!aura_keys().contains(&AuraId::from(Dave.public())));
		assert!(!grandpa_keys().contains(&GrandpaId::from(Ed25519Keyring::Dave.public())));
		assert_eq!(grandpa_keys().len(), 4);
	});
}

#[test]
fn a_validator_without_keys_cannot_be_added() {
	local(|| {
		assert_eq!(
			council_does(add(Ferdie), &[Alice, Bob]),
			Err(Error::<Runtime>::NoSessionKeys.into())
		);
	});
}

#[test]
fn a_validator_that_authors_nothing_is_reported_and_stays_until_the_council_removes_it() {
	local(|| {
		assert_eq!(
			council_does(
				pallet_validator_set::Call::set_offline_threshold { sessions: 2 },
				&[Alice, Bob]
			),
			Ok(())
		);
		// Dave's node is down: the slots that are his (slot modulo 4 is 3) pass without a
		// block.
		let mut slot = u64::from(System::block_number());
		let mut reports = Vec::new();
		while Session::current_index() < 3 {
			let header = end_block();
			slot += 1;
			if slot % 4 == 3 {
				slot += 1;
			}
			start_block_at_slot(header.number() + 1, slot, header.hash());
			reports.extend(validator_events().into_iter().filter_map(|e| match e {
				Event::ValidatorOffline { session, validator, sessions } => {
					Some((session, validator, sessions))
				}
				_ => None,
			}));
		}
		// Counted from session 0, reported at two and every session after while silent.
		assert_eq!(reports, vec![(1, account(Dave), 2), (2, account(Dave), 3)]);
		assert!(Session::validators().contains(&account(Dave)));
		assert!(pallet_validator_set::Validators::<Runtime>::get().contains(&account(Dave)));
	});
}

#[test]
fn the_block_that_starts_a_session_carries_no_transactions() {
	local(|| {
		run_to_block(LOCAL_SESSION_LENGTH);
		let xt = signed_extrinsic(Alice, transfer(&account(Ferdie), 1_000_000_000_000), 0);
		assert_eq!(
			apply(xt),
			Err(sp_runtime::transaction_validity::InvalidTransaction::ExhaustsResources.into())
		);
		next_block();
		let xt = signed_extrinsic(Alice, transfer(&account(Ferdie), 1_000_000_000_000), 0);
		assert!(matches!(apply(xt), Ok(Ok(()))));
	});
}

#[test]
fn a_session_ending_with_the_most_validators_fits_in_its_block() {
	use city_runtime::configs::MAX_AUTHORITIES;
	use pallet_validator_set::WeightInfo as _;
	type Weights = <Runtime as pallet_validator_set::Config>::WeightInfo;
	let max = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	let rotation = Weights::end_session(MAX_AUTHORITIES).saturating_add(Weights::new_session());
	assert!(rotation.all_lt(max / 10), "{rotation:?} is under a tenth of {max:?}");
	assert!(Weights::end_session(MAX_AUTHORITIES).ref_time() > Weights::end_session(1).ref_time());
	assert!(Weights::note_author().ref_time() > 0);
}

/// The state of a chain that ran before sessions: Aura's and GRANDPA's authorities as genesis
/// set them, and nothing of the session or the validator set.
fn as_before_sessions() {
	for who in LOCAL {
		let keys = pallet_session::NextKeys::<Runtime>::take(account(who)).expect("keys");
		for id in <SessionKeys as OpaqueKeys>::key_ids() {
			pallet_session::KeyOwner::<Runtime>::remove((*id, keys.get_raw(*id).to_vec()));
		}
		frame_system::Pallet::<Runtime>::dec_consumers(&account(who));
	}
	pallet_session::Validators::<Runtime>::kill();
	pallet_session::QueuedKeys::<Runtime>::kill();
	pallet_validator_set::Validators::<Runtime>::kill();
}

#[test]
fn a_chain_that_ran_before_sessions_is_migrated_to_the_same_validators() {
	local(|| {
		let session_before = pallet_session::Validators::<Runtime>::get();
		let queued_before = pallet_session::QueuedKeys::<Runtime>::get();
		let consumers = frame_system::Pallet::<Runtime>::consumers(&account(Alice));
		as_before_sessions();
		assert!(Session::validators().is_empty());

		#[cfg(feature = "try-runtime")]
		let state = city_runtime::migrations::IntroduceSessions::pre_upgrade().expect("pre");
		let weight = city_runtime::migrations::IntroduceSessions::on_runtime_upgrade();
		#[cfg(feature = "try-runtime")]
		city_runtime::migrations::IntroduceSessions::post_upgrade(state).expect("post");
		assert!(weight.ref_time() > 0);

		assert_eq!(pallet_session::Validators::<Runtime>::get(), session_before);
		assert_eq!(pallet_session::QueuedKeys::<Runtime>::get(), queued_before);
		assert_eq!(
			pallet_validator_set::Validators::<Runtime>::get().into_inner(),
			LOCAL.map(account).to_vec()
		);
		assert_eq!(frame_system::Pallet::<Runtime>::consumers(&account(Alice)), consumers);

		// Run again, it changes nothing.
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		city_runtime::migrations::IntroduceSessions::on_runtime_upgrade();
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);

		// The chain goes on across sessions with the same four, and the council can add Eve.
		run_to_session(2);
		assert_eq!(Session::validators(), LOCAL.map(account).to_vec());
		next_block();
		register_keys(Eve);
		assert_eq!(council_does(add(Eve), &[Alice, Bob]), Ok(()));
		run_to_session(4);
		assert!(Session::validators().contains(&account(Eve)));
	});
}

#[test]
fn the_migration_leaves_a_chain_with_sessions_alone() {
	local(|| {
		let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
		city_runtime::migrations::IntroduceSessions::on_runtime_upgrade();
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root);
	});
}
