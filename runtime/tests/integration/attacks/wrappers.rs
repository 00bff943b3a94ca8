//! The city's transaction rules hold inside the calls that wrap others (`utility` batches,
//! `proxy.proxy`, `multisig.as_multi`): a non-resident cannot vote by wrapping the vote, a
//! proxy cannot vote for a non-resident, a multisig votes only if it is a resident, and a
//! transfer nobody can cover is refused before inclusion however it is wrapped. Each refusal
//! is the pool's, so nothing is charged.

use crate::common::*;
use city_primitives::credentials::CredentialKind;
use city_runtime::{
	configs::ProxyType,
	extensions::wrapped::{MAX_WRAPPING, WRAPPED_TOO_DEEP},
	resident_vote::NOT_A_RESIDENT,
	AccountId, Runtime, RuntimeCall, System, CITY,
};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};

const NOT_A_RESIDENT_ERROR: TransactionValidityError =
	TransactionValidityError::Invalid(InvalidTransaction::Custom(NOT_A_RESIDENT));
const CANNOT_PAY: TransactionValidityError =
	TransactionValidityError::Invalid(InvalidTransaction::Payment);

/// `who` signs `call`; the pool refuses it with `error`, so does the block builder, and
/// nothing of `who`'s changes (no nonce, no fee).
fn refused(who: Sr25519Keyring, call: RuntimeCall, error: TransactionValidityError) {
	let sender = account(who);
	let before = (free(&sender), System::account_nonce(&sender));
	let xt = signed_extrinsic(who, call.clone(), 0);
	assert_eq!(pool_validate(xt.clone()), Err(error), "the pool refuses {call:?}");
	assert_eq!(apply(xt), Err(error), "the block refuses {call:?}");
	assert_eq!((free(&sender), System::account_nonce(&sender)), before, "nothing was charged");
}

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![7] })
}

fn as_derivative(index: u16, call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::as_derivative { index, call: Box::new(call) })
}

/// `calls` in each of the batches a wallet can send.
fn every_batch(calls: Vec<RuntimeCall>) -> [RuntimeCall; 3] {
	use pallet_utility::Call;
	[
		RuntimeCall::Utility(Call::batch { calls: calls.clone() }),
		RuntimeCall::Utility(Call::batch_all { calls: calls.clone() }),
		RuntimeCall::Utility(Call::force_batch { calls }),
	]
}

#[test]
fn a_non_resident_cannot_vote_by_wrapping_the_vote() {
	dev(|| {
		let referendum = start_referendum();
		let mut wrapped: Vec<RuntimeCall> = every_batch(vec![remark(), vote(referendum)]).into();
		wrapped.push(RuntimeCall::Utility(pallet_utility::Call::if_else {
			main: Box::new(remark()),
			fallback: Box::new(vote(referendum)),
		}));
		wrapped.push(batch_all(vec![batch_all(vec![remark(), batch_all(vec![vote(referendum)])])]));
		for call in wrapped {
			refused(Dave, call, NOT_A_RESIDENT_ERROR);
		}
		// A resident's derivative account is another account, and no resident.
		refused(Bob, as_derivative(0, vote(referendum)), NOT_A_RESIDENT_ERROR);
		assert!(!has_voted(&account(Dave)));

		// A resident's vote in a batch is the resident's.
		assert_eq!(send(Bob, batch_all(vec![remark(), vote(referendum)])), Ok(()));
		assert!(has_voted(&account(Bob)));
	});
}

#[test]
fn a_proxy_cannot_vote_for_a_non_resident() {
	dev(|| {
		let (bob, dave) = (account(Bob), account(Dave));
		let referendum = start_referendum();
		// Dave (no resident) makes Bob (a resident) his governance proxy: Bob's vote for Dave
		// is Dave's, and refused, directly or in a batch.
		assert_eq!(send(Dave, add_proxy(&bob, ProxyType::Governance)), Ok(()));
		next_block();
		refused(Bob, proxy(&dave, vote(referendum)), NOT_A_RESIDENT_ERROR);
		refused(Bob, batch_all(vec![proxy(&dave, vote(referendum))]), NOT_A_RESIDENT_ERROR);
		refused(Bob, proxy(&dave, batch_all(vec![vote(referendum)])), NOT_A_RESIDENT_ERROR);
		assert!(!has_voted(&dave));
		assert!(!has_voted(&bob));
	});
}

#[test]
fn a_multisig_votes_only_if_it_is_a_resident() {
	dev(|| {
		let referendum = start_referendum();
		let pair = [Dave, Eve];
		let multisig = multisig_account(&pair, 2);

		// Dave's first approval dispatches nothing, so it is not judged; Eve's, which would
		// cast the vote, is refused: the multisig is no resident.
		assert_eq!(send(Dave, as_multi(Dave, &pair, 2, vote(referendum))), Ok(()));
		next_block();
		refused(Eve, as_multi(Eve, &pair, 2, vote(referendum)), NOT_A_RESIDENT_ERROR);
		assert!(!has_voted(&multisig));

		// Residents' 1-of-2 account is no resident either.
		let residents = [Bob, Charlie];
		let one_of_two = RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
			other_signatories: signatories(&[Charlie]),
			call: Box::new(vote(referendum)),
		});
		refused(Bob, one_of_two, NOT_A_RESIDENT_ERROR);
		assert!(!has_voted(&multisig_account(&residents, 1)));

		// Once the multisig holds a resident credential (an association registered as one,
		// say), Eve's approval casts its vote.
		grant_to(&multisig, CredentialKind::Resident);
		assert_eq!(send(Alice, transfer(&multisig, 100 * CITY)), Ok(()));
		next_block();
		assert_eq!(send(Eve, as_multi(Eve, &pair, 2, vote(referendum))), Ok(()));
		assert_eq!(multisig_results(), vec![Ok(())]);
		assert!(has_voted(&multisig));
	});
}

/// A 3-of-3 multisig Dave controls alone: himself and two derivative accounts of his.
struct DavesMultisig {
	dave: AccountId,
	derived: [AccountId; 2],
	multisig: AccountId,
	members: Vec<AccountId>,
}

fn daves_multisig() -> DavesMultisig {
	let dave = account(Dave);
	let derived = [0, 1].map(|index| pallet_utility::derivative_account_id(dave.clone(), index));
	let mut members = vec![dave.clone(), derived[0].clone(), derived[1].clone()];
	members.sort();
	let multisig = pallet_multisig::Pallet::<Runtime>::multi_account_id(&members, 3);
	DavesMultisig { dave, derived, multisig, members }
}

#[test]
fn two_approvals_in_one_transaction_cannot_cast_an_unjudged_multisig_vote() {
	dev(|| {
		let referendum = start_referendum();
		let DavesMultisig { dave, derived, multisig, members } = daves_multisig();
		let approve = |who: &AccountId| approval(who, &members, 3, vote(referendum));
		// His first approval only records itself.
		assert_eq!(send(Dave, approve(&dave)), Ok(()));
		next_block();
		// Both other approvals in one batch: the stored approvals (one) show no execution, but
		// the second approval in the batch would execute the vote as the multisig, no resident.
		let both = || {
			batch_all(vec![
				as_derivative(0, approve(&derived[0])),
				as_derivative(1, approve(&derived[1])),
			])
		};
		refused(Dave, both(), NOT_A_RESIDENT_ERROR);
		assert!(!has_voted(&multisig));

		// Had the multisig been a resident, that very transaction casts its vote: the path is
		// real, and only the rule stops it.
		grant_to(&multisig, CredentialKind::Resident);
		assert_eq!(send(Alice, transfer(&multisig, 100 * CITY)), Ok(()));
		next_block();
		assert_eq!(send(Dave, both()), Ok(()));
		assert_eq!(multisig_results(), vec![Ok(())]);
		assert!(has_voted(&multisig));
	});
}

#[test]
fn a_hash_only_approval_beside_the_executing_one_cannot_sneak_an_uncoverable_transfer() {
	dev(|| {
		use frame_support::dispatch::GetDispatchInfo;
		let DavesMultisig { dave, derived, multisig, members } = daves_multisig();
		// The multisig holds 10 CITY; the transfer takes 100.
		assert_eq!(send(Dave, transfer(&multisig, 10 * CITY)), Ok(()));
		let payment = transfer(&account(Ferdie), 100 * CITY);
		assert_eq!(send(Dave, approval(&dave, &members, 3, payment.clone())), Ok(()));
		next_block();
		// One derivative approves by hash only, the other with the call, in one batch: the
		// second makes the threshold, which the stored approvals alone would not show.
		let approve_by_hash = RuntimeCall::Multisig(pallet_multisig::Call::approve_as_multi {
			threshold: 3,
			other_signatories: members.iter().filter(|m| **m != derived[0]).cloned().collect(),
			maybe_timepoint: open_operation(&multisig, &payment),
			call_hash: sp_io::hashing::blake2_256(&codec::Encode::encode(&payment)),
			max_weight: payment.get_dispatch_info().call_weight,
		});
		let execute = approval(&derived[1], &members, 3, payment);
		let both = batch_all(vec![as_derivative(0, approve_by_hash), as_derivative(1, execute)]);
		refused(Dave, both, CANNOT_PAY);
		assert_eq!(free(&multisig), 10 * CITY);
	});
}

#[test]
fn wrapping_deeper_than_the_checks_look_is_refused() {
	dev(|| {
		// `batch`, which may nest (`batch_all` may not, in a signed transaction).
		let nested = |depth: u32| {
			(0..depth).fold(remark(), |call, _| {
				RuntimeCall::Utility(pallet_utility::Call::batch { calls: vec![call] })
			})
		};
		let too_deep =
			TransactionValidityError::Invalid(InvalidTransaction::Custom(WRAPPED_TOO_DEEP));
		refused(Eve, nested(MAX_WRAPPING + 1), too_deep);
		assert_eq!(send(Eve, nested(MAX_WRAPPING)), Ok(()));
	});
}

#[test]
fn a_batch_of_transfers_the_sender_cannot_cover_together_is_refused_before_inclusion() {
	dev(|| {
		let (eve, ferdie) = (account(Eve), account(Ferdie));
		let more_than_half = free(&eve) / 2 + CITY;
		for call in
			every_batch(vec![transfer(&ferdie, more_than_half), transfer(&ferdie, more_than_half)])
		{
			refused(Eve, call, CANNOT_PAY);
		}
		// Through a derivative account of Eve's (empty), too.
		refused(Eve, as_derivative(1, transfer(&ferdie, CITY)), CANNOT_PAY);

		let ferdie_before = free(&ferdie);
		let less_than_half = free(&eve) / 2 - CITY;
		assert_eq!(
			send(
				Eve,
				batch_all(vec![
					transfer(&ferdie, less_than_half),
					transfer(&ferdie, less_than_half)
				])
			),
			Ok(())
		);
		assert_eq!(free(&ferdie), ferdie_before + 2 * less_than_half);
	});
}

#[test]
fn a_proxy_cannot_send_a_transfer_its_real_account_cannot_cover() {
	dev(|| {
		let (dave, eve, ferdie) = (account(Dave), account(Eve), account(Ferdie));
		assert_eq!(send(Dave, add_proxy(&eve, ProxyType::Any)), Ok(()));
		next_block();
		// Eve has plenty, Dave has not that much: the transfer would be Dave's.
		let beyond_dave = free(&dave) + CITY;
		assert!(free(&eve) > beyond_dave);
		refused(Eve, proxy(&dave, transfer(&ferdie, beyond_dave)), CANNOT_PAY);
		let ferdie_before = free(&ferdie);
		assert_eq!(send(Eve, proxy(&dave, transfer(&ferdie, CITY))), Ok(()));
		assert_eq!(proxied_results(), vec![Ok(())]);
		assert_eq!(free(&ferdie), ferdie_before + CITY);
	});
}

#[test]
fn the_approval_that_would_execute_a_multisig_transfer_it_cannot_cover_is_refused() {
	dev(|| {
		let pair = [Dave, Eve];
		let multisig = multisig_account(&pair, 2);
		let ferdie = account(Ferdie);
		assert_eq!(send(Dave, transfer(&multisig, 10 * CITY)), Ok(()));
		let payment = transfer(&ferdie, 100 * CITY);

		// The first approval only records itself: not judged, whatever the balance.
		assert_eq!(send(Dave, as_multi(Dave, &pair, 2, payment.clone())), Ok(()));
		next_block();
		// The second would execute it, and the multisig holds 10 CITY: refused, not charged.
		refused(Eve, as_multi(Eve, &pair, 2, payment.clone()), CANNOT_PAY);

		// Funded, the same approval pays.
		assert_eq!(send(Dave, transfer(&multisig, 200 * CITY)), Ok(()));
		next_block();
		let ferdie_before = free(&ferdie);
		assert_eq!(send(Eve, as_multi(Eve, &pair, 2, payment)), Ok(()));
		assert_eq!(multisig_results(), vec![Ok(())]);
		assert_eq!(free(&ferdie), ferdie_before + 100 * CITY);
	});
}
