//! Fees: paid whole into the fund by the runtime's fee handler (`CollectFees`), reported once
//! per block; what the hooks pay for once a block.

use super::*;
use frame_support::traits::{
	fungible::Balanced,
	tokens::{Fortitude, Precision, Preservation},
	Hooks, OnUnbalanced,
};

/// The fund's events so far.
fn fund_events() -> Vec<Event<Test>> {
	city_testing::events_of::<Test, Event<Test>>()
}

/// What a fee handler is given: `amount` taken from `who`.
fn fee(who: u64, amount: u64) -> Credit<u64, Balances> {
	<Balances as Balanced<u64>>::withdraw(
		&who,
		amount,
		Precision::Exact,
		Preservation::Preserve,
		Fortitude::Polite,
	)
	.expect("the payer can pay")
}

#[test]
fn fees_land_whole_in_the_fund_and_are_reported_once_per_block() {
	new_test_ext(|| {
		let issuance = Balances::total_issuance();
		CollectFees::<Test>::on_unbalanced(fee(RESIDENT, 7));
		CollectFees::<Test>::on_unbalanced(fee(TREASURER, 5));
		assert_eq!(ReserveFund::balance(), FUND + 12);
		assert_eq!(Balances::total_issuance(), issuance, "no fee is burned");
		assert_eq!(FeesThisBlock::<Test>::get(), 12);
		assert!(fund_events().is_empty(), "reported at the end of the block");

		ReserveFund::on_finalize(1);
		assert_eq!(
			fund_events(),
			vec![Event::Received {
				inflow: Inflow::Fees,
				from: fund(),
				amount: 12,
				reference: H256::zero()
			}]
		);
		assert!(!FeesThisBlock::<Test>::exists(), "the count does not outlive its block");

		// A block without fees reports nothing.
		System::reset_events();
		ReserveFund::on_finalize(2);
		assert!(fund_events().is_empty());
	});
}

#[test]
fn on_initialize_pays_for_what_every_fee_touches_once_a_block() {
	new_test_ext(|| {
		// FeesThisBlock and the fund's account, which the benchmarks whitelist.
		let once = frame_support::weights::constants::RocksDbWeight::get().reads_writes(2, 2);
		assert!(once.ref_time() > 0);
		assert_eq!(ReserveFund::on_initialize(1), once);
		use frame_support::traits::WhitelistedStorageKeys;
		let whitelisted = ReserveFund::whitelisted_storage_keys();
		assert!(
			whitelisted.iter().any(|k| k.key == FeesThisBlock::<Test>::hashed_key().to_vec()),
			"FeesThisBlock is whitelisted"
		);
	});
}
