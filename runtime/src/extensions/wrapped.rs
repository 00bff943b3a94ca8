//! What a transaction dispatches, looked at through the calls that wrap other calls, with the
//! account each inner call acts as. The city's two checking extensions
//! ([`super::resident_vote`], [`super::transfer_guard`]) judge each inner call this way, so
//! wrapping a call changes nothing about whether it is allowed:
//! - `utility.batch`, `batch_all`, `force_batch`, `if_else`: each call, as the same account;
//! - `utility.as_derivative`: the call, as the derivative account;
//! - `proxy.proxy`, `proxy.proxy_announced`: the call, as the proxied (real) account;
//! - `multisig.as_multi_threshold_1`, and `multisig.as_multi` when this approval executes the
//!   call (the operation holds enough approvals with this one): the call, as the multisig
//!   account. An approval that only records itself dispatches nothing, so nothing under it is
//!   judged; the approval that executes the call is.
//! - A transaction with two or more multisig approvals (`as_multi`, `approve_as_multi`, at any
//!   depth: say two derivative accounts' approvals in one batch) could make an operation's
//!   threshold within itself, which the stored approvals do not show: in it, every `as_multi`
//!   is judged as if it executed. That refuses more than it must (two approvals of one
//!   operation cannot both execute, yet both are judged), never less.
//!
//! A wrapper that fails before it dispatches anything (an address that is not an account,
//! signatories out of order or including the signer, too many of them, an `as_multi` threshold
//! below two) is not looked into: its calls never run. Nor are the wrappers only Root may use
//! (`dispatch_as`, `dispatch_as_fallible`, `with_weight`): a signed transaction's fail.
//!
//! A transaction wrapping calls more than [`MAX_WRAPPING`] deep is refused with
//! `InvalidTransaction::Custom(`[`WRAPPED_TOO_DEEP`]`)`, whatever it holds: what the checks do
//! not see, they do not let through.

use crate::{
	configs::MAX_SIGNATORIES, weights::city_extensions::WeightInfo as _, AccountId, Address,
	Runtime, RuntimeCall,
};
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_support::weights::Weight;
use sp_runtime::{
	traits::{BlakeTwo256, Hash, StaticLookup},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

type CityExtensionsWeight = crate::weights::city_extensions::SubstrateWeight<Runtime>;

/// How many wrappers deep the checks look; a transaction wrapping deeper is refused.
pub const MAX_WRAPPING: u32 = 8;

/// The custom validity error of a transaction wrapping calls deeper than [`MAX_WRAPPING`].
pub const WRAPPED_TOO_DEEP: u8 = 2;

/// A call a wrapper dispatches, and the account it acts as, relative to the wrapper's.
enum Inner<'a> {
	/// As the same account.
	Same(&'a RuntimeCall),
	/// As the caller's derivative account with this index.
	Derivative(u16, &'a RuntimeCall),
	/// As the proxied account.
	Proxied(&'a Address, &'a RuntimeCall),
	/// As the multisig account of the caller and these signatories with this threshold, if this
	/// approval executes it (`as_multi`).
	Multisig(u16, &'a [AccountId], &'a RuntimeCall),
	/// As the 1-of-n multisig account of the caller and these signatories, always.
	MultisigOfOne(&'a [AccountId], &'a RuntimeCall),
}

impl<'a> Inner<'a> {
	fn call(&self) -> &'a RuntimeCall {
		match self {
			Inner::Same(call)
			| Inner::Derivative(_, call)
			| Inner::Proxied(_, call)
			| Inner::Multisig(_, _, call)
			| Inner::MultisigOfOne(_, call) => call,
		}
	}

	/// The account the inner call acts as when the wrapper is dispatched by `who`, or `None`
	/// if the wrapper dispatches nothing; with `approving_more`, the transaction holds other
	/// multisig approvals, and an `as_multi` is taken to execute.
	fn acting(&self, who: &AccountId, approving_more: bool) -> Option<AccountId> {
		match self {
			Inner::Multisig(threshold, others, _) if approving_more => {
				(*threshold >= 2).then(|| multisig_account(who, *threshold, others)).flatten()
			}
			Inner::Same(_) => Some(who.clone()),
			Inner::Derivative(index, _) => {
				Some(pallet_utility::derivative_account_id(who.clone(), *index))
			}
			Inner::Proxied(real, _) => {
				<Runtime as frame_system::Config>::Lookup::lookup((*real).clone()).ok()
			}
			Inner::Multisig(threshold, others, call) => {
				executing_multisig(who, *threshold, others, call)
			}
			Inner::MultisigOfOne(others, _) => multisig_account(who, 1, others),
		}
	}

	/// What finding the acting account costs, beyond the walk (measured:
	/// `weights::city_extensions`).
	fn weight(&self) -> Weight {
		match self {
			// The address is an account's (`MultiAddress::Id`): nothing is read.
			Inner::Same(_) | Inner::Proxied(..) => Weight::zero(),
			// One hash of an account and an index: less than the least multisig's.
			Inner::Derivative(..) => CityExtensionsWeight::unwrap_as_multi(1, 0),
			Inner::Multisig(_, others, call) | Inner::MultisigOfOne(others, call) => {
				CityExtensionsWeight::unwrap_as_multi(
					u32::try_from(others.len()).unwrap_or(u32::MAX).saturating_add(1),
					u32::try_from(call.encoded_size()).unwrap_or(u32::MAX),
				)
			}
		}
	}
}

/// The calls `call` wraps, in dispatch order (none if it wraps none).
fn inner_calls(call: &RuntimeCall) -> Vec<Inner<'_>> {
	use pallet_multisig::Call as MultisigCall;
	use pallet_proxy::Call as ProxyCall;
	use pallet_utility::Call as UtilityCall;
	match call {
		RuntimeCall::Utility(
			UtilityCall::batch { calls }
			| UtilityCall::batch_all { calls }
			| UtilityCall::force_batch { calls },
		) => calls.iter().map(Inner::Same).collect(),
		RuntimeCall::Utility(UtilityCall::if_else { main, fallback }) => {
			vec![Inner::Same(main), Inner::Same(fallback)]
		}
		RuntimeCall::Utility(UtilityCall::as_derivative { index, call }) => {
			vec![Inner::Derivative(*index, call)]
		}
		RuntimeCall::Proxy(
			ProxyCall::proxy { real, call, .. } | ProxyCall::proxy_announced { real, call, .. },
		) => vec![Inner::Proxied(real, call)],
		RuntimeCall::Multisig(MultisigCall::as_multi_threshold_1 { other_signatories, call }) => {
			vec![Inner::MultisigOfOne(other_signatories, call)]
		}
		RuntimeCall::Multisig(MultisigCall::as_multi {
			threshold,
			other_signatories,
			call,
			..
		}) => vec![Inner::Multisig(*threshold, other_signatories, call)],
		_ => vec![],
	}
}

/// The multisig account of `who` and `others` with `threshold`, if `multisig` would accept
/// them as its signatories: `others` sorted, without `who`, fewer than [`MAX_SIGNATORIES`].
fn multisig_account(who: &AccountId, threshold: u16, others: &[AccountId]) -> Option<AccountId> {
	if others.is_empty() || others.len() >= MAX_SIGNATORIES as usize {
		return None;
	}
	if !others.windows(2).all(|pair| pair[0] < pair[1]) {
		return None;
	}
	let at = others.binary_search(who).err()?;
	let mut signatories = Vec::with_capacity(others.len() + 1);
	signatories.extend_from_slice(&others[..at]);
	signatories.push(who.clone());
	signatories.extend_from_slice(&others[at..]);
	Some(pallet_multisig::Pallet::<Runtime>::multi_account_id(&signatories, threshold))
}

/// The multisig account that `who`'s `as_multi` of `call` dispatches it as, if this approval
/// executes it: the operation is open and holds `threshold` approvals with `who`'s.
pub fn executing_multisig(
	who: &AccountId,
	threshold: u16,
	others: &[AccountId],
	call: &RuntimeCall,
) -> Option<AccountId> {
	if threshold < 2 {
		return None;
	}
	let id = multisig_account(who, threshold, others)?;
	let hash = <BlakeTwo256 as Hash>::hash_of(call).0;
	let operation = pallet_multisig::Multisigs::<Runtime>::get(&id, hash)?;
	let mut approvals = operation.approvals.len();
	if operation.approvals.binary_search(who).is_err() && approvals < usize::from(threshold) {
		approvals = approvals.saturating_add(1);
	}
	(approvals >= usize::from(threshold)).then_some(id)
}

/// Whether `call` approves a multisig operation (`as_multi` or `approve_as_multi`).
fn is_approval(call: &RuntimeCall) -> bool {
	matches!(
		call,
		RuntimeCall::Multisig(
			pallet_multisig::Call::as_multi { .. } | pallet_multisig::Call::approve_as_multi { .. }
		)
	)
}

/// What `call` and the calls it wraps hold: whether any is `wanted`, and how many multisig
/// approvals there are; refused if it wraps deeper than [`MAX_WRAPPING`] (`depth` is how deep
/// `call` already is).
fn survey(
	call: &RuntimeCall,
	wanted: fn(&RuntimeCall) -> bool,
	depth: u32,
) -> Result<(bool, u32), TransactionValidityError> {
	let (mut found, mut approvals) = (wanted(call), u32::from(is_approval(call)));
	for inner in inner_calls(call) {
		if depth >= MAX_WRAPPING {
			return Err(InvalidTransaction::Custom(WRAPPED_TOO_DEEP).into());
		}
		let (found_below, approvals_below) = survey(inner.call(), wanted, depth + 1)?;
		found |= found_below;
		approvals = approvals.saturating_add(approvals_below);
	}
	Ok((found, approvals))
}

/// Calls `judge` with every `wanted` call that `who`'s transaction of `call` dispatches, and
/// the account it acts as (see the module docs); stops at the first error.
pub fn judge(
	who: &AccountId,
	call: &RuntimeCall,
	wanted: fn(&RuntimeCall) -> bool,
	judge: &mut impl FnMut(&AccountId, &RuntimeCall) -> Result<(), TransactionValidityError>,
) -> Result<(), TransactionValidityError> {
	let (found, approvals) = survey(call, wanted, 0)?;
	if !found {
		return Ok(());
	}
	judge_within(who, call, wanted, approvals >= 2, judge)
}

/// [`judge`] on a call whose depth was checked.
fn judge_within(
	who: &AccountId,
	call: &RuntimeCall,
	wanted: fn(&RuntimeCall) -> bool,
	approving_more: bool,
	judge: &mut impl FnMut(&AccountId, &RuntimeCall) -> Result<(), TransactionValidityError>,
) -> Result<(), TransactionValidityError> {
	if wanted(call) {
		judge(who, call)?;
	}
	for inner in inner_calls(call) {
		// Finding a multisig's or a derivative's account hashes (and a multisig's reads its
		// operation): only if there is something to judge under it.
		let costs = !matches!(inner, Inner::Same(_) | Inner::Proxied(..));
		if costs && !survey(inner.call(), wanted, 0).map_or(true, |(found, _)| found) {
			continue;
		}
		if let Some(acting) = inner.acting(who, approving_more) {
			judge_within(&acting, inner.call(), wanted, approving_more, judge)?;
		}
	}
	Ok(())
}

/// How many `wanted` calls `call` is or wraps (each as if every wrapper executed), and what
/// finding the accounts they act as costs: the weight the checking extensions add per call
/// judged is theirs.
pub fn count(call: &RuntimeCall, wanted: fn(&RuntimeCall) -> bool) -> (u32, Weight) {
	count_within(call, wanted, 0)
}

fn count_within(call: &RuntimeCall, wanted: fn(&RuntimeCall) -> bool, depth: u32) -> (u32, Weight) {
	let mut found = u32::from(wanted(call));
	let mut weight = Weight::zero();
	if depth >= MAX_WRAPPING {
		// Refused by `judge` before any account is found.
		return (found, weight);
	}
	for inner in inner_calls(call) {
		let (below, below_weight) = count_within(inner.call(), wanted, depth + 1);
		if below > 0 {
			found = found.saturating_add(below);
			weight = weight.saturating_add(inner.weight()).saturating_add(below_weight);
		}
	}
	(found, weight)
}
