//! The bonds' data: a series' terms and state, holdings, the `*Of<T>` aliases this runtime
//! stores them as, and what the runtime API reports.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::fungible::Inspect, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{traits::Zero, Perbill};

/// A balance of CITY.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A bond series, chosen by the chain (sequential).
pub type SeriesId = u32;

/// The terms of a series, fixed at issuance.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Terms<Name, Balance, BlockNumber> {
	/// Its name.
	pub name: Name,
	/// The hash of the document that says what the money is for.
	pub purpose: H256,
	/// The public works contract it finances, if any.
	pub contract: Option<u32>,
	/// The face value of one unit, in planck.
	pub face: Balance,
	/// The coupon per period, as a share of face.
	pub coupon_rate: Perbill,
	/// The length of a coupon period, in blocks.
	pub coupon_period: BlockNumber,
	/// Coupon periods to maturity.
	pub periods: u32,
	/// Units on offer.
	pub units: u32,
	/// The last block of the subscription window (it opens at issuance).
	pub subscription_end: BlockNumber,
	/// The fewest units that must sell, or the series is cancelled.
	pub min_units: u32,
	/// Units only residents may buy during the window.
	pub resident_units: u32,
}

/// Where a series stands.
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
	Debug,
)]
pub enum SeriesState {
	/// The subscription window is open (or closed and not yet settled).
	Subscription,
	/// Sold at least its minimum: coupons accrue.
	Active,
	/// Did not sell its minimum: subscribers reclaim their money.
	Cancelled,
	/// Every unit was redeemed or reclaimed.
	Closed,
}

/// A series: its terms and its state.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Series<Name, Balance, BlockNumber> {
	/// The terms.
	pub terms: Terms<Name, Balance, BlockNumber>,
	/// Where it stands.
	pub state: SeriesState,
	/// Units sold.
	pub sold: u32,
	/// Units sold to non-residents.
	pub sold_to_others: u32,
	/// Units not yet redeemed (or reclaimed).
	pub outstanding: u32,
	/// Coupon periods whose coupons are set aside in the reserve fund.
	pub funded_periods: u32,
	/// Coupons paid so far.
	pub coupons_paid: Balance,
	/// Since when a due coupon could not be set aside, if it cannot.
	pub arrears_since: Option<BlockNumber>,
	/// When the council called it early, and at what price per unit.
	pub called: Option<(BlockNumber, Balance)>,
	/// When it was declared in default (kept after it recovers, for the record).
	pub defaulted_at: Option<BlockNumber>,
}

/// What one account holds of a series.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Holding<AccountId, Balance> {
	/// Units held.
	pub units: u32,
	/// The coupon periods settled for these units (paid, or counted in `owed`).
	pub settled_through: u32,
	/// Coupons owed and not yet paid (from before a transfer).
	pub owed: Balance,
	/// Who paid the deposit for this entry: the subscriber, or the seller who transferred
	/// units to an account that held none. It is returned to them when the entry goes.
	pub depositor: AccountId,
	/// The deposit held from `depositor`.
	pub deposit: Balance,
}

impl<AccountId, Balance: Zero> Holding<AccountId, Balance> {
	/// A holding of nothing yet, its deposit paid by `depositor`.
	pub fn new(depositor: AccountId, deposit: Balance) -> Self {
		Self { units: 0, settled_through: 0, owed: Zero::zero(), depositor, deposit }
	}
}

/// A series' terms as this runtime stores them.
pub type TermsOf<T> =
	Terms<BoundedVec<u8, <T as Config>::MaxNameLen>, BalanceOf<T>, BlockNumberFor<T>>;

/// A series as this runtime stores it.
pub type SeriesOf<T> =
	Series<BoundedVec<u8, <T as Config>::MaxNameLen>, BalanceOf<T>, BlockNumberFor<T>>;

/// A holding as this runtime stores it.
pub type HoldingOf<T> = Holding<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A series as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct SeriesInfo<Name, Balance, BlockNumber> {
	/// Its id.
	pub id: SeriesId,
	/// Its terms and state.
	pub series: Series<Name, Balance, BlockNumber>,
	/// The coupon of one unit for one period.
	pub coupon_per_unit: Balance,
	/// Coupon periods ended and owed so far.
	pub due_periods: u32,
	/// When it matures: the end of its last period, or the call date.
	pub maturity: BlockNumber,
}

/// A series as this runtime's API reports it.
pub type SeriesInfoOf<T> =
	SeriesInfo<BoundedVec<u8, <T as Config>::MaxNameLen>, BalanceOf<T>, BlockNumberFor<T>>;

/// A holding as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct HoldingInfo<AccountId, Balance> {
	/// The series.
	pub series: SeriesId,
	/// The holding as stored.
	pub holding: Holding<AccountId, Balance>,
	/// Coupons accrued and unpaid: what it is owed for every period ended.
	pub accrued: Balance,
	/// What of `accrued` the fund has set aside, so a claim pays at least that now (a claim
	/// first sets aside what else the fund can).
	pub claimable: Balance,
}

/// The city's debt as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct DebtStatus<Balance> {
	/// Face value on offer or outstanding, over every series.
	pub total: Balance,
	/// The most the council may have outstanding.
	pub ceiling: Balance,
}
