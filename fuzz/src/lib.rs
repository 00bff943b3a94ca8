//! City Chain's runtime fuzzer: the harness the libFuzzer target (`fuzz_targets/runtime.rs`) and
//! the corpus tests (`tests/corpus.rs`) share, and the seed flows ([`seeds`]).
//!
//! An input is a sequence of [`Step`]s, SCALE-encoded one after the other: the blocks to close
//! first, an origin, a call of any pallet. The harness starts from the development preset's
//! genesis with more credentials and registered devices ([`Genesis`]), opens each block as Aura
//! and the node would (a slot digest, the timestamp inherent), and applies each step:
//! - from a dev account ([`origin::ALICE`] .. [`origin::TWO`]): a signed, immortal transaction
//!   through `Executive::apply_extrinsic`, so the transaction extensions (nonce, fee, weight,
//!   the city's own) run as they do in a block; the origin byte's high bits choose its tip and
//!   its nonce (the next, or one off);
//! - as a general transaction nobody signs ([`origin::GENERAL`]) or a bare one
//!   ([`origin::BARE`]): through the executive too. An anchor of one of the harness's devices is
//!   signed with that device's key, so the fuzzer reaches past the signature check;
//! - as Root, the council (all, two thirds, one member) or the technical committee (all, one):
//!   dispatched in the block as the scheduler or a collective dispatches (the call filter on,
//!   the vote counted against the collective's members now), its weight counted in the block
//!   where the chain counts it; a call that would not fit is left out, as they leave it.
//!
//! After every block: every pallet's `try_state` (`AllPalletsWithSystem`, with the
//! `try-runtime` feature; the city pallets' own checks without it), total issuance equal to the
//! sum of every account's balance, no account below the existential deposit, issuance moved by
//! exactly what the block's events say was minted and burned (its hooks included), the normal
//! and operational classes within their weight limits, and no privileged call that used more
//! weight than it declared. A panic or a broken check is a finding: [`run`] panics with the
//! steps that led to it.

use city_runtime::{
	AccountId, Balance, Executive, Header, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	System, Timestamp, UncheckedExtrinsic, SLOT_DURATION,
};
use codec::{Decode, DecodeLimit, Encode};
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::{GetCallMetadata, UnfilteredDispatchable},
	weights::Weight,
};
use pallet_iot_anchors::{anchor_message, possession_message, DeviceKey, DevicePair};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::{sr25519, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Digest, DigestItem},
	traits::{Dispatchable, Header as _, Zero},
	BuildStorage, MultiSignature, Storage,
};
use sp_state_machine::BasicExternalities;
use std::{collections::BTreeSet, sync::LazyLock};

pub mod seeds;

/// The most steps an input runs (the rest of it is ignored).
pub const MAX_STEPS: usize = 64;
/// The most blocks an input closes (a jump counts one).
pub const MAX_BLOCKS: u32 = 600;
/// How deep a call may nest (a council motion of a scheduled call of ...).
pub const MAX_DEPTH: u32 = 16;
/// A lapse above this is a jump of `lapse - JUMP` days (1 to 55).
pub const JUMP: u8 = 200;

/// How far a step's `lapse` moves the chain: up to [`JUMP`], that many blocks, each opened and
/// closed with its hooks and checks; above it, the block is closed and the next one opens
/// `lapse - JUMP` days later, or sooner, at the first block with a scheduled task or a
/// referendum's end (block numbers and time jump together; the blocks between run no hooks, as
/// in the runtime tests' `jump_to_block`: the city's periodic work, payroll, fiscal periods,
/// coupons, challenge periods, counts periods and catches up at the next block). The
/// city's periods are days to a year long, so without jumps an input (at most [`MAX_BLOCKS`])
/// would never see one end.
pub fn blocks_after(lapse: u8) -> u32 {
	match lapse.checked_sub(JUMP) {
		Some(days) if days > 0 => u32::from(days) * city_primitives::DAYS,
		_ => u32::from(lapse),
	}
}

/// One step of an input: close blocks (see [`blocks_after`]: up to [`JUMP`] blocks one by one,
/// each with its hooks and checks, or a jump of days), then apply `call` from the origin
/// numbered `origin` (see [`origin`]).
#[derive(Encode, Decode, Clone, Debug, PartialEq, Eq)]
pub struct Step {
	/// Blocks to close before the call: [`blocks_after`].
	pub lapse: u8,
	/// The origin, by number: see [`origin`] (taken modulo 16). For a transaction, the high
	/// bits choose its tip ([`tip`]) and its nonce ([`nonce`]).
	pub origin: u8,
	/// The call.
	pub call: RuntimeCall,
}

impl Step {
	/// `call` from `origin`, in the current block.
	pub fn now(origin: u8, call: impl Into<RuntimeCall>) -> Self {
		Step { lapse: 0, origin, call: call.into() }
	}

	/// `call` from `origin` after closing `lapse` blocks.
	pub fn after(lapse: u8, origin: u8, call: impl Into<RuntimeCall>) -> Self {
		Step { lapse, origin, call: call.into() }
	}
}

/// The origins a step can take, by number (an input's byte, modulo 16).
pub mod origin {
	/// Alice: council and technical committee member, resident, the population office's clerk.
	pub const ALICE: u8 = 0;
	/// Bob: council and technical committee member, resident, a water meter's consumer.
	pub const BOB: u8 = 1;
	/// Charlie: council member, resident.
	pub const CHARLIE: u8 = 2;
	/// Dave: the finance department's payroll clerk and a treasurer.
	pub const DAVE: u8 = 3;
	/// Eve: inspector and vehicle clerk.
	pub const EVE: u8 = 4;
	/// Ferdie: police officer, adjudicator, device operator and the utility's meter operator;
	/// owns the harness's air station and water meter.
	pub const FERDIE: u8 = 5;
	/// One: a resident with no office (funded by Alice at the harness's genesis).
	pub const ONE: u8 = 6;
	/// Two: funded (by Alice, at the harness's genesis), no credential at all.
	pub const TWO: u8 = 7;
	/// Root (a referendum's enactment).
	pub const ROOT: u8 = 8;
	/// The whole council (3 of 3).
	pub const COUNCIL_ALL: u8 = 9;
	/// Two thirds of the council (2 of 3).
	pub const COUNCIL_TWO_THIRDS: u8 = 10;
	/// One council member (1 of 3): not a majority.
	pub const COUNCIL_ONE: u8 = 11;
	/// The whole technical committee (2 of 2).
	pub const COMMITTEE_ALL: u8 = 12;
	/// One of the technical committee (1 of 2): not a majority.
	pub const COMMITTEE_ONE: u8 = 13;
	/// A general transaction nobody signs (an anchor; the harness signs it with its device's
	/// key when it knows the device).
	pub const GENERAL: u8 = 14;
	/// A bare (unsigned) transaction.
	pub const BARE: u8 = 15;
}

/// The dev accounts that sign, in the order of [`origin`]'s numbers.
pub const ACCOUNTS: [Sr25519Keyring; 8] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
	Sr25519Keyring::One,
	Sr25519Keyring::Two,
];

/// The accounts' key pairs (derived once: a derivation costs more than a call).
static PAIRS: LazyLock<Vec<sr25519::Pair>> =
	LazyLock::new(|| ACCOUNTS.iter().map(|who| who.pair()).collect());

/// The dev account numbered `index` (modulo 8).
pub fn account(index: u8) -> AccountId {
	ACCOUNTS[index as usize % ACCOUNTS.len()].to_account_id()
}

/// The device keys the harness holds: [`device::AIR`] and [`device::METER`] are registered at
/// its genesis (Ferdie owns both; the meter bills Bob); [`device::NOISE`] and
/// [`device::SPARE`] are not, for the fuzzer to register, rotate to or relay with.
pub mod device {
	/// An air station's ed25519 key.
	pub const AIR: usize = 0;
	/// A water meter's secp256k1 key.
	pub const METER: usize = 1;
	/// A noise sensor's sr25519 key, not registered.
	pub const NOISE: usize = 2;
	/// A spare sr25519 key (a relay, a rotation), not registered.
	pub const SPARE: usize = 3;
}

/// The devices' key pairs, by [`device`] number.
pub static DEVICES: LazyLock<Vec<DevicePair>> = LazyLock::new(|| {
	let [air, meter, noise, spare] =
		["//CityFuzzAir", "//CityFuzzMeter", "//CityFuzzNoise", "//CityFuzzSpare"];
	vec![DevicePair::ed(air), DevicePair::ec(meter), DevicePair::sr(noise), DevicePair::sr(spare)]
});

/// The device pair of `key`, if the harness holds it.
fn pair_of(key: &DeviceKey) -> Option<&'static DevicePair> {
	DEVICES.iter().find(|pair| pair.public() == *key)
}

/// The state every input starts from: the development preset's genesis, then block 1 with the
/// harness's credentials and devices, closed.
pub struct Genesis {
	storage: Storage,
	/// The last closed block.
	header: Header,
}

/// The genesis of the development preset, as a node builds it (the runtime's default genesis
/// config with the preset's patch merged over it).
pub fn dev_preset_storage() -> Storage {
	let preset = sp_genesis_builder::DEV_RUNTIME_PRESET;
	let patch = city_runtime::genesis_config_presets::get_preset(&preset.into())
		.expect("qed: the runtime has a development preset");
	let patch: serde_json::Value = serde_json::from_slice(&patch).expect("qed: presets are JSON");
	let mut config = serde_json::to_value(city_runtime::RuntimeGenesisConfig::default())
		.expect("qed: the default config is JSON");
	merge(&mut config, patch);
	let config: city_runtime::RuntimeGenesisConfig =
		serde_json::from_value(config).expect("qed: the merged preset is a genesis config");
	config.build_storage().expect("qed: the preset's genesis builds")
}

/// Merges `patch` into `config` as a chain spec's genesis patch is merged: objects key by key,
/// anything else replaced (sc-chain-spec's `json_merge`, without the node's dependencies in an
/// instrumented build).
fn merge(config: &mut serde_json::Value, patch: serde_json::Value) {
	match (config, patch) {
		(serde_json::Value::Object(config), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(config.entry(key).or_insert(serde_json::Value::Null), value);
			}
		}
		(config, patch) => *config = patch,
	}
}

impl Genesis {
	/// Builds it (a second or so: do it once).
	pub fn new() -> Self {
		let mut storage = dev_preset_storage();
		let header = BasicExternalities::execute_with_storage(&mut storage, || {
			let start = BlockStart { issuance: pallet_balances::TotalIssuance::<Runtime>::get() };
			open_block(1, System::block_hash(0));
			set_up();
			let header = Executive::finalize_block();
			if let Err(finding) = check_block(&start) {
				panic!("the harness's own genesis breaks an invariant: {finding}");
			}
			header
		});
		Genesis { storage, header }
	}

	/// Runs `f` on a copy of the state, in a new open block: for tests of the checks.
	pub fn execute_with<R>(&self, f: impl FnOnce() -> R) -> R {
		let mut storage = self.storage.clone();
		BasicExternalities::execute_with_storage(&mut storage, || {
			open_block(self.header.number + 1, self.header.hash());
			f()
		})
	}
}

impl Default for Genesis {
	fn default() -> Self {
		Self::new()
	}
}

/// The harness's additions to the development genesis: each office [`origin`] describes, and
/// the air station and the water meter registered by Ferdie, the meter bound to Bob.
fn set_up() {
	use city_primitives::credentials::{
		CredentialKind::*, Department, METER_OPERATOR_ROLE, PAYROLL_CLERK_ROLE,
	};
	use origin::*;
	let offices = [
		(DAVE, Employee { department: Department::Finance, role: PAYROLL_CLERK_ROLE }),
		(DAVE, Treasurer),
		(EVE, Inspector),
		(EVE, VehicleClerk),
		(FERDIE, PoliceOfficer),
		(FERDIE, Adjudicator),
		(FERDIE, DeviceOperator),
		(FERDIE, Employee { department: Department::Utilities, role: METER_OPERATOR_ROLE }),
		(ONE, Resident),
	];
	for (i, (who, kind)) in offices.into_iter().enumerate() {
		let call = pallet_identity_registry::Call::<Runtime>::issue_by_council {
			subject: account(who),
			kind,
			commitment: H256::repeat_byte(i as u8 + 1),
			expires_at: None,
		};
		let result = RuntimeCall::from(call).dispatch_bypass_filter(RuntimeOrigin::root());
		assert!(result.is_ok(), "the harness issues its offices: {result:?}");
	}
	let genesis = pallet_iot_anchors::Pallet::<Runtime>::genesis();
	let proof = |device: usize, owner: u8| {
		DEVICES[device].sign(&possession_message(&genesis, &account(owner)))
	};
	let location = |text: &str| text.as_bytes().to_vec().try_into().expect("qed: a short geohash");
	use pallet_iot_anchors::{Call as Iot, DeviceKind};
	let meter_id = DEVICES[device::METER].public().device_id();
	// The development preset funds the first dev accounts, not One and Two: Alice does.
	for who in [ONE, TWO] {
		let call = pallet_balances::Call::<Runtime>::transfer_keep_alive {
			dest: account(who).into(),
			value: 10_000 * city_primitives::CITY,
		};
		let outcome = Executive::apply_extrinsic(sign(ALICE, call.into()));
		assert!(matches!(outcome, Ok(Ok(()))), "Alice funds {who}: {outcome:?}");
	}
	let steps = [
		(
			FERDIE,
			Iot::<Runtime>::register {
				key: DEVICES[device::AIR].public(),
				kind: DeviceKind::AirQuality,
				location: location("u33dbfcy"),
				proof: proof(device::AIR, FERDIE),
			},
		),
		(
			FERDIE,
			Iot::<Runtime>::register {
				key: DEVICES[device::METER].public(),
				kind: DeviceKind::Meter(city_primitives::metering::MeterKind::Water),
				location: location("u33db"),
				proof: proof(device::METER, FERDIE),
			},
		),
		(
			FERDIE,
			Iot::<Runtime>::propose_consumer { device: meter_id, consumer: Some(account(BOB)) },
		),
		(BOB, Iot::<Runtime>::accept_consumer { device: meter_id }),
	];
	for (who, call) in steps {
		let outcome = Executive::apply_extrinsic(sign(who, call.into()));
		assert!(matches!(outcome, Ok(Ok(()))), "the harness sets up its devices: {outcome:?}");
	}
}

/// What an input did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
	/// Steps taken from the input (those a filter left out are not counted).
	pub steps: u32,
	/// Blocks closed.
	pub blocks: u32,
	/// Calls that were applied and succeeded.
	pub succeeded: u32,
	/// Calls that were applied and failed (a dispatch error, fees paid).
	pub failed: u32,
	/// Transactions the executive refused (invalid: never in a block).
	pub refused: u32,
	/// Privileged calls left out because they did not fit the block.
	pub left_out: u32,
	/// The pallets, by name, of the calls that succeeded.
	pub pallets: BTreeSet<String>,
}

/// Decodes `data` into its steps: as many as decode (at most [`MAX_STEPS`]), less those
/// [`allowed`] refuses.
pub fn steps(data: &[u8]) -> Vec<Step> {
	let mut input = data;
	std::iter::from_fn(|| Step::decode_with_depth_limit(MAX_DEPTH, &mut input).ok())
		.take(MAX_STEPS)
		.filter(|step| allowed(&step.call))
		.collect()
}

/// Encodes `steps` as an input.
pub fn encode(steps: &[Step]) -> Vec<u8> {
	steps.iter().flat_map(Encode::encode).collect()
}

/// Whether the harness applies `call`: not the calls that change the chain's rules by design
/// rather than by a bug, whoever makes them, nor those the harness itself makes.
/// - `System` other than remarks: Root may replace the code or write any storage (a referendum
///   can; that is governance, not a flaw);
/// - `Timestamp::set`: the harness sets the time, once a block, as the inherent does;
/// - `Balances::force_adjust_total_issuance`: Root's tool to set total issuance apart from
///   the accounts, so it breaks the conservation check on purpose;
/// - `Balances::force_unreserve`: it frees reserved balance whatever holds it, below the
///   holds' own records;
/// - Root forcing the reserve fund's own balance (`force_set_balance`, `force_transfer` out of
///   it): a referendum may take the city's money, below what the fund owes, by design.
///
/// The same holds for a call inside a council motion, a scheduled call, a democracy proposal
/// given inline and a preimage that decodes to a call (the scheduler enacts what it decodes).
pub fn allowed(call: &RuntimeCall) -> bool {
	use frame_support::traits::Bounded;
	use pallet_democracy::Call as Democracy;
	let fund = pallet_reserve_fund::Pallet::<Runtime>::account_id();
	let decoded = |bytes: &[u8]| RuntimeCall::decode_with_depth_limit(MAX_DEPTH, &mut &bytes[..]);
	match call {
		RuntimeCall::System(frame_system::Call::remark { .. })
		| RuntimeCall::System(frame_system::Call::remark_with_event { .. }) => true,
		RuntimeCall::System(_) | RuntimeCall::Timestamp(_) => false,
		RuntimeCall::Balances(
			pallet_balances::Call::force_adjust_total_issuance { .. }
			| pallet_balances::Call::force_unreserve { .. },
		) => false,
		RuntimeCall::Balances(pallet_balances::Call::force_set_balance { who, .. }) => {
			*who != fund.clone().into()
		}
		RuntimeCall::Balances(pallet_balances::Call::force_transfer { source, .. }) => {
			*source != fund.clone().into()
		}
		RuntimeCall::Democracy(
			Democracy::propose { proposal, .. }
			| Democracy::external_propose { proposal }
			| Democracy::external_propose_majority { proposal }
			| Democracy::external_propose_default { proposal },
		) => match proposal {
			Bounded::Inline(bytes) => decoded(bytes).map_or(true, |inner| allowed(&inner)),
			_ => true,
		},
		RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes }) => {
			decoded(bytes).map_or(true, |inner| allowed(&inner))
		}
		RuntimeCall::Council(
			pallet_collective::Call::propose { proposal, .. }
			| pallet_collective::Call::execute { proposal, .. },
		)
		| RuntimeCall::TechnicalCommittee(
			pallet_collective::Call::propose { proposal, .. }
			| pallet_collective::Call::execute { proposal, .. },
		) => allowed(proposal),
		RuntimeCall::Scheduler(
			pallet_scheduler::Call::schedule { call, .. }
			| pallet_scheduler::Call::schedule_named { call, .. }
			| pallet_scheduler::Call::schedule_after { call, .. }
			| pallet_scheduler::Call::schedule_named_after { call, .. },
		) => allowed(call),
		_ => true,
	}
}

/// Runs the input `data` from `genesis`; panics with a finding if a check breaks.
pub fn run(genesis: &Genesis, data: &[u8]) -> Report {
	run_then(genesis, data, || ()).0
}

/// [`run`], then `inspect` on the state the input left (for tests).
pub fn run_then<R>(genesis: &Genesis, data: &[u8], inspect: impl FnOnce() -> R) -> (Report, R) {
	let steps = steps(data);
	let mut report = Report::default();
	if steps.is_empty() {
		return (report, genesis.execute_with(inspect));
	}
	let mut storage = genesis.storage.clone();
	BasicExternalities::execute_with_storage(&mut storage, || {
		let mut header = genesis.header.clone();
		let mut block = start(&header, header.number + 1);
		for (index, step) in steps.iter().enumerate() {
			let jump = step.lapse > JUMP;
			let closes = if jump { 1 } else { step.lapse };
			for _ in 0..closes {
				if report.blocks >= MAX_BLOCKS {
					break;
				}
				header = close(&block, &steps[..index], &mut report);
				let next = if jump {
					landing(header.number, header.number + blocks_after(step.lapse))
				} else {
					header.number + 1
				};
				block = start(&header, next);
			}
			report.steps += 1;
			if let Err(finding) = apply(step, &mut report) {
				panic!("finding at step {index}: {finding}\nsteps: {:#?}", &steps[..=index]);
			}
		}
		close(&block, &steps, &mut report);
		let inspected = inspect();
		(report, inspected)
	})
}

/// Where a jump from block `from` towards `to` lands: on the first block between at which the
/// chain has something to do at that very block (a scheduled task, a referendum's end), so
/// that none is skipped; the scheduler is told the blocks before it were serviced (their
/// agendas were empty), as it would have serviced them one by one, instead of walking every
/// skipped block's agenda afterwards (which it would do, a weight's worth each block).
fn landing(from: u32, to: u32) -> u32 {
	use pallet_democracy::ReferendumInfo;
	let scheduled = pallet_scheduler::Agenda::<Runtime>::iter()
		.filter(|(when, agenda)| *when > from && agenda.iter().any(Option::is_some))
		.map(|(when, _)| when);
	let ends = pallet_democracy::ReferendumInfoOf::<Runtime>::iter_values()
		.filter_map(|info| match info {
			ReferendumInfo::Ongoing(status) => Some(status.end),
			_ => None,
		})
		.filter(|end| *end > from);
	let landing = scheduled.chain(ends).fold(to, u32::min);
	pallet_scheduler::IncompleteSince::<Runtime>::put(landing);
	landing
}

/// What a block started with: the checks compare its end with it.
pub struct BlockStart {
	/// Total issuance before it opened (before its hooks).
	pub issuance: Balance,
}

/// Opens block `number` on `parent`; what it starts with is read before its hooks run, so
/// what they mint or burn is checked too.
fn start(parent: &Header, number: u32) -> BlockStart {
	let start = BlockStart { issuance: pallet_balances::TotalIssuance::<Runtime>::get() };
	// A jump: the chain counts the blocks between as if they had been (frame_system opens
	// only the block after the last).
	System::set_block_number(number - 1);
	open_block(number, parent.hash());
	start
}

fn close(block: &BlockStart, steps: &[Step], report: &mut Report) -> Header {
	let header = Executive::finalize_block();
	report.blocks += 1;
	if let Err(finding) = check_block(block) {
		panic!("finding after block {}: {finding}\nsteps: {steps:#?}", header.number);
	}
	header
}

/// Opens block `number` on `parent` as Aura and the node would: a slot digest (the slot is the
/// block's number), then the timestamp inherent.
fn open_block(number: u32, parent: H256) {
	let slot = Slot::from(number as u64);
	let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
	Executive::initialize_block(&Header::new(
		number,
		Default::default(),
		Default::default(),
		parent,
		digest,
	));
	let set = Timestamp::set(RuntimeOrigin::none(), u64::from(slot) * SLOT_DURATION);
	assert!(set.is_ok(), "the timestamp inherent applies: {set:?}");
}

/// The tip a transaction from origin byte `origin` offers: its bits 4 and 5 (a seed's origins,
/// below 16, offer none): none, the least there is, 1 CITY, or more than anyone holds.
pub fn tip(origin: u8) -> Balance {
	match (origin >> 4) & 0b11 {
		0 => 0,
		1 => 1,
		2 => city_primitives::CITY,
		_ => Balance::MAX / 2,
	}
}

/// The nonce a transaction from origin byte `origin` carries, for an account whose next is
/// `next`: by its bits 6 and 7 (a seed's origins, below 16, take the next), the next, one ahead
/// (a future transaction: no block holds it), one behind (stale), or the next.
pub fn nonce(origin: u8, next: city_runtime::Nonce) -> city_runtime::Nonce {
	match origin >> 6 {
		1 => next.saturating_add(1),
		2 => next.saturating_sub(1),
		_ => next,
	}
}

/// `call` signed by the dev account numbered `origin` (modulo 16), as a wallet signs it, with the
/// tip and nonce its high bits choose ([`tip`], [`nonce`]).
fn sign(origin: u8, call: RuntimeCall) -> UncheckedExtrinsic {
	let index = (origin % 16) as usize % ACCOUNTS.len();
	let signer = &PAIRS[index];
	let next = System::account_nonce(ACCOUNTS[index].to_account_id());
	city_runtime::signed_transaction(
		call,
		signer,
		nonce(origin, next),
		tip(origin),
		System::block_hash(0),
	)
}

/// `call` with the proofs of the harness's device keys filled in, where it carries one: a
/// registration's or rotation's proof of possession by `holder`, an anchor's signature by the
/// key the chain checks it with.
fn with_device_proofs(call: &RuntimeCall, holder: Option<&AccountId>) -> RuntimeCall {
	use pallet_iot_anchors::Call as Iot;
	let genesis = pallet_iot_anchors::Pallet::<Runtime>::genesis();
	let possession = |key: &DeviceKey, proof: &MultiSignature| match (pair_of(key), holder) {
		(Some(pair), Some(holder)) => pair.sign(&possession_message(&genesis, holder)),
		_ => proof.clone(),
	};
	let mut call = call.clone();
	if let RuntimeCall::IotAnchors(inner) = &mut call {
		match inner {
			Iot::register { key, proof, .. }
			| Iot::rotate_key { key, proof, .. }
			| Iot::accept_transfer { key, proof, .. } => *proof = possession(key, proof),
			Iot::anchor { anchor, signature } => {
				let record = pallet_iot_anchors::Devices::<Runtime>::get(anchor.device);
				let signer = record.map(|device| device.relay.unwrap_or(device.key));
				if let Some(pair) = signer.as_ref().and_then(pair_of) {
					let key = signer.as_ref().expect("qed: a pair was found for it");
					*signature = pair.sign(&anchor_message(&genesis, key, anchor));
				}
			}
			_ => {}
		}
	}
	call
}

/// Applies one step in the open block; answers a finding, if any.
fn apply(step: &Step, report: &mut Report) -> Result<(), String> {
	let origin = step.origin % 16;
	let pallet = step.call.get_call_metadata().pallet_name.to_string();
	let transaction = match origin {
		origin::ALICE..=origin::TWO => {
			let call = with_device_proofs(&step.call, Some(&account(origin)));
			Some(sign(step.origin, call))
		}
		origin::GENERAL => {
			let call = with_device_proofs(&step.call, None);
			let extension =
				city_runtime::immortal_tx_extension(nonce(step.origin, 0), tip(step.origin));
			Some(UncheckedExtrinsic::new_transaction(call, extension))
		}
		origin::BARE => Some(UncheckedExtrinsic::new_bare(step.call.clone())),
		_ => None,
	};
	// As the block builder applies a transaction: what a refused one wrote is rolled back.
	let outcome = transaction.map(|transaction| {
		use frame_support::storage::{
			transactional::with_transaction_opaque_err, TransactionOutcome,
		};
		let applied = with_transaction_opaque_err(|| {
			let outcome = Executive::apply_extrinsic(transaction);
			let keep = outcome.is_ok();
			let outcome = Ok::<_, ()>(outcome);
			if keep {
				TransactionOutcome::Commit(outcome)
			} else {
				TransactionOutcome::Rollback(outcome)
			}
		});
		applied
			.and_then(|outcome| outcome)
			.unwrap_or_else(|()| panic!("qed: one storage layer is far from the nesting limit"))
	});
	if let Some(outcome) = outcome {
		match outcome {
			Ok(Ok(())) => {
				report.succeeded += 1;
				report.pallets.insert(pallet);
			}
			Ok(Err(_)) => report.failed += 1,
			Err(_) => report.refused += 1,
		}
		return Ok(());
	}
	dispatch_privileged(origin, &with_true_witness(&step.call), pallet, report)
}

/// `call` with the witness a proposal carries when it is right: `set_members`' `old_count` is
/// the collective's member count. pallet-collective only logs a wrong one, and its call then
/// uses the true count's weight, more than it declared: the proposer's mistake, not the
/// runtime's (only Root, a referendum, may set the members; the scheduler accounts the weight
/// the call used).
fn with_true_witness(call: &RuntimeCall) -> RuntimeCall {
	use city_runtime::configs::{CouncilCollective, TechnicalCollective};
	use pallet_collective::{Call as Collective, Members};
	let mut call = call.clone();
	match &mut call {
		RuntimeCall::Council(Collective::set_members { old_count, .. }) => {
			*old_count = Members::<Runtime, CouncilCollective>::decode_len().unwrap_or(0) as u32;
		}
		RuntimeCall::TechnicalCommittee(Collective::set_members { old_count, .. }) => {
			*old_count = Members::<Runtime, TechnicalCollective>::decode_len().unwrap_or(0) as u32;
		}
		_ => {}
	}
	call
}

/// Dispatches `call` as Root or a collective would, in the open block: with the runtime's call
/// filter (Root passes it), the collective's vote counted against its members now, and the
/// weight counted where the chain counts it: a Root call as the scheduler enacts it (mandatory,
/// within the scheduler's budget), a collective's as its `close` (operational, within the
/// collective's proposal limit and the class's room). A call that does not fit is left out, as
/// they leave it; an empty collective has no origin.
fn dispatch_privileged(
	origin: u8,
	call: &RuntimeCall,
	pallet: String,
	report: &mut Report,
) -> Result<(), String> {
	use city_runtime::configs::{CouncilCollective, TechnicalCollective};
	use pallet_collective::{Members, RawOrigin};
	let council = (origin::COUNCIL_ALL..=origin::COUNCIL_ONE).contains(&origin);
	let (from, class): (RuntimeOrigin, DispatchClass) = if origin == origin::ROOT {
		(RuntimeOrigin::root(), DispatchClass::Mandatory)
	} else {
		let members = if council {
			Members::<Runtime, CouncilCollective>::decode_len()
		} else {
			Members::<Runtime, TechnicalCollective>::decode_len()
		};
		let members = members.unwrap_or(0) as u32;
		if members == 0 {
			report.refused += 1;
			return Ok(());
		}
		let ayes = match origin {
			origin::COUNCIL_ALL | origin::COMMITTEE_ALL => members,
			origin::COUNCIL_TWO_THIRDS => members.saturating_mul(2).div_ceil(3),
			_ => 1,
		};
		let from = if council {
			RawOrigin::<AccountId, CouncilCollective>::Members(ayes, members).into()
		} else {
			RawOrigin::<AccountId, TechnicalCollective>::Members(ayes, members).into()
		};
		(from, DispatchClass::Operational)
	};
	let info = call.get_dispatch_info();
	let declared = info.total_weight();
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let used = *frame_system::BlockWeight::<Runtime>::get().get(class);
	let fits = match class {
		DispatchClass::Mandatory => {
			!declared.any_gt(<Runtime as pallet_scheduler::Config>::MaximumWeight::get())
		}
		_ => {
			let proposal_limit = if council {
				<Runtime as pallet_collective::Config<CouncilCollective>>::MaxProposalWeight::get()
			} else {
				<Runtime as pallet_collective::Config<TechnicalCollective>>::MaxProposalWeight::get(
				)
			};
			let room = limits.get(class).max_total.unwrap_or(limits.max_block);
			!declared.any_gt(proposal_limit) && !used.saturating_add(declared).any_gt(room)
		}
	};
	if !fits {
		report.left_out += 1;
		return Ok(());
	}
	let result = call.clone().dispatch(from);
	let post = match &result {
		Ok(post) => *post,
		Err(error) => error.post_info,
	};
	let actual = post.actual_weight.unwrap_or(info.call_weight);
	if actual.any_gt(info.call_weight) {
		return Err(format!(
			"{pallet} used more weight than it declared: {actual:?} > {:?} ({call:?})",
			info.call_weight
		));
	}
	frame_system::Pallet::<Runtime>::register_extra_weight_unchecked(
		actual.saturating_add(declared.saturating_sub(info.call_weight)),
		class,
	);
	match result {
		Ok(_) => {
			report.succeeded += 1;
			report.pallets.insert(pallet);
		}
		Err(_) => report.failed += 1,
	}
	Ok(())
}

/// The checks after a block (closed, its events still in storage): answers the first broken.
pub fn check_block(block: &BlockStart) -> Result<(), String> {
	try_state()?;
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	let existential = <Runtime as pallet_balances::Config>::ExistentialDeposit::get();
	let mut sum: Balance = 0;
	for (who, account) in frame_system::Account::<Runtime>::iter() {
		let total = account.data.free.saturating_add(account.data.reserved);
		if !total.is_zero() && total < existential {
			return Err(format!(
				"{who} holds {total}, below the existential deposit ({existential}), and lives on"
			));
		}
		sum = sum.saturating_add(total);
	}
	if sum != issuance {
		return Err(format!(
			"total issuance {issuance} is not the sum of the accounts' balances {sum}"
		));
	}
	let moved = issuance as i128 - block.issuance as i128;
	let said = issuance_events();
	if moved != said {
		return Err(format!(
			"total issuance moved by {moved} (from {} to {issuance}), its events say {said}",
			block.issuance
		));
	}
	// Each class within its limit. The mandatory class (the hooks, the inherents) has none by
	// design: democracy's hook, for one, reports a whole block's weight when it starts or
	// counts a referendum.
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let weights = frame_system::BlockWeight::<Runtime>::get();
	for class in [DispatchClass::Normal, DispatchClass::Operational] {
		let weight: Weight = *weights.get(class);
		let limit = limits.get(class).max_total.unwrap_or(limits.max_block);
		if weight.any_gt(limit) {
			return Err(format!("the block's {class:?} calls weigh {weight:?}, over {limit:?}"));
		}
	}
	Ok(())
}

/// Every pallet's `try_state`: all of `AllPalletsWithSystem`'s with the `try-runtime` feature,
/// the city pallets' own checks without it.
fn try_state() -> Result<(), String> {
	use city_runtime::{
		Bonds, CityCoin, IdentityRegistry, IotAnchors, ReserveFund, VehicleRegistry,
	};
	let checks: [(&str, fn() -> Result<(), sp_runtime::TryRuntimeError>); 7] = [
		("the identity registry", IdentityRegistry::do_try_state),
		("the reserve fund", ReserveFund::do_try_state),
		("CityCoin", CityCoin::do_try_state),
		("the bonds", Bonds::do_try_state),
		("the vehicle registry", VehicleRegistry::do_try_state),
		("the IoT anchors", IotAnchors::do_try_state),
		("the governance periods", pallet_governance_periods::Pallet::<Runtime>::do_try_state),
	];
	// AllPalletsWithSystem runs these again (through their hooks), but answers one error for
	// all: these first name the pallet and the invariant.
	for (name, check) in checks {
		check().map_err(|error| format!("{name}'s invariants: {error:?}"))?;
	}
	#[cfg(feature = "try-runtime")]
	{
		use frame_support::traits::{TryState, TryStateSelect};
		<city_runtime::AllPalletsWithSystem as TryState<u32>>::try_state(
			System::block_number(),
			TryStateSelect::All,
		)
		.map_err(|error| format!("try_state: {error:?}"))?;
	}
	Ok(())
}

/// What the block's events say total issuance moved by: what pallet-balances mints, issues,
/// restores or adds with a dropped debt, less what it burns, rescinds, suspends or removes with
/// a dropped credit (fees, dust and slashes go to the reserve fund: they move none).
fn issuance_events() -> i128 {
	use pallet_balances::Event as B;
	System::read_events_no_consensus()
		.map(|record| match record.event {
			RuntimeEvent::Balances(
				B::Minted { amount, .. }
				| B::Issued { amount }
				| B::MintedCredit { amount }
				| B::Restored { amount, .. },
			) => amount as i128,
			RuntimeEvent::Balances(
				B::Burned { amount, .. }
				| B::BurnedHeld { amount, .. }
				| B::Rescinded { amount }
				| B::BurnedDebt { amount }
				| B::Suspended { amount, .. },
			) => -(amount as i128),
			_ => 0,
		})
		.sum()
}
