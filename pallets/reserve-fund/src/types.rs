//! The reserve fund's data types: what it stores (budgets, contracts and their milestones),
//! the view its runtime API reports ([`FundStatus`]), and the private kinds its one set of
//! outflow rules tells apart.

use crate::{Config, Obligation, SpendCategory};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	Permill,
};

/// A balance of the fund's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A category's budget in a fiscal period.
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
pub struct Budget<Balance> {
	/// The most the category may spend in a fiscal period.
	pub limit: Balance,
	/// The fiscal period `spent` counts in.
	pub period: u32,
	/// What the category spent in that period (Root's spends included).
	pub spent: Balance,
}

/// A public works contract, chosen by the chain (sequential).
pub type ContractId = u32;

/// Where a milestone stands.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum MilestoneState<AccountId, BlockNumber> {
	/// Waiting for an inspector.
	Pending,
	/// Certified at the block by the inspector; payable once the challenge period is over.
	Certified {
		/// When.
		at: BlockNumber,
		/// By whom.
		by: AccountId,
	},
	/// Paid at the block.
	Paid {
		/// When.
		at: BlockNumber,
	},
}

/// One milestone of a contract.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Milestone<AccountId, Balance, BlockNumber> {
	/// What it pays.
	pub amount: Balance,
	/// The hash of its specification.
	pub document: H256,
	/// Where it stands.
	pub state: MilestoneState<AccountId, BlockNumber>,
}

/// A public works contract.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(MaxMilestones))]
pub struct Contract<AccountId, Balance, BlockNumber, MaxMilestones>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxMilestones: Get<u32>,
{
	/// Who is paid.
	pub contractor: AccountId,
	/// The milestones, in order.
	pub milestones: BoundedVec<Milestone<AccountId, Balance, BlockNumber>, MaxMilestones>,
	/// Whether the council cancelled it.
	pub cancelled: bool,
}

impl<AccountId, Balance, BlockNumber, MaxMilestones>
	Contract<AccountId, Balance, BlockNumber, MaxMilestones>
where
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug + Saturating + Zero + Copy,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxMilestones: Get<u32>,
{
	/// What its unpaid milestones add up to.
	pub fn unpaid(&self) -> Balance {
		self.milestones
			.iter()
			.filter(|m| !matches!(m.state, MilestoneState::Paid { .. }))
			.fold(Zero::zero(), |sum: Balance, m| sum.saturating_add(m.amount))
	}
}

/// A contract as this runtime stores it.
pub type ContractOf<T> = Contract<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as Config>::MaxMilestones,
>;

/// The fund's state at a block, as the runtime API reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct FundStatus<AccountId, Balance> {
	/// The fund's account.
	pub account: AccountId,
	/// What the fund's account holds.
	pub balance: Balance,
	/// What is set aside, by kind.
	pub obligations: Vec<(Obligation, Balance)>,
	/// The sum of the obligations.
	pub total_obligations: Balance,
	/// Balance minus obligations.
	pub free: Balance,
	/// Balance over obligations, in parts per million (`None` without obligations).
	pub coverage_ppm: Option<u128>,
	/// The reserve floor.
	pub reserve_floor: Permill,
	/// The current fiscal period.
	pub period: u32,
	/// Each budget: category, limit, spent this period.
	pub budgets: Vec<(SpendCategory, Balance, Balance)>,
}

/// Who moves money out of the fund, and so which of its rules bind them.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Spender<Balance> {
	/// Root (a referendum): no cap, budget or floor; what it moves still counts in a budget.
	Root,
	/// An origin that moves up to this much at once, within budget and floor.
	UpTo(Balance),
	/// A pallet paying what falls due (a wage): no cap of its own, but budget and floor.
	Pallet,
}

/// The kinds of outflow: where the money goes decides how the floor is reckoned, and which
/// error says free funds fall short.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Outflow {
	/// `spend`: paid out of the fund (short: `ObligatedFunds`).
	Spend,
	/// `award_contract`: kept in the fund, set aside as an obligation (short:
	/// `InsufficientFreeFunds`).
	Contract,
	/// `ReserveFund::pay`: paid out of the fund (short: `InsufficientFreeFunds`).
	Payment,
}
