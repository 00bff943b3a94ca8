// A snapshot of a chain's state, read from a node over JSON-RPC as any client can: every key and
// value of the state at the finalized head, with the header that commits to it. The runtime's
// upgrade check (runtime/tests/upgrade_from_snapshot.rs, scripts/upgrade-check.sh) loads it,
// checks it against the header's state root, and runs the next runtime's migrations on it with
// every try-runtime check.
//
// The e2e files that drive a dev chain through the city's flows write one when they end, if
// CITY_SNAPSHOT_DIR is set (scripts/test.sh sets it, and checks each was written and upgrades).

import { writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { jsonRpc, waitFor, bestNumber, finalizedNumber } from './node.mjs';

const PAGE = 1_000;

/**
 * Writes the state of the node on `port` (of `host`) at its finalized head to `path`, as JSON:
 * { chain, number, hash, stateRoot, specName, specVersion, pairs: [[key, value], ...] } (hex).
 * Resolves to { keys, bytes, number }. A child trie is refused (the city's runtime has none; a
 * snapshot without its contents would be wrong).
 */
export async function writeSnapshot (port, path, host = '127.0.0.1') {
  const call = (method, params) => jsonRpc(port, method, params, 60_000, host);
  const hash = await call('chain_getFinalizedHead', []);
  const header = await call('chain_getHeader', [hash]);
  const version = await call('state_getRuntimeVersion', [hash]);
  const chain = await call('system_chain', []);
  const keys = [];
  for (let start = null; ;) {
    const page = await call('state_getKeysPaged', ['0x', PAGE, start, hash]);
    keys.push(...page);
    if (page.length < PAGE) break;
    start = page[page.length - 1];
  }
  const child = keys.find((key) => key.startsWith('0x3a6368696c645f73746f726167653a')); // ":child_storage:"
  if (child) throw new Error(`the state holds a child trie (${child}): not supported by snapshots`);
  const pairs = [];
  let bytes = 0;
  for (let i = 0; i < keys.length; i += PAGE) {
    const batch = keys.slice(i, i + PAGE);
    const [set] = await call('state_queryStorageAt', [batch, hash]);
    const values = new Map(set.changes);
    for (const key of batch) {
      const value = values.get(key);
      if (typeof value !== 'string') throw new Error(`no value for key ${key} at ${hash}`);
      pairs.push([key, value]);
      bytes += (key.length + value.length - 4) / 2;
    }
  }
  const snapshot = {
    chain,
    number: Number.parseInt(header.number, 16),
    hash,
    stateRoot: header.stateRoot,
    specName: version.specName,
    specVersion: version.specVersion,
    pairs
  };
  // Written whole or not at all: a reader never sees half a file.
  writeFileSync(`${path}.part`, JSON.stringify(snapshot));
  renameSync(`${path}.part`, path);
  return { keys: pairs.length, bytes, number: snapshot.number };
}

/**
 * When CITY_SNAPSHOT_DIR is set, writes the state of `node` (from startNode) to
 * `$CITY_SNAPSHOT_DIR/NAME.json` and logs what it wrote; otherwise does nothing.
 */
export async function snapshotIfAsked (node, name) {
  const dir = process.env.CITY_SNAPSHOT_DIR;
  if (!dir || !node) return;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  // Every block so far finalized first: the snapshot holds all the flows did.
  const best = await bestNumber(node.api);
  await waitFor(`${name}'s block ${best} finalized`, async () => (await finalizedNumber(node.api)) >= best, 60_000, 500);
  const { keys, bytes, number } = await writeSnapshot(node.rpcPort, path);
  console.log(`# snapshot of ${name} at block ${number}: ${keys} keys, ${bytes} bytes, in ${path}`);
}
