// The throughput benchmark: how many transactions of each kind fit in one block of a dev node on
// this machine, why the block stopped (weight, length, time), how long its author took to build
// it and a second node to import it, and each kind's cost against plain transfers in the same
// run. A benchmark, run by hand (scripts/throughput.sh) and, in a short mode, by the e2e suite
// to check it still works; never a timed test.
//
//   node tools/throughput.mjs [--short] [--accounts N] [--senders S] [--count C] [--kinds a,b]
//                             [--devices D]
//
// The chain is `dev-accounts-<N>-senders-<S>`: the development chain with N filler accounts (a
// state of a city's size) and S senders (`//Alice//sender//<i>`) endowed at genesis, so nothing
// measured is account creation. C transactions of each kind are signed beforehand (round-robin
// over the senders, immortal, consecutive nonces), submitted at once to the author (Alice) just
// after it built a block, and the blocks that hold them are read: per block, how many of the
// kind, the author's build time and reason to stop (its log's "Prepared block" line), and
// whether it was clean (begun once all were in the pool). Once every kind is measured, a second
// node is started, left until idle (its genesis stored), then syncs the chain alone, and its
// verification-and-import time per block is read (its Prometheus histogram): nothing else runs
// then, as on a validator's own machine. The figures of a kind are those of its fullest clean
// block (its fullest, if none was clean). Prints a table, then one line of JSON.
//
// The kinds, in the order they run (the short mode's default is the first two, the full mode's
// all of them; transfer_keep_alive always comes first):
// - `transfer_keep_alive`: 0.001 CITY to the next sender.
// - `city_coin.pay_for_service`: service 0 of the genesis catalogue (parking, open to anyone).
// - `utility.batch_all(10 transfers)`: ten such transfers in one `utility.batchAll`; its
//   "x transfer" is what one batch costs in plain transfers, so 10 / that is the gain.
// - `iot_anchors.anchor`: a sensor's anchor of a batch of one reading, the free general
//   transaction its own key (ed25519) signs; no sender signs it. A device has one anchor in the
//   pool at a time (its next sequence number is refused until the last is in a block), so D
//   devices (default: C, at most 2,000) anchor once each. All anchors of a block take at most 27%
//   of it (`MaxAnchorWeight`): their fullest block shows that budget, and stops with
//   HitBlockWeightLimit when the budget, not the block, is full.
// - `bonds.claim_coupons`: a holder claims what a series owes them; a claim pays every period
//   ended, so the next has nothing to claim until another ends: each of H = min(S, C) holders
//   claims once, and H below a block's worth of claims leaves the block short of full.
// - `vehicle_registry.issue_fine`: police officers (the first 100 senders) fine registered
//   vehicles, at most `MaxFinesPerVehicle` (32) unpaid fines each, so C fines take C / 32 vehicles.
//
// Each kind with a setup runs it just before it is measured, and only if it is selected; every
// setup transaction must land in a block and succeed, or the run stops naming it. On the
// development chain (periods from runtime/src/genesis_config_presets.rs; a council motion takes
// three blocks: propose, vote, close):
// - Once, for the anchors and the fines: a council motion (a majority) registers an issuer of
//   device-operator, police-officer and vehicle-clerk credentials with Dave acting for it.
// - Anchors: Dave makes Ferdie a device operator; Ferdie registers the D devices, round-robin over
//   the four public kinds (each key signs its proof of possession; an operator may own 1,000 of
//   a kind, and on this chain a sensor may anchor every block). About 3 blocks after the issuer's.
// - Claims: a council motion (two thirds) issues a series of H units of 1 CITY with a coupon
//   period of one block (the shortest, at the highest rate the council may set: 10% a year), its
//   subscription window ending a few blocks on; the H senders subscribe a unit each; once the
//   window ended, Dave closes it, which activates the series and sets its first coupons aside
//   (its first period has ended by then). About 8 + H / 1,000 blocks.
// - Fines: Dave makes the officers police officers and Eve a vehicle clerk, Alice (the
//   population office) makes C / 32 senders residents (fewer with fewer senders: a resident may
//   own 16 vehicles); they apply to register the vehicles; Eve approves each with a plate. About
//   3 blocks after the issuer's.
// Each kind's setup blocks and seconds are in the JSON.

import { WsProvider } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a, ed25519PairFromSeed, ed25519Sign } from '@polkadot/util-crypto';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  bestNumber, devAccounts, explain, findEvent, freePort, immortal, jsonRpc, motion, startNode, submitOk, tempDir,
  waitFor, withChainNonces, CITY
} from '../lib/node.mjs';
import { anchorExtrinsic, anchorMessage, deviceId, deviceKey, multiSignature, possessionMessage, readingLeaf } from '../lib/iot.mjs';

const options = parseArgs(process.argv.slice(2));
const short = Boolean(options.short);
const accounts = Number(options.accounts ?? (short ? 1_000 : 10_000));
const senders = Number(options.senders ?? (short ? 100 : 2_000));
const count = Number(options.count ?? (short ? 300 : 12_000));
const devices = Number(options.devices ?? Math.min(count, 2_000));
// The block time is 6 s; a kind whose transactions do not all land within this many blocks
// after the last was submitted has failed.
const blocksToDrain = Number(options.drain ?? 8);
// The transfers in one transaction of the batch kind.
const BATCH = 10;

/**
 * The kinds of transaction measured. `setup` (if any) answers the state the others are given.
 * A kind senders sign has `build`: the call of its `i`th transaction, signed round-robin by
 * `signers` (default: every sender), `total` of them (default: C). A kind nobody signs has
 * `transactions` instead: its encoded transactions.
 */
const KINDS = {
  transfer_keep_alive: {
    build: (api, i, pairs) => api.tx.balances.transferKeepAlive(pairs[(i + 1) % pairs.length].address, CITY / 1000n)
  },
  'city_coin.pay_for_service': {
    // Service 0 of the genesis catalogue (parking, 2 CITY, open to anyone), at most 3 CITY.
    build: (api, i) => api.tx.cityCoin.payForService(0, 3n * CITY, reference(i))
  },
  'utility.batch_all(10 transfers)': {
    // Ten transfers of 0.001 CITY to the next ten senders in one batch: how many payments a
    // block takes when a payroll or a bulk payer batches them (each transaction is 10 transfers).
    build: (api, i, pairs) => api.tx.utility.batchAll(Array.from({ length: BATCH }, (_, j) =>
      api.tx.balances.transferKeepAlive(pairs[(i + j + 1) % pairs.length].address, CITY / 1000n)))
  },
  'iot_anchors.anchor': {
    setup: registerDevices,
    // Signed when measured: an anchor's timestamp must be fresh.
    transactions: anchorsOf
  },
  'bonds.claim_coupons': {
    setup: holdBonds,
    signers: ({ holders }) => holders,
    total: ({ holders }) => holders.length,
    build: (api, i, pairs, { series }) => api.tx.bonds.claimCoupons(series)
  },
  'vehicle_registry.issue_fine': {
    setup: registerVehicles,
    signers: ({ officers }) => officers,
    // 10 CITY for offence 1 (a code the city documents), each with its own evidence.
    build: (api, i, pairs, { plates, deadline }) =>
      api.tx.vehicleRegistry.issueFine(plates[i % plates.length], 10n * CITY, 1, reference(i), deadline)
  }
};
const kindNames = options.kinds ? options.kinds.split(',') : Object.keys(KINDS).slice(0, short ? 2 : undefined);
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
// A million accounts take a while to build into genesis.
const readyTimeoutMs = Math.max(120_000, accounts / 5);
let importSettleSeconds = null;
const author = await startNode(
  // A validator on a chain other than --dev needs a node key: a throwaway one.
  ['--chain', chain, '--alice', '--validator', '--force-authoring', '--tmp', '--node-key', randomBytes(32).toString('hex'), ...poolArgs],
  { name: 'author', logDir, readyTimeoutMs }
);
const genesisSeconds = (Date.now() - started) / 1000;
// Transactions go to the author, and its blocks come back, as the bytes they are: @polkadot/api
// would decode each on the way (and general transactions, the anchors, are not its strength).
const raw = new WsProvider(`ws://127.0.0.1:${author.rpcPort}`);
await raw.isReady;

const who = devAccounts();
const pairs = Array.from({ length: senders }, (_, i) => who.alice.derive(`//sender//${i}`));
const senderIndex = new Map(pairs.map((pair, i) => [pair.address, i]));
const nonces = new Array(senders).fill(0);
const { api } = author;

// The credential issuer the setups share, registered by the first that needs it.
let issuerRegistered;
const results = [];
try {
  for (const name of kindNames) {
    const kind = KINDS[name];
    let state;
    let setup;
    if (kind.setup) {
      const [from, setupStarted] = [await bestNumber(api), Date.now()];
      try {
        state = await kind.setup();
      } catch (error) {
        throw new Error(`${name}: its setup failed: ${error.message} (author log: ${author.logPath})`);
      }
      setup = { blocks: (await bestNumber(api)) - from, seconds: (Date.now() - setupStarted) / 1000 };
      console.error(`${name}: set up in ${setup.blocks} blocks, ${setup.seconds} s`);
    }
    results.push({ ...(await measure(name, kind, state)), ...(setup && { setup }) });
  }
  // The importing node syncs the chain once every kind is measured: alone on the machine with an
  // idle author, as a validator imports on a machine of its own (while the kinds ran, it would
  // have shared the two cores with the author's block building and pool).
  // Every block of every kind is imported, so the JSON gives each one's import time (the first full
  // block finds the importer's caches cold; the next ones show them warm).
  const imported = await importAlone(Math.max(...results.flatMap((r) => r.blocks.map((b) => b.number))));
  importSettleSeconds = imported.settleSeconds;
  console.error(`the importer idle after ${importSettleSeconds} s, then synced`);
  for (const result of results) {
    result.importMs = imported.times.get(result.block) ?? null;
    for (const block of result.blocks) block.importMs = imported.times.get(block.number) ?? null;
  }
} finally {
  await raw.disconnect().catch(() => {});
  await author.stop();
}

const transfer = results[0];
for (const result of results) {
  // How many transfers one transaction of the kind costs, by what fits and by build time.
  result.transfersPerTransaction = round(transfer.perBlock / result.perBlock);
  result.buildTimeRatio = round((result.buildMs / result.perBlock) / (transfer.buildMs / transfer.perBlock));
}
console.log(`chain ${chain}: ${accounts} more accounts, ${senders} senders; the author up in ${genesisSeconds} s`);
console.log('kind                           per block  stopped by            build ms  import ms  x transfer');
for (const r of results) {
  // A block begun while its transactions still arrived is marked: its build time includes theirs.
  const build = `${r.buildMs}${r.clean ? ' ' : '*'}`;
  console.log(`${r.kind.padEnd(30)} ${String(r.perBlock).padStart(9)}  ${r.endReason.padEnd(20)} ${build.padStart(10)} ${String(r.importMs ?? '-').padStart(9)}  ${String(r.transfersPerTransaction).padStart(10)}`);
}
if (results.some((r) => !r.clean)) console.log('*: built while the transactions were still being submitted');
for (const r of results.filter((r) => r.endReason === 'NoMoreTransactions')) {
  console.log(`${r.kind}: its fullest block took every transaction there was: ${r.perBlock} is a lower bound`);
}
console.log(JSON.stringify({ chain, accounts, senders, count, importSettleSeconds, results }));
process.exit(0);

/** Signs (or builds) the transactions of `kind`, submits them, and reads the blocks that hold them. */
async function measure (name, kind, state) {
  const signedAt = Date.now();
  const transactions = kind.transactions ? kind.transactions(state) : signAll(signedBy(kind, state));
  const ours = new Set(transactions);
  const signSeconds = (Date.now() - signedAt) / 1000;
  // Submitted as a block was just built: the next is six seconds off, time for the pool to
  // take them all (and a block built while they arrive is marked as such).
  const before = await bestNumber(api);
  await waitFor('a new block', async () => (await bestNumber(api)) > before, 30_000, 50);
  const from = (await bestNumber(api)) + 1;
  const submittedAt = Date.now();
  await submitAll(name, transactions);
  const submittedEnd = Date.now();
  const submitSeconds = (submittedEnd - submittedAt) / 1000;
  const submittedBy = await bestNumber(api);

  // Reads blocks from `from` on until all are in, or `blocksToDrain` blocks passed.
  const blocks = [];
  let included = 0;
  let number = from;
  while (included < transactions.length) {
    const { extrinsics } = await blockAt(number);
    const ofKind = extrinsics.filter((hex) => ours.has(hex)).length;
    included += ofKind;
    if (ofKind > 0) {
      const { buildMs, endReason, finishedAt } = await proposed(number);
      // Clean: its building started once every transaction was in the pool.
      blocks.push({ number, ofKind, buildMs, endReason, clean: finishedAt - buildMs >= submittedEnd });
    }
    if (number > submittedBy + blocksToDrain) {
      throw new Error(`${name}: ${included} of ${transactions.length} included by block ${number}; the pool dropped or kept the rest (author log: ${author.logPath})`);
    }
    number++;
  }
  // The fullest block built with every transaction in the pool, or else the fullest.
  const clean = blocks.filter((block) => block.clean);
  const fullest = (clean.length > 0 ? clean : blocks).reduce((a, b) => (b.ofKind > a.ofKind ? b : a));
  return {
    kind: name,
    transactions: transactions.length,
    perBlock: fullest.ofKind,
    block: fullest.number,
    endReason: fullest.endReason,
    buildMs: fullest.buildMs,
    clean: fullest.clean,
    blocks,
    signSeconds,
    submitSeconds
  };
}

/** The [signer, call] pairs of a kind senders sign. */
function signedBy (kind, state) {
  const signers = kind.signers ? kind.signers(state) : pairs;
  const total = kind.total ? kind.total(state) : count;
  return Array.from({ length: total }, (_, i) => [signers[i % signers.length], kind.build(api, i, pairs, state)]);
}

/** Signs [signer, call] pairs, immortal, with each sender's next nonces (counted here). */
function signAll (calls) {
  return calls.map(([signer, tx]) => {
    const index = senderIndex.get(signer.address);
    if (index === undefined) throw new Error(`${signer.address} is not a sender; sign with signAllFrom`);
    return tx.sign(signer, immortal(api, nonces[index]++)).toHex();
  });
}

/** Signs [signer, call] pairs of accounts other than the senders, from their nonces on chain. */
async function signAllFrom (calls) {
  const numbered = await withChainNonces(api, calls);
  return numbered.map(([signer, tx, nonce]) => tx.sign(signer, immortal(api, nonce)).toHex());
}

/** Submits every hex transaction, a window at a time; fails on the first refusal. */
async function submitAll (what, transactions) {
  const window = 256;
  for (let i = 0; i < transactions.length; i += window) {
    await Promise.all(transactions.slice(i, i + window).map((hex) => raw.send('author_submitExtrinsic', [hex]))).catch((error) => {
      throw new Error(`${what}: the pool refused a transaction: ${error.message}`);
    });
  }
}

/** Block `number` of the author's chain, once it has it: its hash and encoded extrinsics. */
async function blockAt (number) {
  const hash = await waitFor(`block ${number}`, async () => {
    return (await bestNumber(api)) >= number ? (await api.rpc.chain.getBlockHash(number)).toHex() : null;
  }, 60_000, 200);
  const { block } = await raw.send('chain_getBlock', [hash]);
  return { hash, extrinsics: block.extrinsics };
}

/**
 * Submits setup transactions (encoded, signed) at once and waits until each is in a block; fails
 * naming `what` if one's dispatch failed, or if some are not in within `blocksToDrain` blocks.
 */
async function setUp (what, transactions) {
  const waiting = new Set(transactions);
  const from = (await bestNumber(api)) + 1;
  await submitAll(what, transactions);
  const submittedBy = await bestNumber(api);
  for (let number = from; waiting.size > 0; number++) {
    if (number > submittedBy + blocksToDrain) {
      throw new Error(`${what}: ${waiting.size} of ${transactions.length} transactions not in a block by block ${number - 1}`);
    }
    const { hash, extrinsics } = await blockAt(number);
    const landed = extrinsics.map((hex, index) => ({ hex, index })).filter(({ hex }) => waiting.has(hex));
    if (landed.length === 0) continue;
    const events = await (await api.at(hash)).query.system.events();
    for (const { hex, index } of landed) {
      waiting.delete(hex);
      const failed = events.find(({ phase, event }) =>
        phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === index && api.events.system.ExtrinsicFailed.is(event));
      if (failed) throw new Error(`${what}: transaction ${index} of block ${number} failed: ${explain(api, failed.event.data[0])}`);
    }
  }
}

/** Waits for `promise` at most `timeoutMs`. */
async function within (what, promise, timeoutMs = 120_000) {
  let settled = null;
  promise.then((value) => { settled = { value }; }, (error) => { settled = { error }; });
  const { value, error } = await waitFor(what, () => settled, timeoutMs, 100);
  if (error) throw new Error(`${what}: ${error.message}`);
  return value;
}

/** A council motion, as the e2e tests make one: Alice proposes, Alice and Bob (2 of 3) vote, Dave closes. */
function councilMotion (what, call) {
  return within(what, motion(api, { collective: 'council', threshold: 2, call, ayes: [who.alice, who.bob], proposer: who.alice, closer: who.dave }));
}

/** An issuer of the credentials the setups grant, with Dave acting for it: registered once. */
function issuer () {
  issuerRegistered ??= councilMotion('the council registering an issuer', api.tx.identityRegistry.registerIssuer(
    { Other: 0 }, 'Throughput benchmark', [who.dave.address], ['DeviceOperator', 'PoliceOfficer', 'VehicleClerk']
  ));
  return issuerRegistered;
}

/** A credential of `kind` for `subject`, as its issuer issues it (nothing here discloses it). */
function credential (subject, kind) {
  return api.tx.identityRegistry.issue(subject, kind, '0x' + '00'.repeat(32), null);
}

/** `iot_anchors.anchor`'s setup: Ferdie, made a device operator, registers D sensors. */
async function registerDevices () {
  const kinds = ['AirQuality', 'Traffic', 'Noise', 'Weather'];
  for (const kind of kinds) {
    const policy = await api.query.iotAnchors.policies(kind);
    if (policy.isNone) throw new Error(`the chain has no policy for ${kind}`);
    const most = policy.unwrap().maxPerOwner.toNumber();
    if (Math.ceil(devices / kinds.length) > most) {
      throw new Error(`${devices} devices: an operator may own ${most} of each of ${kinds.length} kinds (--devices)`);
    }
  }
  await issuer();
  await setUp('Ferdie made a device operator', await signAllFrom([[who.dave, credential(who.ferdie.address, 'DeviceOperator')]]));
  const genesis = api.genesisHash.toU8a();
  const possession = possessionMessage(genesis, who.ferdie.address);
  const sensors = Array.from({ length: devices }, (_, i) => {
    const pair = ed25519PairFromSeed(blake2AsU8a(`city-chain/throughput/device/${i}`, 256));
    const key = deviceKey('ed25519', pair.publicKey);
    return { pair, key, id: deviceId(key), kind: kinds[i % kinds.length] };
  });
  await setUp(`${devices} devices registered`, await signAllFrom(sensors.map(({ pair, kind }) => [who.ferdie,
    api.tx.iotAnchors.register({ Ed25519: u8aToHex(pair.publicKey) }, kind, 'u33dbfcy', { Ed25519: u8aToHex(ed25519Sign(possession, pair)) })])));
  return { sensors, genesis };
}

/** Each sensor's first anchor: a batch of one reading (its root that reading's leaf), signed now. */
function anchorsOf ({ sensors, genesis }) {
  const callIndex = api.tx.iotAnchors.anchor.callIndex;
  return sensors.map(({ pair, key, id }, i) => {
    const [timestamp, value] = [Date.now(), 10_000 + i];
    const root = readingLeaf({ device: id, sequence: 0, index: 0, timestamp, value });
    // Within every public kind's plausible range.
    const anchor = { device: id, sequence: 0, timestamp, root, count: 1, summary: { min: value, max: value, mean: value }, cumulative: null };
    const signature = multiSignature('ed25519', ed25519Sign(anchorMessage(genesis, key, anchor), pair));
    return u8aToHex(anchorExtrinsic(callIndex, anchor, signature));
  });
}

/** `bonds.claim_coupons`' setup: H senders hold a unit each of an active series owing a coupon. */
async function holdBonds () {
  const holders = pairs.slice(0, Math.min(senders, count));
  // The shortest coupon period at the highest rate the council may issue at.
  const couponPeriod = 1;
  const couponRate = Math.floor(api.consts.bonds.maxAnnualCouponRate.toNumber() * couponPeriod / api.consts.bonds.year.toNumber());
  if (couponRate === 0) throw new Error('a coupon period of one block pays no coupon at the highest rate the council may set');
  // The motion takes three blocks, the subscriptions about one a thousand, and a margin.
  const subscriptionEnd = (await bestNumber(api)) + 3 + Math.ceil(holders.length / 1_000) + 3;
  const series = (await api.query.bonds.nextSeriesId()).toNumber();
  const issued = await councilMotion('the council issuing a series', api.tx.bonds.issue({
    name: 'Throughput benchmark',
    purpose: '0x' + '5c'.repeat(32),
    contract: null,
    face: CITY,
    couponRate,
    couponPeriod,
    periods: api.consts.bonds.maxPeriods.toNumber(),
    units: holders.length,
    subscriptionEnd,
    minUnits: 1,
    residentUnits: 0
  }));
  findEvent(issued.events, 'bonds', 'SeriesIssued');
  await setUp(`${holders.length} subscriptions`, signAll(holders.map((holder) => [holder, api.tx.bonds.subscribe(series, 1)])));
  const blocksLeft = Math.max(0, subscriptionEnd - await bestNumber(api));
  await waitFor(`the subscription window's end (block ${subscriptionEnd})`, async () => (await bestNumber(api)) > subscriptionEnd,
    (blocksLeft + 3) * 12_000, 1_000);
  const closed = await within('closing the subscription', submitOk(api, api.tx.bonds.closeSubscription(series), who.dave));
  findEvent(closed.events, 'bonds', 'SeriesActivated');
  return { series, holders };
}

/** `vehicle_registry.issue_fine`'s setup: officers, and C / 32 vehicles registered with plates. */
async function registerVehicles () {
  const finesPerVehicle = api.consts.vehicleRegistry.maxFinesPerVehicle.toNumber();
  const vehiclesPerOwner = api.consts.vehicleRegistry.maxVehiclesPerOwner.toNumber();
  const vehicles = Math.ceil(count / finesPerVehicle);
  const owners = pairs.slice(0, Math.min(senders, vehicles));
  if (Math.ceil(vehicles / owners.length) > vehiclesPerOwner) {
    throw new Error(`${vehicles} vehicles: ${owners.length} senders may own ${vehiclesPerOwner} each (--senders)`);
  }
  const officers = pairs.slice(0, Math.min(senders, 100));
  await issuer();
  await setUp('the officers, the clerk and the owners\' credentials', await signAllFrom([
    ...officers.map((officer) => [who.dave, credential(officer.address, 'PoliceOfficer')]),
    [who.dave, credential(who.eve.address, 'VehicleClerk')],
    // Alice acts for the population office (issuer 0 at genesis): only residents register vehicles.
    ...owners.map((owner) => [who.alice, credential(owner.address, 'Resident')])
  ]));
  // Nobody else applies: the vehicles' ids follow on from here.
  const first = (await api.query.vehicleRegistry.nextVehicleId()).toNumber();
  await setUp(`${vehicles} applications`, signAll(Array.from({ length: vehicles }, (_, j) =>
    [owners[j % owners.length], api.tx.vehicleRegistry.apply(vin(j), 'Benchmark', 'Fleet car', 2024)])));
  const plates = Array.from({ length: vehicles }, (_, j) => `TP-${j}`);
  await setUp(`${vehicles} vehicles approved`, await signAllFrom(plates.map((plate, j) => [who.eve, api.tx.vehicleRegistry.approve(first + j, plate)])));
  const deadline = (await bestNumber(api)) + api.consts.vehicleRegistry.disputeWindow.toNumber();
  return { officers, plates, deadline };
}

/** The `j`th vehicle's VIN: a European one (no check digit), its serial `j`. */
function vin (j) {
  return 'WVWZZZ1JZXW' + String(j).padStart(6, '0');
}

/**
 * The author's log line for block `number`: its build time and why it stopped. The block can
 * reach RPC before the line reaches the log file: it is waited for.
 */
async function proposed (number) {
  const pattern = new RegExp(`^(\\S+ \\S+) .*Prepared block for proposing at ${number} \\((\\d+) ms\\).*end: (\\w+); extrinsics_count: (\\d+)`, 'm');
  const match = await waitFor(`the "Prepared block" line for block ${number} in ${author.logPath}`,
    () => readFileSync(author.logPath, 'utf8').match(pattern), 15_000, 200);
  // The node logs local time, as `new Date` reads a time without a zone.
  const finishedAt = new Date(match[1].replace(' ', 'T')).getTime();
  if (Number.isNaN(finishedAt)) throw new Error(`no time in the author's line: ${match[0]}`);
  return { buildMs: Number(match[2]), endReason: match[3], extrinsics: Number(match[4]), finishedAt };
}

/**
 * Starts the importing node, lets it sync the author's chain up to block `last`, and answers its
 * verification-and-import time (ms) per block number. It imports the blocks in order, one
 * histogram count each, so count k is block k; it is read back to back, and where one reading
 * spans two blocks (a full one and the empty one after it) the full block gets both: an upper
 * bound, off by an empty block's import.
 */
async function importAlone (last) {
  const authorPeer = await jsonRpc(author.rpcPort, 'system_localPeerId');
  const metrics = await freePort();
  const importer = await startNode(
    ['--chain', chain, '--tmp'],
    { name: 'importer', logDir, prometheusPort: metrics, readyTimeoutMs }
  );
  try {
    // A node just started is still storing its genesis state (a million accounts keep ParityDB
    // busy for a while), which would be measured as import: it meets the author once idle.
    const settleSeconds = await idle(importer.process.pid, short ? 30_000 : readyTimeoutMs);
    await jsonRpc(importer.rpcPort, 'system_addReservedPeer', [`/ip4/127.0.0.1/tcp/${author.p2pPort}/p2p/${authorPeer}`]);
    const times = new Map();
    const deadline = Date.now() + 60_000 + last * 2_000;
    let previous = await importHistogram(metrics);
    while (previous.count < last) {
      if (Date.now() > deadline) throw new Error(`the importer reached block ${previous.count} of ${last} (log: ${importer.logPath})`);
      const now = await importHistogram(metrics);
      if (now.count > previous.count) {
        times.set(previous.count + 1, Math.round((now.sum - previous.sum) * 1000));
        previous = now;
      } else {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    return { times, settleSeconds };
  } finally {
    await importer.stop();
  }
}

/**
 * Waits until process `pid` has used under a twentieth of a core for three seconds running, or
 * `timeoutMs` (then says so); answers the seconds it waited.
 */
async function idle (pid, timeoutMs) {
  const started = Date.now();
  // utime + stime of all its threads, in clock ticks (100 a second): fields 14 and 15 of its stat.
  const ticks = () => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0);
  };
  // Quiet since `mark`: under 5 ticks a second since then; busy, the mark moves on.
  let mark = { at: Date.now(), ticks: ticks() };
  await waitFor(`process ${pid} idle`, () => {
    const now = { at: Date.now(), ticks: ticks() };
    if (now.ticks - mark.ticks >= 5 * Math.max(1, (now.at - mark.at) / 1_000)) mark = now;
    return now.at - mark.at >= 3_000;
  }, timeoutMs, 1_000).catch(() => {
    console.error(`the importer was still busy after ${timeoutMs} ms: its import times may include that work`);
  });
  return Math.round((Date.now() - started) / 100) / 10;
}

/** The importer's `substrate_block_verification_and_import_time` histogram: sum (s) and count. */
async function importHistogram (port) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
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
