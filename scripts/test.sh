#!/usr/bin/env bash
# Runs every test: the formatting check, the pallets' and the runtime's tests, then the
# end-to-end tests that start city-node (and, for the IoT anchors, mosquitto and city-gateway)
# and drive them with @polkadot/api. CI runs this.
#
# Nothing here can hang: each step has a time limit (for a cold build on this kind of machine,
# 2 cores), and a step that fails or runs out of time stops the run, naming itself, with its last
# lines (each step's whole output is kept in $CITY_TEST_LOGS, a temporary directory by default).
# Each e2e test has its own timeout too (e2e/lib/harness.mjs). A skipped or ignored test, or fewer
# e2e tests run than the files declare, fails the run.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

CITY_TEST_LOGS="${CITY_TEST_LOGS:-$(mktemp -d -t city-test-XXXXXX)}"
mkdir -p "$CITY_TEST_LOGS"
timings=()
current_log=
step_pid=
# Interrupted or terminated, the run takes the running step's process group with it.
trap 'if [ -n "$step_pid" ]; then kill -TERM -- "-$step_pid" 2>/dev/null || true; fi; exit 130' INT TERM
# `step NAME LIMIT_SECONDS COMMAND...`: runs COMMAND in a process group of its own (timeout's),
# killed whole after LIMIT_SECONDS, its output shown and kept in a file of its own.
step() {
	local name="$1" limit="$2"
	shift 2
	current_log="$CITY_TEST_LOGS/$(printf '%s' "$name" | tr -cs 'a-zA-Z0-9' '-').log"
	log "== $name (at most $limit s; output also in $current_log)"
	local start rc=0
	start=$(date +%s)
	timeout --kill-after=30 "$limit" bash -c '"$@"' "$name" "$@" > >(tee "$current_log") 2>&1 &
	step_pid=$!
	wait "$step_pid" || rc=$?
	step_pid=
	wait # for tee
	if [ "$rc" -ne 0 ]; then
		if [ "$rc" -eq 124 ] || { [ "$rc" -eq 137 ] && [ $(( $(date +%s) - start )) -ge "$limit" ]; }; then
			log "error: \"$name\" ran out of its $limit s"
		else
			log "error: \"$name\" failed (exit status $rc)"
		fi
		log "its last 40 lines ($current_log):"
		tail -n 40 "$current_log" >&2
		exit "$rc"
	fi
	timings+=("$name: $(( $(date +%s) - start )) s")
}
# `no_ignored`: fails the run if the step just run ignored a cargo test.
no_ignored() {
	local ignored
	ignored=$(grep -E '^test result: .* [1-9][0-9]* ignored' "$current_log" || true)
	[ -z "$ignored" ] || die "ignored tests in \"$current_log\": $ignored"
}

step "setup" 1800 "$REPO_ROOT/scripts/setup.sh"
step "format" 300 cargo fmt --all -- --check
# Release profile throughout: the tests then share the dependency builds of the node.
# The fuzzer's corpus tests run once, with the try-runtime feature, in the try_state step below.
step "unit and runtime tests" 3600 city_cargo test --release --locked --workspace --exclude city-fuzz
no_ignored
# The pallets' benchmarks, run once each against their mocks, so they cannot rot; with them the
# tests that exist only with the feature (the benchmark origins and worst cases). The filter
# `bench` takes just those (`benchmarking::benchmarks::test_benchmarks`, `...::benchmarks::*`,
# `*benchmark*`): the unit tests ran in the step above and are not run twice.
step "pallet benchmarks (against the mocks)" 2400 city_cargo test --release --locked \
	-p city-primitives -p pallet-identity-registry -p pallet-reserve-fund -p pallet-citycoin \
	-p pallet-bonds -p pallet-vehicle-registry -p pallet-iot-anchors -p pallet-validator-set \
	--features city-primitives/runtime-benchmarks,pallet-identity-registry/runtime-benchmarks,pallet-reserve-fund/runtime-benchmarks,pallet-citycoin/runtime-benchmarks,pallet-bonds/runtime-benchmarks,pallet-vehicle-registry/runtime-benchmarks,pallet-iot-anchors/runtime-benchmarks,pallet-validator-set/runtime-benchmarks \
	-- bench
no_ignored
# Seven pallets have benchmarks: a filter that missed them would pass on nothing. Counts the test
# binaries in which at least one benchmark (`benchmarking::benchmarks::bench_*`) passed.
suites=$(awk '/Running unittests/ { crate = $NF } /^test benchmarking::benchmarks::bench_.* ok$/ { seen[crate] = 1 } END { print length(seen) }' "$current_log")
[ "$suites" = 7 ] || die "benchmarks passed in $suites of the 7 pallets with benchmarks (\"$current_log\")"
# The tests that need the try-runtime feature: the identity registry's migration checks.
step "try-runtime tests" 1800 city_cargo test --release --locked -p pallet-identity-registry \
	--features pallet-identity-registry/try-runtime
no_ignored
# The runtime tests once more with the try-runtime feature: every test on a preset then ends with
# every pallet's try_state (AllPalletsWithSystem), and `try_state.rs` shows that check runs and
# can fail. No wasm is built for it (SKIP_WASM_BUILD; the feature on both runtime crates keeps
# these builds apart from the others, so neither invalidates the other), so the one test that
# installs a runtime's wasm (the upgrade, run in the first step) is left out here by name. The
# fuzzer's corpus tests (fuzz/tests/corpus.rs) share this build: every seed flow and every
# regression input, each block of them checked with every pallet's try_state.
step "runtime and fuzz-corpus tests with every pallet's try_state" 2400 bash -c 'SKIP_WASM_BUILD=1 city_cargo test \
	--release --locked -p city-runtime -p city-fuzz \
	--features city-runtime/try-runtime,city-runtime-next/try-runtime,city-fuzz/try-runtime \
	--test integration --test corpus -- --skip the_council_the_committee_and_residents_upgrade_the_runtime'
no_ignored
grep -qE '^test every_seed_flow_succeeds_step_by_step_and_keeps_every_invariant \.\.\. ok$' "$current_log" ||
	die "the fuzzer's corpus tests did not run (\"$current_log\")"
# The runtime fuzzer's short run: libFuzzer, seed 1, from the committed corpus (fuzz/README.md).
# A finding fails the run; its input is in fuzz/artifacts/runtime/.
step "runtime fuzzing (a short run)" 3000 scripts/fuzz.sh ci 120
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$current_log" >&2 ||
	die "the fuzzer printed no statistics (\"$current_log\")"
# The binaries the e2e tests run, built with the first step's selection (the whole workspace,
# every target): its features resolve the same, so the crates, the runtime and its wasm built
# there are reused, not built again for `-p city-node -p city-gateway`'s features (the members'
# `default`, the test helpers' `testing`; the wasm is the same either way). scripts/build.sh
# builds the release binaries alone.
step "city-node, city-gateway and city-indexer build" 3600 city_cargo build --release --locked --workspace \
	--exclude city-fuzz --all-targets
[ -x "$CITY_NODE" ] && [ -x "$CITY_GATEWAY" ] && [ -x "$CITY_INDEXER" ] ||
	die "the build left no $CITY_NODE, $CITY_GATEWAY or $CITY_INDEXER"
[ -f "$CITY_RUNTIME_NEXT_WASM" ] || die "the upgrade tests' runtime is missing: $CITY_RUNTIME_NEXT_WASM"
step "npm ci" 600 npm ci --no-audit --no-fund --loglevel=error
# @city-chain/api's committed types against the runtime just built, and tsc over the package.
step "typed client (clients/js) up to date" 300 scripts/client-types.sh --check
# The portal: tsc over its TypeScript, then Vite's build into portal/dist, which the indexer
# serves in its e2e test (e2e/tests/portal.test.mjs).
step "portal (typecheck and build)" 300 bash -c 'cd portal && npx tsc --noEmit -p tsconfig.json && npx vite build --logLevel warn'
# TAP, whatever the terminal, so the counts below can be read. Every test and hook has its own
# timeout; --test-timeout caps each file as a whole (its tests' and hooks' timeouts add up to
# less); --test-force-exit ends a file whose timed-out test left work pending. Two files run at
# a time, one a core: the e2e tests mostly wait for 6 s blocks, and every file starts its own
# nodes on free ports.
# The files are named by a glob the shell expands: Node.js 22 takes no directory (`tests/` is a
# module to it), Node.js 20 no glob of its own.
E2E_RUNNER=(--test --test-concurrency=2 --test-timeout=1200000 --test-force-exit --test-reporter=tap)
count() { sed -nE "s/^# $1 ([0-9]+)$/\1/p" "$current_log" | tail -n 1; }
# `all_passed FILES...`: every test FILES declare ran and passed, none skipped.
all_passed() {
	local declared
	declared=$(cat "$@" | grep -cE '^test\(' || true)
	[ "$(count tests)" = "$declared" ] || die "the e2e files declare $declared tests, $(count tests) ran"
	[ "$(count pass)" = "$declared" ] || die "$(count pass) of $declared e2e tests passed"
	[ "$(count skipped)" = 0 ] && [ "$(count todo)" = 0 ] ||
		die "e2e tests skipped: $(count skipped), todo: $(count todo)"
}
# The e2e files that drive a dev chain through the city's flows leave a snapshot of its state
# when they end (e2e/lib/snapshot.mjs), for the upgrade check after them.
export CITY_SNAPSHOT_DIR="$CITY_TEST_LOGS/snapshots"
rm -rf "$CITY_SNAPSHOT_DIR"
# Every e2e file but the soak, which runs alone after them (it loads both cores by itself).
E2E_FILES=()
for file in e2e/tests/*.test.mjs; do
	[ "$file" = e2e/tests/soak.test.mjs ] || E2E_FILES+=("${file#e2e/}")
done
step "end-to-end tests" 2700 bash -c 'cd e2e && node "$@"' _ "${E2E_RUNNER[@]}" "${E2E_FILES[@]}"
all_passed "${E2E_FILES[@]/#/e2e/}"
# `on-runtime-upgrade` from those chains' state onto the next release (runtime/next), natively
# with every try-runtime check (runtime/tests/upgrade_from_snapshot.rs): each snapshot hashes to
# its block's state root; the migrations' pre- and post-upgrade checks, the storage versions, the
# whole state decoding and every pallet's try_state; migrations idempotent; the next block built
# by the new runtime. It reuses the try_state step's build (the same features, no wasm).
SNAPSHOTS=(bonds citycoin dev-chain identity iot vehicles)
for name in "${SNAPSHOTS[@]}"; do
	[ -s "$CITY_SNAPSHOT_DIR/$name.json" ] || die "the e2e tests left no snapshot $CITY_SNAPSHOT_DIR/$name.json"
done
step "runtime upgrade from the e2e chains' snapshots" 1800 bash -c 'SKIP_WASM_BUILD=1 city_cargo test \
	--release --locked -p city-runtime \
	--features city-runtime/try-runtime,city-runtime-next/try-runtime \
	--test upgrade_from_snapshot -- --nocapture'
no_ignored
upgraded=$(grep -cE '^upgraded: ' "$current_log" || true)
[ "$upgraded" = "${#SNAPSHOTS[@]}" ] || die "$upgraded of ${#SNAPSHOTS[@]} snapshots upgraded (\"$current_log\")"
# The zero-loss soak (e2e/tools/soak.mjs): 50,000 transfers through the four validators of the
# local chain, one restarted half-way; every one in exactly one finalized block. Alone on the
# machine: its finality lag is checked.
step "zero-loss soak (50,000 transfers, a validator restarted)" 1500 bash -c 'cd e2e && node "$@" tests/soak.test.mjs' _ "${E2E_RUNNER[@]}"
all_passed e2e/tests/soak.test.mjs
grep -E 'soak: \{' "$current_log" | cut -c1-2000 >&2 || die "the soak printed no figures (\"$current_log\")"
# The runner on Node.js 22 too (setup.sh fetches it): the harness's own test (a hanging test
# fails in time, naming itself, its processes killed) and the files that start no node.
NODE22_FILES=(tests/harness.test.mjs tests/iot-message.test.mjs tests/chain-specs.test.mjs)
step "end-to-end runner on Node.js 22" 600 bash -c 'cd e2e && "$CITY_NODE22" "$@"' _ "${E2E_RUNNER[@]}" "${NODE22_FILES[@]}"
[[ "$("$CITY_NODE22" --version)" == v22.* ]] || die "$CITY_NODE22 is not Node.js 22"
all_passed "${NODE22_FILES[@]/#/e2e/}"

log "timings:"
printf '  %s\n' "${timings[@]}" >&2
