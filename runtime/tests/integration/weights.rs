//! Every weight the runtime uses was generated on this machine by `scripts/benchmark.sh`: no
//! `Config` uses a pallet's `()` weights (priced for RocksDB, or typed) or its
//! `SubstrateWeight` (measured on Parity's reference machine), the block's and each
//! transaction's base weights and the database's are this machine's, the city's transaction
//! extensions weigh what their benchmarks measured, and every weight file says how it was made.

use city_runtime::{
	configs::RuntimeBlockWeights, resident_vote::CheckResidentVote,
	transfer_guard::ChargeFeeCoveringTransfers, weights, BalancesCall, Runtime, RuntimeCall, CITY,
};
use frame_support::{
	dispatch::DispatchClass,
	weights::{constants, Weight},
};
use pallet_collective::{Instance1, Instance2};
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::TransactionExtension;

/// Fails if `ours` is one of the `defaults` (named), i.e. not generated here.
fn assert_generated(what: &str, ours: Weight, defaults: &[(&str, Weight)]) {
	assert_ne!(ours, Weight::zero(), "{what}: zero");
	for (name, default) in defaults {
		assert_ne!(ours, *default, "{what}: the {name} weights, not generated here");
	}
}

#[test]
fn every_pallet_weighs_its_calls_with_weights_generated_here() {
	use frame_system::WeightInfo as _;
	type System = <Runtime as frame_system::Config>::SystemWeightInfo;
	assert_generated(
		"frame_system",
		System::remark(1_000),
		&[
			("`()`", <() as frame_system::WeightInfo>::remark(1_000)),
			("SubstrateWeight", frame_system::weights::SubstrateWeight::<Runtime>::remark(1_000)),
		],
	);

	use frame_system::ExtensionsWeightInfo as _;
	type Extensions = <Runtime as frame_system::Config>::ExtensionsWeightInfo;
	for (what, ours, unit) in [
		(
			"check_nonce",
			Extensions::check_nonce(),
			<() as frame_system::ExtensionsWeightInfo>::check_nonce(),
		),
		(
			"check_weight",
			Extensions::check_weight(),
			<() as frame_system::ExtensionsWeightInfo>::check_weight(),
		),
		(
			"weight_reclaim",
			Extensions::weight_reclaim(),
			<() as frame_system::ExtensionsWeightInfo>::weight_reclaim(),
		),
		(
			"check_genesis",
			Extensions::check_genesis(),
			<() as frame_system::ExtensionsWeightInfo>::check_genesis(),
		),
	] {
		assert_generated(what, ours, &[("`()`", unit)]);
	}

	use pallet_timestamp::WeightInfo as _;
	assert_generated(
		"pallet_timestamp",
		<Runtime as pallet_timestamp::Config>::WeightInfo::set(),
		&[
			("`()`", <() as pallet_timestamp::WeightInfo>::set()),
			("SubstrateWeight", pallet_timestamp::weights::SubstrateWeight::<Runtime>::set()),
		],
	);

	use pallet_grandpa::WeightInfo as _;
	assert_generated(
		"pallet_grandpa",
		<Runtime as pallet_grandpa::Config>::WeightInfo::note_stalled(),
		&[("`()`", <() as pallet_grandpa::WeightInfo>::note_stalled())],
	);

	use pallet_balances::WeightInfo as _;
	assert_generated(
		"pallet_balances",
		<Runtime as pallet_balances::Config>::WeightInfo::transfer_keep_alive(),
		&[
			("`()`", <() as pallet_balances::WeightInfo>::transfer_keep_alive()),
			(
				"SubstrateWeight",
				pallet_balances::weights::SubstrateWeight::<Runtime>::transfer_keep_alive(),
			),
		],
	);

	use pallet_transaction_payment::WeightInfo as _;
	assert_generated(
		"pallet_transaction_payment",
		<Runtime as pallet_transaction_payment::Config>::WeightInfo::charge_transaction_payment(),
		&[
			("`()`", <() as pallet_transaction_payment::WeightInfo>::charge_transaction_payment()),
			(
				"SubstrateWeight",
				pallet_transaction_payment::weights::SubstrateWeight::<Runtime>::charge_transaction_payment(),
			),
		],
	);

	use pallet_collective::WeightInfo as _;
	let collective_defaults = [
		("`()`", <() as pallet_collective::WeightInfo>::vote(21)),
		("SubstrateWeight", pallet_collective::weights::SubstrateWeight::<Runtime>::vote(21)),
	];
	assert_generated(
		"the council's pallet_collective",
		<Runtime as pallet_collective::Config<Instance1>>::WeightInfo::vote(21),
		&collective_defaults,
	);
	assert_generated(
		"the technical committee's pallet_collective",
		<Runtime as pallet_collective::Config<Instance2>>::WeightInfo::vote(21),
		&collective_defaults,
	);

	use pallet_membership::WeightInfo as _;
	let membership_defaults = [
		("`()`", <() as pallet_membership::WeightInfo>::add_member(20)),
		("SubstrateWeight", pallet_membership::weights::SubstrateWeight::<Runtime>::add_member(20)),
	];
	assert_generated(
		"the council's pallet_membership",
		<Runtime as pallet_membership::Config<Instance1>>::WeightInfo::add_member(20),
		&membership_defaults,
	);
	assert_generated(
		"the technical committee's pallet_membership",
		<Runtime as pallet_membership::Config<Instance2>>::WeightInfo::add_member(20),
		&membership_defaults,
	);

	use pallet_democracy::WeightInfo as _;
	assert_generated(
		"pallet_democracy",
		<Runtime as pallet_democracy::Config>::WeightInfo::vote_new(),
		&[
			("`()`", <() as pallet_democracy::WeightInfo>::vote_new()),
			("SubstrateWeight", pallet_democracy::weights::SubstrateWeight::<Runtime>::vote_new()),
		],
	);

	use pallet_preimage::WeightInfo as _;
	assert_generated(
		"pallet_preimage",
		<Runtime as pallet_preimage::Config>::WeightInfo::note_preimage(1_000),
		&[
			("`()`", <() as pallet_preimage::WeightInfo>::note_preimage(1_000)),
			(
				"SubstrateWeight",
				pallet_preimage::weights::SubstrateWeight::<Runtime>::note_preimage(1_000),
			),
		],
	);

	use pallet_scheduler::WeightInfo as _;
	assert_generated(
		"pallet_scheduler",
		<Runtime as pallet_scheduler::Config>::WeightInfo::service_agenda_base(50),
		&[
			("`()`", <() as pallet_scheduler::WeightInfo>::service_agenda_base(50)),
			(
				"SubstrateWeight",
				pallet_scheduler::weights::SubstrateWeight::<Runtime>::service_agenda_base(50),
			),
		],
	);

	use pallet_utility::WeightInfo as _;
	assert_generated(
		"pallet_utility",
		<Runtime as pallet_utility::Config>::WeightInfo::batch(100),
		&[
			("`()`", <() as pallet_utility::WeightInfo>::batch(100)),
			("SubstrateWeight", pallet_utility::weights::SubstrateWeight::<Runtime>::batch(100)),
		],
	);

	use pallet_multisig::WeightInfo as _;
	assert_generated(
		"pallet_multisig",
		<Runtime as pallet_multisig::Config>::WeightInfo::as_multi_complete(2, 100),
		&[
			("`()`", <() as pallet_multisig::WeightInfo>::as_multi_complete(2, 100)),
			(
				"SubstrateWeight",
				pallet_multisig::weights::SubstrateWeight::<Runtime>::as_multi_complete(2, 100),
			),
		],
	);

	use pallet_proxy::WeightInfo as _;
	assert_generated(
		"pallet_proxy",
		<Runtime as pallet_proxy::Config>::WeightInfo::proxy(3),
		&[
			("`()`", <() as pallet_proxy::WeightInfo>::proxy(3)),
			("SubstrateWeight", pallet_proxy::weights::SubstrateWeight::<Runtime>::proxy(3)),
		],
	);

	// The city's pallets: their `()` weights are the same figures with the default ParityDB
	// weights, so they differ from the runtime's by the database weights measured here.
	use pallet_citycoin::WeightInfo as _;
	assert_generated(
		"pallet_citycoin",
		<Runtime as pallet_citycoin::Config>::WeightInfo::pay_for_service(),
		&[("`()`", <() as pallet_citycoin::WeightInfo>::pay_for_service())],
	);
	use pallet_validator_set::WeightInfo as _;
	assert_generated(
		"pallet_validator_set",
		<Runtime as pallet_validator_set::Config>::WeightInfo::add_validator(),
		&[("`()`", <() as pallet_validator_set::WeightInfo>::add_validator())],
	);

	// pallet_session's benchmarks are the runtime's own (upstream's need staking).
	use pallet_session::WeightInfo as _;
	assert_generated(
		"pallet_session",
		<Runtime as pallet_session::Config>::WeightInfo::set_keys(),
		&[
			("`()`", <() as pallet_session::WeightInfo>::set_keys()),
			("SubstrateWeight", pallet_session::weights::SubstrateWeight::<Runtime>::set_keys()),
		],
	);
}

/// Every Rust file under `runtime/src/configs` (`city/` included), with its path from there,
/// read when the test runs: a config file added later is checked too.
fn config_files() -> Vec<(String, String)> {
	let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/configs");
	let mut dirs = vec![root.clone()];
	let mut files = Vec::new();
	while let Some(dir) = dirs.pop() {
		for entry in std::fs::read_dir(&dir).expect("runtime/src/configs is readable") {
			let path = entry.expect("a directory entry of runtime/src/configs").path();
			if path.is_dir() {
				dirs.push(path);
			} else if path.extension().is_some_and(|ext| ext == "rs") {
				let name = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
				let text = std::fs::read_to_string(&path).expect("a config file is readable");
				files.push((name, text));
			}
		}
	}
	files.sort();
	files
}

#[test]
fn every_config_names_its_weights_from_the_weights_module() {
	// A pallet added later with `()` or a `SubstrateWeight` fails here, even before a check
	// above names it.
	let mut named = 0;
	for (file, text) in config_files() {
		for line in text.lines().filter(|line| {
			let line = line.trim_start();
			line.starts_with("type WeightInfo")
				|| line.starts_with("type SystemWeightInfo")
				|| line.starts_with("type ExtensionsWeightInfo")
				|| line.starts_with("type DbWeight")
		}) {
			named += 1;
			assert!(
				line.contains("weights::") || line.contains("ParityDbWeight;"),
				"{file}: `{}` does not name a weight generated here (runtime/src/weights)",
				line.trim()
			);
		}
	}
	// frame_system (3), timestamp, grandpa, balances, transaction payment, two collectives, two
	// memberships, democracy, preimage, scheduler, utility, multisig, proxy, session, the seven
	// city pallets (the validator set's included).
	assert_eq!(named, 3 + 4 + 5 + 2 + 3 + 1 + 7, "every weight a Config names");
}

#[test]
fn blocks_transactions_and_the_database_weigh_what_this_machine_measured() {
	let db = <Runtime as frame_system::Config>::DbWeight::get();
	assert_eq!(db, weights::ParityDbWeight::get());
	assert_ne!(db, constants::ParityDbWeight::get(), "FRAME's default ParityDB weights");
	assert_ne!(db, constants::RocksDbWeight::get(), "FRAME's default RocksDB weights");

	let block = RuntimeBlockWeights::get();
	assert_eq!(block.base_block, weights::BlockExecutionWeight::get());
	assert_ne!(block.base_block, constants::BlockExecutionWeight::get(), "FRAME's default");
	for class in DispatchClass::all() {
		let base = block.get(*class).base_extrinsic;
		assert_eq!(base, weights::extrinsic_base_weight(), "{class:?}");
		assert_ne!(base, constants::ExtrinsicBaseWeight::get(), "{class:?}: FRAME's default");
	}
}

#[test]
fn a_transaction_base_counts_nothing_twice_and_a_remark_weighs_what_it_measured() {
	let base = weights::extrinsic_base_weight();
	let remark: RuntimeCall = frame_system::Call::remark { remark: vec![] }.into();
	let extensions = city_runtime::immortal_tx_extension(0, 0).weight(&remark);
	assert!(base.all_gte(weights::signature_check()), "at least the signature check");
	assert!(weights::signature_check().ref_time() > 0);
	// The measured remark (extensions' work included) is covered by base plus extensions.
	assert!(
		base.saturating_add(extensions).all_gte(weights::ExtrinsicBaseWeight::get()),
		"base {base:?} + extensions {extensions:?} < measured {:?}",
		weights::ExtrinsicBaseWeight::get()
	);
	// And no more than that: the base never exceeds the measurement.
	assert!(
		weights::ExtrinsicBaseWeight::get().max(weights::signature_check()).all_gte(base),
		"base {base:?}"
	);
}

#[test]
fn the_city_extensions_weigh_what_their_benchmarks_measured() {
	use weights::city_extensions::WeightInfo as _;
	type Measured = weights::city_extensions::SubstrateWeight<Runtime>;
	let transfer: RuntimeCall = BalancesCall::transfer_keep_alive {
		dest: Sr25519Keyring::Bob.to_account_id().into(),
		value: CITY,
	}
	.into();
	let fee = ChargeFeeCoveringTransfers::from(0);
	assert_eq!(fee.weight(&transfer), Measured::charge_fee_covering_transfer());
	let remark: RuntimeCall = frame_system::Call::remark { remark: vec![] }.into();
	assert_eq!(
		fee.weight(&remark),
		Measured::charge_fee(),
		"anything but a transfer: the fee alone"
	);
	// The items every fee touches are paid once a block by the reserve fund's `on_initialize`,
	// and the payer's account by `CheckNonce`: the fee's own weights count none of them.
	let generated = include_str!("../../src/weights/city_extensions.rs");
	for benchmark in ["charge_fee_covering_transfer", "charge_fee"] {
		let counted = storage_counted_by(generated, benchmark);
		for item in ["ReserveFund::FeesThisBlock", "System::Account"] {
			assert!(!counted.contains(item), "the fee benchmark {benchmark} counts {item}");
		}
	}
	// A wrapped transfer's check reads the account it comes from (not the payer's, whose
	// `CheckNonce` read): that one is counted.
	assert!(storage_counted_by(generated, "cover_wrapped_transfer").contains("System::Account"));
	assert_eq!(
		<city_runtime::ReserveFund as frame_support::traits::Hooks<_>>::on_initialize(1),
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(2, 2),
		"the fund pays for FeesThisBlock and its account once a block"
	);

	let vote: RuntimeCall = pallet_democracy::Call::vote {
		ref_index: 0,
		vote: pallet_democracy::AccountVote::Standard {
			vote: pallet_democracy::Vote {
				aye: true,
				conviction: pallet_democracy::Conviction::None,
			},
			balance: CITY,
		},
	}
	.into();
	assert_eq!(CheckResidentVote.weight(&vote), Measured::check_resident_vote());
	assert_eq!(CheckResidentVote.weight(&remark), Weight::zero());

	// Wrapped: each call judged, and finding the account each acts as.
	let batch = |calls: Vec<RuntimeCall>| -> RuntimeCall {
		pallet_utility::Call::batch_all { calls }.into()
	};
	let two_votes = batch(vec![vote.clone(), remark.clone(), vote.clone()]);
	assert_eq!(
		CheckResidentVote.weight(&two_votes),
		Measured::check_resident_vote().saturating_mul(2)
	);
	let two_transfers = batch(vec![transfer.clone(), transfer.clone()]);
	assert_eq!(
		fee.weight(&two_transfers),
		Measured::charge_fee().saturating_add(Measured::cover_wrapped_transfer().saturating_mul(2))
	);
	let others =
		vec![Sr25519Keyring::Charlie.to_account_id(), Sr25519Keyring::Dave.to_account_id()];
	let by_multisig: RuntimeCall = pallet_multisig::Call::as_multi {
		threshold: 2,
		other_signatories: others,
		maybe_timepoint: None,
		call: Box::new(transfer.clone()),
		max_weight: Weight::zero(),
	}
	.into();
	let length = codec::Encode::encoded_size(&transfer) as u32;
	assert_eq!(
		fee.weight(&by_multisig),
		Measured::charge_fee()
			.saturating_add(Measured::cover_wrapped_transfer())
			.saturating_add(Measured::unwrap_as_multi(3, length))
	);
	// A multisig holding no vote costs the vote check nothing.
	assert_eq!(CheckResidentVote.weight(&by_multisig), Weight::zero());
}

/// The storage items the generated weight of `benchmark` counts: the `/// Storage:` lines of
/// its doc comment in the file's first implementation.
fn storage_counted_by(generated: &str, benchmark: &str) -> String {
	let lines: Vec<&str> = generated.lines().collect();
	let implementation = lines
		.iter()
		.position(|line| line.starts_with("impl<T: frame_system::Config> WeightInfo for"))
		.expect("the generated implementation");
	let at = implementation
		+ lines[implementation..]
			.iter()
			.position(|line| line.trim_start().starts_with(&format!("fn {benchmark}(")))
			.unwrap_or_else(|| panic!("no weight for {benchmark}"));
	lines[..at]
		.iter()
		.rev()
		.take_while(|line| line.trim_start().starts_with("///"))
		.copied()
		.collect::<Vec<_>>()
		.join("\n")
}

#[test]
fn every_weight_file_says_it_was_generated_and_how() {
	let files = [
		("block_weights.rs", include_str!("../../src/weights/block_weights.rs")),
		("extrinsic_weights.rs", include_str!("../../src/weights/extrinsic_weights.rs")),
		("paritydb_weights.rs", include_str!("../../src/weights/paritydb_weights.rs")),
		("frame_system.rs", include_str!("../../src/weights/frame_system.rs")),
		(
			"frame_system_extensions.rs",
			include_str!("../../src/weights/frame_system_extensions.rs"),
		),
		("pallet_balances.rs", include_str!("../../src/weights/pallet_balances.rs")),
		("pallet_timestamp.rs", include_str!("../../src/weights/pallet_timestamp.rs")),
		(
			"pallet_transaction_payment.rs",
			include_str!("../../src/weights/pallet_transaction_payment.rs"),
		),
		("pallet_collective.rs", include_str!("../../src/weights/pallet_collective.rs")),
		("pallet_membership.rs", include_str!("../../src/weights/pallet_membership.rs")),
		("pallet_democracy.rs", include_str!("../../src/weights/pallet_democracy.rs")),
		("pallet_preimage.rs", include_str!("../../src/weights/pallet_preimage.rs")),
		("pallet_scheduler.rs", include_str!("../../src/weights/pallet_scheduler.rs")),
		("pallet_utility.rs", include_str!("../../src/weights/pallet_utility.rs")),
		("pallet_multisig.rs", include_str!("../../src/weights/pallet_multisig.rs")),
		("pallet_proxy.rs", include_str!("../../src/weights/pallet_proxy.rs")),
		("pallet_grandpa.rs", include_str!("../../src/weights/pallet_grandpa.rs")),
		("city_extensions.rs", include_str!("../../src/weights/city_extensions.rs")),
		("frame_benchmarking.rs", include_str!("../../src/weights/frame_benchmarking.rs")),
	];
	for (file, text) in files.into_iter().chain(CITY_WEIGHTS) {
		assert!(
			text.contains("THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI"),
			"{file}"
		);
		assert!(text.contains("scripts/benchmark.sh"), "{file}: says how to regenerate it");
		assert!(
			text.contains("HOSTNAME: `") || text.contains("hostname"),
			"{file}: names the machine"
		);
	}
}

#[test]
fn an_anchor_leaves_the_block_budget_to_a_once_a_block_charge() {
	// Every anchor reads and writes `AnchorWeight`: whitelisted in the benchmarks, so none of
	// the anchor's weights counts it, and the pallet's `on_initialize` pays for it once.
	let (_, generated) =
		CITY_WEIGHTS.into_iter().find(|(pallet, _)| *pallet == "iot-anchors").expect("listed");
	assert!(
		!generated.contains("IotAnchors::AnchorWeight"),
		"an anchor benchmark counts its budget"
	);
	assert_eq!(
		<city_runtime::IotAnchors as frame_support::traits::Hooks<_>>::on_initialize(1),
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(1, 1),
	);
}

/// The city pallets' generated weights, by crate.
const CITY_WEIGHTS: [(&str, &str); 6] = [
	("citycoin", include_str!("../../../pallets/citycoin/src/weights.rs")),
	("reserve-fund", include_str!("../../../pallets/reserve-fund/src/weights.rs")),
	("bonds", include_str!("../../../pallets/bonds/src/weights.rs")),
	("identity-registry", include_str!("../../../pallets/identity-registry/src/weights.rs")),
	("vehicle-registry", include_str!("../../../pallets/vehicle-registry/src/weights.rs")),
	("iot-anchors", include_str!("../../../pallets/iot-anchors/src/weights.rs")),
];

/// A weight function of a generated file: its weight with no items (picoseconds of ref time,
/// database access priced by the runtime's `DbWeight`) and per item of each component.
struct GeneratedWeight {
	name: String,
	base: u64,
	per_item: Vec<(String, u64)>,
}

/// The first number in `text` (underscores allowed, as the generator writes them).
fn number(text: &str) -> u64 {
	let digits: String = text
		.chars()
		.skip_while(|c| !c.is_ascii_digit())
		.take_while(|c| c.is_ascii_digit() || *c == '_')
		.filter(|c| *c != '_')
		.collect();
	digits.parse().expect("a number")
}

/// The component a line multiplies by (`.saturating_mul(n.into())`), if any.
fn component(line: &str) -> Option<String> {
	let (_, rest) = line.split_once(".saturating_mul(")?;
	let name = rest.split('.').next()?;
	(!name.starts_with('(')).then(|| name.to_string())
}

/// Reads the functions of a city pallet's generated `SubstrateWeight` (the template's lines:
/// `Weight::from_parts(ref, proof)`, then `.saturating_add` of per-item ref times and of
/// `T::DbWeight::get().reads/writes`, fixed or per item).
fn generated_weights(text: &str) -> Vec<GeneratedWeight> {
	let db = <Runtime as frame_system::Config>::DbWeight::get();
	let start = text.find("for SubstrateWeight<T>").expect("the runtime's weights");
	let end = text[start..].find("\n}\n").map_or(text.len(), |end| start + end);
	let mut found = Vec::new();
	for function in text[start..end].split("\tfn ").skip(1) {
		let name = function.split('(').next().expect("a name").to_string();
		let mut weight = GeneratedWeight { name, base: 0, per_item: Vec::new() };
		for line in function.lines().map(str::trim).filter(|line| !line.starts_with("//")) {
			let ps = if let Some(access) = line.split_once("T::DbWeight::get().") {
				let count = number(access.1);
				if access.1.starts_with("reads") {
					count * db.read
				} else {
					count * db.write
				}
			} else if line.contains("Weight::from_parts(") {
				number(line.split_once("Weight::from_parts(").expect("checked").1)
			} else {
				continue;
			};
			match component(line) {
				Some(name) => weight.per_item.push((name, ps)),
				None => weight.base += ps,
			}
		}
		found.push(weight);
	}
	found
}

#[test]
fn every_city_call_weighs_at_most_three_transfers_and_an_item_less_than_one() {
	use pallet_balances::WeightInfo as _;
	let base = weights::extrinsic_base_weight().ref_time();
	let transfer_call: RuntimeCall = BalancesCall::transfer_keep_alive {
		dest: Sr25519Keyring::Bob.to_account_id().into(),
		value: CITY,
	}
	.into();
	let remark: RuntimeCall = frame_system::Call::remark { remark: vec![] }.into();
	let extensions = city_runtime::immortal_tx_extension(0, 0);
	// What a block holds of each: the call, the transaction's base and its extensions.
	let transfer = <Runtime as pallet_balances::Config>::WeightInfo::transfer_keep_alive()
		.ref_time()
		+ base + extensions.weight(&transfer_call).ref_time();
	let overhead = base + extensions.weight(&remark).ref_time();
	let limit = 3 * transfer;
	assert!(transfer > 0 && limit > overhead);
	// Not calls: the hooks' weights (payroll's idle check, receipts' pruning) and the meter's
	// billing, which an anchor's weight includes.
	let hooks = ["payroll_idle", "prune_receipts", "bill_meter"];
	let mut over = Vec::new();
	let mut checked = 0;
	for (pallet, text) in CITY_WEIGHTS {
		let found = generated_weights(text);
		assert!(found.len() > 3, "{pallet}: its weights read");
		for weight in found.iter().filter(|w| !hooks.contains(&w.name.as_str())) {
			checked += 1;
			// An anchor is free and unsigned: its authorization and dispatch, base, no fee.
			let all_in = match weight.name.as_str() {
				"anchor" | "authorize_anchor" => {
					city_runtime::IotAnchors::anchor_cost(true).ref_time()
				}
				_ => weight.base + overhead,
			};
			if all_in > limit {
				over.push(format!("{pallet}::{}: {} µs", weight.name, all_in / 1_000_000));
			}
			for (component, ps) in &weight.per_item {
				if *ps >= transfer {
					over.push(format!(
						"{pallet}::{} per {component}: {} µs",
						weight.name,
						ps / 1_000_000
					));
				}
			}
		}
	}
	assert!(checked > 80, "every call's weight read: {checked}");
	assert!(
		over.is_empty(),
		"a transfer weighs {} µs (limit {} µs); over it: {over:#?}",
		transfer / 1_000_000,
		limit / 1_000_000
	);
}
