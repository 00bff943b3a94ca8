# Sourced by every script: where builds go, where the node binary is, the shared defaults.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# One target dir shared by every build on this machine, developers' and CI's alike: a fresh
# clone rebuilds in minutes instead of an hour.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/city-chain/target}"
# The target dir lies outside the repo: tell substrate-wasm-builder where the workspace (and
# its Cargo.lock) is, so the runtime's wasm is built with the locked dependency versions.
export WASM_BUILD_WORKSPACE_HINT="$REPO_ROOT"
# Reproducible runtime: panic locations (absolute source paths) are left out of the wasm, so
# the same commit builds the same wasm in any checkout, and voters can check the hash of a
# proposed upgrade. (The wasm build enables nightly flags itself, for build-std.)
export WASM_BUILD_RUSTFLAGS="${WASM_BUILD_RUSTFLAGS:--Zlocation-detail=none}"
export CITY_NODE="${CITY_NODE:-$CARGO_TARGET_DIR/release/city-node}"
# The wasm of the runtime's next release (spec_version + 1) that the upgrade tests install.
export CITY_RUNTIME_NEXT_WASM="${CITY_RUNTIME_NEXT_WASM:-$CARGO_TARGET_DIR/release/wbuild/city-runtime-next/city_runtime_next.compact.compressed.wasm}"

# Cargo's progress bars only clutter logs.
export CARGO_TERM_PROGRESS_WHEN=never

log() { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "error: $*"; exit 1; }
