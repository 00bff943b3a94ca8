//! Test support for the pallets that pay into or out of the fund (bonds, CityCoin, the vehicle
//! registry): [`impl_mock_config!`](crate::impl_mock_config), this pallet's `Config` for their
//! mock runtimes, written once. Compiled for this crate's tests and with the feature
//! `testing` (a dev-dependency feature: never in the runtime).

#[doc(hidden)]
/// What [`impl_mock_config!`](crate::impl_mock_config) names, so that it expands in any crate.
pub mod __private {
	pub use sp_runtime::traits::Replace;
}

/// For the mocks of pallets that pay into or out of the fund (bonds, CityCoin, the vehicle
/// registry): implements this pallet's `Config` for the test runtime `$runtime` (whose
/// `Balances` is `pallet_balances` over `u64` accounts and balances), with `$council` (a
/// `SortedMembers<u64>`) setting budgets, awarding contracts (up to 10^12 at once), disputing
/// and cancelling them and certifying milestones, nobody spending, 100-block fiscal periods,
/// 4 budgets, a 5-block challenge period, and the fund's account from
/// `PalletId(*b"city/rsv")` as `ReserveFundPalletId`.
///
/// No budget is set: wages (`ReserveFund::pay`) and awards need one, set by `$council` with
/// `set_budget` or at genesis (`pallet_reserve_fund::GenesisConfig { budgets }`).
#[macro_export]
macro_rules! impl_mock_config {
	($runtime:ty, $council:ty) => {
		frame_support::parameter_types! {
			pub const ReserveFundPalletId: frame_support::PalletId =
				frame_support::PalletId(*b"city/rsv");
		}

		impl $crate::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Currency = Balances;
			type PalletId = ReserveFundPalletId;
			type SpendOrigin = frame_system::EnsureNever<u64>;
			type BudgetOrigin = frame_system::EnsureSignedBy<$council, u64>;
			type FiscalPeriod = frame_support::traits::ConstU64<100>;
			type MaxBudgets = frame_support::traits::ConstU32<4>;
			type AwardOrigin = frame_support::traits::MapSuccess<
				frame_system::EnsureSignedBy<$council, u64>,
				$crate::testing::__private::Replace<
					frame_support::traits::ConstU64<1_000_000_000_000>,
				>,
			>;
			type DisputeOrigin = frame_system::EnsureSignedBy<$council, u64>;
			type CancelOrigin = frame_system::EnsureSignedBy<$council, u64>;
			type InspectorOrigin = frame_system::EnsureSignedBy<$council, u64>;
			type ChallengePeriod = frame_support::traits::ConstU64<5>;
			type MaxMilestones = frame_support::traits::ConstU32<4>;
			type WeightInfo = ();
		}
	};
}
