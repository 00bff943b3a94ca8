# Sourced by every script: where builds go, where the node binary is, the shared defaults.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# One target dir shared by every build on this machine, developers' and CI's alike: a fresh
# clone rebuilds in minutes instead of an hour.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/city-chain/target}"
# Every build sees the sources at one path, whatever the checkout: a link that the scripts
# point at the checkout they run from. rustc derives crate hashes, and so the runtime's wasm,
# from the source path; through the link the same commit builds the same wasm in any clone
# (CI's included), and the clones share all their build artifacts.
export CITY_CHECKOUT="${CITY_CHECKOUT:-$HOME/.cache/city-chain/checkout}"
mkdir -p "$(dirname "$CITY_CHECKOUT")"
ln -sfn "$REPO_ROOT" "$CITY_CHECKOUT"
# The target dir lies outside the repo: tell substrate-wasm-builder where the workspace (and
# its Cargo.lock) is, so the runtime's wasm is built with the locked dependency versions.
export WASM_BUILD_WORKSPACE_HINT="$CITY_CHECKOUT"

# Freshness across checkouts. Cargo judges the city's own crates fresh by mtime: an artifact is
# reused when no source file is newer than it. Through the link every checkout builds into one
# target dir, so mtimes alone would be wrong both ways: a fresh clone (CI's) has every file newer
# than the artifacts, and rebuilds all the city's crates and both runtimes' wasm for nothing; and
# a checkout whose files are older than artifacts built from another checkout's different content
# would reuse them (the old rule "touch what you edited after a CI run").
# So every build into a target dir first syncs the checkout with that dir's record of the sources
# of its last build ($TARGET_DIR/city-sources: each file's git blob hash and mtime): a file with
# the recorded content gets the recorded mtime; any other file is touched now. Then the record is
# this checkout's, and is written again after the build (for files edited while it ran).
# Why that is sound: a recorded mtime is always newer than every artifact in that dir built from
# other content of the file (the file was given that mtime, or touched, before the build that
# recorded it, and every build syncs first), so cargo reuses an artifact only if it was built from
# the same content. Without a record nothing says what the dir's artifacts were built from: every
# file is touched. The files are the checkout's tracked and untracked ones, the ignored ones left
# out. It fails closed: a checkout that could not be read or synced is not built. Builds into a
# dir take turns (a lock), and only through a link that points at this checkout. Left open: a
# file edited in the instant between its hashing and its mtime being set back.
# Each command's status is checked by hand: `set -e` is ignored in a function called where its
# status is tested (`city_cargo ... || rc=$?`), even if the function sets it again.
# `city_sources_list`: "HASH<TAB>MTIME<TAB>PATH" for each of the checkout's files; a file whose
# mtime moved while it was read gets the hash "-", which matches no record.
city_sources_list() (
	local files before hashes after
	cd "$REPO_ROOT" || exit 1
	files=$(set -o pipefail; git -c core.quotePath=false ls-files -co --exclude-standard --deduplicate |
		while IFS= read -r path; do if [ -f "$path" ]; then printf '%s\n' "$path"; fi; done) || exit 1
	[ -n "$files" ] || exit 1
	before=$(xargs -d '\n' stat -c '%.9Y' -- <<< "$files") || exit 1
	hashes=$(git hash-object --no-filters --stdin-paths <<< "$files") || exit 1
	after=$(xargs -d '\n' stat -c '%.9Y' -- <<< "$files") || exit 1
	paste <(printf '%s\n' "$hashes") <(printf '%s\n' "$before") <(printf '%s\n' "$after") \
		<(printf '%s\n' "$files") |
		awk -F '\t' 'BEGIN { OFS = "\t" }
			NF != 4 || length($1) != 40 || $1 ~ /[^0-9a-f]/ || $3 == "" { exit 1 }
			{ print ($2 "" == $3 "" ? $1 : "-"), $3, $4 }'
)
# `city_sources_record TARGET_DIR`: records the checkout's sources as those of TARGET_DIR's build.
city_sources_record() (
	mkdir -p "$1" || exit 1
	city_sources_list > "$1/city-sources.new" || exit 1
	mv "$1/city-sources.new" "$1/city-sources"
)
# `city_sources_sync TARGET_DIR`: before a build into TARGET_DIR (see above).
city_sources_sync() (
	local record="$1/city-sources" listing actions action mtime path
	listing=$(city_sources_list) || exit 1
	cd "$REPO_ROOT" || exit 1
	if [ -f "$record" ]; then
		# Compared as strings: awk compares numbers that look alike as numbers.
		actions=$(awk -F '\t' 'NR == FNR { hash[$3] = $1; mtime[$3] = $2; next }
			($3 in hash) && hash[$3] != "-" && hash[$3] "" == $1 "" {
				if (mtime[$3] "" != $2 "") print "keep\t" mtime[$3] "\t" $3
				next
			}
			{ print "touch\t-\t" $3 }' "$record" - <<< "$listing") || exit 1
		while IFS=$'\t' read -r action mtime path; do
			[ -n "$path" ] || continue
			if [ "$action" = keep ]; then
				touch -m -d "@$mtime" -- "$path" || exit 1
			else
				touch -m -- "$path" || exit 1
			fi
		done <<< "$actions"
	else
		cut -f 3 <<< "$listing" | xargs -d '\n' touch -m -- || exit 1
	fi
	city_sources_record "$1"
)
# `city_build_in TARGET_DIR COMMAND...`: runs a build into TARGET_DIR between the two.
city_build_in() (
	local target_dir="$1" rc=0 lock
	shift
	if [ "$(readlink "$CITY_CHECKOUT")" != "$REPO_ROOT" ]; then
		echo "env.sh: $CITY_CHECKOUT points at $(readlink "$CITY_CHECKOUT"), not at $REPO_ROOT: another checkout's script moved it; not building" >&2
		exit 1
	fi
	mkdir -p "$target_dir" || exit 1
	exec {lock}> "$target_dir/.city-build-lock" || exit 1
	flock "$lock" || exit 1
	if ! city_sources_sync "$target_dir"; then
		echo "env.sh: could not sync $REPO_ROOT with $target_dir/city-sources; not building" >&2
		exit 1
	fi
	"$@" || rc=$?
	if ! city_sources_record "$target_dir"; then
		echo "env.sh: could not record $REPO_ROOT's sources in $target_dir/city-sources after the build" >&2
		[ "$rc" -ne 0 ] || rc=1
	fi
	exit "$rc"
)

# `city_cargo_into TARGET_DIR ARGS...`: `cargo ARGS` in the link, a build into TARGET_DIR.
city_cargo_into() {
	local target_dir="$1"
	shift
	city_build_in "$target_dir" bash -c 'cd "$CITY_CHECKOUT" && exec cargo "$@"' _ "$@"
}
# `city_cargo SUBCOMMAND ARGS...`: cargo on the workspace, through the link.
city_cargo() {
	local subcommand="$1"
	shift
	city_cargo_into "$CARGO_TARGET_DIR" "$subcommand" --manifest-path "$CITY_CHECKOUT/Cargo.toml" "$@"
}
# For the `bash -c` of scripts/test.sh's steps.
export -f city_sources_list city_sources_record city_sources_sync city_build_in city_cargo_into city_cargo

# Reproducible runtime: panic locations (absolute source paths) are left out of the wasm, so
# the same commit builds the same wasm in any checkout, and voters can check the hash of a
# proposed upgrade. (The wasm build enables nightly flags itself, for build-std.)
export WASM_BUILD_RUSTFLAGS="${WASM_BUILD_RUSTFLAGS:--Zlocation-detail=none}"
# The runtime's wasm with the wasm builder's `production` profile (fat LTO, one codegen unit),
# as the chain runs it (and as scripts/benchmark.sh measures it: the weights of 2026-12-06 were
# measured on the `release` wasm, so they are a little high): blocks import about a tenth faster
# than with `release` (thin LTO), for a minute or two more per runtime build.
export WASM_BUILD_TYPE="${WASM_BUILD_TYPE:-production}"
export CITY_NODE="${CITY_NODE:-$CARGO_TARGET_DIR/release/city-node}"
export CITY_GATEWAY="${CITY_GATEWAY:-$CARGO_TARGET_DIR/release/city-gateway}"
export CITY_INDEXER="${CITY_INDEXER:-$CARGO_TARGET_DIR/release/city-indexer}"
# The wasm of the runtime's next release (spec_version + 1) that the upgrade tests install.
export CITY_RUNTIME_NEXT_WASM="${CITY_RUNTIME_NEXT_WASM:-$CARGO_TARGET_DIR/release/wbuild/city-runtime-next/city_runtime_next.compact.compressed.wasm}"

# Node.js 22 (setup.sh fetches it from the npm registry): the e2e runner is checked on it too.
export CITY_NODE22_VERSION=22.23.5
export CITY_NODE22="${CITY_NODE22:-$HOME/.cache/city-chain/node-$CITY_NODE22_VERSION/bin/node}"

# Cargo's progress bars only clutter logs.
export CARGO_TERM_PROGRESS_WHEN=never

# `npm_ci_if_missing`: installs the npm workspace (clients/js, e2e; package-lock.json) unless
# it is installed.
npm_ci_if_missing() {
	[ -d "$REPO_ROOT/node_modules" ] || (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
}

# `run_e2e_tool TOOL ARGS...`: builds city-node, installs the e2e packages if missing, and runs
# e2e/tools/TOOL.mjs with ARGS in place of the script (the throughput benchmark, the soak).
run_e2e_tool() {
	local tool="$1"
	shift
	"$REPO_ROOT/scripts/build.sh"
	npm_ci_if_missing
	cd "$REPO_ROOT/e2e"
	exec node "tools/$tool.mjs" "$@"
}

log() { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "error: $*"; exit 1; }
