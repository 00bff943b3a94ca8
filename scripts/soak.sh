#!/usr/bin/env bash
# The zero-loss soak (e2e/tools/soak.mjs): builds city-node, starts the four validators of the
# local chain on loopback (scripts/local-testnet.sh, in a temporary directory), funds the senders,
# submits the transfers through the entry nodes while one validator is killed and restarted, and
# accounts for every one (watched to finalization; nonces and balances on the finalized chain).
#   scripts/soak.sh                              50,000 transfers, 500 senders, via Alice and Bob
#   scripts/soak.sh --transfers 100000 --senders 1000 --via alice,bob,charlie,dave
# Other options: --restart NAME (default charlie), --in-flight F (per entry node, default 2,000),
# --dir D (keep the validators' logs there). Prints the figures as one line of JSON at the end.
set -euo pipefail
source "$(dirname "$0")/env.sh"
run_e2e_tool soak "$@"
