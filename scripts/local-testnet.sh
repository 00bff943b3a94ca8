#!/usr/bin/env bash
# Runs the four validators of the `local` chain (Alice, Bob, Charlie, Dave) on loopback, each
# with its session keys in its keystore, its own base path, ports and log; and, when named, a
# fifth validator node, Eve, with an empty keystore: she makes her own keys
# (`author_rotateKeysWithOwner`), registers them with `session.setKeys` and validates once the
# council adds her (docs/validator.md, "Joining the validators").
#   scripts/local-testnet.sh start [NAME...]  start the four, or the ones named (alice, bob,
#                                             charlie, dave, eve), from chain-specs/local-raw.json;
#                                             a node started again keeps its chain and keys
#   scripts/local-testnet.sh stop [NAME...]   stop them all, or the ones named (SIGINT, then
#                                             SIGKILL after 20 s)
#   scripts/local-testnet.sh status           show which run, and their RPC endpoints
# Environment: CITY_LOCAL_DIR (state, default ./.city-data/local), CITY_LOCAL_RPC_PORT (first
# RPC port, default 9945), CITY_LOCAL_P2P_PORT (first p2p port, default 30334),
# CITY_LOCAL_CHAIN (chain spec, default chain-specs/local-raw.json), CITY_LOCAL_NODE_ARGS (more
# options for every validator, e.g. "--pool-limit 32768").
# A fault test can run some validators in a network namespace it made, linked to this one (a
# veth pair), to partition them by taking the link down: CITY_LOCAL_NETNS (the namespace),
# CITY_LOCAL_NETNS_VALIDATORS (who runs in it, e.g. "dave"), CITY_LOCAL_HOST_IP and
# CITY_LOCAL_NETNS_IP (the link's two addresses). Those in it listen, and serve RPC, on the
# namespace's address; the others listen on the host's address as well as on loopback.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

dir="${CITY_LOCAL_DIR:-$REPO_ROOT/.city-data/local}"
rpc0="${CITY_LOCAL_RPC_PORT:-9945}"
p2p0="${CITY_LOCAL_P2P_PORT:-30334}"
chain="${CITY_LOCAL_CHAIN:-$REPO_ROOT/chain-specs/local-raw.json}"
validators=(alice bob charlie dave eve)
# The validators of the chain's genesis: started when none is named, their keys inserted.
genesis_validators=4
netns="${CITY_LOCAL_NETNS:-}"
netns_validators=" ${CITY_LOCAL_NETNS_VALIDATORS:-} "
host_ip="${CITY_LOCAL_HOST_IP:-}"
netns_ip="${CITY_LOCAL_NETNS_IP:-}"
if [ -n "$netns" ] && { [ -z "$host_ip" ] || [ -z "$netns_ip" ]; }; then
	die "CITY_LOCAL_NETNS needs CITY_LOCAL_HOST_IP and CITY_LOCAL_NETNS_IP"
fi

# `in_netns NAME`: whether validator NAME runs in the namespace.
in_netns() { [ -n "$netns" ] && [[ "$netns_validators" == *" $1 "* ]]; }

# `chosen NAME...`: the indices of the validators named (the four of genesis if none is), or
# dies naming one that is not a validator.
chosen() {
	local name i found
	if [ $# = 0 ]; then
		seq 0 $((genesis_validators - 1))
		return
	fi
	for name in "$@"; do
		found=
		for i in "${!validators[@]}"; do
			[ "${validators[$i]}" = "$name" ] && found=$i
		done
		[ -n "$found" ] || die "no validator $name (alice, bob, charlie, dave or eve)"
		echo "$found"
	done
}

# Fixed node keys (ed25519 secrets) so that peer ids, and so the boot node address, are known.
node_key() { printf '%064x' "$(( $1 + 1 ))"; }

start() {
	local indices
	indices="$(chosen "$@")"
	[ -x "$CITY_NODE" ] || die "no city-node at $CITY_NODE: run scripts/build.sh first"
	mkdir -p "$dir"
	local boot_key_file="$dir/alice/node-key"
	mkdir -p "$dir/alice"
	node_key 0 >"$boot_key_file"
	local boot_peer
	boot_peer="$("$CITY_NODE" key inspect-node-key --file "$boot_key_file")"
	local i name suri
	for i in $indices; do
		name="${validators[$i]}"
		suri="//${name^}"
		if [ -f "$dir/$name.pid" ] && kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null; then
			die "$name already runs (pid $(cat "$dir/$name.pid")): stop the testnet first"
		fi
		mkdir -p "$dir/$name"
		node_key "$i" >"$dir/$name/node-key"
		if [ "$i" -lt "$genesis_validators" ]; then
			"$CITY_NODE" key insert --base-path "$dir/$name" --chain "$chain" \
				--scheme sr25519 --suri "$suri" --key-type aura 2>/dev/null
			"$CITY_NODE" key insert --base-path "$dir/$name" --chain "$chain" \
				--scheme ed25519 --suri "$suri" --key-type gran 2>/dev/null
		fi
		local prefix=() rpc=() rpc_ip=127.0.0.1 boot_ip=127.0.0.1
		local listen=(--listen-addr "/ip4/127.0.0.1/tcp/$((p2p0 + i))")
		if in_netns "$name"; then
			# Its namespace's own interfaces only: its loopback and the link. Its RPC is reached
			# over the link, at an address the node's host filter would refuse: no filter (the
			# namespace is the test's own; nothing else reaches it).
			prefix=(ip netns exec "$netns")
			listen=(--listen-addr "/ip4/$netns_ip/tcp/$((p2p0 + i))")
			rpc=(--unsafe-rpc-external --rpc-cors all)
			rpc_ip="$netns_ip"
			boot_ip="$host_ip"
		elif [ -n "$netns" ]; then
			listen+=(--listen-addr "/ip4/$host_ip/tcp/$((p2p0 + i))")
		fi
		local bootnodes=()
		if [ "$i" != 0 ]; then
			bootnodes=(--bootnodes "/ip4/$boot_ip/tcp/$p2p0/p2p/$boot_peer")
		fi
		nohup "${prefix[@]}" "$CITY_NODE" \
			--chain "$chain" \
			--base-path "$dir/$name" \
			--name "$name" \
			--validator \
			--node-key-file "$dir/$name/node-key" \
			"${listen[@]}" \
			--rpc-port "$((rpc0 + i))" "${rpc[@]}" \
			--no-prometheus --no-telemetry --no-mdns \
			"${bootnodes[@]}" \
			${CITY_LOCAL_NODE_ARGS:-} \
			>>"$dir/$name.log" 2>&1 &
		echo $! >"$dir/$name.pid"
		log "$name: pid $!, rpc ws://$rpc_ip:$((rpc0 + i)), p2p $((p2p0 + i)), log $dir/$name.log"
	done
}

stop() {
	local indices i name pid
	# Without names, every node that runs (Eve's too).
	if [ $# = 0 ]; then indices="${!validators[*]}"; else indices="$(chosen "$@")"; fi
	for i in $indices; do
		name="${validators[$i]}"
		[ -f "$dir/$name.pid" ] || continue
		pid="$(cat "$dir/$name.pid")"
		kill -INT "$pid" 2>/dev/null || true
	done
	for i in $indices; do
		name="${validators[$i]}"
		[ -f "$dir/$name.pid" ] || continue
		pid="$(cat "$dir/$name.pid")"
		for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
		kill -KILL "$pid" 2>/dev/null || true
		rm -f "$dir/$name.pid"
		log "$name stopped"
	done
}

status() {
	local i name
	for i in "${!validators[@]}"; do
		name="${validators[$i]}"
		if [ -f "$dir/$name.pid" ] && kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null; then
			echo "$name running (pid $(cat "$dir/$name.pid")), rpc ws://127.0.0.1:$((rpc0 + i))"
		else
			echo "$name stopped"
		fi
	done
}

case "${1:-}" in
	start) shift; start "$@" ;;
	stop) shift; stop "$@" ;;
	status) status ;;
	*) die "usage: $0 start [NAME...] | stop [NAME...] | status" ;;
esac
