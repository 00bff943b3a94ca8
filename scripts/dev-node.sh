#!/usr/bin/env bash
# Builds city-node and runs a development chain: Alice authors a block every 6 s, RPC on
# ws://127.0.0.1:9944, and the chain is kept under ./.city-data/dev so a second run resumes
# it (delete that folder, or run `city-node purge-chain --dev --base-path .city-data/dev`,
# to start over). Extra arguments go to city-node.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/build.sh"
base_path="${CITY_DEV_BASE_PATH:-$REPO_ROOT/.city-data/dev}"
mkdir -p "$base_path"
log "starting a dev node: ws://127.0.0.1:${CITY_RPC_PORT:-9944}, chain data in $base_path"
exec "$CITY_NODE" --dev --base-path "$base_path" --rpc-port "${CITY_RPC_PORT:-9944}" "$@"
