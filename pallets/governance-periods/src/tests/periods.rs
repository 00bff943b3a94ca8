//! Which periods are in force: production ones unless genesis sets others, and how a genesis
//! preset's JSON sets them.

use super::*;

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
