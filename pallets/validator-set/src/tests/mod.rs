//! The validator set against its mock: adding and removing validators within the minimum and
//! the maximum, session keys required, changes taking effect two sessions on as
//! `pallet-session` rotates, authorship counted, the reward paid by the real reserve fund within
//! its budget, offline validators reported and never removed; each error path with
//! `assert_noop!` and each attack on a rule as a test named after it. This file is the mock.
//!
//! The mock: `frame_system`, `pallet_balances`, the real reserve fund and this pallet. Account
//! 2 stands for two thirds of the council (Root too manages the set). Registered session keys
//! are a thread-local set ([`MockKeys`]); `pallet-session` is [`MockSession`], which rotates as
//! the real one does ([`rotate`]): the session's validators end it, the set queued a session
//! earlier takes over, and the set handed over now is queued.

use crate::{self as pallet_validator_set, *};
use city_primitives::treasury::SpendCategory;
use core::cell::RefCell;
use frame_support::traits::ValidatorSet as _;
use frame_support::{
	assert_ok, derive_impl,
	traits::{ConstU32, ConstU64},
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::{traits::AccountIdConversion, BuildStorage};

mod membership;
mod sessions;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		ReserveFund: pallet_reserve_fund,
		Authorship: pallet_authorship,
		ValidatorSet: pallet_validator_set,
	}
);

/// The author of every block of the mock: the first genesis validator.
pub struct FirstValidator;
impl frame_support::traits::FindAuthor<u64> for FirstValidator {
	fn find_author<'a, I>(_digests: I) -> Option<u64>
	where
		I: 'a + IntoIterator<Item = (sp_runtime::ConsensusEngineId, &'a [u8])>,
	{
		Some(GENESIS[0])
	}
}

impl pallet_authorship::Config for Test {
	type FindAuthor = FirstValidator;
	type EventHandler = ValidatorSet;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// Stands for two thirds of the council.
pub const COUNCIL: u64 = 2;
/// A resident: not on the council.
pub const RESIDENT: u64 = 3;
/// The genesis validators.
pub const GENESIS: [u64; 4] = [11, 12, 13, 14];
/// A validator to be: registers keys in the tests that add it.
pub const EVE: u64 = 15;
/// The fewest validators.
pub const MIN: u32 = 4;
/// The most validators.
pub const MAX: u32 = 6;
/// What the fund holds at genesis, besides the existential deposit.
pub const FUND: u64 = 10_000;
/// What each account holds at genesis.
pub const ENDOWMENT: u64 = 1_000;

frame_support::ord_parameter_types! {
	/// [`COUNCIL`] as a `SortedMembers`.
	pub const Council: u64 = COUNCIL;
}

pallet_reserve_fund::impl_mock_config!(Test, Council);

thread_local! {
	static KEYS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
	static SESSION: RefCell<MockSessionState> = const { RefCell::new(MockSessionState {
		index: 0,
		validators: Vec::new(),
		queued: Vec::new(),
	}) };
}

/// `pallet-session` as the mock keeps it.
pub struct MockSessionState {
	/// The session under way.
	pub index: SessionIndex,
	/// Its validators.
	pub validators: Vec<u64>,
	/// The validators of the next session.
	pub queued: Vec<u64>,
}

/// Registered session keys: the accounts in a thread-local set; in use while the mock's
/// session or its queue has them.
pub struct MockKeys;
impl SessionKeysRegistry<u64> for MockKeys {
	fn is_registered(who: &u64) -> bool {
		KEYS.with(|keys| keys.borrow().contains(who))
	}
	fn is_validating(who: &u64) -> bool {
		SESSION.with(|s| {
			let s = s.borrow();
			s.validators.contains(who) || s.queued.contains(who)
		})
	}
	fn purge(who: &u64) -> sp_runtime::DispatchResult {
		frame_support::ensure!(Self::is_registered(who), "no keys");
		purge_keys(*who);
		Ok(())
	}
}

/// Registers session keys for `who`.
pub fn register_keys(who: u64) {
	KEYS.with(|keys| keys.borrow_mut().push(who));
}

/// Forgets `who`'s keys, as `session.purgeKeys` would (the runtime refuses it to validators).
pub fn purge_keys(who: u64) {
	KEYS.with(|keys| keys.borrow_mut().retain(|k| *k != who));
}

/// `pallet-session`: the session under way and its validators.
pub struct MockSession;
impl frame_support::traits::ValidatorSet<u64> for MockSession {
	type ValidatorId = u64;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	fn session_index() -> SessionIndex {
		SESSION.with(|s| s.borrow().index)
	}
	fn validators() -> Vec<u64> {
		SESSION.with(|s| s.borrow().validators.clone())
	}
}

/// The validators of the session under way.
pub fn session_validators() -> Vec<u64> {
	SESSION.with(|s| s.borrow().validators.clone())
}

/// Rotates the session as `pallet-session` does: the ending session is judged, the queued
/// validators take over (those without keys dropped), and the set, when it changed, is queued
/// for the session after. Answers the new session's index.
pub fn rotate() -> SessionIndex {
	use pallet_session::SessionManager;
	let ending = MockSession::session_index();
	<ValidatorSet as SessionManager<u64>>::end_session(ending);
	let started = ending + 1;
	SESSION.with(|s| {
		let mut s = s.borrow_mut();
		s.index = started;
		s.validators = s.queued.clone();
	});
	<ValidatorSet as SessionManager<u64>>::start_session(started);
	let next = <ValidatorSet as SessionManager<u64>>::new_session(started + 1)
		.unwrap_or_else(session_validators);
	SESSION.with(|s| {
		s.borrow_mut().queued =
			next.into_iter().filter(|who| MockKeys::is_registered(who)).collect()
	});
	started
}

/// Notes `author` as the author of the block, as `pallet-authorship` does.
pub fn author(author: u64) {
	<ValidatorSet as pallet_authorship::EventHandler<u64, u64>>::note_author(author)
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Balance = u64;
	type ManageOrigin =
		frame_support::traits::EitherOfDiverse<EnsureRoot<u64>, EnsureSignedBy<Council, u64>>;
	type SessionKeys = MockKeys;
	type Session = MockSession;
	type ReserveFund = ReserveFund;
	type MinValidators = ConstU32<MIN>;
	type MaxValidators = ConstU32<MAX>;
	type DefaultSessionLength = ConstU64<10>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Registers keys, sets the session's validators and budgets rewards, as the runtime does.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64, u64> for MockBenchmarkHelper {
	fn register_keys(who: &u64) {
		register_keys(*who)
	}
	fn set_session_validators(validators: Vec<u64>) {
		SESSION.with(|s| s.borrow_mut().validators = validators)
	}
	fn fund_rewards(reward: u64, count: u32) {
		rewards_budget(reward.saturating_mul(count.into()))
	}
	fn prepare_block_author() {}
}

/// Gives the `ValidatorRewards` category a budget of `limit` per fiscal period (the council's
/// call).
pub fn rewards_budget(limit: u64) {
	assert_ok!(pallet_reserve_fund::Pallet::<Test>::set_budget(
		RuntimeOrigin::signed(COUNCIL),
		SpendCategory::ValidatorRewards,
		limit
	));
}

city_testing::impl_test_helpers!(Test);

/// The reserve fund's account.
pub fn fund() -> u64 {
	ReserveFundPalletId::get().into_account_truncating()
}

/// The mock's genesis: the fund holds [`FUND`], the council, the resident, the genesis
/// validators and Eve [`ENDOWMENT`] each; the genesis validators have keys and validate
/// sessions 0 and 1; no reward, no budget.
pub fn new_test_ext() -> sp_io::TestExternalities {
	KEYS.with(|keys| *keys.borrow_mut() = GENESIS.to_vec());
	SESSION.with(|s| {
		*s.borrow_mut() =
			MockSessionState { index: 0, validators: GENESIS.to_vec(), queued: GENESIS.to_vec() }
	});
	let ed: u64 = <<Test as pallet_balances::Config>::ExistentialDeposit as Get<u64>>::get();
	let mut balances = vec![(fund(), FUND + ed)];
	balances
		.extend([COUNCIL, RESIDENT, EVE].into_iter().chain(GENESIS).map(|who| (who, ENDOWMENT)));
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		balances: pallet_balances::GenesisConfig { balances, ..Default::default() },
		reserve_fund: Default::default(),
		validator_set: pallet_validator_set::GenesisConfig {
			validators: GENESIS.to_vec(),
			..Default::default()
		},
	}
	.build_storage()
	.expect("genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the invariants of this pallet and the fund's.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		ValidatorSet::do_try_state().expect("the validator set's invariants hold");
		ReserveFund::do_try_state().expect("the fund's invariants hold");
	});
}

/// The pallet's events since the last block, in order.
pub fn events() -> Vec<Event<Test>> {
	city_testing::events_of::<Test, Event<Test>>()
}
