# Sourced by every script: where builds go, where the node binary is, the shared defaults.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# One target dir shared by every build on this machine, developers' and CI's alike: a fresh
# clone rebuilds in minutes instead of an hour.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/city-chain/target}"
# Every build sees the sources at one path, whatever the checkout: a link that the scripts
# point at the checkout they run from. rustc derives crate hashes, and so the runtime's wasm,
# from the source path; through the link the same commit builds the same wasm in any clone
# (CI's included), and the clones share all their build artifacts.
export CITY_CHECKOUT="${CITY_CHECKOUT:-$HOME/.cache/city-chain/checkout}"
mkdir -p "$(dirname "$CITY_CHECKOUT")"
ln -sfn "$REPO_ROOT" "$CITY_CHECKOUT"
# The target dir lies outside the repo: tell substrate-wasm-builder where the workspace (and
# its Cargo.lock) is, so the runtime's wasm is built with the locked dependency versions.
export WASM_BUILD_WORKSPACE_HINT="$CITY_CHECKOUT"

# `city_cargo SUBCOMMAND ARGS...`: cargo on the workspace, through the link.
city_cargo() {
	local subcommand="$1"
	shift
	(cd "$CITY_CHECKOUT" && cargo "$subcommand" --manifest-path "$CITY_CHECKOUT/Cargo.toml" "$@")
}

# Reproducible runtime: panic locations (absolute source paths) are left out of the wasm, so
# the same commit builds the same wasm in any checkout, and voters can check the hash of a
# proposed upgrade. (The wasm build enables nightly flags itself, for build-std.)
export WASM_BUILD_RUSTFLAGS="${WASM_BUILD_RUSTFLAGS:--Zlocation-detail=none}"
# The runtime's wasm with the wasm builder's `production` profile (fat LTO, one codegen unit),
# as the chain runs it (and as scripts/benchmark.sh measures it: the weights of 2026-12-06 were
# measured on the `release` wasm, so they are a little high): blocks import about a tenth faster
# than with `release` (thin LTO), for a minute or two more per runtime build.
export WASM_BUILD_TYPE="${WASM_BUILD_TYPE:-production}"
export CITY_NODE="${CITY_NODE:-$CARGO_TARGET_DIR/release/city-node}"
export CITY_GATEWAY="${CITY_GATEWAY:-$CARGO_TARGET_DIR/release/city-gateway}"
# The wasm of the runtime's next release (spec_version + 1) that the upgrade tests install.
export CITY_RUNTIME_NEXT_WASM="${CITY_RUNTIME_NEXT_WASM:-$CARGO_TARGET_DIR/release/wbuild/city-runtime-next/city_runtime_next.compact.compressed.wasm}"

# Node.js 22 (setup.sh fetches it from the npm registry): the e2e runner is checked on it too.
export CITY_NODE22_VERSION=22.23.5
export CITY_NODE22="${CITY_NODE22:-$HOME/.cache/city-chain/node-$CITY_NODE22_VERSION/bin/node}"

# Cargo's progress bars only clutter logs.
export CARGO_TERM_PROGRESS_WHEN=never

# `run_e2e_tool TOOL ARGS...`: builds city-node, installs the e2e packages if missing, and runs
# e2e/tools/TOOL.mjs with ARGS in place of the script (the throughput benchmark, the soak).
run_e2e_tool() {
	local tool="$1"
	shift
	"$REPO_ROOT/scripts/build.sh"
	[ -d "$REPO_ROOT/e2e/node_modules" ] || (cd "$REPO_ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error)
	cd "$REPO_ROOT/e2e"
	exec node "tools/$tool.mjs" "$@"
}

log() { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "error: $*"; exit 1; }
