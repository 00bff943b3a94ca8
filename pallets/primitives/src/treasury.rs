//! The city's money flows: what the reserve fund receives and pays, what other pallets owe
//! from it, and the trait through which they move money in and out of it.
//!
//! A pallet that takes payments for the city (services, fines, bond subscriptions) or pays
//! from it (wages, coupons, redemptions) names a `Config` item bounded by [`ReserveFund`]; the
//! runtime sets it to the reserve fund pallet, the pallet's mock to anything it likes.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::DispatchError;

/// Why money came into the fund.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Inflow {
	/// Transaction fees and tips.
	Fees,
	/// Payment for a city service.
	ServicePayment,
	/// A fine.
	Fine,
	/// Money raised by a bond.
	BondSubscription,
	/// A metered bill (water, power, ...).
	MeteredBill,
	/// A donation from anyone.
	Donation,
	/// Another source, by a code the council documents.
	Other(u16),
	/// A tax (a vehicle's transfer tax).
	Tax,
}

/// What the fund spends on: the categories budgets are set for.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum SpendCategory {
	/// Roads, buildings, public works contracts.
	PublicWorks,
	/// Wages of the city's employees.
	Payroll,
	/// Bond coupons and principal.
	DebtService,
	/// Running the city's services.
	Operations,
	/// Grants to residents and associations.
	Grants,
	/// Emergencies.
	Emergency,
	/// Another category, by a code the council documents.
	Other(u16),
	/// Rewards of the validators, per session authored (appended: the encoding of the
	/// categories before it is unchanged).
	ValidatorRewards,
}

/// What the fund owes: the kinds of obligation other pallets reserve it for.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Obligation {
	/// Bond coupons due.
	BondCoupons,
	/// Bond principal due at maturity.
	BondPrincipal,
	/// Unpaid milestones of awarded public works contracts.
	Contracts,
	/// Wages owed that the fund set aside (none yet: arrears are kept by CityCoin until the
	/// fund can pay them).
	Payroll,
}

/// The city's reserve fund as other pallets see it.
pub trait ReserveFund<AccountId, Balance> {
	/// The fund's account.
	fn account() -> AccountId;

	/// Moves `amount` from `from` into the fund, recorded as `inflow` with the reference of
	/// the off-chain document (`H256::zero()` if there is none). `from` is kept alive.
	fn receive(
		from: &AccountId,
		amount: Balance,
		inflow: Inflow,
		reference: H256,
	) -> Result<(), DispatchError>;

	/// Pays `amount` from the fund to `to` for an obligation the caller reserved earlier,
	/// releasing that much of it. Budgets and the floor do not apply: the money was already set
	/// aside.
	fn pay_obligation(
		to: &AccountId,
		amount: Balance,
		obligation: Obligation,
		category: SpendCategory,
		reference: H256,
	) -> Result<(), DispatchError>;

	/// Pays `amount` of the fund's free funds (never what it owes) to `to` for `category`: a
	/// payment another pallet makes for the city as it falls due (a wage). It binds as a
	/// council's spend does: it counts against `category`'s budget for the fiscal period (a
	/// category without a budget pays nothing) and never leaves free funds below the reserve
	/// floor. Fails, changing nothing, if the free funds, the budget or the floor cannot
	/// cover it.
	fn pay(
		to: &AccountId,
		amount: Balance,
		category: SpendCategory,
		reference: H256,
	) -> Result<(), DispatchError>;

	/// Sets `amount` of the fund aside for `obligation`. Fails if the fund's free balance
	/// cannot cover it.
	fn reserve(obligation: Obligation, amount: Balance) -> Result<(), DispatchError>;

	/// Releases `amount` set aside for `obligation` (at most what is set aside).
	fn release(obligation: Obligation, amount: Balance);

	/// What the fund holds beyond its obligations.
	fn free_balance() -> Balance;

	/// Whether free funds would stay at or above the reserve floor (the share of obligations
	/// the city keeps free) if `incoming` came into the fund and `new_obligations` were added
	/// to what it owes. What the new obligations exceed `incoming` by comes out of free funds.
	/// A pallet that takes on debt for the city (a bond series) asks before it does.
	fn within_floor(incoming: Balance, new_obligations: Balance) -> bool;
}
