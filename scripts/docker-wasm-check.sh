#!/usr/bin/env bash
# Checks that docker/Dockerfile's builder builds the same runtime wasm as the scripts do, without a
# Docker engine: it runs the builder's own WORKDIR, ENV and `cargo build` lines (read from the
# Dockerfile, so the check follows it) natively, in a private mount namespace in which a fresh
# clone of HEAD sits at the WORKDIR as a real directory (as `COPY . .` puts it), the target
# directory is empty and the pinned toolchain is a real directory of its own name (as `rustup
# toolchain install` makes it). Then it compares the wasm's sha256 with the scripts' build of the
# same commit and with the committed chain spec's `:code`.
#
#   scripts/docker-wasm-check.sh          # about 30 min on 2 cores: a cold build of both binaries
#
# On demand, not in .ci/run (a cold build). Needs root (the Dockerfile's paths are root's, and
# `unshare -m` needs CAP_SYS_ADMIN) and a clean working tree (it checks HEAD). Work files go to
# CITY_DOCKER_CHECK_DIR (default /tmp/city-docker-wasm-check), removed at the end.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

[ "$(id -u)" -eq 0 ] || { echo "docker-wasm-check: needs root (the Dockerfile builds as root)" >&2; exit 1; }
[ -z "$(git status --porcelain)" ] || { echo "docker-wasm-check: the working tree has changes; it checks HEAD" >&2; exit 1; }

# The builder stage's lines, continuation lines joined.
builder=$(awk '/^FROM .* AS builder/ { on = 1; next } /^FROM / { on = 0 } on' docker/Dockerfile |
	sed -e ':a' -e '/\\$/N; s/\\\n//; ta')
workdir=$(sed -n 's/^WORKDIR //p' <<< "$builder")
envs=$(sed -n 's/^ENV //p' <<< "$builder" | tr -s ' \t' '\n' | grep '=')
build=$(sed -n 's/^RUN \(cargo build [^&]*\).*/\1/p' <<< "$builder" | sed 's/[[:space:]]*$//')
target_dir=$(sed -n 's/^CARGO_TARGET_DIR=//p' <<< "$envs")
for v in workdir build target_dir; do
	[ -n "${!v}" ] || { echo "docker-wasm-check: no $v in docker/Dockerfile's builder stage" >&2; exit 1; }
done
# The mount below replaces the directory holding the WORKDIR and the target dir: they must share it.
home_dir=$(dirname "$workdir")
[ "$(dirname "$target_dir")" = "$home_dir" ] ||
	{ echo "docker-wasm-check: the Dockerfile's WORKDIR and CARGO_TARGET_DIR are not siblings" >&2; exit 1; }
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
host=$(rustc -vV | sed -n 's/^host: //p')

# The scripts' wasm of this commit (the shared target dir, warm).
scripts/build.sh > /dev/null
wasm_rel=release/wbuild/city-runtime/city_runtime.compact.compressed.wasm
scripts_hash=$(sha256sum < "$CARGO_TARGET_DIR/$wasm_rel" | cut -d' ' -f1)
spec_hash=$(python3 -c 'import json, sys, hashlib
code = json.load(open("chain-specs/local-raw.json"))["genesis"]["raw"]["top"]["0x3a636f6465"]
print(hashlib.sha256(bytes.fromhex(code[2:])).hexdigest())')

work="${CITY_DOCKER_CHECK_DIR:-/tmp/city-docker-wasm-check}"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/toolchains"
git clone -q "$REPO_ROOT" "$work/home/$(basename "$workdir")"
mkdir -p "$work/home/$(basename "$target_dir")"
cp -a "$(readlink -f "$(rustup run "$toolchain" rustc --print sysroot)")" "$work/toolchains/$toolchain-$host"
log "docker-wasm-check: building $(git log -1 --format=%h) as docker/Dockerfile's builder does: $build"
start=$(date +%s)
# shellcheck disable=SC2016
unshare -m env -i PATH="$PATH" HOME=/root WORK="$work" WORKDIR="$workdir" HOME_DIR="$home_dir" \
	ENVS="$envs" BUILD="$build" bash -c '
	set -euo pipefail
	mount --make-rprivate /
	mkdir -p "$HOME_DIR" /root/.rustup/toolchains
	mount --bind "$WORK/home" "$HOME_DIR"
	mount --bind "$WORK/toolchains" /root/.rustup/toolchains
	while read -r kv; do export "${kv?}"; done <<< "$ENVS"
	cd "$WORKDIR"
	$BUILD
' > "$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; echo "docker-wasm-check: the build failed" >&2; exit 1; }
docker_hash=$(sha256sum < "$work/home/$(basename "$target_dir")/$wasm_rel" | cut -d' ' -f1)
log "docker-wasm-check: built in $(( $(date +%s) - start )) s"
echo "Dockerfile's builder: $docker_hash"
echo "scripts/build.sh:     $scripts_hash"
echo "chain spec's :code:   $spec_hash"
if [ "$docker_hash" != "$scripts_hash" ]; then
	echo "docker-wasm-check: FAIL: the Dockerfile builds another wasm than the scripts" >&2
	exit 1
fi
[ "$spec_hash" = "$scripts_hash" ] ||
	echo "docker-wasm-check: note: the committed chain spec's runtime is not this commit's (scripts/chain-specs.sh)" >&2
echo "docker-wasm-check: the Dockerfile and the scripts build the same runtime"
