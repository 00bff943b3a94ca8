#!/usr/bin/env bash
# @city-chain/api's generated types (clients/js/src/interfaces/ and clients/js/metadata.json)
# from the runtime's metadata: starts a throwaway dev city-node, reads its metadata V15 and runs
# @polkadot/typegen over it and clients/js/src/definitions.js (clients/js/scripts/generate.mjs);
# then type-checks the package and its typed example (clients/js/test/typed.ts) with tsc.
#   scripts/client-types.sh          regenerate them (after a runtime change; commit the result)
#   scripts/client-types.sh --check  fail, naming the files, if the committed ones are stale
#                                    against the runtime (scripts/test.sh, after its build)
set -euo pipefail
source "$(dirname "$0")/env.sh"
[ "${1:-}" = --check ] || "$REPO_ROOT/scripts/build.sh"
npm_ci_if_missing
[ -x "$CITY_NODE22" ] || die "no Node.js 22 at $CITY_NODE22 (scripts/setup.sh fetches it): typegen imports TypeScript"
"$CITY_NODE22" "$REPO_ROOT/clients/js/scripts/generate.mjs" "$@"
cd "$REPO_ROOT/clients/js"
node "$REPO_ROOT/node_modules/typescript/bin/tsc" -p tsconfig.json
log "clients/js type-checks"
