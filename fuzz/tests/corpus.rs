//! The fuzzer's corpus as tests: every seed flow succeeds step by step and keeps every
//! invariant; the committed seed files are exactly the flows; every input a fuzz run found a
//! bug with (fuzz/regressions/) runs clean now; and the checks after each block do catch a
//! broken ledger. `scripts/test.sh` runs these with the try-runtime feature, so every block of
//! them ends with every pallet's try_state.

use city_fuzz::{
	blocks_after, check_block, encode, run, run_then, seeds::seeds, steps, BlockStart, Genesis,
	Step, JUMP,
};
use city_primitives::CITY;
use city_runtime::{AccountId, Executive, Runtime, RuntimeCall, RuntimeEvent};
use codec::Encode;
use std::{
	collections::BTreeSet,
	path::{Path, PathBuf},
	sync::LazyLock,
};

static GENESIS: LazyLock<Genesis> = LazyLock::new(Genesis::new);

fn dir(name: &str) -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// The files of `dir`, by name.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
	let mut found: Vec<_> = std::fs::read_dir(dir)
		.unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
		.map(|entry| {
			let path = entry.expect("qed: a directory entry").path();
			let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
			(name, std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
		})
		.filter(|(name, _)| !name.starts_with('.'))
		.collect();
	found.sort();
	found
}

#[test]
fn every_seed_flow_succeeds_step_by_step_and_keeps_every_invariant() {
	let mut pallets = BTreeSet::new();
	for (name, flow) in seeds() {
		assert!(!flow.is_empty(), "seed {name} has steps");
		let report = run(&GENESIS, &encode(&flow));
		eprintln!("seed {name}: {report:?}");
		assert_eq!(
			report.steps as usize,
			flow.len(),
			"seed {name}: every step decodes and is allowed"
		);
		assert_eq!(
			(report.failed, report.refused, report.left_out),
			(0, 0, 0),
			"seed {name}: every step succeeds ({report:?})"
		);
		pallets.extend(report.pallets);
	}
	for pallet in [
		"Balances",
		"IdentityRegistry",
		"CityCoin",
		"ReserveFund",
		"Bonds",
		"VehicleRegistry",
		"IotAnchors",
		"Council",
	] {
		assert!(pallets.contains(pallet), "a seed reaches {pallet} (reached: {pallets:?})");
	}
}

/// With `CITY_FUZZ_BLESS=1`, the seed files are written first (and those of flows gone
/// removed): fuzz/README.md.
#[test]
fn the_committed_seed_files_are_exactly_the_seed_flows() {
	let mut expected: Vec<_> =
		seeds().into_iter().map(|(name, flow)| (format!("seed-{name}"), encode(&flow))).collect();
	expected.sort();
	let corpus = dir("corpus/runtime");
	if std::env::var("CITY_FUZZ_BLESS").is_ok_and(|v| v == "1") {
		for (name, _) in files(&corpus).into_iter().filter(|(name, _)| name.starts_with("seed-")) {
			std::fs::remove_file(corpus.join(name)).expect("qed: a file just listed");
		}
		for (name, bytes) in &expected {
			std::fs::write(corpus.join(name), bytes).expect("qed: the corpus dir is writable");
		}
	}
	let committed: Vec<_> =
		files(&corpus).into_iter().filter(|(name, _)| name.starts_with("seed-")).collect();
	let names =
		|list: &[(String, Vec<u8>)]| list.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
	assert_eq!(
		names(&committed),
		names(&expected),
		"write them: CITY_FUZZ_BLESS=1 (fuzz/README.md)"
	);
	for ((name, bytes), (_, flow)) in committed.iter().zip(&expected) {
		assert_eq!(bytes, flow, "{name} is stale: CITY_FUZZ_BLESS=1 (fuzz/README.md)");
	}
}

#[test]
fn every_input_in_the_corpus_and_the_regressions_runs_clean() {
	let mut inputs = files(&dir("corpus/runtime"));
	inputs.extend(files(&dir("regressions")));
	assert!(inputs.len() >= seeds().len(), "the corpus holds the seeds at least");
	for (name, bytes) in inputs {
		let outcome = std::panic::catch_unwind(|| run(&GENESIS, &bytes));
		assert!(outcome.is_ok(), "{name} finds a bug again");
	}
}

#[test]
fn a_call_that_rewrites_the_rules_by_design_is_left_out_even_inside_a_motion() {
	let set_code = RuntimeCall::System(frame_system::Call::set_code { code: vec![1, 2, 3] });
	let motion = RuntimeCall::Council(pallet_collective::Call::propose {
		threshold: 2,
		proposal: Box::new(set_code.clone()),
		length_bound: 100,
	});
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![7] });
	// A referendum enacts what its proposal or preimage decodes to.
	let inline = frame_support::traits::Bounded::Inline(
		set_code.encode().try_into().expect("qed: a short call fits inline"),
	);
	let referendum = RuntimeCall::Democracy(pallet_democracy::Call::external_propose_majority {
		proposal: inline,
	});
	let preimage =
		RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes: set_code.encode() });
	// Root may move anyone's money but the reserve fund's (what it owes, it keeps).
	let fund = pallet_reserve_fund::Pallet::<Runtime>::account_id();
	let set_balance = |who: AccountId| {
		RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
			who: who.into(),
			new_free: 1,
		})
	};
	let bob = sp_keyring::Sr25519Keyring::Bob.to_account_id();
	let input = encode(&[
		Step::now(0, set_code),
		Step::now(9, motion),
		Step::now(9, referendum),
		Step::now(0, preimage),
		Step::now(8, set_balance(fund)),
		Step::now(8, set_balance(bob.clone())),
		Step::now(1, remark.clone()),
	]);
	assert_eq!(steps(&input), vec![Step::now(8, set_balance(bob)), Step::now(1, remark)]);
	// Bytes that decode to nothing are no steps, and run nothing.
	assert_eq!(steps(&[0xff; 3]), vec![]);
	assert_eq!(run(&GENESIS, &[0xff; 3]).blocks, 0);
}

/// The high bits of a signed step's origin byte choose its transaction's tip and nonce: each tip
/// is paid as chosen, one above what anyone holds is refused, and a nonce one ahead or one behind
/// is refused.
#[test]
fn the_origin_byte_s_high_bits_choose_a_transaction_s_tip_and_nonce() {
	use city_fuzz::origin::ALICE;
	let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id();
	let remark =
		|| Step::now(ALICE, RuntimeCall::System(frame_system::Call::remark { remark: vec![1] }));
	let with_origin = |origin: u8| Step { origin, ..remark() };
	// The report, and the tips Alice paid in the input's last block.
	let tips = |input: &[Step]| {
		run_then(&GENESIS, &encode(input), || {
			frame_system::Pallet::<Runtime>::events()
				.into_iter()
				.filter_map(|record| match record.event {
					RuntimeEvent::TransactionPayment(
						pallet_transaction_payment::Event::TransactionFeePaid { who, tip, .. },
					) if who == alice => Some(tip),
					_ => None,
				})
				.collect::<Vec<_>>()
		})
	};
	let summary =
		|(report, tips): (city_fuzz::Report, Vec<u128>)| (report.succeeded, report.refused, tips);

	assert_eq!(summary(tips(&[remark()])), (1, 0, vec![0]), "a seed's origin: no tip");
	assert_eq!(summary(tips(&[with_origin(ALICE | 1 << 4)])), (1, 0, vec![1]));
	assert_eq!(summary(tips(&[with_origin(ALICE | 2 << 4)])), (1, 0, vec![CITY]));
	assert_eq!(
		summary(tips(&[with_origin(ALICE | 3 << 4)])),
		(0, 1, vec![]),
		"a tip nobody can pay"
	);
	assert_eq!(summary(tips(&[with_origin(ALICE | 1 << 6)])), (0, 1, vec![]), "a nonce ahead");
	assert_eq!(
		summary(tips(&[remark(), with_origin(ALICE | 2 << 6)])),
		(1, 1, vec![0]),
		"a nonce behind, after one transaction"
	);
	assert_eq!(summary(tips(&[with_origin(ALICE | 3 << 6)])), (1, 0, vec![0]), "the next nonce");
}

/// Runs `corrupt` in an open block, closes it, and answers what the checks say.
fn checks_after(corrupt: impl FnOnce()) -> Result<(), String> {
	GENESIS.execute_with(|| {
		let start = BlockStart { issuance: pallet_balances::TotalIssuance::<Runtime>::get() };
		corrupt();
		Executive::finalize_block();
		check_block(&start)
	})
}

#[test]
fn the_checks_catch_a_broken_ledger() {
	use sp_keyring::Sr25519Keyring::{Alice, Two};
	assert_eq!(checks_after(|| {}), Ok(()), "an empty block keeps every invariant");
	// Issuance that no account holds.
	let error = checks_after(|| pallet_balances::TotalIssuance::<Runtime>::mutate(|t| *t += 1))
		.expect_err("caught");
	assert!(error.contains("is not the sum of the accounts' balances"), "{error}");
	// An account kept alive below the existential deposit.
	let error = checks_after(|| {
		frame_system::Account::<Runtime>::mutate(Two.to_account_id(), |account| {
			pallet_balances::TotalIssuance::<Runtime>::mutate(|t| *t -= account.data.free - 1);
			account.data.free = 1;
		})
	})
	.expect_err("caught");
	assert!(error.contains("below the existential deposit"), "{error}");
	// Money made from nothing, the sum kept: issuance moved by more than the events say.
	let error = checks_after(|| {
		frame_system::Account::<Runtime>::mutate(Alice.to_account_id(), |a| a.data.free += 5);
		pallet_balances::TotalIssuance::<Runtime>::mutate(|t| *t += 5);
	})
	.expect_err("caught");
	assert!(error.contains("moved by 5 (from"), "{error}");
	assert!(error.contains("its events say 0"), "{error}");
	// A pallet's own invariant: the reserve fund's obligations above what it holds.
	let error = checks_after(|| {
		pallet_reserve_fund::TotalObligations::<Runtime>::put(u128::MAX);
	})
	.expect_err("caught");
	assert!(error.contains("the reserve fund"), "{error}");
}

#[test]
fn a_lapse_above_the_jump_moves_days_and_the_citys_periodic_work_runs() {
	assert_eq!((blocks_after(0), blocks_after(JUMP)), (0, u32::from(JUMP)));
	assert_eq!(blocks_after(JUMP + 1), city_primitives::DAYS);
	assert_eq!(blocks_after(u8::MAX), 55 * city_primitives::DAYS);
	let remark = |text: u8| RuntimeCall::System(frame_system::Call::remark { remark: vec![text] });
	let (report, (number, payroll)) = run_then(
		&GENESIS,
		&encode(&[Step::now(0, remark(1)), Step::after(JUMP + 31, 0, remark(2))]),
		|| {
			(
				frame_system::Pallet::<Runtime>::block_number(),
				pallet_citycoin::LastPayroll::<Runtime>::get(),
			)
		},
	);
	assert_eq!((report.steps, report.succeeded, report.blocks), (2, 2, 2));
	// The genesis closes block 1; the input opens block 2, then jumps 31 days.
	assert_eq!(number, 2 + 31 * city_primitives::DAYS);
	assert!(payroll >= 1, "the 30-day payroll ran in the block after the jump (period {payroll})");
	// A jump lands on a scheduled task rather than skip it; the scheduler then has nothing to
	// catch up on.
	let later = RuntimeCall::Scheduler(pallet_scheduler::Call::schedule_after {
		after: 10,
		maybe_periodic: None,
		priority: 0,
		call: Box::new(remark(3)),
	});
	let (report, (number, pending, since)) = run_then(
		&GENESIS,
		&encode(&[Step::now(8, later), Step::after(JUMP + 1, 0, remark(4))]),
		|| {
			let pending = pallet_scheduler::Agenda::<Runtime>::iter_values()
				.any(|agenda| agenda.iter().any(Option::is_some));
			(
				frame_system::Pallet::<Runtime>::block_number(),
				pending,
				pallet_scheduler::IncompleteSince::<Runtime>::get(),
			)
		},
	);
	assert_eq!((report.succeeded, report.blocks), (2, 2));
	assert!((12..=13).contains(&number), "landed on the task's block, not a day later: {number}");
	assert!(!pending, "the scheduled remark ran");
	assert_eq!(since, Some(number + 1), "the scheduler is up to date");
}
