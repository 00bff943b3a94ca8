#!/usr/bin/env bash
# Builds city-node, city-gateway and city-indexer (release) into the shared target dir. Extra
# arguments go to cargo.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/setup.sh"
start=$(date +%s)
# The three in one invocation: their dependencies' features unify as in scripts/test.sh's
# `--workspace` build (`cargo tree -e features`: only the city crates' own `default` differs), so
# a build after a CI run, or a CI run after a build, reuses the other's artifacts. (Without the
# indexer, subxt's and tower-http's features would be missing from the node's dependencies,
# scale-info's `docs` and tokio's `fs` among them, and each would rebuild most of the node.)
city_cargo build --release --locked -p city-node -p city-gateway -p city-indexer "$@"
log "city-node, city-gateway and city-indexer built in $(( $(date +%s) - start )) s: $CITY_NODE, $CITY_GATEWAY, $CITY_INDEXER"
