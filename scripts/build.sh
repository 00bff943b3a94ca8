#!/usr/bin/env bash
# Builds city-node (release) into the shared target dir. Extra arguments go to cargo
# (e.g. `--features runtime-benchmarks`).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/setup.sh"
start=$(date +%s)
city_cargo build --release --locked -p city-node "$@"
log "city-node built in $(( $(date +%s) - start )) s: $CITY_NODE"
