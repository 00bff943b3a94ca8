// Writes a snapshot of a chain's state at its finalized head (e2e/lib/snapshot.mjs), for the
// runtime's upgrade check against it (scripts/upgrade-check.sh):
//
//   node tools/snapshot.mjs [RPC_URL] OUTPUT.json     (RPC_URL: default http://127.0.0.1:9944)
//
// The node must serve `state_getKeysPaged` and `state_queryStorageAt` for the finalized block
// (any full node does; one with `--rpc-methods unsafe` or on localhost pages without limits).

import { writeSnapshot } from '../lib/snapshot.mjs';

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2 || args.includes('--help')) {
  console.error('usage: node tools/snapshot.mjs [RPC_URL] OUTPUT.json');
  process.exit(2);
}
const [url, output] = args.length === 2 ? args : ['http://127.0.0.1:9944', args[0]];
const { hostname, port } = new URL(url.replace(/^ws/, 'http'));
const started = Date.now();
const { keys, bytes, number } = await writeSnapshot(Number(port || 80), output, hostname);
console.log(`block ${number}: ${keys} keys, ${bytes} bytes, written to ${output} in ${Date.now() - started} ms`);
