#!/usr/bin/env bash
# The runtime fuzzer (fuzz/, see its README): builds the libFuzzer target with cargo-fuzz,
# instrumented for coverage, with debug assertions and overflow checks, and runs it from the
# committed seed corpus.
#
#   scripts/fuzz.sh build          build the target only
#   scripts/fuzz.sh run [SECONDS]  a long run (default 3600 s; CITY_FUZZ_JOBS processes, default
#                                  1, in libFuzzer's fork mode): inputs that find new coverage are
#                                  kept in $CITY_FUZZ_CORPUS
#   scripts/fuzz.sh ci [SECONDS]   CI's short run (default 120 s, libFuzzer seed 1; the number of
#                                  runs depends on the machine) on a copy of the committed corpus,
#                                  the regressions replayed first; fails on any finding
#   scripts/fuzz.sh replay FILE..  runs inputs once each (a finding, to debug it)
#
# A finding (a panic, a broken invariant, a block over its weight) stops the run; libFuzzer
# writes its input to fuzz/artifacts/runtime/. Make it a regression: copy it to
# fuzz/regressions/, where the corpus test replays it in the runtime tests' build and this
# script's `ci` in the instrumented one (debug assertions and overflow checks on), and fix the
# bug.
#
# The instrumented build has a target dir of its own ($CITY_FUZZ_TARGET_DIR): its flags would
# otherwise rebuild the shared one's artifacts. It takes about 25 minutes cold on 2 cores, a few
# minutes when only the city's crates changed.
set -euo pipefail
CALLER_DIR="$PWD"
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

export CITY_FUZZ_TARGET_DIR="${CITY_FUZZ_TARGET_DIR:-$HOME/.cache/city-chain/fuzz-target}"
export CITY_FUZZ_CORPUS="${CITY_FUZZ_CORPUS:-$HOME/.cache/city-chain/fuzz-corpus}"
# The fuzzer runs the runtime natively: no wasm is needed.
export SKIP_WASM_BUILD=1

command -v cargo-fuzz > /dev/null || die "cargo-fuzz is missing: scripts/setup.sh installs it"

# Every flag libFuzzer is run with: each input at most 60 s and 4 GiB, inputs up to 16 KiB.
LIBFUZZER_FLAGS=(-timeout=60 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1)

build() {
	log "building the fuzz target (instrumented; $CITY_FUZZ_TARGET_DIR)"
	city_cargo_into "$CITY_FUZZ_TARGET_DIR" fuzz build --fuzz-dir "$CITY_CHECKOUT/fuzz" \
		--target-dir "$CITY_FUZZ_TARGET_DIR" -O --debug-assertions --sanitizer none \
		--codegen-units 16 --features libfuzzer runtime
}

fuzz() {
	city_cargo_into "$CITY_FUZZ_TARGET_DIR" fuzz run --fuzz-dir "$CITY_CHECKOUT/fuzz" \
		--target-dir "$CITY_FUZZ_TARGET_DIR" -O --debug-assertions --sanitizer none \
		--codegen-units 16 --features libfuzzer runtime "$@"
}

case "${1:-}" in
build)
	build
	;;
run)
	seconds="${2:-3600}"
	build
	mkdir -p "$CITY_FUZZ_CORPUS"
	for seed in fuzz/corpus/runtime/*; do
		[ -e "$CITY_FUZZ_CORPUS/$(basename "$seed")" ] || cp "$seed" "$CITY_FUZZ_CORPUS/"
	done
	fork=()
	# Several processes: libFuzzer's fork mode, which stops at the first finding too.
	if [ "${CITY_FUZZ_JOBS:-1}" -gt 1 ]; then
		fork=(-fork="$CITY_FUZZ_JOBS")
	fi
	fuzz "$CITY_FUZZ_CORPUS" "$REPO_ROOT/fuzz/regressions" -- "${LIBFUZZER_FLAGS[@]}" \
		-max_total_time="$seconds" "${fork[@]}"
	;;
ci)
	seconds="${2:-120}"
	build
	corpus=$(mktemp -d -t city-fuzz-XXXXXX)
	trap 'rm -rf "$corpus"' EXIT
	cp fuzz/corpus/runtime/* "$corpus/"
	log "fuzzing the runtime for $seconds s from $(ls "$corpus" | wc -l) seeds (seed 1)"
	# The regressions' directory is read too (new inputs go to the first directory only).
	fuzz "$corpus" "$REPO_ROOT/fuzz/regressions" -- "${LIBFUZZER_FLAGS[@]}" \
		-max_total_time="$seconds" -seed=1
	;;
replay)
	shift
	[ "$#" -gt 0 ] || die "replay: name the inputs"
	inputs=()
	for input in "$@"; do
		inputs+=("$(cd "$CALLER_DIR" && realpath "$input")")
	done
	build
	fuzz "${inputs[@]}" -- "${LIBFUZZER_FLAGS[@]}" -runs=1
	;;
*)
	die "usage: scripts/fuzz.sh build | run [SECONDS] | ci [SECONDS] | replay FILE..."
	;;
esac
