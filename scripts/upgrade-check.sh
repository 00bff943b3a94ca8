#!/usr/bin/env bash
# Checks this checkout's runtime as the upgrade of a running chain, against that chain's state:
# try-runtime's `on-runtime-upgrade --checks=all`, natively (runtime/tests/upgrade_from_snapshot.rs).
#   scripts/upgrade-check.sh [RPC_URL]       snapshot the chain at RPC_URL (default
#                                            http://127.0.0.1:9944) at its finalized head, then check
#   scripts/upgrade-check.sh SNAPSHOT.json   check a snapshot written before (e2e/tools/snapshot.mjs)
#   scripts/upgrade-check.sh DIR             check every *.json snapshot in DIR
# The runtime checked is `city-runtime-next`: these sources with `spec_version + 1`. A council
# member checks a proposed release by checking out its commit and running this against the live
# chain: the snapshot must hash to its block's state root; then the migrations' pre- and
# post-upgrade checks, every pallet's storage version, the whole state decoding with the new
# types, every pallet's try_state, the migrations' weight within a block, the migrations run twice
# changing nothing, and the next block built by the new runtime. Prints what it checked; fails on
# the first check that fails.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

target="${1:-http://127.0.0.1:9944}"
if [ -e "$target" ]; then
	snapshots="$(cd "$(dirname "$target")" && pwd)/$(basename "$target")"
else
	[[ "$target" =~ ^(https?|wss?):// ]] || die "usage: $0 [RPC_URL | SNAPSHOT.json | DIR]"
	npm_ci_if_missing
	snapshots="$(mktemp -d -t city-snapshot-XXXXXX)/chain.json"
	(cd e2e && node tools/snapshot.mjs "$target" "$snapshots")
fi
log "checking the upgrade to this checkout's runtime (spec_version + 1) on $snapshots"
SKIP_WASM_BUILD=1 CITY_SNAPSHOT_DIR="$snapshots" city_cargo test --release --locked -p city-runtime \
	--features city-runtime/try-runtime,city-runtime-next/try-runtime \
	--test upgrade_from_snapshot -- --nocapture --test-threads 1
