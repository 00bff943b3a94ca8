#!/usr/bin/env bash
# Runs every test: the formatting check, the pallets' and the runtime's tests, then the
# end-to-end tests that start city-node (and, for the IoT anchors, mosquitto and city-gateway)
# and drive them with @polkadot/api. CI runs this.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/setup.sh"

timings=()
step() {
	local name="$1"
	shift
	log "== $name"
	local start
	start=$(date +%s)
	"$@"
	timings+=("$name: $(( $(date +%s) - start )) s")
}

step "format" cargo fmt --all -- --check
# Release profile throughout: the tests then share the dependency builds of the node.
step "unit and runtime tests" city_cargo test --release --locked --workspace
# The pallets' benchmarks, run once each against their mocks, so they cannot rot.
step "pallet benchmarks (against the mocks)" city_cargo test --release --locked \
	-p city-primitives -p pallet-identity-registry -p pallet-reserve-fund -p pallet-citycoin \
	-p pallet-bonds -p pallet-vehicle-registry -p pallet-iot-anchors \
	--features city-primitives/runtime-benchmarks,pallet-identity-registry/runtime-benchmarks,pallet-reserve-fund/runtime-benchmarks,pallet-citycoin/runtime-benchmarks,pallet-bonds/runtime-benchmarks,pallet-vehicle-registry/runtime-benchmarks,pallet-iot-anchors/runtime-benchmarks
step "city-node and city-gateway build" city_cargo build --release --locked -p city-node -p city-gateway
[ -f "$CITY_RUNTIME_NEXT_WASM" ] || die "the upgrade tests' runtime is missing: $CITY_RUNTIME_NEXT_WASM"
step "npm ci" bash -c 'cd e2e && npm ci --no-audit --no-fund --loglevel=error'
step "end-to-end tests" bash -c 'cd e2e && node --test --test-concurrency=1 tests/'

log "timings:"
printf '  %s\n' "${timings[@]}" >&2
