//! CITY and fees: `Balances` and `TransactionPayment`.
//!
//! Fees are paid in CITY and go whole (none burned) to the city's reserve fund, whose account
//! is derived from [`city_primitives::RESERVE_FUND_PALLET_ID`]; the fund reports each
//! block's fees in one `Received` (`Fees`) event.

use crate::{
	AccountId, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	CITY, EXISTENTIAL_DEPOSIT, MICRO_CITY,
};
use core::marker::PhantomData;
use frame_support::{
	dispatch::DispatchClass,
	parameter_types,
	traits::{fungible, ConstU32, ConstU8, OnUnbalanced, VariantCountOf},
	weights::{ConstantMultiplier, IdentityFee, Weight},
	PalletId,
};
use pallet_transaction_payment::{
	FungibleAdapter, Multiplier, MultiplierUpdate, TargetedFeeAdjustment,
};
use sp_runtime::{
	traits::{Convert, One},
	FixedPointNumber, Perquintill,
};

/// What storing something costs in deposit, for whoever stores it (preimages, proxies,
/// announcements, open multisig operations): one CITY an item and 10 micro-CITY a byte.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * STORAGE_ITEM_DEPOSIT + bytes as Balance * STORAGE_BYTE_DEPOSIT
}
/// The deposit for one stored item.
pub const STORAGE_ITEM_DEPOSIT: Balance = CITY;
/// The deposit for one stored byte.
pub const STORAGE_BYTE_DEPOSIT: Balance = 10 * MICRO_CITY;

parameter_types! {
	/// The identifier of the city's reserve account.
	pub const ReserveFundPalletId: PalletId = PalletId(city_primitives::RESERVE_FUND_PALLET_ID);
	/// The city's reserve account, as the reserve fund derives it from its `PalletId`: fees,
	/// dust and slashed deposits are paid into it.
	pub CityReserveAccount: AccountId = crate::ReserveFund::account_id();
	pub const ExistentialDeposit: Balance = EXISTENTIAL_DEPOSIT;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	/// Dust (what is left below the existential deposit when an account is reaped) goes to
	/// the reserve, so no CITY disappears unaccounted.
	type DustRemoval = ToCityReserve;
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = frame_system::Pallet<Runtime>;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

/// Pays dust and slashed deposits into the city's reserve account, silently (fees go through
/// the fund's `CollectFees`, which reports them).
pub struct ToCityReserve;

impl OnUnbalanced<fungible::Credit<AccountId, Balances>> for ToCityReserve {
	fn on_nonzero_unbalanced(amount: fungible::Credit<AccountId, Balances>) {
		// The reserve account is endowed at genesis and cannot be reaped (the fund's spends
		// keep it alive), so resolving cannot fail for want of an existential deposit; if it
		// ever did, the credit is dropped (burned), which keeps total issuance exact.
		let _ = <Balances as fungible::Balanced<AccountId>>::resolve(
			&CityReserveAccount::get(),
			amount,
		);
	}
}

/// Slashed reservable-currency deposits (pallet-democracy's) go to the reserve too.
impl OnUnbalanced<pallet_balances::NegativeImbalance<Runtime>> for ToCityReserve {
	fn on_nonzero_unbalanced(amount: pallet_balances::NegativeImbalance<Runtime>) {
		use frame_support::traits::Currency;
		// Moves the slashed amount into the reserve without changing total issuance.
		<Balances as Currency<AccountId>>::resolve_creating(&CityReserveAccount::get(), amount);
	}
}

parameter_types! {
	/// One micro-CITY per byte: a plain transfer's length costs about 0.00015 CITY.
	pub const TransactionByteFee: Balance = MICRO_CITY;
	/// Fees start rising when blocks are more than a quarter full.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// How fast fees adjust to congestion (Polkadot's value).
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never fall below their base level.
	pub MinimumMultiplier: Multiplier = Multiplier::one();
	/// Nor rise without bound.
	pub MaximumMultiplier: Multiplier = Multiplier::saturating_from_integer(1_000);
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Fees and tips go whole to the city's reserve fund.
	type OnChargeTransaction = FungibleAdapter<Balances, pallet_reserve_fund::CollectFees<Runtime>>;
	/// Operational transactions (governance) pay five times more priority per fee unit.
	type OperationalFeeMultiplier = ConstU8<5>;
	/// One planck per unit of weight: a transfer's computation costs about 0.0002 CITY.
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	/// Fees adjust to the block's fullness without the free IoT anchors in it.
	type FeeMultiplierUpdate = WithoutFreeAnchors<
		TargetedFeeAdjustment<
			Self,
			TargetBlockFullness,
			AdjustmentVariable,
			MinimumMultiplier,
			MaximumMultiplier,
		>,
	>;
	/// Measured with the reserve fund's fee collector (`CollectFees`) taking the fee.
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

/// A fee adjustment `M` that sees the block as if its free IoT anchors were not in it: anchors
/// pay nothing and have a budget of their own (`IotAnchors`' `MaxAnchorWeight`), so however
/// many there are, they never raise what other users pay.
pub struct WithoutFreeAnchors<M>(PhantomData<M>);

impl<M: Convert<Multiplier, Multiplier>> Convert<Multiplier, Multiplier> for WithoutFreeAnchors<M> {
	fn convert(previous: Multiplier) -> Multiplier {
		let anchors = crate::IotAnchors::anchor_weight();
		if anchors == Weight::zero() {
			return M::convert(previous);
		}
		// `M` reads the block's weight from storage: show it the weight without the anchors,
		// then put the real one back (this runs in `on_finalize`; nothing else reads it there).
		let consumed = frame_system::BlockWeight::<Runtime>::get();
		let mut without = consumed.clone();
		without.reduce(anchors, DispatchClass::Normal);
		frame_system::BlockWeight::<Runtime>::put(without);
		let next = M::convert(previous);
		frame_system::BlockWeight::<Runtime>::put(consumed);
		next
	}
}

impl<M: MultiplierUpdate> MultiplierUpdate for WithoutFreeAnchors<M> {
	fn min() -> Multiplier {
		M::min()
	}
	fn max() -> Multiplier {
		M::max()
	}
	fn target() -> Perquintill {
		M::target()
	}
	fn variability() -> Multiplier {
		M::variability()
	}
}
