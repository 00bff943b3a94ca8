//! Set-up helpers the city pallets' benchmarks share (feature `runtime-benchmarks`), so each
//! is written once.

use crate::credentials::{CredentialInspect, CredentialKind};
use codec::Decode;
use frame_support::traits::fungible::Mutate;
use sp_runtime::DispatchError;

/// Mints `amount` into `who` with currency `C`.
///
/// # Errors
/// What the currency says if it cannot (the benchmark then reports itself weightless).
pub fn endow<AccountId: Eq, C: Mutate<AccountId>>(
	who: &AccountId,
	amount: C::Balance,
) -> Result<(), DispatchError> {
	C::mint_into(who, amount).map(|_| ())
}

/// The benchmark account `name`, `index` (`frame_benchmarking::account(name, index, 0)`),
/// holding an active credential of `kind` (granted by `Credentials`, the registry's own rules
/// aside) and `amount` minted with currency `C`: a resident, an operator or an official, as
/// the benchmark needs.
///
/// # Errors
/// What the currency says if it cannot mint (the benchmark then reports itself weightless).
pub fn credentialed<AccountId, Credentials, C>(
	name: &'static str,
	index: u32,
	kind: CredentialKind,
	amount: C::Balance,
) -> Result<AccountId, DispatchError>
where
	AccountId: Decode + Eq,
	Credentials: CredentialInspect<AccountId>,
	C: Mutate<AccountId>,
{
	let who: AccountId = frame_benchmarking::account(name, index, 0);
	Credentials::grant_for_benchmarks(&who, kind);
	endow::<AccountId, C>(&who, amount)?;
	Ok(who)
}
