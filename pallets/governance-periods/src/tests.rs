use crate::{self as pallet_governance_periods, *};
use frame_support::{assert_ok, derive_impl, parameter_types};
use sp_runtime::BuildStorage;

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

fn run(periods: Option<GovernancePeriods<u64>>, test: impl FnOnce()) {
	new_test_ext(periods).execute_with(|| {
		test();
		assert_ok!(PeriodsPallet::do_try_state());
	});
}

#[test]
fn production_periods_apply_when_genesis_sets_none() {
	run(None, || {
		assert_eq!(Periods::<Test>::get(), None);
		assert_eq!(PeriodsPallet::periods(), PRODUCTION);
		assert_eq!(CurrentPeriod::<Test, Voting>::get(), 100_800);
		assert_eq!(CurrentPeriod::<Test, Enactment>::get(), 28_800);
		assert_eq!(CurrentPeriod::<Test, CouncilMotion>::get(), 72_000);
	});
}

#[test]
fn genesis_periods_replace_production_ones() {
	run(Some(DEVELOPMENT), || {
		assert_eq!(PeriodsPallet::periods(), DEVELOPMENT);
		assert_eq!(CurrentPeriod::<Test, Launch>::get(), 10);
		assert_eq!(CurrentPeriod::<Test, Voting>::get(), 10);
		assert_eq!(CurrentPeriod::<Test, FastTrackVoting>::get(), 5);
		assert_eq!(CurrentPeriod::<Test, MinimumVoting>::get(), 2);
		assert_eq!(CurrentPeriod::<Test, Enactment>::get(), 2);
		assert_eq!(CurrentPeriod::<Test, VoteLocking>::get(), 10);
		assert_eq!(CurrentPeriod::<Test, Cooloff>::get(), 10);
		assert_eq!(CurrentPeriod::<Test, CouncilMotion>::get(), 10);
		assert_eq!(CurrentPeriod::<Test, TechnicalMotion>::get(), 10);
	});
}

#[test]
#[should_panic(expected = "every governance period must be at least one block")]
fn genesis_refuses_a_zero_period() {
	new_test_ext(Some(GovernancePeriods { launch: 0, ..DEVELOPMENT }));
}

#[test]
#[should_panic(expected = "votes must stay locked at least until enactment")]
fn genesis_refuses_votes_unlocked_before_enactment() {
	new_test_ext(Some(GovernancePeriods { vote_locking: 1, enactment: 2, ..DEVELOPMENT }));
}

#[test]
#[should_panic(expected = "the minimum voting period is at most the fast-track one")]
fn genesis_refuses_a_minimum_vote_longer_than_a_fast_track() {
	new_test_ext(Some(GovernancePeriods { minimum_voting: 6, ..DEVELOPMENT }));
}

#[test]
fn try_state_catches_periods_written_past_genesis() {
	new_test_ext(None).execute_with(|| {
		Periods::<Test>::put(GovernancePeriods { council_motion: 0, ..DEVELOPMENT });
		assert!(PeriodsPallet::do_try_state().is_err());
	});
}

#[test]
fn genesis_config_reads_the_camel_case_json_of_a_preset() {
	let json = r#"{"periods":{"launch":10,"voting":10,"fastTrackVoting":5,"minimumVoting":2,"enactment":2,
		"voteLocking":10,"cooloff":10,"councilMotion":10,"technicalMotion":10}}"#;
	let config: pallet_governance_periods::GenesisConfig<Test> =
		serde_json::from_str(json).expect("the preset's JSON parses");
	assert_eq!(config.periods, Some(DEVELOPMENT));
	// A misspelt period is an error, not a silent production value.
	let typo = json.replace("councilMotion", "councilMotions");
	assert!(serde_json::from_str::<pallet_governance_periods::GenesisConfig<Test>>(&typo).is_err());
}
