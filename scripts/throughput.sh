#!/usr/bin/env bash
# The throughput benchmark (e2e/tools/throughput.mjs): builds city-node, starts an author and an
# importing node on a throwaway development chain with many accounts and senders, and prints per
# kind of transaction how many fit in one block, why the block stopped, how long the author took
# to build it and the second node to import it, and its cost against plain transfers.
#   scripts/throughput.sh                       10,000 more accounts, 2,000 senders
#   scripts/throughput.sh --accounts 1000000    the same with a million accounts in state
#   scripts/throughput.sh --short               a quick run that checks it still works
# Other options: --senders S, --count C (transactions per kind), --kinds a,b, --devices D (the
# anchors' devices, default C up to 2,000). A benchmark: run it on an otherwise idle machine,
# what else runs is measured too.
set -euo pipefail
source "$(dirname "$0")/env.sh"
run_e2e_tool throughput "$@"
