// IoT anchors end to end: sensors -> mosquitto (a real broker on loopback) -> city-gateway ->
// a dev node. The council makes Ferdie a device operator; Ferdie registers an air-quality
// station (sr25519) and Bob, a resident, his water meter (ecdsa), each key proving possession.
// Simulated sensors publish readings; the gateway batches, anchors and keeps them; a reading
// is proven over the node's RPC and the same reading with its value changed is refused. The
// node restarts and the broker restarts while readings flow: no reading is lost, and Bob's
// meter is billed through CityCoin for what it counted.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync, readFileSync, existsSync, createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { connect } from 'node:net';
import {
  startNode, devAccounts, submit, submitOk, jsonRpc, motion, findEvent, freePort, tempDir, removeDir,
  waitFor, sleep, CITY_GATEWAY
} from '../lib/node.mjs';

const MOSQUITTO = existsSync('/usr/sbin/mosquitto') ? '/usr/sbin/mosquitto' : 'mosquitto';
const who = devAccounts();
const dir = tempDir('city-iot-');
const keys = join(dir, 'keys');
let node;
let broker;
let gateway;
let rpcPort;
let brokerPort;
let gatewayPort;

/** Whether something accepts TCP connections on `port` of loopback. */
function listening (port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Starts mosquitto on `brokerPort`, persisting sessions and queued messages under `dir`. */
async function startBroker () {
  const config = join(dir, 'mosquitto.conf');
  writeFileSync(config, [
    `listener ${brokerPort} 127.0.0.1`,
    'allow_anonymous true',
    // Run as root, mosquitto would drop to the `mosquitto` user, who may not write here.
    `user ${userInfo().username}`,
    'persistence true',
    `persistence_location ${dir}/`,
    'autosave_interval 1',
    `log_dest file ${dir}/mosquitto.log`
  ].join('\n') + '\n');
  const child = spawn(MOSQUITTO, ['-c', config], { stdio: 'ignore' });
  const exit = new Promise((resolve) => child.on('exit', resolve));
  await waitFor('mosquitto', () => listening(brokerPort), 20_000, 200);
  return { child, exit, async stop () { child.kill('SIGTERM'); await exit; } };
}

/** city-gateway with `args`; resolves to its stdout when it exits 0. */
function gatewayCommand (args) {
  return new Promise((resolve, reject) => {
    const child = spawn(CITY_GATEWAY, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => code === 0 ? resolve(out) : reject(new Error(`city-gateway ${args[0]} exited ${code}: ${err}`)));
  });
}

/** Publishes `count` readings of the device of `key`; resolves to them ({timestamp, value}). */
async function simulate (key, count, start, step) {
  const out = await gatewayCommand(['simulate', '--broker', `127.0.0.1:${brokerPort}`, '--key', join(keys, key),
    '--count', String(count), '--interval-ms', '20', '--start', String(start), '--step', String(step)]);
  return out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const gatewayRpc = (method, ...params) => jsonRpc(gatewayPort, `gateway_${method}`, params);
const iot = (method, ...params) => jsonRpc(rpcPort, `iot_${method}`, params);

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
  [brokerPort, gatewayPort] = [await freePort(), await freePort()];
  await startChain();
  broker = await startBroker();
  mkdirSync(keys, { recursive: true });
  writeFileSync(join(keys, 'air.json'), JSON.stringify({ scheme: 'sr25519', secret: '//AirStation1' }));
  writeFileSync(join(keys, 'meter.json'), JSON.stringify({ scheme: 'ecdsa', secret: '//BobsWaterMeter' }));
});

let passed = false;

after(async () => {
  if (gateway) gateway.kill('SIGINT');
  if (broker) await broker.stop();
  if (node) await node.stop();
  // A failed run leaves its logs (node, broker, gateway) for a look.
  if (passed) removeDir(dir);
  else console.log(`# logs kept in ${dir}`);
});

test('readings from sensors are anchored through MQTT, proven over RPC, and survive node and broker restarts', async () => {
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
  const air = JSON.parse(await gatewayCommand(['device', '--key', join(keys, 'air.json'), '--owner', who.ferdie.address, '--node', node_]));
  const meter = JSON.parse(await gatewayCommand(['device', '--key', join(keys, 'meter.json'), '--owner', who.ferdie.address, '--node', node_]));
  const registered = await submitOk(api, api.tx.iotAnchors.register(air.key, 'AirQuality', 'u33dbfcy', air.proof), who.ferdie);
  assert.equal(findEvent(registered.events, 'iotAnchors', 'Registered').data.device.toHex(), air.device);
  const refused = await submit(api, api.tx.iotAnchors.register(meter.key, 'Noise', 'u33db', meter.proof), who.bob);
  assert.match(refused.dispatchError, /iotAnchors\.NotAnOperator/);
  const notUtility = await submit(api, api.tx.iotAnchors.register(meter.key, { Meter: 'Water' }, 'u33db', meter.proof), who.bob);
  assert.match(notUtility.dispatchError, /iotAnchors\.NotAMeterOperator/);
  await submitOk(api, api.tx.iotAnchors.register(meter.key, { Meter: 'Water' }, 'u33db', meter.proof), who.ferdie);
  // The utility binds the meter to Bob, who accepts being billed for it.
  await submitOk(api, api.tx.iotAnchors.proposeConsumer(meter.device, who.bob.address), who.ferdie);
  assert.equal((await iot('device', meter.device)).proposedConsumer, who.bob.address);
  await submitOk(api, api.tx.iotAnchors.acceptConsumer(meter.device), who.bob);
  assert.equal((await iot('device', air.device)).status, 'active');
  const bound = await iot('device', meter.device);
  assert.equal(bound.kind, 'meter:water');
  assert.equal(bound.owner, who.ferdie.address);
  assert.equal(bound.consumer, who.bob.address);

  // The gateway subscribes and anchors.
  gateway = spawn(CITY_GATEWAY, ['run', '--broker', `127.0.0.1:${brokerPort}`, '--node', node_,
    '--store', join(dir, 'gateway-store'), '--keys', keys, '--listen', `127.0.0.1:${gatewayPort}`,
    '--batch-size', '16', '--batch-interval-ms', '1500', '--resubmit-ms', '8000'],
  { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, RUST_LOG: process.env.RUST_LOG || 'info' } });
  let gatewayLog = '';
  const gatewayFile = createWriteStream(join(dir, 'gateway.log'));
  gateway.stderr.on('data', (d) => { gatewayLog = (gatewayLog + d).slice(-3000); gatewayFile.write(d); });
  await waitFor('the gateway', async () => gatewayRpc('status').catch(() => null), 20_000, 200);

  const published = [];
  const anchoredAll = async (what, timeoutMs = 90_000) => waitFor(what, async () => {
    const status = await gatewayRpc('status');
    return status.anchored === published.length && status.waiting === 0 && status.pending === 0 && status;
  }, timeoutMs, 500).catch((error) => { throw new Error(`${error.message}\n${gatewayLog.slice(-3000)}`); });

  // 1. Sensors publish; everything is anchored.
  published.push(...await simulate('air.json', 40, 12_000, 150));
  published.push(...await simulate('meter.json', 5, 1_000, 25));
  await anchoredAll('the first readings anchored');
  // The meter's second batch: billed for what it counted since its first.
  published.push(...await simulate('meter.json', 5, 1_125, 25));
  await anchoredAll('the meter\'s second batch anchored');
  const first = await iot('device', air.device);
  assert.ok(first.nextSequence >= 3, `40 readings in batches of 16: ${first.nextSequence} anchors`);
  const anchors = await iot('anchors', air.device);
  assert.equal(anchors.reduce((n, a) => n + a.count, 0), 40);

  // 2. A reading is proven over RPC; the same reading with another value is not.
  const reading = published[17];
  const proof = await gatewayRpc('prove', air.device, reading.timestamp);
  assert.equal(proof.reading.value, reading.value);
  assert.ok(proof.anchoredIn > 0);
  const verdict = await iot('verifyReading', proof.reading, proof.proof);
  assert.equal(verdict.verdict, 'proven');
  assert.equal(verdict.at, proof.anchoredIn);
  assert.equal(verdict.root, proof.root);
  const tampered = await iot('verifyReading', { ...proof.reading, value: proof.reading.value + 1 }, proof.proof);
  assert.equal(tampered.verdict, 'notProven');
  const moved = await iot('verifyReading', { ...proof.reading, index: proof.reading.index ^ 1 }, proof.proof);
  assert.equal(moved.verdict, 'notProven');

  // 3. The node stops; readings keep coming and wait in the gateway; the node restarts on its
  //    base path and the gateway resubmits with the right sequence numbers.
  await node.stop();
  published.push(...await simulate('air.json', 20, 20_000, 10));
  await sleep(3_000);
  const waiting = await gatewayRpc('status');
  assert.equal(waiting.anchored, 50, 'nothing new is anchored while the node is down');
  assert.equal(waiting.received, 70);
  await startChain();
  await anchoredAll('the readings taken while the node was down anchored');

  // 4. The broker stops; a sensor publishes into the void, reconnecting; the broker restarts
  //    with its sessions, and the gateway takes every reading.
  await broker.stop();
  const during = simulate('air.json', 15, 30_000, 5);
  await sleep(2_000);
  broker = await startBroker();
  published.push(...await during);
  await anchoredAll('the readings published across the broker restart anchored');
  // The broker kept the gateway's session (and what was queued for it) across its restart.
  assert.match(readFileSync(join(dir, 'gateway.log'), 'utf8'), /connected to the broker \(session present: true\)/);

  // Nothing lost, each kept once.
  const status = await gatewayRpc('status');
  assert.equal(status.anchored, published.length);
  const final = await iot('device', air.device);
  assert.equal((await iot('anchors', air.device)).reduce((n, a) => n + a.count, 0), 75);
  assert.ok(final.nextSequence >= 6);
  for (const r of [published[0], published[45], published[published.length - 1]]) {
    const device = r === published[45] ? meter.device : air.device;
    const p = await gatewayRpc('prove', device, r.timestamp);
    assert.equal((await iot('verifyReading', p.reading, p.proof)).verdict, 'proven');
  }

  // Bob's meter was billed through CityCoin for the litres it counted after its first anchor.
  const events = await eventsSince(node.api, ['iotAnchors', 'cityCoin']);
  const reported = events.filter((e) => e.section === 'iotAnchors' && e.method === 'MeterReported');
  const units = reported.reduce((n, e) => n + e.data.units.toNumber(), 0);
  const meterAnchors = await iot('anchors', meter.device);
  assert.equal(units, meterAnchors.at(-1).cumulative - meterAnchors[0].cumulative);
  assert.equal((await iot('device', meter.device)).meterTotal, 1_000 + 9 * 25);
  const billed = events.filter((e) => e.section === 'cityCoin' && e.method === 'Billed');
  assert.equal(billed.length, reported.length);
  assert.equal(billed[0].data.consumer.toString(), who.bob.address);
  // The simulated meter counted 125 litres within seconds: far above what a household uses in
  // that time (2,000 l/h), so the bill is held for Bob to settle or dispute, not taken.
  assert.equal(billed[0].data.paid.isFalse, true);
  const held = events.filter((e) => e.section === 'cityCoin' && e.method === 'BillHeld');
  assert.equal(held.length, billed.length);
  const open = await node.api.call.cityCoinApi.openBills(who.bob.address);
  assert.equal(open.length, 1);
  passed = true;
});
