// The four validators of the `local` chain, started by scripts/local-testnet.sh on loopback,
// as a network with faults: they produce and finalize blocks; with one of the four down
// (killed), GRANDPA still finalizes, and the one restarted catches up to the same finalized
// chain; with two down, finality stops (two of four are not more than two thirds) while the
// other two still author; both restarted, finality resumes and every node agrees. Dave runs in
// a network namespace of his own, linked to the others' by a veth pair this file makes: with
// the link down he is cut off (a partition, not a crash), and the same holds. Then the backup
// drill: Bob backed up, his data destroyed, restored, rejoining with nothing double-signed.
// Then validators by governance: Eve, a fifth node, makes and registers her keys and the council
// adds her; the council removes Dave and the four others finalize on without him.

import { test, after, watchLog } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Keyring } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import {
  runScript, tempDir, removeDir, freePort, waitFor, finalizedNumber, bestNumber, connect, sleep,
  rpcAnswers, jsonRpc, devAccounts, submit, submitOk, motion, findEvent
} from '../lib/node.mjs';

const NAMES = ['alice', 'bob', 'charlie', 'dave'];
const dir = tempDir('city-local-');
// Dave's namespace and its link: names and a /30 of this run's own (interface names: 15 bytes
// at most).
const tag = process.pid % 60_000;
const NETNS = `city-part-${tag}`;
const HOST_LINK = `cph${tag}`;
const NETNS_LINK = `cpn${tag}`;
const HOST_IP = `10.231.${tag % 250}.${4 * Math.floor(tag / 250) % 252 + 1}`;
const NETNS_IP = HOST_IP.replace(/\.(\d+)$/, (_, last) => `.${Number(last) + 1}`);
const env = {
  CITY_LOCAL_DIR: dir,
  CITY_LOCAL_NETNS: NETNS,
  CITY_LOCAL_NETNS_VALIDATORS: 'dave',
  CITY_LOCAL_HOST_IP: HOST_IP,
  CITY_LOCAL_NETNS_IP: NETNS_IP
};

/** Runs `ip` with `args` (as root: CI and the dev machines run as root), bounded in time. */
function ip (...args) {
  execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
}

/** The host of validator `name`'s RPC. */
const hostOf = (name) => name === 'dave' ? NETNS_IP : '127.0.0.1';
for (const name of [...NAMES, 'eve']) watchLog(name, join(dir, `${name}.log`));
// One connection a validator, by index (Eve's, the fifth, once she runs); `null` while it is
// down.
let apis = [];
let rpc0;

/** The Aura authority (hex) whose turn block `n`'s slot was on `api`'s chain: its author. */
async function auraAuthor (api, authorities, n) {
  const header = await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(n));
  const preRuntime = header.digest.logs.find((log) => log.isPreRuntime && log.asPreRuntime[0].toString() === 'aura');
  const slot = api.createType('u64', preRuntime.asPreRuntime[1]).toBigInt();
  return authorities[Number(slot % BigInt(authorities.length))];
}

/** The finalized head of `api`: its number and hash. */
async function finalizedHead (api) {
  const hash = await api.rpc.chain.getFinalizedHead();
  return { number: (await api.rpc.chain.getHeader(hash)).number.toNumber(), hash: hash.toHex() };
}

/** Kills validator `name` (SIGKILL: a crash, not a shutdown) and drops its connection. */
async function kill (name) {
  const i = NAMES.indexOf(name);
  await apis[i].disconnect().catch(() => {});
  apis[i] = null;
  process.kill(Number(readFileSync(join(dir, `${name}.pid`), 'utf8')), 'SIGKILL');
}

/** Starts validator `name` again, on its own chain and keys, and reconnects to it. */
async function restart (name) {
  const i = NAMES.indexOf(name);
  runScript('local-testnet.sh', ['start', name], env, 60_000);
  apis[i] = await connect(rpc0 + i, hostOf(name));
}

/**
 * Waits until every running validator has finalized block `n` or later, then checks they all
 * finalized the same block at `n`: one chain, no fork.
 */
async function allFinalizeOneChain (n, timeoutMs) {
  const running = apis.filter(Boolean);
  await waitFor(`every running validator finalizing block ${n}`, async () =>
    (await Promise.all(running.map(finalizedNumber))).every((f) => f >= n), timeoutMs, 1_000);
  const hashes = await Promise.all(running.map((api) => api.rpc.chain.getBlockHash(n)));
  assert.equal(new Set(hashes.map((h) => h.toHex())).size, 1, `one finalized block ${n} on all`);
}

after(async () => {
  await Promise.all(apis.filter(Boolean).map((api) => api.disconnect().catch(() => {})));
  try { runScript('local-testnet.sh', ['stop'], env); } catch {}
  try { ip('netns', 'delete', NETNS); } catch {} // takes the link with it
  removeDir(dir);
}, 60_000);

test('four validators produce and finalize blocks, and finalize on with one of them down', 300_000, async () => {
  // Four consecutive free ports for RPC and for p2p.
  rpc0 = await freePort();
  const p2p0 = await freePort();
  env.CITY_LOCAL_RPC_PORT = String(rpc0);
  env.CITY_LOCAL_P2P_PORT = String(p2p0);
  // Dave's namespace, linked to this one.
  ip('netns', 'add', NETNS);
  ip('link', 'add', HOST_LINK, 'type', 'veth', 'peer', 'name', NETNS_LINK);
  ip('link', 'set', NETNS_LINK, 'netns', NETNS);
  ip('addr', 'add', `${HOST_IP}/30`, 'dev', HOST_LINK);
  ip('link', 'set', HOST_LINK, 'up');
  ip('netns', 'exec', NETNS, 'ip', 'addr', 'add', `${NETNS_IP}/30`, 'dev', NETNS_LINK);
  ip('netns', 'exec', NETNS, 'ip', 'link', 'set', NETNS_LINK, 'up');
  ip('netns', 'exec', NETNS, 'ip', 'link', 'set', 'lo', 'up');
  runScript('local-testnet.sh', ['start'], env, 180_000);
  apis = await Promise.all(NAMES.map((name, i) => connect(rpc0 + i, hostOf(name))));

  // Each produces blocks (Aura round-robins the slots) and all finalize the same ones.
  await waitFor('finalized block 4 on every validator', async () => {
    const finalized = await Promise.all(apis.map(finalizedNumber));
    return finalized.every((n) => n >= 4);
  }, 180_000, 1_000);
  // Aura: the author of a block is the authority whose turn its slot is.
  const [alice] = apis;
  const authorities = await auraKeys(alice);
  assert.equal(authorities.length, 4);
  const authors = new Set();
  const best = await bestNumber(alice);
  for (let n = 1; n <= best; n++) authors.add(await auraAuthor(alice, authorities, n));
  assert.ok(authors.size >= 3, `blocks by ${authors.size} validators`);
  const hashes = await Promise.all(apis.map((api) => api.rpc.chain.getBlockHash(4)));
  assert.equal(new Set(hashes.map((h) => h.toHex())).size, 1, 'one chain');
  const peers = (await alice.rpc.system.peers()).length;
  assert.equal(peers, 3, 'Alice sees the three others');

  // Dave goes down: three of four are more than two thirds, so finality goes on.
  await kill('dave');
  const finalizedBefore = await finalizedNumber(alice);
  await allFinalizeOneChain(finalizedBefore + 2, 120_000);
});

test('a validator killed and restarted catches up to the same finalized chain', 240_000, async () => {
  const [alice] = apis;
  const { number: target } = await finalizedHead(alice);
  await restart('dave');
  // Dave imports what it missed and finalizes with the others: the same blocks, and new ones.
  await allFinalizeOneChain(target + 2, 180_000);
  await waitFor('Dave back among Alice\'s peers', async () =>
    (await alice.rpc.system.peers()).length === 3, 60_000, 1_000);
});

test('with two of four validators down finality stops; both restarted, it resumes and all agree', 420_000, async () => {
  const [alice, bob] = apis;
  await kill('charlie');
  await kill('dave');
  // A round already under way may still complete: let it, then read where finality stopped.
  await sleep(12_000);
  const stopped = await finalizedHead(alice);
  const bestThen = await bestNumber(alice);
  // Alice and Bob still author their slots (Aura does not need the others) ...
  await waitFor(`three new blocks past ${bestThen} from Alice and Bob alone`, async () =>
    (await bestNumber(alice)) >= bestThen + 3, 120_000, 1_000);
  // ... but two votes of four are not more than two thirds: nothing more is finalized.
  assert.deepEqual(await finalizedHead(alice), stopped, 'Alice finalized nothing more');
  assert.deepEqual(await finalizedHead(bob), stopped, 'Bob finalized nothing more');

  // Both back: GRANDPA finalizes what was authored meanwhile, on every node, one chain.
  const best = await bestNumber(alice);
  await restart('charlie');
  await restart('dave');
  await allFinalizeOneChain(best + 1, 240_000);
});

test('a validator cut off by a partition: the others finalize on; the link back, it catches up', 360_000, async () => {
  const [alice] = apis;
  await allFinalizeOneChain((await finalizedNumber(alice)) + 1, 120_000);
  // The link goes down: Dave still runs, but nothing reaches him or leaves him.
  await apis[3].disconnect();
  apis[3] = null;
  ip('link', 'set', HOST_LINK, 'down');
  assert.equal(await rpcAnswers(rpc0 + 3, NETNS_IP), false, 'Dave is cut off');
  const { number: cut } = await finalizedHead(alice);
  // Three of four are more than two thirds: finality goes on without him.
  await allFinalizeOneChain(cut + 3, 180_000);
  // The link back: Dave, who authored alone and finalized nothing meanwhile, catches up to the
  // others' finalized chain (his own blocks of the cut are left on a fork nobody finalizes).
  ip('link', 'set', HOST_LINK, 'up');
  const { number: healed } = await finalizedHead(alice);
  apis[3] = await connect(rpc0 + 3, NETNS_IP);
  await allFinalizeOneChain(healed + 2, 240_000);
});

// The backup drill (scripts/backup.sh, docs/validator.md): Bob is stopped, backed up, his disk
// destroyed, restored from the archive and started as the operator would: he rejoins, catches up
// to the others' finalized chain, authors his slots again, and nothing is double-signed (no
// validator logs an equivocation, Aura's or GRANDPA's).
test('a validator backed up, its data destroyed and restored rejoins, catches up and double-signs nothing', 360_000, async () => {
  const [alice] = apis;
  const i = NAMES.indexOf('bob');
  const base = join(dir, 'bob');
  const archive = join(dir, 'backups', 'bob.tar.gz');
  const logSizes = NAMES.map((name) => statSync(join(dir, `${name}.log`)).size);
  // A running node's database is not copied.
  assert.throws(() => runScript('backup.sh', ['backup', base, archive], env), /a node runs on/);
  await apis[i].disconnect();
  apis[i] = null;
  runScript('local-testnet.sh', ['stop', 'bob'], env, 60_000);
  const keystore = () => readdirSync(join(base, 'chains')).flatMap((chain) => readdirSync(join(base, 'chains', chain, 'keystore'))).sort();
  const keys = keystore();
  assert.equal(keys.length, 2, 'Bob\'s Aura and GRANDPA keys');
  const backedUp = Date.now();
  runScript('backup.sh', ['backup', base, archive], env, 120_000);
  const backupMs = Date.now() - backedUp;
  assert.equal(statSync(archive).mode & 0o077, 0, 'the archive (session keys inside) is its owner\'s only');
  const { number: atBackup, hash: hashAtBackup } = await finalizedHead(alice);
  // The disk is lost. An archive that does not match its checksum is not restored.
  removeDir(base);
  const corrupt = join(dir, 'backups', 'corrupt.tar.gz');
  const bytes = readFileSync(archive);
  bytes[bytes.length >> 1] ^= 0xff;
  writeFileSync(corrupt, bytes);
  writeFileSync(`${corrupt}.sha256`, readFileSync(`${archive}.sha256`, 'utf8').replace('bob.tar.gz', 'corrupt.tar.gz'));
  assert.throws(() => runScript('backup.sh', ['restore', corrupt, base], env), /does not match its checksum/);
  const restoring = Date.now();
  runScript('backup.sh', ['restore', archive, base], env, 120_000);
  assert.deepEqual(keystore(), keys, 'the keystore restored');
  assert.throws(() => runScript('backup.sh', ['restore', archive, base], env), /is not empty/);
  // Started again, he rejoins and catches up to where the others finalized meanwhile.
  await restart('bob');
  const bob = apis[i];
  assert.equal((await bob.rpc.chain.getBlockHash(atBackup)).toHex(), hashAtBackup, 'nothing lost: the same finalized block');
  const { number: target } = await finalizedHead(alice);
  await waitFor(`Bob finalizing block ${target}`, async () => (await finalizedNumber(bob)) >= target, 180_000, 500);
  const caughtUpMs = Date.now() - restoring;
  await allFinalizeOneChain(target + 2, 180_000);
  // He authors his slots again: a finalized block past the restore in a slot of his.
  const authorities = await auraKeys(alice);
  const bobKey = u8aToHex(new Keyring({ type: 'sr25519' }).addFromUri('//Bob').publicKey);
  assert.ok(authorities.includes(bobKey), 'Bob\'s Aura key is an authority');
  await waitFor('a finalized block Bob authored after the restore', async () => {
    const finalized = await finalizedNumber(alice);
    for (let n = target + 1; n <= finalized; n++) if (await auraAuthor(alice, authorities, n) === bobKey) return true;
    return false;
  }, 120_000, 2_000);
  const equivocations = NAMES.flatMap((name, n) => readFileSync(join(dir, `${name}.log`), 'utf8').slice(logSizes[n])
    .split('\n').filter((line) => /equivocat/i.test(line)));
  assert.deepEqual(equivocations, [], 'no equivocation reported');
  console.log(`# backup drill: backup ${backupMs} ms (${(statSync(archive).size / 1e6).toFixed(1)} MB), restore to caught up (block ${target}) ${caughtUpMs} ms`);
});

/** The Aura authorities on `api`'s best block, as hex. */
async function auraKeys (api) {
  return (await api.query.aura.authorities()).map((a) => a.toHex());
}

/** The GRANDPA authorities on `api`'s best block, as hex. */
async function grandpaKeys (api) {
  return (await api.call.grandpaApi.grandpaAuthorities()).map(([key]) => key.toHex());
}

/** A two-thirds motion of the council (Alice and Bob of three) for `call`, on `api`. */
function councilTwoThirds (api, call) {
  const who = devAccounts();
  return motion(api, { collective: 'council', threshold: 2, call, ayes: [who.alice, who.bob], proposer: who.alice, closer: who.charlie });
}

// Validators by governance (pallet-validator-set; docs/validator.md, "Joining the validators"):
// Eve's node starts with an empty keystore, makes her session keys over its own RPC with the
// proof that she holds them for her account, and registers them with `session.setKeys`; two
// thirds of the council add her; within two sessions (ten blocks each on this chain) her keys
// are Aura's and GRANDPA's authorities and she authors a block the others finalize.
test('a fifth validator makes and registers her keys, the council adds her, and she authors within two sessions', 420_000, async () => {
  const [alice] = apis;
  const who = devAccounts();
  runScript('local-testnet.sh', ['start', 'eve'], env, 60_000);
  const eve = apis[NAMES.length] = await connect(rpc0 + NAMES.length);
  await waitFor('Eve synced with Alice', async () =>
    (await bestNumber(eve)) >= (await bestNumber(alice)) - 1, 180_000, 1_000);
  const { keys, proof } = await jsonRpc(rpc0 + NAMES.length, 'author_rotateKeysWithOwner', [u8aToHex(who.eve.publicKey)]);
  assert.equal(await jsonRpc(rpc0 + NAMES.length, 'author_hasSessionKeys', [keys]), true, 'the keys are in Eve\'s keystore');
  const [eveAura, eveGrandpa] = [keys.slice(0, 66), `0x${keys.slice(66)}`];
  // The proof binds the keys to Eve's account: Ferdie cannot register them as his.
  const stolen = await submit(alice, alice.tx.session.setKeys(keys, proof), who.ferdie);
  assert.match(stolen.dispatchError ?? '', /session\.InvalidProof/);
  await submitOk(alice, alice.tx.session.setKeys(keys, proof), who.eve);
  assert.equal((await alice.query.session.nextKeys(who.eve.address)).unwrap().toHex(), keys);

  const added = await councilTwoThirds(alice, alice.tx.validatorSet.addValidator(who.eve.address));
  findEvent(added.events, 'validatorSet', 'ValidatorAdded');
  const addedAt = Date.now();
  const addedIn = (await alice.query.session.currentIndex.at(added.blockHash)).toNumber();
  await waitFor('Eve\'s key among Aura\'s authorities', async () => (await auraKeys(alice)).includes(eveAura), 240_000, 1_000);
  const keyMs = Date.now() - addedAt;
  const sessions = (await alice.query.session.currentIndex()).toNumber() - addedIn;
  assert.ok(sessions <= 2, `an authority ${sessions} sessions after the motion`);
  assert.deepEqual((await alice.query.session.validators()).map(String).slice(-1), [who.eve.address]);
  await waitFor('Eve\'s key among GRANDPA\'s authorities', async () => (await grandpaKeys(alice)).includes(eveGrandpa), 120_000, 1_000);
  // Her slots come round, one in five: a block of hers, finalized by all.
  const authorities = await auraKeys(alice);
  assert.equal(authorities.length, 5);
  const from = await bestNumber(alice);
  let hers = null;
  await waitFor('a finalized block Eve authored', async () => {
    const finalized = await finalizedNumber(alice);
    for (let n = from + 1; n <= finalized; n++) if (await auraAuthor(alice, authorities, n) === eveAura) { hers = n; return true; }
    return false;
  }, 120_000, 2_000);
  const authoredMs = Date.now() - addedAt;
  await allFinalizeOneChain(hers, 60_000);
  console.log(`# Eve added in session ${addedIn}: an Aura authority ${keyMs} ms (${sessions} sessions) after the motion, her first finalized block (#${hers}) ${authoredMs} ms after it`);
});

// Dave retired by the council: within two sessions his keys leave Aura's and GRANDPA's
// authorities, and with his node gone the four others (Alice, Bob, Charlie, Eve) finalize on.
test('Dave removed by the council leaves the authorities within two sessions, and the other four finalize on without him', 360_000, async () => {
  const [alice] = apis;
  const who = devAccounts();
  const daveAura = u8aToHex(who.dave.publicKey);
  const daveGrandpa = u8aToHex(new Keyring({ type: 'ed25519' }).addFromUri('//Dave').publicKey);
  assert.ok((await grandpaKeys(alice)).includes(daveGrandpa));
  const removed = await councilTwoThirds(alice, alice.tx.validatorSet.removeValidator(who.dave.address));
  findEvent(removed.events, 'validatorSet', 'ValidatorRemoved');
  const removedAt = Date.now();
  await waitFor('Dave\'s key gone from Aura\'s authorities', async () => !(await auraKeys(alice)).includes(daveAura), 240_000, 1_000);
  await waitFor('Dave\'s key gone from GRANDPA\'s authorities', async () => !(await grandpaKeys(alice)).includes(daveGrandpa), 120_000, 1_000);
  const goneMs = Date.now() - removedAt;
  assert.equal((await auraKeys(alice)).length, 4);
  // The change is finalized by the old set (four of five votes): wait for it before Dave's
  // node goes, then his keys are of no use (validatorSet.purgeKeys gives his deposit back).
  const setId = (await alice.query.grandpa.currentSetId()).toNumber();
  await waitFor('the new GRANDPA set finalized', async () =>
    (await alice.query.grandpa.currentSetId.at(await alice.rpc.chain.getFinalizedHead())).toNumber() >= setId, 120_000, 1_000);
  await kill('dave');
  const { number } = await finalizedHead(alice);
  await allFinalizeOneChain(number + 3, 180_000);
  console.log(`# Dave removed: out of the authorities ${goneMs} ms after the motion`);
});
