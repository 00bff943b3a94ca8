#!/usr/bin/env bash
# Installs what a fresh machine lacks to build and test City Chain: Debian's protobuf
# compiler (litep2p and sc-network compile .proto files), the pinned Rust toolchain's wasm
# target and rust-src (the runtime is built to WebAssembly), Node.js for the end-to-end
# tests, and Debian's mosquitto (the MQTT broker of the IoT end-to-end test). Idempotent: a second run installs nothing.
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
