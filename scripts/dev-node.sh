#!/usr/bin/env bash
# Builds city-node, the ledger indexer and the portal, and runs the city locally: a development
# chain (Alice authors a block every 6 s, RPC on ws://127.0.0.1:9944), the indexer following it
# into SQLite, and the portal with the ledger API on http://127.0.0.1:8090 (printed when it
# starts). The chain is kept under ./.city-data/dev and the ledger in ./.city-data/ledger.sqlite,
# so a second run resumes both (delete .city-data to start over). Extra arguments go to city-node.
# CITY_DEV_PORTAL=0 runs the node alone. Ctrl-C stops everything.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/build.sh"
base_path="${CITY_DEV_BASE_PATH:-$REPO_ROOT/.city-data/dev}"
rpc_port="${CITY_RPC_PORT:-9944}"
mkdir -p "$base_path"
if [ "${CITY_DEV_PORTAL:-1}" = 0 ]; then
	log "starting a dev node: ws://127.0.0.1:$rpc_port, chain data in $base_path"
	exec "$CITY_NODE" --dev --base-path "$base_path" --rpc-port "$rpc_port" "$@"
fi

# The portal: static files built by Vite (npm ci once: the workspace's lockfile).
[ -d node_modules/vite ] || npm ci --no-audit --no-fund --loglevel=error
(cd portal && npx tsc --noEmit -p tsconfig.json && npx vite build --logLevel warn)

portal_port="${CITY_PORTAL_PORT:-8090}"
log "starting a dev node: ws://127.0.0.1:$rpc_port, chain data in $base_path"
"$CITY_NODE" --dev --base-path "$base_path" --rpc-port "$rpc_port" "$@" &
node_pid=$!
indexer_pid=""
trap 'kill $node_pid $indexer_pid 2>/dev/null; wait' EXIT INT TERM
for _ in $(seq 1 120); do
	curl -sf -H 'Content-Type: application/json' -d '{"id":1,"jsonrpc":"2.0","method":"system_health"}' \
		"http://127.0.0.1:$rpc_port" > /dev/null && break
	kill -0 $node_pid 2>/dev/null || die "city-node exited"
	sleep 0.5
done
"$CITY_INDEXER" --node "ws://127.0.0.1:$rpc_port" --database "sqlite:$(dirname "$base_path")/ledger.sqlite" \
	--listen "127.0.0.1:$portal_port" --portal "$REPO_ROOT/portal/dist" &
indexer_pid=$!
portal_url="http://127.0.0.1:$portal_port/"
[ "$rpc_port" = 9944 ] || portal_url="$portal_url?node=ws://127.0.0.1:$rpc_port"
log "the city: $portal_url (the portal; the ledger API under /v1, its OpenAPI at /openapi.json)"
wait -n $node_pid $indexer_pid
