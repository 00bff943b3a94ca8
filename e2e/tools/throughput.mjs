// The throughput benchmark: how many transactions of each kind fit in one block of a dev node on
// this machine, why the block stopped (weight, length, time), how long its author took to build
// it and a second node to import it, and each kind's cost against plain transfers in the same
// run. A benchmark, run by hand (scripts/throughput.sh) and, in a short mode, by the e2e suite
// to check it still works; never a timed test.
//
//   node tools/throughput.mjs [--short] [--accounts N] [--senders S] [--count C] [--kinds a,b]
//
// The chain is `dev-accounts-<N>-senders-<S>`: the development chain with N filler accounts (a
// state of a city's size) and S senders (`//Alice//sender//<i>`) endowed at genesis, so nothing
// measured is account creation. C transactions of each kind are signed beforehand (round-robin
// over the senders, immortal, consecutive nonces), submitted at once to the author (Alice), and
// the blocks that hold them are read: per block, how many of the kind, the author's build time
// and reason to stop (its log's "Prepared block" line), and the importing node's verification
// and import time (its Prometheus histogram, read as each block arrives). The figures of a kind
// are those of its fullest block. Prints a table, then one line of JSON.

import { Keyring } from '@polkadot/api';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { freePort, jsonRpc, startNode, tempDir, waitFor, CITY } from '../lib/node.mjs';

const options = parseArgs(process.argv.slice(2));
const short = Boolean(options.short);
const accounts = Number(options.accounts ?? (short ? 1_000 : 10_000));
const senders = Number(options.senders ?? (short ? 100 : 2_000));
const count = Number(options.count ?? (short ? 300 : 12_000));
const kindNames = (options.kinds ?? 'transfer_keep_alive,city_coin.pay_for_service').split(',');
// The block time is 6 s; a kind whose transactions do not all land within this many blocks
// after the last was submitted has failed.
const blocksToDrain = Number(options.drain ?? 8);

/** The kinds of transaction measured: each builds the `index`th transaction of `sender`. */
const KINDS = {
  transfer_keep_alive: {
    section: 'balances',
    method: 'transferKeepAlive',
    build: (api, i, pairs) => api.tx.balances.transferKeepAlive(pairs[(i + 1) % pairs.length].address, CITY / 1000n)
  },
  'city_coin.pay_for_service': {
    section: 'cityCoin',
    method: 'payForService',
    // Service 0 of the genesis catalogue (parking, 2 CITY, open to anyone), at most 3 CITY.
    build: (api, i) => api.tx.cityCoin.payForService(0, 3n * CITY, reference(i))
  }
};
for (const name of kindNames) {
  if (!KINDS[name]) throw new Error(`unknown kind ${name}; known: ${Object.keys(KINDS).join(', ')}`);
}
if (kindNames[0] !== 'transfer_keep_alive') {
  throw new Error('transfer_keep_alive must come first: every other kind is compared with it');
}

const chain = `dev-accounts-${accounts}-senders-${senders}`;
const logDir = tempDir('city-throughput-');
const started = Date.now();
const poolArgs = ['--pool-limit', String(Math.max(8192, 2 * count)), '--pool-kbytes', String(Math.max(20_480, count))];
const authorMetrics = await freePort();
const author = await startNode(
  // A validator on a chain other than --dev needs a node key: a throwaway one.
  ['--chain', chain, '--alice', '--validator', '--force-authoring', '--tmp', '--node-key', randomBytes(32).toString('hex'), ...poolArgs],
  { name: 'author', logDir, prometheusPort: authorMetrics }
);
const authorPeer = await jsonRpc(author.rpcPort, 'system_localPeerId');
const importerMetrics = await freePort();
const importer = await startNode(
  ['--chain', chain, '--tmp', '--bootnodes', `/ip4/127.0.0.1/tcp/${author.p2pPort}/p2p/${authorPeer}`],
  { name: 'importer', logDir, prometheusPort: importerMetrics }
);
const genesisSeconds = (Date.now() - started) / 1000;

// The importer's verification-and-import time, per block number, as each block arrives.
const importSeconds = new Map();
let lastImport = await importHistogram();
const unsubscribe = await importer.api.rpc.chain.subscribeNewHeads(async (header) => {
  const now = await importHistogram();
  if (now.count === lastImport.count + 1) importSeconds.set(header.number.toNumber(), now.sum - lastImport.sum);
  lastImport = now;
});

const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const alice = keyring.addFromUri('//Alice');
const pairs = Array.from({ length: senders }, (_, i) => alice.derive(`//sender//${i}`));
const nonces = new Array(senders).fill(0);
const { api } = author;
const sign = {
  blockHash: api.genesisHash,
  genesisHash: api.genesisHash,
  runtimeVersion: api.runtimeVersion,
  signedExtensions: api.registry.signedExtensions
};

const results = [];
try {
  for (const name of kindNames) results.push(await measure(name, KINDS[name]));
} finally {
  unsubscribe();
  await importer.stop();
  await author.stop();
}

const transfer = results[0];
for (const result of results) {
  // How many transfers one transaction of the kind costs, by what fits and by build time.
  result.transfersPerTransaction = round(transfer.perBlock / result.perBlock);
  result.buildTimeRatio = round((result.buildMs / result.perBlock) / (transfer.buildMs / transfer.perBlock));
}
console.log(`chain ${chain}: ${accounts} more accounts, ${senders} senders; two nodes up in ${genesisSeconds} s`);
console.log('kind                           per block  stopped by            build ms  import ms  x transfer');
for (const r of results) {
  console.log(`${r.kind.padEnd(30)} ${String(r.perBlock).padStart(9)}  ${r.endReason.padEnd(20)} ${String(r.buildMs).padStart(9)}  ${String(r.importMs ?? '-').padStart(9)}  ${String(r.transfersPerTransaction).padStart(10)}`);
}
console.log(JSON.stringify({ chain, accounts, senders, count, results }));
process.exit(0);

/** Signs `count` transactions of `kind`, submits them, and reads the blocks that hold them. */
async function measure (name, kind) {
  const signedAt = Date.now();
  const transactions = [];
  for (let i = 0; i < count; i++) {
    const sender = i % senders;
    const tx = kind.build(api, i, pairs);
    tx.sign(pairs[sender], { ...sign, nonce: nonces[sender]++ });
    transactions.push(tx.toHex());
  }
  const signSeconds = (Date.now() - signedAt) / 1000;
  const from = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  const submittedAt = Date.now();
  await submitAll(transactions);
  const submitSeconds = (Date.now() - submittedAt) / 1000;
  const submittedBy = (await api.rpc.chain.getHeader()).number.toNumber();

  // Reads blocks from `from` on until all `count` are in, or `blocksToDrain` blocks passed.
  const blocks = [];
  let included = 0;
  let number = from;
  while (included < count) {
    const hash = await waitFor(`block ${number}`, async () => {
      const best = (await api.rpc.chain.getHeader()).number.toNumber();
      return best >= number ? api.rpc.chain.getBlockHash(number) : null;
    }, 60_000, 200);
    const block = await api.rpc.chain.getBlock(hash);
    const ofKind = block.block.extrinsics.filter((ex) => ex.method.section === kind.section && ex.method.method === kind.method).length;
    included += ofKind;
    if (ofKind > 0) blocks.push({ number, ofKind, ...proposed(number) });
    if (number > submittedBy + blocksToDrain) {
      throw new Error(`${name}: ${included} of ${count} included by block ${number}; the pool dropped or kept the rest (author log: ${author.logPath})`);
    }
    number++;
  }
  // The importer's figure for the fullest block.
  const fullest = blocks.reduce((a, b) => (b.ofKind > a.ofKind ? b : a));
  await waitFor(`the importer's import of block ${fullest.number}`, () => importSeconds.has(fullest.number), 60_000, 200);
  return {
    kind: name,
    perBlock: fullest.ofKind,
    block: fullest.number,
    endReason: fullest.endReason,
    buildMs: fullest.buildMs,
    importMs: Math.round(importSeconds.get(fullest.number) * 1000),
    blocks: blocks.map(({ number, ofKind, buildMs, endReason }) => ({ number, ofKind, buildMs, endReason })),
    signSeconds,
    submitSeconds
  };
}

/** Submits every hex transaction, a window at a time; fails on the first refusal. */
async function submitAll (transactions) {
  const window = 256;
  for (let i = 0; i < transactions.length; i += window) {
    await Promise.all(transactions.slice(i, i + window).map((hex) => api.rpc.author.submitExtrinsic(hex)));
  }
}

/** The author's log line for block `number`: its build time and why it stopped. */
function proposed (number) {
  const pattern = new RegExp(`Prepared block for proposing at ${number} \\((\\d+) ms\\).*end: (\\w+); extrinsics_count: (\\d+)`);
  const match = readFileSync(author.logPath, 'utf8').match(pattern);
  if (!match) throw new Error(`no "Prepared block" line for block ${number} in ${author.logPath}`);
  return { buildMs: Number(match[1]), endReason: match[2], extrinsics: Number(match[3]) };
}

/** The importer's `substrate_block_verification_and_import_time` histogram: sum (s) and count. */
async function importHistogram () {
  const text = await (await fetch(`http://127.0.0.1:${importerMetrics}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
  const value = (name) => {
    const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
    return line ? Number(line.split(' ').pop()) : 0;
  };
  return {
    sum: value('substrate_block_verification_and_import_time_sum'),
    count: value('substrate_block_verification_and_import_time_count')
  };
}

/** A distinct order reference for the `i`th payment. */
function reference (i) {
  return '0x' + i.toString(16).padStart(64, '0');
}

function round (x) {
  return Math.round(x * 100) / 100;
}

function parseArgs (argv) {
  const parsed = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'short') parsed.short = true;
    else parsed[key] = argv[++i];
  }
  return parsed;
}
