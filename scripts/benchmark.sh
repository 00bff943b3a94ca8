#!/usr/bin/env bash
# Generates every weight the runtime uses, on this machine (the chain's reference machine):
#   scripts/benchmark.sh all                 everything below, in order
#   scripts/benchmark.sh pallet_citycoin ... the named benchmarks only
# Names:
# - a city pallet (pallet_citycoin, pallet_reserve_fund, pallet_bonds, pallet_identity_registry,
#   pallet_vehicle_registry, pallet_iot_anchors, pallet_validator_set): pallets/<name>/src/weights.rs, with
#   scripts/frame-weight-template.hbs (the pallet's trait, its weights and `()` for mocks);
# - a FRAME pallet or extension set of the runtime (frame_system, frame_system_extensions,
#   pallet_balances, ...; `FRAME_PALLETS` below; pallet_session's benchmarks are the runtime's own,
#   runtime/src/benchmarks/session.rs): runtime/src/weights/<name>.rs, with
#   scripts/runtime-weight-template.hbs (the pallet's own trait implemented);
# - pallet_grandpa, city_extensions (the city's transaction extensions) and frame_benchmarking
#   (the baseline: a signature check), whose benchmarks do not match a trait one to one:
#   runtime/src/weights/<name>.rs with the pallet template, used by runtime/src/weights/mod.rs;
# - overhead: `benchmark overhead`, the per-block and per-transaction base weights
#   (runtime/src/weights/block_weights.rs, extrinsic_weights.rs);
# - storage: `benchmark storage --db paritydb` on a development state with
#   $STORAGE_ACCOUNTS (default 500,000) more accounts: runtime/src/weights/paritydb_weights.rs.
# STEPS and REPEAT (default 50 and 20) set `benchmark pallet`'s sampling.
# Builds city-node with `--features runtime-benchmarks` in its own target dir (so the
# benchmark build never replaces the runtime wasm of the normal build) once. Run it on an
# otherwise idle machine: what else runs is measured too.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

CITY_PALLETS=(pallet_identity_registry pallet_reserve_fund pallet_citycoin pallet_bonds
	pallet_vehicle_registry pallet_iot_anchors pallet_validator_set)
FRAME_PALLETS=(frame_system frame_system_extensions pallet_balances pallet_timestamp
	pallet_transaction_payment pallet_collective pallet_membership pallet_democracy
	pallet_preimage pallet_scheduler pallet_utility pallet_multisig pallet_proxy pallet_session)
MAPPED=(pallet_grandpa city_extensions frame_benchmarking)

[ $# -gt 0 ] || die "usage: $0 all | <benchmark, e.g. pallet_balances, overhead, storage> ..."
if [ "$1" = all ]; then
	set -- "${FRAME_PALLETS[@]}" "${MAPPED[@]}" "${CITY_PALLETS[@]}" overhead storage
fi
contains() {
	local wanted="$1"
	shift
	local item
	for item in "$@"; do [ "$item" = "$wanted" ] && return 0; done
	return 1
}
for name in "$@"; do
	contains "$name" "${CITY_PALLETS[@]}" "${FRAME_PALLETS[@]}" "${MAPPED[@]}" overhead storage ||
		die "unknown benchmark: $name"
done

export CARGO_TARGET_DIR="${CITY_BENCH_TARGET_DIR:-$CARGO_TARGET_DIR-benchmarks}"
# frame-benchmarking-cli's storage-access test runtime (used only by `benchmark storage
# --mode validate-block`, a parachain's mode) cannot build its wasm here: the wasm builder looks
# it up in this workspace's default-feature metadata, where the optional benchmarking CLI is
# absent.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
"$REPO_ROOT/scripts/setup.sh"
city_cargo build --release --locked -p city-node --features runtime-benchmarks
node="$CARGO_TARGET_DIR/release/city-node"
weights=runtime/src/weights
mkdir -p "$weights"
# The databases `overhead` and `storage` build, thrown away.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

pallet() {
	local name="$1" template="$2" output="$3"
	# Of the baseline, the runtime uses the signature check alone; the others (hashing,
	# arithmetic) make the node outgrow 24 GiB here, and the kernel kills it.
	local extrinsics='*'
	[ "$name" != frame_benchmarking ] || extrinsics=sr25519_verification
	"$node" benchmark pallet \
		--chain dev \
		--pallet "$name" \
		--extrinsic "$extrinsics" \
		--steps "${STEPS:-50}" \
		--repeat "${REPEAT:-20}" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template "$template" \
		--output "$output"
}

for name in "$@"; do
	start=$(date +%s)
	if contains "$name" "${CITY_PALLETS[@]}"; then
		output="pallets/$(sed -e 's/^pallet_//' -e 's/_/-/g' <<<"$name")/src/weights.rs"
		pallet "$name" scripts/frame-weight-template.hbs "$output"
	elif contains "$name" "${MAPPED[@]}"; then
		output="$weights/$name.rs"
		pallet "$name" scripts/frame-weight-template.hbs "$output"
	elif contains "$name" "${FRAME_PALLETS[@]}"; then
		output="$weights/$name.rs"
		pallet "$name" scripts/runtime-weight-template.hbs "$output"
	elif [ "$name" = overhead ]; then
		output="$weights/block_weights.rs, $weights/extrinsic_weights.rs"
		"$node" benchmark overhead --chain dev --base-path "$scratch/overhead" --wasm-execution compiled \
			--header scripts/weights-header.txt --weight-path "$weights"
	else
		accounts="${STORAGE_ACCOUNTS:-500000}"
		output="$weights/paritydb_weights.rs ($accounts more accounts)"
		"$node" benchmark storage --chain "dev-accounts-$accounts" --base-path "$scratch/storage" \
			--database paritydb --state-version 1 --header scripts/weights-header.txt \
			--weight-path "$weights"
	fi
	log "wrote $output in $(($(date +%s) - start)) s"
done
