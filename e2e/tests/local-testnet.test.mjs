// The four validators of the `local` chain, started by scripts/local-testnet.sh on loopback,
// produce and finalize blocks; with one of the four down, GRANDPA still finalizes.

import { test, after, watchLog } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  runScript, tempDir, removeDir, freePort, waitFor, finalizedNumber, bestNumber, connect
} from '../lib/node.mjs';

const dir = tempDir('city-local-');
const env = { CITY_LOCAL_DIR: dir };
for (const name of ['alice', 'bob', 'charlie', 'dave']) watchLog(name, join(dir, `${name}.log`));
let apis = [];

after(async () => {
  await Promise.all(apis.map((api) => api.disconnect().catch(() => {})));
  try { runScript('local-testnet.sh', ['stop'], env); } catch {}
  removeDir(dir);
}, 60_000);

test('four validators produce and finalize blocks, and finalize on with one of them down', 300_000, async () => {
  // Four consecutive free ports for RPC and for p2p.
  const rpc0 = await freePort();
  const p2p0 = await freePort();
  env.CITY_LOCAL_RPC_PORT = String(rpc0);
  env.CITY_LOCAL_P2P_PORT = String(p2p0);
  runScript('local-testnet.sh', ['start'], env, 180_000);
  apis = await Promise.all([0, 1, 2, 3].map((i) => connect(rpc0 + i)));

  // Each produces blocks (Aura round-robins the slots) and all finalize the same ones.
  await waitFor('finalized block 4 on every validator', async () => {
    const finalized = await Promise.all(apis.map(finalizedNumber));
    return finalized.every((n) => n >= 4);
  }, 180_000, 1_000);
  // Aura: the author of a block is the authority whose turn its slot is.
  const [alice] = apis;
  const authorities = (await alice.query.aura.authorities()).map((a) => a.toString());
  assert.equal(authorities.length, 4);
  const authors = new Set();
  const best = await bestNumber(alice);
  for (let n = 1; n <= best; n++) {
    const header = await alice.rpc.chain.getHeader(await alice.rpc.chain.getBlockHash(n));
    const preRuntime = header.digest.logs.find((log) => log.isPreRuntime && log.asPreRuntime[0].toString() === 'aura');
    const slot = alice.createType('u64', preRuntime.asPreRuntime[1]).toBigInt();
    authors.add(authorities[Number(slot % BigInt(authorities.length))]);
  }
  assert.ok(authors.size >= 3, `blocks by ${authors.size} validators`);
  const hashes = await Promise.all(apis.map((api) => api.rpc.chain.getBlockHash(4)));
  assert.equal(new Set(hashes.map((h) => h.toHex())).size, 1, 'one chain');
  const peers = (await alice.rpc.system.peers()).length;
  assert.equal(peers, 3, 'Alice sees the three others');

  // Dave goes down: three of four are more than two thirds, so finality goes on.
  const davePid = Number(readFileSync(join(dir, 'dave.pid'), 'utf8'));
  await apis[3].disconnect();
  apis = apis.slice(0, 3);
  process.kill(davePid, 'SIGKILL');
  const finalizedBefore = await finalizedNumber(alice);
  await waitFor(`finality past ${finalizedBefore + 2} without Dave`, async () =>
    (await finalizedNumber(alice)) >= finalizedBefore + 2, 120_000, 1_000);
});
