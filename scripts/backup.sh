#!/usr/bin/env bash
# A node's backup and its restore (docs/validator.md, "Backup and recovery"): the whole base
# path of a stopped node, its database (ParityDB), its keystore (the session keys) and its
# network key, in one archive with its SHA-256 beside it.
#   scripts/backup.sh backup BASE_PATH ARCHIVE.tar.gz   the node must be stopped: a database
#                                                       copied while written is not one
#   scripts/backup.sh restore ARCHIVE.tar.gz BASE_PATH  into a base path that is empty or
#                                                       missing (a destroyed disk), after the
#                                                       archive's checksum is checked
# A validator restored from a backup must not run while another copy of it does: two nodes
# with the same session keys author and vote twice, which is an equivocation (slashable on a
# chain that slashes). Restore on the machine whose copy is gone, or stop the other first.
# The archive holds the session keys' secrets: it is written readable by its owner only. The
# script stands alone (copy it to a validator; it needs bash, tar, flock and sha256sum).
# e2e/tests/local-testnet.test.mjs (its last test) runs the drill: a validator backed up, its
# data destroyed, restored, rejoining and catching up, with nothing double-signed.
set -euo pipefail
umask 077

log() { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() { die "usage: $0 backup BASE_PATH ARCHIVE.tar.gz | restore ARCHIVE.tar.gz BASE_PATH"; }

# `running BASE_PATH`: whether a node holds one of BASE_PATH's databases open (ParityDB keeps an
# exclusive flock(2) on its `lock` file while it runs). Dies if it finds no ParityDB database:
# then it could not tell.
running() {
	local lock locks=0
	while IFS= read -r -d '' lock; do
		locks=$((locks + 1))
		flock --nonblock "$lock" true 2>/dev/null || return 0
	done < <(find "$1" -path '*/paritydb/*' -name lock -print0 2>/dev/null)
	[ "$locks" -gt 0 ] || die "no ParityDB database under $1: is it a city-node base path?"
	return 1
}

[ $# = 3 ] || usage
case "$1" in
backup)
	base="$2"
	archive="$3"
	[ -d "$base/chains" ] || die "$base is no node's base path (no chains/ in it)"
	running "$base" && die "a node runs on $base: stop it first (a database copied while written is not one)"
	mkdir -p "$(dirname "$archive")"
	tar --create --gzip --file "$archive" --directory "$base" .
	(cd "$(dirname "$archive")" && sha256sum "$(basename "$archive")" >"$(basename "$archive").sha256")
	log "backed up $base ($(du -sh "$base" | cut -f1)) to $archive ($(du -h "$archive" | cut -f1)), checksum in $archive.sha256"
	;;
restore)
	archive="$2"
	base="$3"
	[ -f "$archive" ] || die "no archive $archive"
	[ -f "$archive.sha256" ] || die "no checksum $archive.sha256 beside the archive"
	(cd "$(dirname "$archive")" && sha256sum --check --quiet "$(basename "$archive").sha256") ||
		die "$archive does not match its checksum: not restoring it"
	if [ -d "$base" ] && [ -n "$(ls -A "$base")" ]; then
		die "$base is not empty: restore into an empty or missing base path (move the old one away first)"
	fi
	mkdir -p "$base"
	tar --extract --gzip --file "$archive" --directory "$base"
	log "restored $archive into $base: start the node with --base-path $base"
	;;
*)
	usage
	;;
esac
