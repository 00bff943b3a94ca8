//! The governance periods against their mock: production periods by default, genesis
//! periods in their place, and the invariants both must hold.
//!
//! This file is the mock: a runtime with `frame_system` and this pallet, whose production
//! periods are [`PRODUCTION`]; [`DEVELOPMENT`] are a development chain's.

use crate::{self as pallet_governance_periods, *};
use frame_support::{assert_ok, derive_impl, parameter_types};
use sp_runtime::BuildStorage;

mod invariants;
mod periods;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		PeriodsPallet: pallet_governance_periods,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The production periods of the mock.
const PRODUCTION: GovernancePeriods<u64> = GovernancePeriods {
	launch: 100_800,
	voting: 100_800,
	fast_track_voting: 1_800,
	minimum_voting: 600,
	enactment: 28_800,
	vote_locking: 100_800,
	cooloff: 100_800,
	council_motion: 72_000,
	technical_motion: 28_800,
};

/// A development chain's periods.
const DEVELOPMENT: GovernancePeriods<u64> = GovernancePeriods {
	launch: 10,
	voting: 10,
	fast_track_voting: 5,
	minimum_voting: 2,
	enactment: 2,
	vote_locking: 10,
	cooloff: 10,
	council_motion: 10,
	technical_motion: 10,
};

parameter_types! {
	pub const Production: GovernancePeriods<u64> = PRODUCTION;
}

impl Config for Test {
	type ProductionPeriods = Production;
}

/// The mock's genesis, with `periods` (`None`: production), from block 1.
fn new_test_ext(periods: Option<GovernancePeriods<u64>>) -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		periods_pallet: pallet_governance_periods::GenesisConfig {
			periods,
			_config: Default::default(),
		},
	}
	.build_storage()
	.expect("genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the invariants.
fn run(periods: Option<GovernancePeriods<u64>>, test: impl FnOnce()) {
	new_test_ext(periods).execute_with(|| {
		test();
		assert_ok!(PeriodsPallet::do_try_state());
	});
}
