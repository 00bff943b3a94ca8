#!/usr/bin/env bash
# Generates chain-specs/local.json and chain-specs/local-raw.json from the runtime's
# `local_testnet` genesis preset, with the city-node binary of this checkout.
#   scripts/chain-specs.sh          write the files
#   scripts/chain-specs.sh --check  exit 1 if the committed files differ from what would be
#                                   written (the runtime or its presets changed without them)
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
[ -x "$CITY_NODE" ] || die "no city-node at $CITY_NODE: run scripts/build.sh first"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$CITY_NODE" build-spec --chain local --disable-default-bootnode 2>/dev/null >"$out/local.json"
"$CITY_NODE" build-spec --chain local --disable-default-bootnode --raw 2>/dev/null >"$out/local-raw.json"

if [ "${1:-}" = "--check" ]; then
	status=0
	for file in local.json local-raw.json; do
		if ! cmp -s "$out/$file" "chain-specs/$file"; then
			log "chain-specs/$file is not what scripts/chain-specs.sh generates: regenerate and commit it"
			status=1
		fi
	done
	[ $status = 0 ] && log "chain-specs/ matches the runtime's local_testnet preset"
	exit $status
fi

mkdir -p chain-specs
cp "$out/local.json" "$out/local-raw.json" chain-specs/
log "wrote chain-specs/local.json and chain-specs/local-raw.json"
