//! The validators: `Authorship` (who authored each block), `ValidatorSet` (the city's set,
//! chosen by two thirds of the council or Root, with rewards and offline reports) and `Session`
//! (session keys, and the set handed to Aura and GRANDPA each session).
//!
//! A session lasts an hour on a production chain (`DefaultSessionLength`); the local testnet's
//! genesis sets ten blocks. A change to the set is queued for a whole session before it acts,
//! so it takes effect at the start of the second session after the motion. The block that
//! starts a session carries no transactions (`pallet-session` claims its whole weight).

use super::{currency::deposit, system::MAX_AUTHORITIES, CouncilTwoThirds, RootOr};
use crate::{
	opaque::SessionKeys, AccountId, Aura, Balance, Balances, BlockNumber, ReserveFund, Runtime,
	RuntimeEvent, RuntimeOrigin, Session, ValidatorSet, HOURS,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ValidatorRegistration},
};
use sp_runtime::traits::{ConvertInto, OpaqueKeys};

/// The fewest validators: with four, GRANDPA finalizes with one of them down.
pub const MIN_VALIDATORS: u32 = 4;

parameter_types! {
	/// A session on a production chain: an hour.
	pub const DefaultSessionLength: BlockNumber = HOURS;
	/// What registering session keys holds, returned when they are purged: their three
	/// storage items (the keys, and each key's owner) and about 130 bytes.
	pub const SessionKeyDeposit: Balance = deposit(3, 130);
}

/// The session's keys as the validator set sees them: registered (`session.setKeys`), in use
/// (the account validates this session or is queued for the next), purged on its behalf
/// (`validatorSet.purgeKeys`; the call filter refuses `session.purgeKeys` to everyone).
pub struct SessionKeysOfSession;

impl pallet_validator_set::SessionKeysRegistry<AccountId> for SessionKeysOfSession {
	fn is_registered(who: &AccountId) -> bool {
		<Session as ValidatorRegistration<AccountId>>::is_registered(who)
	}

	fn is_validating(who: &AccountId) -> bool {
		pallet_session::Validators::<Runtime>::get().contains(who)
			|| pallet_session::QueuedKeys::<Runtime>::get().iter().any(|(v, _)| v == who)
	}

	fn purge(who: &AccountId) -> sp_runtime::DispatchResult {
		// A direct call: the call filter binds dispatched calls only.
		Session::purge_keys(RuntimeOrigin::signed(who.clone()))
	}
}

impl pallet_authorship::Config for Runtime {
	/// The author's account: the session's validator at Aura's author index.
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ValidatorSet;
}

impl pallet_validator_set::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type ManageOrigin = RootOr<CouncilTwoThirds>;
	type SessionKeys = SessionKeysOfSession;
	type Session = pallet_session::Pallet<Runtime>;
	type ReserveFund = ReserveFund;
	type MinValidators = ConstU32<MIN_VALIDATORS>;
	type MaxValidators = ConstU32<MAX_AUTHORITIES>;
	type DefaultSessionLength = DefaultSessionLength;
	type WeightInfo = crate::weights::pallet_validator_set::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::ValidatorSetBenchmarkHelper;
}

/// Sessions of the length in force (`ValidatorSet`'s genesis value or production's hour), from
/// block 0: both when a session ends and the estimate of the next rotation.
pub type Sessions = pallet_session::PeriodicSessions<
	pallet_validator_set::CurrentSessionLength<Runtime>,
	ConstU32<0>,
>;

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// A validator is known by its account.
	type ValidatorId = AccountId;
	/// Any account may register keys (holding the deposit); only the council's set validates.
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Sessions;
	type NextSessionRotation = Sessions;
	type SessionManager = ValidatorSet;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	/// No validator is disabled on chain: there is no staking to slash, and the council removes
	/// a validator that misbehaves.
	type DisablingStrategy = ();
	type WeightInfo = crate::weights::pallet_session::WeightInfo<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}
