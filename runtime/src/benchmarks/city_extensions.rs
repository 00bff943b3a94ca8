//! Benchmarks of the city's own transaction extensions, each at its worst case:
//! [`ChargeFeeCoveringTransfers`] on a transfer (the fee payment and the check that the sender
//! covers amount, fee and tip) and on any other call (the fee payment alone), and
//! [`CheckResidentVote`] on a vote (the voter's whole list of credentials searched); and, for
//! calls either judges inside a wrapper, the check of a wrapped transfer from another account
//! and finding the account a multisig approval dispatches as. Their weights are
//! `weights::city_extensions`.
//!
//! They run on the runtime itself (not on a mock): the extensions are the runtime's.
//!
//! The fee benchmarks whitelist the payer's account: `CheckNonce`, which comes before the fee
//! in `TxExtension` and runs on every signed transaction, reads and writes it and is charged for
//! that (`frame_system_extensions::check_nonce`), so the fee's access is to a cached item. The
//! fund's account and `FeesThisBlock`, which every fee touches, are whitelisted for every
//! benchmark (the fund's `on_initialize` pays for them once a block).

use crate::{
	extensions::{
		resident_vote::CheckResidentVote, transfer_guard::ChargeFeeCoveringTransfers,
		wrapped::executing_multisig,
	},
	AccountId, Balances, IdentityRegistry, Runtime, RuntimeCall, RuntimeOrigin, CITY,
};
use alloc::{boxed::Box, vec, vec::Vec};
use city_primitives::credentials::{CredentialInspect, CredentialKind};
use core::marker::PhantomData;
use frame_benchmarking::v2::*;
use frame_support::{
	dispatch::{GetDispatchInfo, PostDispatchInfo},
	traits::{fungible::Mutate, tokens::Preservation},
	weights::Weight,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{DispatchTransaction, TransactionExtension};

/// The benchmarks' pallet: the runtime's extensions have no pallet of their own.
pub struct Pallet<T: Config>(PhantomData<T>);

/// Implemented by the runtime alone: the extensions benchmarked are its own.
pub trait Config: frame_system::Config {}

impl Config for Runtime {}

/// The length the benchmarks give a transaction: a signed transfer's, about.
const LENGTH: usize = 150;

/// Runs `extension` on `call` from `who` as the executive does (validate, prepare, dispatch
/// replaced by a no-op, post-dispatch), and fails if the extension refuses it.
fn run<E: TransactionExtension<RuntimeCall>>(
	extension: E,
	who: AccountId,
	call: &RuntimeCall,
) -> Result<(), BenchmarkError> {
	let mut info = call.get_dispatch_info();
	info.extension_weight = extension.weight(call);
	let post = PostDispatchInfo { actual_weight: None, pays_fee: info.pays_fee };
	extension
		.test_run(RuntimeOrigin::from(RawOrigin::Signed(who)), call, &info, LENGTH, 0, |_| Ok(post))
		.map_err(|_| BenchmarkError::Stop("the extension refused the transaction"))?
		.map_err(|_| BenchmarkError::Stop("the transaction failed"))?;
	Ok(())
}

/// A payer with funds, its account whitelisted (see the module docs).
fn payer() -> AccountId {
	let payer: AccountId = account("payer", 0, 0);
	<Balances as Mutate<AccountId>>::set_balance(&payer, 1_000 * CITY);
	frame_benchmarking::benchmarking::add_to_whitelist(
		frame_system::Account::<Runtime>::hashed_key_for(&payer).into(),
	);
	payer
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The fee payment on a `transfer_keep_alive`, with the check that the sender's balance
	/// covers the amount, fee and tip.
	#[benchmark]
	fn charge_fee_covering_transfer() -> Result<(), BenchmarkError> {
		let sender = payer();
		let dest: AccountId = account("dest", 0, 0);
		let call: RuntimeCall =
			pallet_balances::Call::transfer_keep_alive { dest: dest.into(), value: CITY }.into();
		let extension = ChargeFeeCoveringTransfers::from(CITY / 1_000);

		#[block]
		{
			run(extension, sender, &call)?;
		}

		Ok(())
	}

	/// The fee payment on a call that is not a transfer (a remark): no balance check.
	#[benchmark]
	fn charge_fee() -> Result<(), BenchmarkError> {
		let sender = payer();
		let call: RuntimeCall = frame_system::Call::remark { remark: alloc::vec![0; 32] }.into();
		let extension = ChargeFeeCoveringTransfers::from(CITY / 1_000);

		#[block]
		{
			run(extension, sender, &call)?;
		}

		Ok(())
	}

	/// The resident check on a `democracy.vote` from a voter whose list of credentials is full
	/// of resident credentials, suspended but the last (which is active): every one is read.
	#[benchmark]
	fn check_resident_vote() -> Result<(), BenchmarkError> {
		let voter: AccountId = account("voter", 0, 0);
		<IdentityRegistry as CredentialInspect<AccountId>>::grant_for_benchmarks(
			&voter,
			CredentialKind::Resident,
		);
		let call: RuntimeCall = pallet_democracy::Call::vote {
			ref_index: 0,
			vote: pallet_democracy::AccountVote::Standard {
				vote: pallet_democracy::Vote {
					aye: true,
					conviction: pallet_democracy::Conviction::None,
				},
				balance: CITY,
			},
		}
		.into();
		assert!(CheckResidentVote::is_participation(&call));

		#[block]
		{
			run(CheckResidentVote, voter, &call)?;
		}

		Ok(())
	}

	/// The check that an account other than the payer (a proxied account, a multisig) covers
	/// what a wrapped transfer takes from it: its account is read.
	#[benchmark]
	fn cover_wrapped_transfer() -> Result<(), BenchmarkError> {
		let from: AccountId = account("from", 0, 0);
		<Balances as Mutate<AccountId>>::set_balance(&from, 1_000 * CITY);
		let covered;

		#[block]
		{
			covered = ChargeFeeCoveringTransfers::can_cover(&from, CITY, 0, Preservation::Preserve);
		}

		assert!(covered);
		Ok(())
	}

	/// Finding the account a wrapped call acts as through `multisig.as_multi` of `s`
	/// signatories, threshold two, and a call of `z` bytes: the multisig account derived, the
	/// call hashed, the open operation read, and this approval found to execute it.
	#[benchmark]
	fn unwrap_as_multi(
		s: Linear<2, { crate::configs::MAX_SIGNATORIES }>,
		z: Linear<0, 10_000>,
	) -> Result<(), BenchmarkError> {
		let mut signatories: Vec<AccountId> = (0..s).map(|i| account("signatory", i, 0)).collect();
		signatories.sort();
		let first = signatories[0].clone();
		let second = signatories[1].clone();
		let others_of = |who: &AccountId| -> Vec<AccountId> {
			signatories.iter().filter(|other| *other != who).cloned().collect()
		};
		<Balances as Mutate<AccountId>>::set_balance(&first, 1_000 * CITY);
		let call: RuntimeCall = frame_system::Call::remark { remark: vec![0; z as usize] }.into();
		pallet_multisig::Pallet::<Runtime>::as_multi(
			RawOrigin::Signed(first.clone()).into(),
			2,
			others_of(&first),
			None,
			Box::new(call.clone()),
			Weight::zero(),
		)
		.map_err(|_| BenchmarkError::Stop("the multisig operation did not open"))?;
		let others = others_of(&second);
		let multisig;

		#[block]
		{
			multisig = executing_multisig(&second, 2, &others, &call);
		}

		assert!(multisig.is_some());
		Ok(())
	}
}
