//! # City primitives
//!
//! The types every City Chain crate agrees on, and the traits city pallets talk through.
//!
//! ## Overview
//! A city pallet never depends on another city pallet's crate. What it needs from another
//! pallet it names as a `Config` item bounded by a trait from this crate (or from FRAME), and
//! the runtime connects the two. This keeps every pallet testable alone against its mock.
//!
//! - `benchmarking` (feature `runtime-benchmarks`): the set-up helpers the pallets'
//!   benchmarks share.
//! - [`credentials`]: the kinds of credential the identity registry issues, and
//!   `EnsureCredential`, the origin other pallets use to require one.
//! - [`merkle`]: the binary Merkle trees (BLAKE2-256) every commitment on the chain uses.
//! - [`metering`]: meter kinds and readings, and `OnMeterReading`, through which the IoT
//!   anchors pallet reports consumption to CityCoin's billing.
//! - [`treasury`]: the reserve fund's inflows, spend categories and obligations, and the
//!   `ReserveFund` trait through which pallets pay into and out of it.
//!
//! ## Low level details
//! - Accounts are 32-byte public keys (sr25519, ed25519 or ecdsa via `MultiSignature`).
//! - CITY has 12 decimals: one CITY is `10^12` planck ([`CITY`]).
//! - Time is counted in blocks of [`MILLISECS_PER_BLOCK`] milliseconds.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod credentials;
pub mod merkle;
pub mod metering;
pub mod treasury;

use sp_runtime::{
	traits::{IdentifyAccount, UniqueSaturatedInto, Verify},
	MultiSignature,
};

/// An index to a block.
pub type BlockNumber = u32;

/// Alias to 512-bit hash when used in the context of a transaction signature on the chain.
pub type Signature = MultiSignature;

/// An account on the chain: the 32-byte public key of its signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// A balance in planck, the smallest unit of CITY.
pub type Balance = u128;

/// The number of transactions an account has signed.
pub type Nonce = u32;

/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

/// The token's symbol, as wallets show it.
pub const TOKEN_SYMBOL: &str = "CITY";
/// The token's number of decimals: one CITY is `10^TOKEN_DECIMALS` planck.
pub const TOKEN_DECIMALS: u8 = 12;
/// The SS58 address prefix: 42, the generic Substrate prefix, until the city registers its own.
pub const SS58_PREFIX: u16 = 42;

/// One CITY, in planck.
pub const CITY: Balance = 1_000_000_000_000;
/// One thousandth of a CITY.
pub const MILLI_CITY: Balance = CITY / 1_000;
/// One millionth of a CITY.
pub const MICRO_CITY: Balance = MILLI_CITY / 1_000;

/// The target time between two blocks: Aura's slot.
pub const MILLISECS_PER_BLOCK: u64 = 6_000;
/// Blocks in a minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks in an hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks in a day.
pub const DAYS: BlockNumber = HOURS * 24;

/// The identifier from which the city's reserve account is derived
/// (`PalletId(RESERVE_FUND_PALLET_ID).into_account_truncating()`).
///
/// Transaction fees are paid into this account from genesis; the reserve fund pallet owns it.
pub const RESERVE_FUND_PALLET_ID: [u8; 8] = *b"city/rsv";

/// The period of `length` blocks that `elapsed` blocks reach: how many whole periods they
/// span (fiscal, issuance and pay periods from block 0, coupon periods from a series' start).
/// A zero length counts no period.
pub fn periods_in<N: UniqueSaturatedInto<u32>>(elapsed: N, length: N) -> u32 {
	let (elapsed, length): (u32, u32) =
		(elapsed.unique_saturated_into(), length.unique_saturated_into());
	elapsed.checked_div(length).unwrap_or_default()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn periods_count_whole_periods_only() {
		assert_eq!(periods_in(0u32, 10), 0);
		assert_eq!(periods_in(9u32, 10), 0);
		assert_eq!(periods_in(10u32, 10), 1);
		assert_eq!(periods_in(25u64, 10), 2);
		assert_eq!(periods_in(25u32, 0), 0, "a zero length counts nothing");
	}

	#[test]
	fn units_have_twelve_decimals() {
		assert_eq!(CITY, 10u128.pow(TOKEN_DECIMALS as u32));
		assert_eq!(MILLI_CITY * 1_000, CITY);
		assert_eq!(MICRO_CITY * 1_000_000, CITY);
	}

	#[test]
	fn a_day_is_14400_six_second_blocks() {
		assert_eq!(MINUTES, 10);
		assert_eq!(DAYS, 14_400);
	}
}
