//! CityCoin's data types: what it stores, and the views its runtime API reports.

use crate::{Config, Department, MeterKind};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

/// A balance of CITY.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A city service, chosen by the chain (sequential).
pub type ServiceId = u32;

/// A receipt, chosen by the chain (sequential).
pub type ReceiptId = u64;

/// What was minted and burned in one issuance period.
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
	Default,
)]
pub struct IssuanceRecord<Balance> {
	/// What the council may mint, and separately burn, this period: the cap times total
	/// issuance at the period's first mint or burn.
	pub allowance: Balance,
	/// Minted by the council.
	pub council_minted: Balance,
	/// Burned by the council.
	pub council_burned: Balance,
	/// Minted by Root (no cap).
	pub root_minted: Balance,
	/// Burned by Root (no cap).
	pub root_burned: Balance,
}

/// A city service in the catalogue.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Service<Name, Balance> {
	/// Its name.
	pub name: Name,
	/// The department that provides it.
	pub department: Department,
	/// Its price in planck, before the city tax.
	pub price: Balance,
	/// Whether only residents (an active resident credential) may buy it.
	pub resident_only: bool,
	/// Whether it can be bought now.
	pub active: bool,
}

/// The record of a service payment.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Receipt<AccountId, Balance, BlockNumber> {
	/// Who paid.
	pub payer: AccountId,
	/// For which service.
	pub service: ServiceId,
	/// The price paid.
	pub price: Balance,
	/// The city tax paid on top.
	pub tax: Balance,
	/// The payer's reference (an order number's hash).
	pub reference: H256,
	/// When.
	pub at: BlockNumber,
}

/// A change of wage that applies from a later pay period.
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
pub struct PendingWage<Balance> {
	/// The first pay period paid at the new wage (the one after the change was made).
	pub from_period: u32,
	/// The new wage per pay period.
	pub wage: Balance,
}

/// An employee on the payroll.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Employee<Balance> {
	/// The department they work for.
	pub department: Department,
	/// Their role in it.
	pub role: u16,
	/// Their wage per pay period, for every period before `pending`'s first.
	pub wage: Balance,
	/// A change of wage not yet in force for every unsettled period: the periods from its
	/// `from_period` on are paid at its wage.
	pub pending: Option<PendingWage<Balance>>,
	/// Wages due and not yet paid.
	pub arrears: Balance,
	/// The last pay period their wage was settled for (paid or put in arrears).
	pub settled_through: u32,
	/// Whether they left: no more wages, arrears still paid.
	pub departed: bool,
}

/// A payroll run in progress.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct PayrollRun<AccountId, Balance> {
	/// The pay period it started in: it settles the period before.
	pub period: u32,
	/// The last employee it handled.
	pub cursor: Option<AccountId>,
	/// What it paid so far.
	pub paid: Balance,
	/// What it put in arrears so far.
	pub owed: Balance,
}

/// What a meter's consumer owes and has not paid.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct OpenBill<Balance, BlockNumber> {
	/// What the meter measures.
	pub kind: MeterKind,
	/// Units billed and unpaid, as metered (a resolution changes the amount, not these).
	pub units: u64,
	/// What they cost (or what the council resolved the bill to).
	pub amount: Balance,
	/// The block of the oldest unpaid reading.
	pub since: BlockNumber,
	/// Whether a reading above the kind's plausible use (or of a kind without a cap) was
	/// added to it: it waits for the council's `resolve_bill`, or for someone to settle it.
	pub held: bool,
	/// The hash of the consumer's evidence, if they disputed the bill.
	pub disputed: Option<H256>,
}

/// A service as this runtime stores it.
pub type ServiceOf<T> = Service<BoundedVec<u8, <T as Config>::MaxServiceNameLen>, BalanceOf<T>>;

/// A receipt as this runtime stores it.
pub type ReceiptOf<T> =
	Receipt<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// An employee as this runtime stores them.
pub type EmployeeOf<T> = Employee<BalanceOf<T>>;

/// A payroll run as this runtime stores it.
pub type PayrollRunOf<T> = PayrollRun<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// An open bill as this runtime stores it.
pub type OpenBillOf<T> = OpenBill<BalanceOf<T>, BlockNumberFor<T>>;

/// What settling one employee paid them and left them owed.
#[derive(Default)]
pub(crate) struct Settlement<Balance> {
	/// Paid: arrears first, then wages.
	pub paid: Balance,
	/// The wages this settlement added that were put in arrears (paying oldest first).
	pub owed: Balance,
	/// Their arrears before.
	pub arrears_before: Balance,
	/// Their arrears after.
	pub arrears_after: Balance,
}

/// The issuance policy's state, as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct IssuanceStatus<Balance> {
	/// The current issuance period.
	pub period: u32,
	/// The council's cap per period.
	pub cap: Perbill,
	/// This period's record (`None`: nothing minted or burned yet).
	pub record: Option<IssuanceRecord<Balance>>,
	/// All CITY in existence.
	pub total_issuance: Balance,
}

/// The payroll's state, as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PayrollStatus<Balance> {
	/// The current pay period.
	pub period: u32,
	/// The last pay period whose run finished.
	pub last_run: u32,
	/// Whether a run is in progress.
	pub running: bool,
	/// Employees on the payroll.
	pub employees: u32,
	/// Wages owed.
	pub arrears: Balance,
}
