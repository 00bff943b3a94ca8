// The zero-loss soak: many senders' transfers through the four validators of the `local` chain
// (scripts/local-testnet.sh, on loopback) while one validator is killed and restarted in the
// middle, and an account of every one. Each is watched (`author_submitAndWatchExtrinsic`) from
// its submission on; at the end every finalized block since the first is read, and each transfer
// must be in exactly one, each sender's finalized nonce and each recipient's finalized balance
// exactly what was sent. A transfer in no block is lost: said (the pool reported it dropped,
// invalid or usurped) or silent (no status ever said so). A transfer a pool reported given up
// that is in a block anyway is counted as misreported (a client trusting the status would send
// it again).
//
//   node tools/soak.mjs [--transfers N] [--senders S] [--via alice,bob] [--restart charlie]
//                       [--in-flight F] [--dir D]
//
// N (default 50,000) `transfer_keep_alive`s of 0.02 CITY, signed beforehand (immortal), from S
// (default 500) senders (`//Alice//soak//<i>`, funded by Alice first) to 1,000 new recipients
// (`//Alice//soak-to//<j>`). The client behaves as a wallet should with a busy node: a sender
// talks to one entry node only (`--via`, round-robin), sends its next nonce once the pool took
// the last (never a nonce before the one it follows: the pool keeps few of those), sends a
// transaction a full pool refused (1016), or one it could not check against a block it had
// pruned (1002, "State already discarded"), again a second later, and each entry node has at most F
// (default 2,000) transactions sent and not yet in a block. When half are accepted, the
// `--restart` validator is killed (SIGKILL) and started again 10 s later. Every second each
// running node's best and finalized heights are read (finality lag), every 5 s each node's pool.
//
// Prints its progress, then one line of JSON (the figures); exits 1 if a transfer was lost or
// landed twice, or finality lagged 20 blocks, naming what.

import { WsProvider, Keyring } from '@polkadot/api';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  connect, freePort, immortal, jsonRpc, runScript, sleep, tempDir, waitFor, CITY
} from '../lib/node.mjs';

const options = parseArgs(process.argv.slice(2));
const transfers = Number(options.transfers ?? 50_000);
const senders = Number(options.senders ?? 500);
const via = (options.via ?? 'alice,bob').split(',');
const restartName = options.restart ?? 'charlie';
// 2,000 per entry node: a fork-aware pool fills a new view with at most 7,000 of the transactions
// its mempool holds that the view lacks (sc-transaction-pool 48, MEMPOOL_TO_VIEW_BATCH_SIZE), in
// no order, so a sender's nonce may be left out while the next one gets in (and waits as future).
// Both entry nodes' in-flight transactions (4,000) stay well under it; with 3,000 each, one run in
// three lost a sender's nonce from a view before the restart.
const inFlightCap = Number(options['in-flight'] ?? 2_000);
const recipients = 1_000;
const AMOUNT = CITY / 50n; // 0.02 CITY: above the existential deposit, so it opens a recipient
const FUND = 5n * CITY; // a sender's 100 transfers and their fees, with room
const MAX_LAG = 20;
// The senders' keys: SENDER_URI followed by the sender's number.
const SENDER_URI = '//Alice//soak//';
// One node RPC connection serves at most 1,024 subscriptions (the node's default); each entry
// node gets enough connections for its in-flight transactions and those awaiting finality.
const PER_CONNECTION = 900;
// The statuses (and the refusal) in which a pool gives a transaction up.
const GIVEN_UP = /^(refused|dropped|invalid|usurped|finalityTimeout)/;

const NAMES = ['alice', 'bob', 'charlie', 'dave'];
for (const name of [...via, restartName]) {
  if (!NAMES.includes(name)) throw new Error(`${name} is not a validator of the local chain`);
}
const dir = options.dir ?? tempDir('city-soak-');
const rpc0 = await freePort();
const env = { CITY_LOCAL_DIR: dir, CITY_LOCAL_RPC_PORT: String(rpc0), CITY_LOCAL_P2P_PORT: String(await freePort()) };
const portOf = (name) => rpc0 + NAMES.indexOf(name);
const log = (line) => console.error(`[soak ${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
const started = Date.now();

// Stopped from outside (a test's timeout), it stops the validators it started first.
process.once('SIGTERM', () => {
  try { runScript('local-testnet.sh', ['stop'], env, 60_000); } catch {}
  process.exit(143);
});
runScript('local-testnet.sh', ['start'], env, 180_000);
let exitCode = 1;
const figures = { transfers, senders, recipients, via, restarted: restartName, inFlightCap };
try {
  exitCode = await soak();
} catch (error) {
  log(`failed: ${error.stack ?? error}`);
} finally {
  try { runScript('local-testnet.sh', ['stop'], env, 60_000); } catch {}
  log(`logs in ${dir}`);
}
console.log(JSON.stringify(figures));
process.exit(exitCode);

async function soak () {
  const api = await connect(portOf('alice'));
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const alice = keyring.addFromUri('//Alice');
  const from = Array.from({ length: senders }, (_, i) => keyring.addFromUri(`${SENDER_URI}${i}`));
  const to = Array.from({ length: recipients }, (_, j) => keyring.addFromUri(`//Alice//soak-to//${j}`).address);

  // 1. Every transfer signed beforehand, each sender's in nonce order, while the chain starts
  //    finalizing and Alice funds the senders (tools/soak-signer.mjs, one worker thread a core).
  const perSender = Math.ceil(transfers / senders);
  const signStart = Date.now();
  const workers = Math.min(availableParallelism(), 4);
  const signing = Promise.all(Array.from({ length: workers }, (_, w) => new Promise((resolve, reject) => {
    const share = Array.from({ length: senders }, (_, i) => i).filter((i) => i % workers === w);
    const worker = new Worker(new URL('./soak-signer.mjs', import.meta.url), {
      workerData: { port: portOf('alice'), senderUri: SENDER_URI, senders: share, sendersTotal: senders, perSender, transfers, to, amount: String(AMOUNT) }
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a signing worker exited (${code}) before it answered`)));
  })));
  signing.catch(() => {}); // awaited below; a failure meanwhile is not unhandled

  await waitFor('block 2 finalized', async () => (await finalized(portOf('alice'))) >= 2, 180_000, 1_000);
  const sign = (pair, call, nonce) => call.sign(pair, immortal(api, nonce)).toHex();

  // The entry nodes' connections: a pool of WebSocket connections each, filled in turn.
  const connections = new Map();
  for (const name of via) {
    const count = Math.ceil((inFlightCap + 2 * 5_100) / PER_CONNECTION);
    connections.set(name, await Promise.all(Array.from({ length: count }, async () => {
      const provider = new WsProvider(`ws://127.0.0.1:${portOf(name)}`, false);
      await provider.connect();
      await provider.isReady;
      return { provider, watched: 0 };
    })));
  }

  // Every transaction's story: its statuses, in order.
  const stories = new Map();
  const inFlight = new Map(via.map((name) => [name, 0]));
  const counts = { full: 0, adopted: 0, submitted: 0, inBlock: 0, finalized: 0, refused: 0, dropped: 0, invalid: 0, usurped: 0, retracted: 0, finalityTimeout: 0 };
  const refusals = [];
  /** Submits `hex` through `name`, watched until it is finalized or the pool gives it up. */
  async function submit (name, hex, label) {
    const pool = connections.get(name);
    const connection = pool.reduce((a, b) => (b.watched < a.watched ? b : a));
    const story = { label, name, statuses: [], blocked: true };
    stories.set(hex, story);
    connection.watched++;
    inFlight.set(name, inFlight.get(name) + 1);
    counts.submitted++;
    const leaveFlight = () => {
      if (story.blocked) {
        story.blocked = false;
        inFlight.set(name, inFlight.get(name) - 1);
      }
    };
    let id;
    const end = () => {
      connection.watched--;
      if (id !== undefined) connection.provider.unsubscribe('author_extrinsicUpdate', 'author_unwatchExtrinsic', id).catch(() => {});
    };
    try {
      id = await connection.provider.subscribe('author_extrinsicUpdate', 'author_submitAndWatchExtrinsic', [hex], (error, status) => {
        if (error) {
          story.statuses.push(`error: ${error.message}`);
          return;
        }
        const kind = typeof status === 'string' ? status : Object.keys(status)[0];
        story.statuses.push(kind);
        if (kind === 'inBlock') {
          if (!story.inBlock) counts.inBlock++;
          story.inBlock = true;
          leaveFlight();
        } else if (kind === 'finalized') {
          counts.finalized++;
          story.finalized = (story.finalized ?? 0) + 1;
          end();
        } else if (['dropped', 'invalid', 'usurped', 'finalityTimeout'].includes(kind)) {
          counts[kind]++;
          if (counts[kind] <= 3) log(`${kind}: ${label} via ${name} after ${story.statuses.join(' > ')}`);
          leaveFlight();
          end();
        } else if (kind === 'retracted') {
          counts.retracted++;
        }
      });
    } catch (error) {
      leaveFlight();
      end();
      counts.submitted--;
      // A full pool (1016, "Immediately Dropped") is back-pressure, and a pool that validated
      // against a block whose state is gone (1002, "State already discarded": a view on a fork
      // the finality just pruned, seen after the restart) did not judge the transaction: the
      // same transaction again, later. Anything else is a refusal the client saw.
      if (/^1016:/.test(error.message) || /^1002:.*(State already discarded|unknown Block)/.test(error.message)) {
        counts.full++;
        stories.delete(hex);
        return 'full';
      }
      // Already in the pool (1013): a resent transaction a full pool had kept after all. Taken,
      // though no watcher follows it now: the finalized blocks read at the end account for it.
      if (/^1013:/.test(error.message)) {
        counts.adopted++;
        counts.submitted++;
        story.statuses.push('already in the pool');
        return 'accepted';
      }
      counts.refused++;
      if (refusals.length < 5) log(`refused: ${label} via ${name}: ${error.message}`);
      refusals.push(`${label} via ${name}: ${error.message}`);
      story.statuses.push(`refused: ${error.message}`);
      return 'refused';
    }
    return 'accepted';
  }

  // 2. Alice funds the senders, through her own node, one transaction after the other.
  const funding = from.map((pair, i) => sign(alice, api.tx.balances.transferKeepAlive(pair.address, FUND), i));
  const aliceNonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  if (aliceNonce !== 0) throw new Error(`Alice's nonce is ${aliceNonce}, expected a fresh chain`);
  for (const [i, hex] of funding.entries()) {
    if (await submit(via[0], hex, `funding ${i}`) !== 'accepted') throw new Error(`Alice's funding ${i} was refused`);
  }
  await waitFor('every sender funded and finalized', () => counts.finalized === senders || lost() > 0, 300_000, 500);
  if (lost() > 0) throw new Error(`funding lost transactions: ${JSON.stringify(counts)}`);
  log(`${senders} senders funded`);
  Object.keys(counts).forEach((k) => { counts[k] = 0; });
  stories.clear();

  // 3. A sender is a lane of its entry node.
  const signed = await signing;
  figures.signSeconds = (Date.now() - signStart) / 1000;
  const lanes = new Map(via.map((name) => [name, []]));
  const expected = new Map();
  const sent = new Array(senders).fill(0);
  for (const { sender, txs, recipients: paid } of signed.flat().sort((a, b) => a.sender - b.sender)) {
    for (const recipient of paid) expected.set(recipient, (expected.get(recipient) ?? 0n) + AMOUNT);
    sent[sender] = txs.length;
    lanes.get(via[sender % via.length]).push({ sender, txs, next: 0, busy: false, retryAt: 0 });
  }
  const signedCount = sent.reduce((a, b) => a + b, 0);
  if (signedCount !== transfers) throw new Error(`${signedCount} transfers signed of ${transfers}`);
  log(`${transfers} transfers signed by ${workers} worker threads, ready ${figures.signSeconds} s after they began`);

  // 4. Watchers: the lag every second, the pools every 5 s.
  const down = new Set();
  const lag = Object.fromEntries(NAMES.map((n) => [n, 0]));
  const pools = Object.fromEntries(NAMES.map((n) => [n, 0]));
  const caughtUp = new Set(NAMES);
  let watching = true;
  const lagWatch = (async () => {
    for (let tick = 0; watching; tick++) {
      await Promise.all(NAMES.filter((n) => !down.has(n)).map(async (name) => {
        try {
          const best = await height(portOf(name));
          const fin = await finalized(portOf(name));
          // A node restarting is syncing, not lagging: its lag counts once it is near the others.
          if (!caughtUp.has(name) && best < (await height(portOf(via[0]))) - 2) return;
          caughtUp.add(name);
          lag[name] = Math.max(lag[name], best - fin);
          if (tick % 5 === 0) pools[name] = Math.max(pools[name], (await jsonRpc(portOf(name), 'author_pendingExtrinsics', [], 30_000)).length);
        } catch {}
      }));
      if (tick % 10 === 0) {
        log(`${JSON.stringify(counts)} in flight ${JSON.stringify(Object.fromEntries(inFlight))}; pools ${JSON.stringify(pools)}; lag ${JSON.stringify(lag)}`);
      }
      await sleep(1_000);
    }
  })();

  // 5. Submission: a sender's next transaction once the pool took its last (so the pool never
  //    sees a nonce before the one it follows), each entry node under its in-flight cap; a
  //    transaction a full pool refused is sent again a second later. Half-way, the restart.
  const submitStart = Date.now();
  const firstBlock = await height(portOf(via[0]));
  let restartDone = null;
  const total = transfers;
  let accepted = 0;
  const send = async (name, lane) => {
    lane.busy = true;
    const outcome = await submit(name, lane.txs[lane.next], `sender ${lane.sender} nonce ${lane.next}`);
    if (outcome === 'full') {
      lane.retryAt = Date.now() + 1_000;
    } else {
      lane.next++;
      if (outcome === 'accepted') accepted++;
    }
    lane.busy = false;
  };
  for (;;) {
    const now = Date.now();
    for (const name of via) {
      for (const lane of lanes.get(name)) {
        if (inFlight.get(name) >= inFlightCap) break;
        if (!lane.busy && lane.next < lane.txs.length && lane.retryAt <= now) send(name, lane);
      }
    }
    if (!restartDone && accepted >= total / 2) restartDone = restart(restartName);
    if (via.every((name) => lanes.get(name).every((lane) => lane.next >= lane.txs.length && !lane.busy))) break;
    await sleep(20);
  }
  figures.submitSeconds = (Date.now() - submitStart) / 1000;
  log(`all ${total} submitted in ${figures.submitSeconds} s (${JSON.stringify(counts)})`);
  await restartDone;

  // 6. Every one finalized, or the pool said why not (or 5 minutes passed: the rest are lost).
  await waitFor('every transfer finalized or given up', () => counts.finalized + counts.adopted + lost() >= total, 300_000, 1_000,
    () => ({ counts, inFlight: Object.fromEntries(inFlight), unsettled: unsettled().slice(0, 5) })).catch((error) => log(error.message));
  figures.finalizeSeconds = (Date.now() - submitStart) / 1000;
  watching = false;
  await lagWatch;
  const lastBlock = await finalized(portOf(via[0]));
  figures.blocks = lastBlock - firstBlock;
  figures.transfersPerSecond = Math.round(counts.finalized / figures.finalizeSeconds);
  figures.maxFinalityLag = lag;
  figures.maxPool = pools;
  figures.counts = { ...counts };
  figures.refusals = refusals.slice(0, 10);

  // 7. The accounts, on the finalized chain: nonces and balances, exactly once each.
  const at = await jsonRpc(portOf(via[0]), 'chain_getFinalizedHead');
  const apiAt = await api.at(at);
  const nonceErrors = [];
  const accounts = await apiAt.query.system.account.multi(from.map((p) => p.address));
  accounts.forEach((account, i) => {
    if (account.nonce.toNumber() !== sent[i]) nonceErrors.push(`sender ${i}: nonce ${account.nonce} of ${sent[i]}`);
  });
  const balanceErrors = [];
  const received = await apiAt.query.system.account.multi([...expected.keys()]);
  [...expected.entries()].forEach(([address, amount], j) => {
    const free = received[j].data.free.toBigInt();
    if (free !== amount) balanceErrors.push(`recipient ${address}: ${free} of ${amount}`);
  });
  figures.nonceErrors = nonceErrors.length;
  figures.balanceErrors = balanceErrors.length;
  // Every finalized block since the first transfer, read as the bytes it holds: each transfer
  // must be in exactly one.
  const onChain = new Map();
  const finalNumber = await finalized(portOf(via[0]));
  for (let n = firstBlock; n <= finalNumber; n++) {
    const hash = await jsonRpc(portOf(via[0]), 'chain_getBlockHash', [n]);
    const { block } = await jsonRpc(portOf(via[0]), 'chain_getBlock', [hash], 60_000);
    for (const hex of block.extrinsics) if (stories.has(hex)) onChain.set(hex, (onChain.get(hex) ?? 0) + 1);
  }
  const missing = [...stories.entries()].filter(([hex]) => !onChain.has(hex)).map(([, story]) => story);
  figures.inFinalizedBlocks = onChain.size;
  figures.inTwoBlocks = [...onChain.values()].filter((n) => n > 1).length;
  figures.missing = missing.length;
  // The pool's word against the chain's: a transaction reported dropped or invalid that is in a
  // finalized block (a client trusting the status would wrongly send it again).
  const misreported = [...stories.entries()].filter(([hex, story]) => onChain.has(hex) && story.statuses.some((k) => GIVEN_UP.test(k)));
  figures.misreported = misreported.length;
  figures.misreportedSamples = misreported.slice(0, 5).map(([, story]) => `${story.label} via ${story.name}: ${story.statuses.join(' > ')}`);
  // Lost without a word: not in the chain, and no status ever said so.
  const silentOnes = missing.filter((story) => !story.statuses.some((k) => GIVEN_UP.test(k)));
  figures.silent = silentOnes.length;
  figures.finalizedTwice = [...stories.values()].filter((story) => (story.finalized ?? 0) > 1).length;
  await api.disconnect();
  for (const pool of connections.values()) for (const { provider } of pool) await provider.disconnect().catch(() => {});

  const failures = [];
  if (missing.length > 0) {
    failures.push(`${missing.length} of ${total} not in a finalized block: ${missing.slice(0, 3).map((story) => `${story.label} via ${story.name}: ${story.statuses.join(' > ')}`).join('; ')}`);
  }
  if (silentOnes.length > 0) failures.push(`${silentOnes.length} of them lost silently (no status said so)`);
  if (figures.inTwoBlocks > 0 || figures.finalizedTwice > 0) failures.push(`${figures.inTwoBlocks} in two blocks, ${figures.finalizedTwice} reported finalized twice`);
  if (nonceErrors.length > 0) failures.push(`${nonceErrors.length} senders' nonces off: ${nonceErrors.slice(0, 3).join('; ')}`);
  if (balanceErrors.length > 0) failures.push(`${balanceErrors.length} recipients' balances off: ${balanceErrors.slice(0, 3).join('; ')}`);
  if (misreported.length > 0) log(`${misreported.length} reported given up by a pool are in finalized blocks: ${figures.misreportedSamples.join('; ')}`);
  const worstLag = Math.max(...Object.values(lag));
  if (worstLag >= MAX_LAG) failures.push(`finality lagged ${worstLag} blocks`);
  figures.failures = failures;
  for (const failure of failures) log(`FAIL: ${failure}`);
  if (failures.length === 0) log(`all ${total} transfers finalized exactly once; lag at most ${worstLag} blocks`);
  return failures.length === 0 ? 0 : 1;

  function lost () {
    return counts.refused + counts.dropped + counts.invalid + counts.usurped + counts.finalityTimeout;
  }
  function unsettled () {
    return [...stories.values()].filter((story) => !story.finalized && !story.statuses.some((k) => GIVEN_UP.test(k)));
  }
  async function restart (name) {
    down.add(name);
    caughtUp.delete(name);
    process.kill(Number(readFileSync(join(dir, `${name}.pid`), 'utf8')), 'SIGKILL');
    log(`${name} killed at ${counts.submitted} submitted`);
    await sleep(10_000);
    runScript('local-testnet.sh', ['start', name], env, 60_000);
    down.delete(name);
    log(`${name} restarted`);
  }
}

async function height (port) {
  return Number.parseInt((await jsonRpc(port, 'chain_getHeader', [])).number, 16);
}

async function finalized (port) {
  const hash = await jsonRpc(port, 'chain_getFinalizedHead');
  return Number.parseInt((await jsonRpc(port, 'chain_getHeader', [hash])).number, 16);
}

function parseArgs (args) {
  const parsed = {};
  for (let i = 0; i < args.length; i++) {
    if (!args[i].startsWith('--')) throw new Error(`unexpected argument ${args[i]}`);
    parsed[args[i].slice(2)] = args[i + 1];
    i++;
  }
  return parsed;
}
