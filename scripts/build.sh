#!/usr/bin/env bash
# Builds city-node, city-gateway and city-indexer (release) into the shared target dir. Extra
# arguments go to cargo.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/setup.sh"
start=$(date +%s)
city_cargo build --release --locked -p city-node -p city-gateway "$@"
# The indexer on its own: built with the node, its dependencies' features (subxt's, sqlx's) would
# unify into the node's and rebuild most of it.
city_cargo build --release --locked -p city-indexer "$@"
log "city-node, city-gateway and city-indexer built in $(( $(date +%s) - start )) s: $CITY_NODE, $CITY_GATEWAY, $CITY_INDEXER"
