#!/usr/bin/env bash
# Builds city-node and city-gateway (release) into the shared target dir. Extra arguments go to cargo
# (e.g. `--features runtime-benchmarks`).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/setup.sh"
start=$(date +%s)
city_cargo build --release --locked -p city-node -p city-gateway "$@"
log "city-node and city-gateway built in $(( $(date +%s) - start )) s: $CITY_NODE, $CITY_GATEWAY"
