//! The harness of the runtime tests: the real runtime, built from a genesis preset, driven
//! block by block through `Executive` with Aura slots and timestamps as a node would.

#![allow(dead_code)]

use city_runtime::{
	configs::{CouncilCollective, TechnicalCollective},
	AccountId, Balance, Block, Executive, Header, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeGenesisConfig, RuntimeOrigin, System, Timestamp, TxExtension, UncheckedExtrinsic,
	SLOT_DURATION,
};
use codec::Encode;
use frame_support::{assert_ok, weights::Weight};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::traits::ReadRuntimeVersionExt;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::{Block as BlockT, Hash as _, Header as HeaderT},
	ApplyExtrinsicResult, BuildStorage, DispatchError,
};

/// The genesis of the preset `name`, as a node builds it: the runtime's default genesis
/// config with the preset's patch merged over it.
pub fn preset_storage(name: &str) -> sp_runtime::Storage {
	let patch = city_runtime::genesis_config_presets::get_preset(&name.into())
		.unwrap_or_else(|| panic!("the runtime has a `{name}` preset"));
	let patch: serde_json::Value = serde_json::from_slice(&patch).expect("the preset is JSON");
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default config is JSON");
	sc_chain_spec::json_merge(&mut config, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the merged preset is a genesis config");
	config.build_storage().expect("the preset's genesis builds")
}

/// Externalities over the preset's genesis, able to read a runtime's version (for upgrades),
/// with a keystore (for session keys and their proofs, as a node's `author_rotateKeys`).
pub fn new_ext(preset: &str) -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new(preset_storage(preset));
	let executor = sc_executor::WasmExecutor::<sp_io::SubstrateHostFunctions>::builder().build();
	ext.register_extension(ReadRuntimeVersionExt::new(executor));
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext
}

/// Runs `test` on the development chain, from its first block, and checks every pallet's
/// invariants after.
pub fn dev(test: impl FnOnce()) {
	on_preset(sp_genesis_builder::DEV_RUNTIME_PRESET, test)
}

/// Runs `test` on the local testnet (production governance periods and IoT policies), from its
/// first block, and checks every pallet's invariants after.
pub fn local(test: impl FnOnce()) {
	on_preset(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET, test)
}

fn on_preset(preset: &str, test: impl FnOnce()) {
	new_ext(preset).execute_with(|| {
		start_block(1);
		test();
		all_invariants_hold();
	});
}

/// Every city pallet's invariants (`do_try_state`) hold.
pub fn all_invariants_hold() {
	use city_runtime::{
		Bonds, CityCoin, IdentityRegistry, IotAnchors, ReserveFund, VehicleRegistry,
	};
	IdentityRegistry::do_try_state().expect("the identity registry's invariants hold");
	ReserveFund::do_try_state().expect("the reserve fund's invariants hold");
	CityCoin::do_try_state().expect("CityCoin's invariants hold");
	Bonds::do_try_state().expect("the bonds' invariants hold");
	VehicleRegistry::do_try_state().expect("the vehicle registry's invariants hold");
	IotAnchors::do_try_state().expect("the IoT anchors' invariants hold");
	pallet_governance_periods::Pallet::<Runtime>::do_try_state()
		.expect("the governance periods' invariants hold");
	#[cfg(feature = "try-runtime")]
	whole_runtime_try_state().expect("every pallet's try_state holds");
}

/// Every pallet's `try_state` (`AllPalletsWithSystem`: FRAME's pallets and the city's), as
/// try-runtime runs them before an upgrade. Built with the `try-runtime` feature only:
/// `scripts/test.sh` runs these tests once more with it, so every test on a preset ends with it.
#[cfg(feature = "try-runtime")]
pub fn whole_runtime_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
	use frame_support::traits::{TryState, TryStateSelect};
	<city_runtime::AllPalletsWithSystem as TryState<u32>>::try_state(
		System::block_number(),
		TryStateSelect::All,
	)
}

/// What the transaction pool says of `xt`: the current block is closed, `xt` is validated
/// against its state as the pool does (changing nothing), and the next block is opened.
pub fn pool_validate(
	xt: UncheckedExtrinsic,
) -> sp_runtime::transaction_validity::TransactionValidity {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	let number = System::block_number();
	let header = end_block();
	let validity = with_transaction(|| {
		let validity = Executive::validate_transaction(
			sp_runtime::transaction_validity::TransactionSource::External,
			xt,
			header.hash(),
		);
		TransactionOutcome::Rollback(Ok::<_, DispatchError>(validity))
	})
	.expect("the validation ran");
	start_block_on(number + 1, header.hash());
	validity
}

/// Root (a referendum, in a real chain) makes the council exactly `members`.
pub fn set_council(members: &[Sr25519Keyring]) {
	assert_ok!(city_runtime::CouncilMembership::reset_members(
		RuntimeOrigin::root(),
		members.iter().map(|who| account(*who)).collect()
	));
}

/// Root (a referendum, in a real chain) makes the technical committee exactly `members`.
pub fn set_technical_committee(members: &[Sr25519Keyring]) {
	assert_ok!(city_runtime::TechnicalMembership::reset_members(
		RuntimeOrigin::root(),
		members.iter().map(|who| account(*who)).collect()
	));
}

/// A council of five (Alice, Bob, Charlie, Dave, Eve): three of them are a majority, not two
/// thirds; four are two thirds.
pub fn council_of_five() {
	use Sr25519Keyring::*;
	set_council(&[Alice, Bob, Charlie, Dave, Eve]);
}

/// The majority of [`council_of_five`] (three, below two thirds).
pub const MAJORITY_OF_FIVE: [Sr25519Keyring; 3] =
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];

/// Two thirds of [`council_of_five`] (four).
pub const TWO_THIRDS_OF_FIVE: [Sr25519Keyring; 4] =
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave];

/// A council motion of `ayes` (each votes aye) for `call`; answers what its dispatch returned.
pub fn council_does(
	call: impl Into<RuntimeCall>,
	ayes: &[Sr25519Keyring],
) -> Result<(), DispatchError> {
	council_motion(call.into(), ayes.len() as u32, ayes);
	*council_executed().last().expect("the council's motion was executed")
}

/// A technical-committee motion of `ayes` for `call`; answers what its dispatch returned.
pub fn committee_does(
	call: impl Into<RuntimeCall>,
	ayes: &[Sr25519Keyring],
) -> Result<(), DispatchError> {
	technical_motion(call.into(), ayes.len() as u32, ayes);
	*committee_executed().last().expect("the committee's motion was executed")
}

/// Opens block `number` on top of `parent_hash` as Aura would: a pre-runtime digest with the
/// slot (the block's number), then the timestamp inherent.
pub fn start_block_on(number: u32, parent_hash: <Block as BlockT>::Hash) {
	start_block_at_slot(number, number as u64, parent_hash)
}

/// Opens block `number` on top of `parent_hash` in Aura slot `slot` (the author is the
/// authority at `slot` modulo their number).
pub fn start_block_at_slot(number: u32, slot: u64, parent_hash: <Block as BlockT>::Hash) {
	let slot = Slot::from(slot);
	let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
	let header = Header::new(number, Default::default(), Default::default(), parent_hash, digest);
	Executive::initialize_block(&header);
	assert_ok!(Timestamp::set(
		city_runtime::RuntimeOrigin::none(),
		u64::from(slot) * SLOT_DURATION
	));
}

/// Opens block `number` on top of the genesis block.
pub fn start_block(number: u32) {
	start_block_on(number, frame_system::BlockHash::<Runtime>::get(0));
}

/// Closes the current block.
pub fn end_block() -> Header {
	Executive::finalize_block()
}

/// Closes the current block and opens the next.
pub fn next_block() {
	let number = System::block_number();
	let header = end_block();
	start_block_on(number + 1, header.hash());
}

/// Closes the current block and opens block `number`, skipping those between (for periods of
/// days: a pay period, a challenge period) as if they had been empty.
pub fn jump_to_block(number: u32) {
	let header = end_block();
	System::set_block_number(number - 1);
	start_block_on(number, header.hash());
}

/// Runs blocks until block `number` is open.
pub fn run_to_block(number: u32) {
	while System::block_number() < number {
		next_block();
	}
}

/// A dev account.
pub fn account(who: Sr25519Keyring) -> AccountId {
	who.to_account_id()
}

/// Free balance of `who`.
pub fn free(who: &AccountId) -> Balance {
	pallet_balances::Pallet::<Runtime>::free_balance(who)
}

/// The transaction extensions of an immortal transaction with `nonce` and `tip`, as a wallet
/// (or, with 0 and 0, the IoT gateway for a general transaction) builds them.
pub fn tx_extension(nonce: u32, tip: Balance) -> TxExtension {
	city_runtime::immortal_tx_extension(nonce, tip)
}

/// A signed, immortal transaction from `who` with its next nonce, as a wallet builds it.
pub fn signed_extrinsic(
	who: Sr25519Keyring,
	call: RuntimeCall,
	tip: Balance,
) -> UncheckedExtrinsic {
	let nonce = System::account_nonce(who.to_account_id());
	let genesis = System::block_hash(0);
	city_runtime::signed_transaction(call, &who.pair(), nonce, tip, genesis)
}

/// Validates and applies `xt` as the block builder does.
pub fn apply(xt: UncheckedExtrinsic) -> ApplyExtrinsicResult {
	Executive::apply_extrinsic(xt)
}

/// The events of the current block.
pub fn events() -> Vec<RuntimeEvent> {
	System::events().into_iter().map(|record| record.event).collect()
}

/// The existential deposit.
pub fn existential_deposit() -> Balance {
	<Runtime as pallet_balances::Config>::ExistentialDeposit::get()
}

/// The code of the runtime's next release (`city-runtime-next`: the same sources with
/// `spec_version + 1`), compressed as the node ships it: what an upgrade installs.
pub fn next_runtime_code() -> Vec<u8> {
	city_runtime_next::WASM_BINARY.expect("the next runtime's wasm is built").to_vec()
}

/// The code of this runtime, compressed as the node ships it.
pub fn current_runtime_code() -> Vec<u8> {
	city_runtime::WASM_BINARY.expect("the runtime's wasm is built").to_vec()
}

/// The `spec_version` a node would read from `code`.
pub fn spec_version_of(code: &[u8]) -> u32 {
	let executor = sc_executor::WasmExecutor::<sp_io::SubstrateHostFunctions>::builder().build();
	let version = sp_core::traits::ReadRuntimeVersion::read_runtime_version(
		&executor,
		code,
		&mut sp_io::TestExternalities::default().ext(),
	)
	.expect("the code carries a runtime version");
	<sp_version::RuntimeVersion as codec::Decode>::decode(&mut &version[..])
		.expect("a runtime version")
		.spec_version
}

/// Proposes `motion` to the collective `I` with `threshold`, has `ayes` vote for it, and
/// closes it.
pub fn motion<I: 'static>(motion: RuntimeCall, threshold: u32, ayes: &[Sr25519Keyring])
where
	Runtime: pallet_collective::Config<I, Proposal = RuntimeCall>,
{
	type Collective<I> = pallet_collective::Pallet<Runtime, I>;
	let length = motion.encoded_size() as u32;
	let hash = sp_runtime::traits::BlakeTwo256::hash_of(&motion);
	let index = pallet_collective::ProposalCount::<Runtime, I>::get();
	// The first aye proposes (Alice for a motion of one): a proposer must be a member.
	let proposer = ayes.first().copied().unwrap_or(Sr25519Keyring::Alice);
	assert_ok!(Collective::<I>::propose(
		RuntimeOrigin::signed(account(proposer)),
		threshold,
		Box::new(motion),
		length
	));
	if threshold > 1 {
		for who in ayes {
			assert_ok!(Collective::<I>::vote(
				RuntimeOrigin::signed(account(*who)),
				hash,
				index,
				true
			));
		}
		assert_ok!(Collective::<I>::close(
			RuntimeOrigin::signed(account(Sr25519Keyring::Dave)),
			hash,
			index,
			Weight::MAX,
			length
		));
	}
}

pub fn council_motion(call: RuntimeCall, threshold: u32, ayes: &[Sr25519Keyring]) {
	motion::<CouncilCollective>(call, threshold, ayes)
}

pub fn technical_motion(call: RuntimeCall, threshold: u32, ayes: &[Sr25519Keyring]) {
	motion::<TechnicalCollective>(call, threshold, ayes)
}

/// What the council's motions closed in this block returned.
pub fn council_executed() -> Vec<Result<(), DispatchError>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::Council(pallet_collective::Event::Executed { result, .. }) => {
				Some(result)
			}
			_ => None,
		})
		.collect()
}

/// What the technical committee's motions closed in this block returned.
pub fn committee_executed() -> Vec<Result<(), DispatchError>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::TechnicalCommittee(pallet_collective::Event::Executed {
				result, ..
			}) => Some(result),
			_ => None,
		})
		.collect()
}

/// The fees charged in the current block, one per signed transaction.
pub fn fee_paid() -> Vec<u128> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
			) => Some(actual_fee),
			_ => None,
		})
		.collect()
}

/// The council gives `who` a credential of `kind` (its commitment a placeholder).
pub fn grant(who: Sr25519Keyring, kind: city_primitives::credentials::CredentialKind) {
	grant_to(&account(who), kind)
}

/// `who` sends `call` from their wallet (signed, with its fee); answers how its dispatch went.
pub fn send(who: Sr25519Keyring, call: impl Into<RuntimeCall>) -> sp_runtime::DispatchResult {
	apply(signed_extrinsic(who, call.into(), 0)).expect("a valid transaction")
}

/// A referendum open to votes, started as a passed council motion would start it.
pub fn start_referendum() -> u32 {
	use frame_support::traits::StorePreimage;
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
	let proposal = <Runtime as pallet_democracy::Config>::Preimages::bound(remark)
		.expect("a remark fits inline");
	city_runtime::Democracy::internal_start_referendum(
		proposal,
		pallet_democracy::VoteThreshold::SimpleMajority,
		1,
	)
}

/// An aye in referendum `ref_index`, 10 CITY locked once.
pub fn vote(ref_index: u32) -> RuntimeCall {
	use pallet_democracy::{AccountVote, Conviction, Vote};
	let vote = Vote { aye: true, conviction: Conviction::Locked1x };
	RuntimeCall::Democracy(pallet_democracy::Call::vote {
		ref_index,
		vote: AccountVote::Standard { vote, balance: 10 * city_runtime::CITY },
	})
}

/// Whether `who` has voted in some referendum.
pub fn has_voted(who: &AccountId) -> bool {
	pallet_democracy::VotingOf::<Runtime>::get(who).locked_balance() > 0
}

/// A transfer of `value` (planck) to `to` that keeps the sender alive.
pub fn transfer(to: &AccountId, value: Balance) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.clone().into(),
		value,
	})
}

/// `calls` in a `utility.batch_all`.
pub fn batch_all(calls: Vec<RuntimeCall>) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })
}

/// `call` made by a proxy for `real`.
pub fn proxy(real: &AccountId, call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Proxy(pallet_proxy::Call::proxy {
		real: real.clone().into(),
		force_proxy_type: None,
		call: Box::new(call),
	})
}

/// The signer, a proxy of `real`, announces that it will make `call` for it.
pub fn announce(real: &AccountId, call: RuntimeCall) -> RuntimeCall {
	use sp_runtime::traits::Hash as _;
	RuntimeCall::Proxy(pallet_proxy::Call::announce {
		real: real.clone().into(),
		call_hash: <Runtime as frame_system::Config>::Hashing::hash_of(&call),
	})
}

/// Makes `delegate` a proxy of the signer, of `proxy_type`, without delay.
pub fn add_proxy(
	delegate: &AccountId,
	proxy_type: city_runtime::configs::ProxyType,
) -> RuntimeCall {
	RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
		delegate: delegate.clone().into(),
		proxy_type,
		delay: 0,
	})
}

/// What each proxied call of the current block gave (`ProxyExecuted`).
pub fn proxied_results() -> Vec<sp_runtime::DispatchResult> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => Some(result),
			_ => None,
		})
		.collect()
}

/// The signatories of a multisig, sorted as `pallet-multisig` wants them.
pub fn signatories(members: &[Sr25519Keyring]) -> Vec<AccountId> {
	let mut all: Vec<AccountId> = members.iter().map(|member| account(*member)).collect();
	all.sort();
	all
}

/// The multisig account of `members` with `threshold`.
pub fn multisig_account(members: &[Sr25519Keyring], threshold: u16) -> AccountId {
	pallet_multisig::Pallet::<Runtime>::multi_account_id(&signatories(members), threshold)
}

/// `who`'s approval, as one of `members` with `threshold`, of the multisig's `call`, with the
/// open operation's timepoint if there is one (this approval executes the call if it makes
/// the threshold).
pub fn as_multi(
	who: Sr25519Keyring,
	members: &[Sr25519Keyring],
	threshold: u16,
	call: RuntimeCall,
) -> RuntimeCall {
	approval(&account(who), &signatories(members), threshold, call)
}

/// [`as_multi`] for any accounts: `who`'s approval of `call` as one of `signatories` (sorted).
pub fn approval(
	who: &AccountId,
	signatories: &[AccountId],
	threshold: u16,
	call: RuntimeCall,
) -> RuntimeCall {
	use frame_support::dispatch::GetDispatchInfo;
	let multisig = pallet_multisig::Pallet::<Runtime>::multi_account_id(signatories, threshold);
	let maybe_timepoint = open_operation(&multisig, &call);
	let other_signatories = signatories.iter().filter(|other| *other != who).cloned().collect();
	let max_weight = call.get_dispatch_info().call_weight;
	RuntimeCall::Multisig(pallet_multisig::Call::as_multi {
		threshold,
		other_signatories,
		maybe_timepoint,
		call: Box::new(call),
		max_weight,
	})
}

/// The timepoint of `multisig`'s open operation of `call`, if there is one.
pub fn open_operation(
	multisig: &AccountId,
	call: &RuntimeCall,
) -> Option<pallet_multisig::Timepoint<city_runtime::BlockNumber>> {
	let hash = call.using_encoded(sp_io::hashing::blake2_256);
	pallet_multisig::Multisigs::<Runtime>::get(multisig, hash).map(|operation| operation.when)
}

/// What each multisig call executed in the current block gave (`MultisigExecuted`).
pub fn multisig_results() -> Vec<sp_runtime::DispatchResult> {
	events()
		.into_iter()
		.filter_map(|event| match event {
			RuntimeEvent::Multisig(pallet_multisig::Event::MultisigExecuted { result, .. }) => {
				Some(result)
			}
			_ => None,
		})
		.collect()
}

/// The council gives the account `who` (not necessarily a dev key's: a multisig's) a
/// credential of `kind`.
pub fn grant_to(who: &AccountId, kind: city_primitives::credentials::CredentialKind) {
	assert_ok!(city_runtime::IdentityRegistry::issue_by_council(
		RuntimeOrigin::root(),
		who.clone(),
		kind,
		sp_core::H256::repeat_byte(9),
		None
	));
}
