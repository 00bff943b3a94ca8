// IoT anchors end to end: signing sensors -> mosquitto with TLS, client certificates and ACLs
// (the configuration the gateway ships, certificates made here) -> city-gateway -> a dev node.
// The council makes Ferdie a device operator; Ferdie registers an air-quality station
// (ed25519) that signs its own readings, puts it in relay mode with the gateway's relay key
// (the gateway never holds the station's key), and, for the water utility, Bob's legacy meter
// (ecdsa), which cannot sign: the gateway keeps its key (custodial). Readings are anchored,
// counted only once finalized, proven over the node's RPC with the station's signature, and
// the attacks (an anonymous client, a device publishing on another's topic, unsigned and forged
// readings, a timestamp flood) leave the real readings anchored and none of the attacker's.
// The node restarts and the broker restarts while readings flow: no reading is lost, and
// Bob's meter is billed through CityCoin for what it counted.

import { test, before, after, watchLog, killOnExit } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync, readFileSync, createWriteStream, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { connect } from 'node:net';
import {
  startNode, devAccounts, submit, submitOk, jsonRpc, motion, findEvent, freePort, tempDir, removeDir,
  waitFor, sleep, CITY, CITY_GATEWAY, MOSQUITTO, REPO_ROOT
} from '../lib/node.mjs';
import { snapshotIfAsked } from '../lib/snapshot.mjs';
import { GENERAL_V5 } from '../lib/iot.mjs';
import { startSidecar } from '../lib/sidecar.mjs';
import { compactAddLength, hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

const DEPLOY = join(REPO_ROOT, 'gateway', 'deploy');
const who = devAccounts();
const dir = tempDir('city-iot-');
const keys = join(dir, 'keys');
const keystore = join(dir, 'keystore');
const passwordFile = join(dir, 'keystore-password');
const PASSWORD = 'a city gateway\'s keystore password';
const certs = join(dir, 'certs');
let node;
let broker;
let gateway;
let rpcPort;
let brokerPort;
let gatewayPort;
let prometheusPort;
let genesis;

/** Whether something accepts TCP connections on `port` of loopback. */
function listening (port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Starts mosquitto with the shipped configuration and ACL, its paths and port this test's. */
async function startBroker () {
  const config = join(dir, 'mosquitto.conf');
  const shipped = readFileSync(join(DEPLOY, 'mosquitto.conf'), 'utf8');
  const ours = shipped
    .replaceAll('/etc/mosquitto/city/', `${certs}/`)
    .replace(/^listener 8883$/m, `listener ${brokerPort} 127.0.0.1`)
    .replace('/var/lib/mosquitto/', `${dir}/`)
    .replace(/^log_dest syslog$/m, `log_dest file ${dir}/mosquitto.log`);
  watchLog('mosquitto', join(dir, 'mosquitto.log'));
  assert.notEqual(ours, shipped);
  // Run as root, mosquitto would drop to the `mosquitto` user, who may not read here.
  writeFileSync(config, `${ours}\nuser ${userInfo().username}\n`);
  copyFileSync(join(DEPLOY, 'acl'), join(certs, 'acl'));
  const child = spawn(MOSQUITTO, ['-c', config], { stdio: 'ignore' });
  killOnExit(child);
  const exit = new Promise((resolve) => child.on('exit', resolve));
  await waitFor('mosquitto', () => listening(brokerPort), 20_000, 200);
  return { child, exit, async stop () { child.kill('SIGTERM'); await exit; } };
}

/** city-gateway with `args`; resolves to its stdout when it exits 0. */
function gatewayCommand (args, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(CITY_GATEWAY, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CITY_GATEWAY_KEYSTORE_PASSWORD: PASSWORD } });
    killOnExit(child);
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => {
      clearTimeout(timer);
      code === 0 ? resolve(out) : reject(new Error(`city-gateway ${args[0]} exited ${code}: ${err}`));
    });
  });
}

const tls = (client) => ['--broker', `127.0.0.1:${brokerPort}`, '--broker-ca', join(certs, 'ca.crt'),
  ...(client ? ['--broker-cert', join(certs, `${client}.crt`), '--broker-key', join(certs, `${client}.key`)] : [])];

/** The device id of a `city-gateway device` answer, as its certificate's common name. */
const cn = (device) => device.device.slice(2);

/** Publishes `count` readings as the device of `key` over TLS with certificate `client`;
 * resolves to them ({timestamp, value}). `extra`: more `simulate` flags. */
async function simulate (key, client, count, start, step, extra = [], intervalMs = 20) {
  // A device is provisioned with the chain's genesis hash: it needs no node. A legacy meter
  // has no key: it is named by its id (`key` starting with 0x).
  const device = key.startsWith('0x') ? ['--device', key] : ['--key', join(keys, key)];
  const out = await gatewayCommand(['simulate', ...tls(client), '--genesis', genesis,
    ...device, '--count', String(count), '--interval-ms', String(intervalMs), '--start', String(start),
    '--step', String(step), ...extra]);
  return out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const gatewayRpc = (method, ...params) => jsonRpc(gatewayPort, `gateway_${method}`, params);

/** The events of `sections` in every block of the chain, oldest first. */
async function eventsSince (api, sections) {
  const found = [];
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  for (let n = 1; n <= best; n++) {
    const at = await api.at(await api.rpc.chain.getBlockHash(n));
    for (const { event } of await at.query.system.events()) {
      if (sections.includes(event.section)) found.push(event);
    }
  }
  return found;
}

async function startChain () {
  node = await startNode(['--dev', '--base-path', join(dir, 'chain')], { name: 'iot', logDir: dir, rpcPort });
  rpcPort = node.rpcPort;
}

before(async () => {
  [brokerPort, gatewayPort, prometheusPort] = [await freePort(), await freePort(), await freePort()];
  await startChain();
  mkdirSync(keys, { recursive: true });
  // The station signs its own readings: its key is its own (a key file, as in its secure
  // element), never the gateway's. The meter cannot sign: its key, and the gateway's relay
  // key, are made in the gateway's encrypted keystore.
  writeFileSync(join(keys, 'air.json'), JSON.stringify({ scheme: 'ed25519', secret: '//AirStation1' }));
  writeFileSync(join(keys, 'rogue.json'), JSON.stringify({ scheme: 'ed25519', secret: '//Rogue' }));
  writeFileSync(passwordFile, PASSWORD + '\n');
}, 180_000);

let passed = false;

after(async () => {
  if (gateway) gateway.kill('SIGINT');
  if (broker) await broker.stop();
  // The chain its flows left, for the runtime's upgrade check (scripts/test.sh).
  if (passed) await snapshotIfAsked(node, 'iot');
  if (node) await node.stop();
  // A failed run leaves its logs (node, broker, gateway) for a look.
  if (passed) removeDir(dir);
  else console.log(`# logs kept in ${dir}`);
}, 60_000);

test('signed readings reach the chain through an authenticated broker, are proven from finalized blocks, and survive attacks and restarts', 600_000, async () => {
  const { api } = node;
  // The council (2 of 3, which is two thirds) makes Ferdie a device operator and the water
  // utility's meter operator (a privileged credential).
  const credential = (kind) => api.tx.identityRegistry.issueByCouncil(who.ferdie.address, kind, '0x' + '0a'.repeat(32), null);
  for (const kind of ['DeviceOperator', { Employee: { department: 'Utilities', role: 1 } }]) {
    await motion(api, { collective: 'council', threshold: 2, call: credential(kind), ayes: [who.alice, who.bob], proposer: who.alice, closer: who.dave });
  }

  // Each device's key proves possession for its owner: Ferdie registers the station and, for
  // the utility, Bob's meter; Bob, a resident, may register neither.
  const node_ = `ws://127.0.0.1:${rpcPort}`;
  const device = async (file) => JSON.parse(await gatewayCommand(['device', '--key', file, '--owner', who.ferdie.address, '--node', node_]));
  const air = await device(join(keys, 'air.json'));
  genesis = air.genesis;
  const rogue = await device(join(keys, 'rogue.json'));
  const keygen = async (role, scheme) => JSON.parse(await gatewayCommand(['keygen', '--keystore', keystore, '--role', role, '--scheme', scheme]));
  const relay = await keygen('relay', 'sr25519');
  const meterKey = await keygen('custodial', 'ecdsa');
  const meter = JSON.parse(await gatewayCommand(['device', '--keystore', keystore, '--device', meterKey.device, '--owner', who.ferdie.address, '--node', node_]));
  assert.deepEqual(meter.key, meterKey.key);
  // Nothing in the keystore is a key in the clear: no file holds the meter's secret as a
  // key file would, and the wrong password opens no key.
  await assert.rejects(gatewayCommand(['device', '--keystore', keystore, '--keystore-password-file', join(keys, 'air.json'),
    '--device', meterKey.device, '--owner', who.ferdie.address, '--node', node_]), /wrong password/);
  const registered = await submitOk(api, api.tx.iotAnchors.register(air.key, 'AirQuality', 'u33dbfcy', air.proof), who.ferdie);
  assert.equal(findEvent(registered.events, 'iotAnchors', 'Registered').data.device.toHex(), air.device);
  const refused = await submit(api, api.tx.iotAnchors.register(meter.key, 'Noise', 'u33db', meter.proof), who.bob);
  assert.match(refused.dispatchError, /iotAnchors\.NotAnOperator/);
  const notUtility = await submit(api, api.tx.iotAnchors.register(meter.key, { Meter: 'Water' }, 'u33db', meter.proof), who.bob);
  assert.match(notUtility.dispatchError, /iotAnchors\.NotAMeterOperator/);
  await submitOk(api, api.tx.iotAnchors.register(meter.key, { Meter: 'Water' }, 'u33db', meter.proof), who.ferdie);
  // The station in relay mode: the gateway's relay key signs its anchors. Bob cannot do that.
  const notOwner = await submit(api, api.tx.iotAnchors.setRelay(air.device, relay.key), who.bob);
  assert.match(notOwner.dispatchError, /iotAnchors\.NotOwner/);
  await submitOk(api, api.tx.iotAnchors.setRelay(air.device, relay.key), who.ferdie);
  const relayKey = (await api.rpc.iot.device(air.device)).unwrap().relay.unwrap();
  assert.deepEqual([relayKey.scheme.toString(), relayKey.public.toHex()], ['sr25519', relay.key.sr25519]);
  // The utility binds the meter to Bob, who accepts being billed for it.
  await submitOk(api, api.tx.iotAnchors.proposeConsumer(meter.device, who.bob.address), who.ferdie);
  await submitOk(api, api.tx.iotAnchors.acceptConsumer(meter.device), who.bob);
  const bound = (await api.rpc.iot.device(meter.device)).unwrap();
  assert.equal(bound.kind.toString(), 'meter:water');
  assert.equal(bound.consumer.unwrap().toString(), who.bob.address);

  // The broker: TLS, a certificate for everyone, the devices' common names their ids.
  execFileSync(join(DEPLOY, 'certs.sh'), [certs, 'city-gateway', cn(air), cn(meter), cn(rogue)], { stdio: 'ignore', timeout: 60_000 });
  broker = await startBroker();

  // The gateway: the station's readings relayed (it has no key of the station's), the meter's
  // signed with the key it keeps.
  gateway = spawn(CITY_GATEWAY, ['run', ...tls('city-gateway'), '--node', node_,
    '--store', join(dir, 'gateway-store'), '--keystore', keystore, '--keystore-password-file', passwordFile,
    '--relay', air.device, '--listen', `127.0.0.1:${gatewayPort}`, '--prometheus', `127.0.0.1:${prometheusPort}`,
    '--batch-size', '16', '--batch-interval-ms', '1500', '--resubmit-ms', '8000'],
  { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, RUST_LOG: process.env.RUST_LOG || 'info' } });
  killOnExit(gateway);
  // A failure prints the end of its log (the harness).
  const gatewayFile = createWriteStream(join(dir, 'gateway.log'));
  watchLog('city-gateway', join(dir, 'gateway.log'));
  gateway.stderr.on('data', (d) => gatewayFile.write(d));
  // Its first session at the broker: what devices publish before the broker acknowledges its
  // subscription is nobody's, so they start once it says it is subscribed.
  await waitFor('the gateway subscribed at the broker', async () => (await gatewayRpc('status').catch(() => null))?.subscribed,
    30_000, 200, () => gatewayRpc('status'));
  const modes = (await gatewayRpc('status')).devices;
  assert.deepEqual(modes, { [air.device]: 'relay', [meter.device]: 'custodial' });

  const published = [];
  const anchoredAll = async (what, timeoutMs = 120_000) => waitFor(what, async () => {
    const status = await gatewayRpc('status');
    return status.anchored === published.length && status.waiting === 0 && status.pending === 0 && status;
  }, timeoutMs, 500, async () => ({ published: published.length, status: await gatewayRpc('status') }));

  // 1. The station signs and publishes; the meter publishes unsigned; all anchored, in
  //    finalized blocks.
  published.push(...(await simulate('air.json', cn(air), 40, 12_000, 150)).map((r) => ({ ...r, device: air.device })));
  published.push(...(await simulate(meter.device, cn(meter), 5, 1_000, 25, ['--unsigned'])).map((r) => ({ ...r, device: meter.device })));
  await anchoredAll('the first readings anchored');
  published.push(...(await simulate(meter.device, cn(meter), 5, 1_125, 25, ['--unsigned'])).map((r) => ({ ...r, device: meter.device })));
  await anchoredAll('the meter\'s second batch anchored');
  const anchors = await api.rpc.iot.anchors(air.device);
  assert.equal(anchors.reduce((n, a) => n + a.count.toNumber(), 0), 40);
  assert.ok(anchors.every((a) => a.readingsSignedBy.unwrapOr(null)?.scheme.toString() === 'ed25519'), 'relayed anchors name the station\'s key');
  assert.ok((await api.rpc.iot.anchors(meter.device)).every((a) => a.readingsSignedBy.isNone));

  // 2. A reading is proven over RPC from a finalized block, with the station's signature;
  //    without it, or with its value changed, it is not.
  const reading = published[17];
  const proof = await gatewayRpc('prove', air.device, reading.timestamp);
  assert.equal(proof.reading.value, reading.value);
  assert.equal(proof.status, 'anchored');
  assert.ok(proof.reading.signature?.Ed25519, 'the leaf carries the station\'s signature');
  const finalized = await node.api.rpc.chain.getFinalizedHead();
  const finalizedNumber = (await node.api.rpc.chain.getHeader(finalized)).number.toNumber();
  assert.ok(proof.anchoredIn <= finalizedNumber, `anchored in ${proof.anchoredIn}, finalized ${finalizedNumber}`);
  const verdict = await api.rpc.iot.verifyReading(proof.reading, proof.proof, finalized);
  assert.equal(verdict.verdict.toString(), 'proven');
  assert.equal(verdict.at.unwrap().toNumber(), proof.anchoredIn);
  assert.equal(verdict.root.unwrap().toHex(), proof.root);
  const { signature, ...unsigned } = proof.reading;
  assert.ok(signature);
  assert.equal((await api.rpc.iot.verifyReading({ ...unsigned, signature: null }, proof.proof)).verdict.toString(), 'notProven');
  assert.equal((await api.rpc.iot.verifyReading({ ...proof.reading, value: proof.reading.value + 1 }, proof.proof)).verdict.toString(), 'notProven');
  // A batch exports whole for an auditor, every reading proven.
  const exported = await gatewayRpc('exportBatch', air.device, proof.reading.sequence);
  assert.equal(exported.status, 'anchored');
  for (const r of exported.readings) {
    assert.equal((await api.rpc.iot.verifyReading(r.reading, r.proof)).verdict.toString(), 'proven');
  }

  // 3. Attacks. None of them is stored or anchored; the real readings still are.
  const before = await gatewayRpc('status');
  //  a. An anonymous client (no certificate) is refused by the broker.
  await assert.rejects(gatewayCommand(['simulate', ...tls(null), '--key', join(keys, 'air.json'), '--node', node_,
    '--count', '1', '--max-reconnects', '2'], 30_000), /CertificateRequired|certificate/i);
  //  b. A device with a certificate of its own publishes on the station's topic: the broker's
  //     ACL drops it, the gateway never sees it.
  const crossTopic = await simulate('rogue.json', cn(rogue), 5, 666_000, 1, ['--topic-device', air.device]);
  //  c. The station's own certificate (stolen, say) but not its key: unsigned readings, forged
  //     signatures, and a flood of one forged reading per millisecond ahead of the real ones.
  const unsignedOnes = await simulate('air.json', cn(air), 5, 777_000, 1, ['--unsigned']);
  const forged = await simulate('air.json', cn(air), 5, 888_000, 1, ['--sign-with', join(keys, 'rogue.json')]);
  const floodFrom = Date.now();
  const flooding = simulate('air.json', cn(air), 3_000, 999_000, 0, ['--sign-with', join(keys, 'rogue.json'),
    '--first-timestamp', String(floodFrom)], 0);
  const real = (await simulate('air.json', cn(air), 20, 30_000, 7)).map((r) => ({ ...r, device: air.device }));
  const flood = await flooding;
  published.push(...real);
  await anchoredAll('the real readings anchored through the attacks');
  const after_ = await gatewayRpc('status');
  assert.equal(after_.received - before.received, 5 + 5 + 3_000 + 20, 'the cross-topic readings never reached the gateway');
  assert.equal((after_.refused.unsigned || 0) - (before.refused.unsigned || 0), 5);
  assert.equal((after_.refused.badSignature || 0) - (before.refused.badSignature || 0), 5 + 3_000);
  assert.equal(after_.conflicts, 0, 'no forged reading took an instant of a real one');
  for (const r of [...crossTopic, ...unsignedOnes, ...forged, ...flood.slice(0, 50)]) {
    assert.equal(await gatewayRpc('prove', air.device, r.timestamp, r.value), null, `attacker's ${JSON.stringify(r)} kept`);
  }
  for (const r of real) {
    const p = await gatewayRpc('prove', air.device, r.timestamp, r.value);
    assert.equal(p.status, 'anchored');
    assert.equal((await api.rpc.iot.verifyReading(p.reading, p.proof)).verdict.toString(), 'proven');
  }
  // The metrics say the same, on their own port.
  const metrics = await (await fetch(`http://127.0.0.1:${prometheusPort}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
  const metric = (name) => Number((metrics.match(new RegExp(`^${name} (\\d+)$`, 'm')) || [])[1]);
  assert.equal(metric('city_gateway_readings_refused_total\\{reason="badSignature"\\}'), after_.refused.badSignature);
  assert.ok(metric('city_gateway_batches_finalized_total') >= 5);
  assert.equal(metric('city_gateway_broker_subscribed'), 1);

  // 4. The node stops; readings keep coming and wait in the gateway; the node restarts on its
  //    base path and the gateway resubmits with the right sequence numbers.
  const anchoredBefore = (await gatewayRpc('status')).anchored;
  await node.stop();
  published.push(...(await simulate('air.json', cn(air), 20, 20_000, 10)).map((r) => ({ ...r, device: air.device })));
  await sleep(3_000);
  assert.equal((await gatewayRpc('status')).anchored, anchoredBefore, 'nothing new is anchored while the node is down');
  await startChain();
  await anchoredAll('the readings taken while the node was down anchored');

  // 5. The broker stops; a sensor publishes into the void, reconnecting; the broker restarts
  //    with its sessions, and the gateway takes every reading.
  await broker.stop();
  await waitFor('the gateway to see the broker gone', async () => (await gatewayRpc('status')).subscribed === false, 20_000, 200);
  const during = simulate('air.json', cn(air), 15, 40_000, 5);
  await sleep(2_000);
  broker = await startBroker();
  published.push(...(await during).map((r) => ({ ...r, device: air.device })));
  await anchoredAll('the readings published across the broker restart anchored');
  assert.match(readFileSync(join(dir, 'gateway.log'), 'utf8'), /connected to the broker \(session present: true\)/);
  assert.equal((await gatewayRpc('status')).subscribed, true, 'its kept session resumed is a subscription');

  // Nothing lost, each kept once, each proven.
  const status = await gatewayRpc('status');
  assert.equal(status.anchored, published.length);
  const airCount = published.filter((r) => r.device === air.device).length;
  assert.equal((await node.api.rpc.iot.anchors(air.device)).reduce((n, a) => n + a.count.toNumber(), 0), airCount);
  for (const r of [published[0], published[45], published[published.length - 1]]) {
    const p = await gatewayRpc('prove', r.device, r.timestamp);
    assert.equal((await node.api.rpc.iot.verifyReading(p.reading, p.proof)).verdict.toString(), 'proven');
  }

  // Bob's meter was billed through CityCoin for the litres it counted after its first anchor.
  const events = await eventsSince(node.api, ['iotAnchors', 'cityCoin']);
  const reported = events.filter((e) => e.section === 'iotAnchors' && e.method === 'MeterReported');
  const units = reported.reduce((n, e) => n + e.data.units.toNumber(), 0);
  const meterAnchors = await node.api.rpc.iot.anchors(meter.device);
  assert.equal(units, meterAnchors.at(-1).cumulative.unwrap().toNumber() - meterAnchors[0].cumulative.unwrap().toNumber());
  assert.equal((await node.api.rpc.iot.device(meter.device)).unwrap().meterTotal.unwrap().toNumber(), 1_000 + 9 * 25);
  const billed = events.filter((e) => e.section === 'cityCoin' && e.method === 'Billed');
  assert.equal(billed.length, reported.length);
  assert.equal(billed[0].data.consumer.toString(), who.bob.address);
  // The simulated meter counted 125 litres within seconds: far above what a household uses in
  // that time (2,000 l/h), so the bill is held for Bob to settle or dispute, not taken.
  assert.equal(billed[0].data.paid.isFalse, true);
  const open = await node.api.call.cityCoinApi.openBills(who.bob.address);
  assert.equal(open.length, 1);
  passed = true;
});

/**
 * The newest anchor in a finalized block (the chain keeps each device's latest ones), as
 * @polkadot/api decodes it: { n, hash, index, extrinsic }.
 */
async function newestAnchor (api) {
  const last = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  for (let n = last; n >= 1; n--) {
    const hash = await api.rpc.chain.getBlockHash(n);
    const { block } = await api.rpc.chain.getBlock(hash);
    const index = block.extrinsics.findIndex((ex) => ex.method.section === 'iotAnchors' && ex.method.method === 'anchor');
    if (index >= 0) return { n, hash, index, extrinsic: block.extrinsics[index] };
  }
  assert.fail(`no finalized block (1 to ${last}) holds an anchor`);
}

// The ecosystem's tools read every block: an anchor is a general transaction (extrinsic format
// 5, nobody's signature on it), and @polkadot/api decodes the block that holds it, the anchor's
// call and fields, and (its derive) the events it raised.
test('a block holding an anchor decodes with @polkadot/api: the general transaction, its call, fields and events', 120_000, async () => {
  const { api } = node;
  const { n, hash, index, extrinsic } = await newestAnchor(api);
  assert.equal(extrinsic.isGeneral(), true, 'a general transaction');
  assert.equal(extrinsic.isSigned, false, 'no account signed it');
  assert.equal(extrinsic.version, GENERAL_V5, 'extrinsic format 5, general');
  // Its fields are the anchor the chain keeps for that device and sequence, in that block.
  const anchor = extrinsic.method.args[0].toJSON();
  const kept = (await api.rpc.iot.anchors(anchor.device)).find((a) => a.sequence.toNumber() === anchor.sequence);
  assert.ok(kept, `the chain keeps device ${anchor.device}'s anchor ${anchor.sequence}`);
  assert.deepEqual([kept.at.toNumber(), kept.root.toHex(), kept.count.toNumber(), kept.timestamp.toNumber()],
    [n, anchor.root, anchor.count, anchor.timestamp]);
  // Re-encoded, it is not the node's bytes: @polkadot/types 16.5.6 wraps them in a second length
  // and version byte (its general extrinsic encodes the whole transaction as its body), so the
  // hash it gives an anchor is not the chain's. An upstream bug; the decoding above is right.
  // Fixed upstream, this fails: then expect the node's bytes and hash.
  const bytes = (await jsonRpc(rpcPort, 'chain_getBlock', [hash.toHex()])).block.extrinsics[index];
  const wrapped = compactAddLength(u8aConcat([GENERAL_V5], hexToU8a(bytes)));
  assert.equal(extrinsic.toHex(), u8aToHex(wrapped), 'the known double encoding');
  assert.equal(extrinsic.hash.toHex(), blake2AsHex(wrapped));
  assert.notEqual(extrinsic.hash.toHex(), blake2AsHex(bytes), 'not the chain\'s hash');
  // The derive pairs it with its events: anchored, and a success.
  const derived = await api.derive.chain.getBlock(hash);
  const { events } = derived.extrinsics[index];
  const named = events.map(({ section, method }) => `${section}.${method}`);
  assert.ok(named.includes('iotAnchors.Anchored'), named.join(', '));
  assert.ok(named.includes('system.ExtrinsicSuccess'), named.join(', '));
  const anchored = events.find(({ method }) => method === 'Anchored');
  assert.equal(anchored.data.root.toHex(), anchor.root);
});

// Sidecar (the REST service of exchanges, custodians and explorers), with @city-chain/api's
// types bundle: blocks of transfers and of a batch whole; the anchor's block, what it can.
test('@substrate/api-sidecar serves /blocks/{n} for transfers and a batch, and an anchor\'s block\'s header and raw extrinsics', 180_000, async () => {
  const { api } = node;
  const sidecar = await startSidecar(rpcPort, { logDir: dir });
  try {
    const version = await sidecar.get('/node/version');
    assert.equal(version.chain, 'City Chain Development');
    // Transfers: a plain one and a batch of two.
    const pay = api.tx.balances.transferKeepAlive(who.bob.address, 3n * CITY);
    const paid = await submitOk(api, pay, who.alice);
    const batch = api.tx.utility.batchAll([
      api.tx.balances.transferKeepAlive(who.charlie.address, 2n * CITY),
      api.tx.balances.transferKeepAlive(who.dave.address, 1n * CITY)
    ]);
    const batched = await submitOk(api, batch, who.alice);
    for (const [tx, { blockHash, events }] of [[pay, paid], [batch, batched]]) {
      const index = events[0].phase.asApplyExtrinsic.toNumber();
      const n = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
      const block = await sidecar.get(`/blocks/${n}`);
      assert.equal(block.hash, blockHash.toHex());
      const extrinsic = block.extrinsics[index];
      const raw = (await jsonRpc(rpcPort, 'chain_getBlock', [blockHash.toHex()])).block.extrinsics;
      assert.equal(extrinsic.hash, blake2AsHex(raw[index]), 'the chain\'s hash of a signed transaction');
      assert.deepEqual(block.extrinsics[0].method, { pallet: 'timestamp', method: 'set' });
      assert.equal(block.extrinsics[0].hash, blake2AsHex(raw[0]), 'the chain\'s hash of an inherent');
      assert.equal(extrinsic.hash, tx.hash.toHex());
      assert.equal(extrinsic.signature.signer.id, who.alice.address);
      assert.equal(extrinsic.nonce, String(tx.nonce.toNumber()));
      assert.equal(extrinsic.success, true);
      const named = extrinsic.events.map(({ method }) => `${method.pallet}.${method.method}`);
      assert.ok(named.includes('transactionPayment.TransactionFeePaid'), named.join(', '));
      // Sidecar computes fees only for the chains it knows (its chains-config): the fee paid is
      // in the TransactionFeePaid event above.
      assert.deepEqual(extrinsic.info, { error: 'Fee calculation not supported for this network' });
      const transfers = extrinsic.events.filter(({ method }) => method.pallet === 'balances' && method.method === 'Transfer')
        .map(({ data }) => data);
      if (tx === pay) {
        assert.deepEqual(extrinsic.method, { pallet: 'balances', method: 'transferKeepAlive' });
        assert.deepEqual(extrinsic.args, { dest: { id: who.bob.address }, value: String(3n * CITY) });
        assert.deepEqual(transfers, [[who.alice.address, who.bob.address, String(3n * CITY)]]);
      } else {
        assert.deepEqual(extrinsic.method, { pallet: 'utility', method: 'batchAll' });
        assert.deepEqual(extrinsic.args.calls.map(({ method, args }) => [method.pallet, method.method, args.dest.id, args.value]), [
          ['balances', 'transferKeepAlive', who.charlie.address, String(2n * CITY)],
          ['balances', 'transferKeepAlive', who.dave.address, String(1n * CITY)]
        ]);
        assert.deepEqual(transfers, [
          [who.alice.address, who.charlie.address, String(2n * CITY)],
          [who.alice.address, who.dave.address, String(1n * CITY)]
        ]);
      }
    }
    // What a custodian reads besides blocks: an account's balance, the runtime, the material
    // to sign offline, each as the chain says at the block Sidecar names.
    const balance = await sidecar.get(`/accounts/${who.bob.address}/balance-info`);
    const { data } = await (await api.at(balance.at.hash)).query.system.account(who.bob.address);
    assert.deepEqual([balance.tokenSymbol, balance.free, balance.reserved, balance.frozen],
      ['CITY', data.free.toString(), data.reserved.toString(), data.frozen.toString()]);
    const spec = await sidecar.get('/runtime/spec');
    assert.deepEqual([spec.specName, spec.specVersion, spec.transactionVersion],
      [api.runtimeVersion.specName.toString(), api.runtimeVersion.specVersion.toString(), api.runtimeVersion.transactionVersion.toString()]);
    const material = await sidecar.get('/transaction/material?noMeta=true');
    assert.equal(material.genesisHash, api.genesisHash.toHex());
    // The anchor's block: Sidecar 18.0.0 answers 500. Its BlocksService reads every extrinsic's
    // `signature`, which @polkadot/types throws on for a general transaction: upstream,
    // paritytech/substrate-api-sidecar#1712 (open, reproduced on its 20.x too). Fixed, this
    // fails: then check the anchor's call, fields and events here as for the transfers above.
    const { n, hash, index, extrinsic: decoded } = await newestAnchor(api);
    await assert.rejects(sidecar.get(`/blocks/${n}`), /: 500 .*GeneralExtrinsic does not have signature implemented/);
    // What works for that block: its header, and its extrinsics as hex, the anchor's with the
    // second length and version @polkadot/types 16.5.6 wraps it in (the previous test), the
    // inherents' (bare, format 5 too) as the node's bytes.
    const header = await sidecar.get(`/blocks/${n}/header`);
    assert.equal(header.parentHash, (await api.rpc.chain.getHeader(hash)).parentHash.toHex());
    assert.equal(BigInt(header.number), BigInt(n));
    const served = (await sidecar.get(`/blocks/${n}/extrinsics-raw`)).extrinsics;
    const bytes = (await jsonRpc(rpcPort, 'chain_getBlock', [hash.toHex()])).block.extrinsics;
    assert.equal(served.length, bytes.length);
    assert.equal(served[index], decoded.toHex());
    assert.equal(served[index], u8aToHex(compactAddLength(u8aConcat([GENERAL_V5], hexToU8a(bytes[index])))));
    assert.equal(served[0], bytes[0], 'the timestamp inherent');
    // The types bundle declares the city's extensions and RPC methods: Sidecar knows them all.
    const log = readFileSync(sidecar.logPath, 'utf8');
    assert.doesNotMatch(log, /Unknown signed extensions/);
    assert.doesNotMatch(log, /not decorated: [^\n]*\b(reserve|bonds|identity|iot|vehicles|city|validators)_/);
    // The log is Sidecar's: it names the chain, and the node's methods it leaves undecorated.
    assert.match(log, /Connected to chain City Chain Development/);
    assert.match(log, /not decorated: [^\n]*\bchainHead_v1_follow\b/);
  } finally {
    await sidecar.stop();
  }
});
