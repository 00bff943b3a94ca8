#!/usr/bin/env bash
# Generates pallets' weights.rs from their benchmarks, on this (the reference) machine:
#   scripts/benchmark.sh pallet_identity_registry [pallet_citycoin ...]
# Builds city-node with `--features runtime-benchmarks` in its own target dir (so the
# benchmark build never replaces the runtime wasm of the normal build) once, then, for each
# pallet named, runs `city-node benchmark pallet` on the dev chain and writes
# pallets/<name>/src/weights.rs with scripts/frame-weight-template.hbs.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
[ $# -gt 0 ] || die "usage: $0 <pallet_name, e.g. pallet_identity_registry> [more pallets]"
for pallet in "$@"; do
	crate_dir="pallets/$(sed -e 's/^pallet_//' -e 's/_/-/g' <<<"$pallet")"
	[ -d "$crate_dir" ] || die "no crate for $pallet at $crate_dir"
done

export CARGO_TARGET_DIR="${CITY_BENCH_TARGET_DIR:-$CARGO_TARGET_DIR-benchmarks}"
# frame-benchmarking-cli's storage-access test runtime (used only by `benchmark storage`)
# cannot build its wasm here: the wasm builder looks it up in this workspace's default-feature
# metadata, where the optional benchmarking CLI is absent. `benchmark pallet` does not need it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
"$REPO_ROOT/scripts/setup.sh"
city_cargo build --release --locked -p city-node --features runtime-benchmarks
for pallet in "$@"; do
	crate_dir="pallets/$(sed -e 's/^pallet_//' -e 's/_/-/g' <<<"$pallet")"
	start=$(date +%s)
	"$CARGO_TARGET_DIR/release/city-node" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "${STEPS:-50}" \
		--repeat "${REPEAT:-20}" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template scripts/frame-weight-template.hbs \
		--output "$crate_dir/src/weights.rs"
	log "wrote $crate_dir/src/weights.rs in $(( $(date +%s) - start )) s"
done
