// Every service of docker/docker-compose.yml, started from its own command line natively on
// loopback: no Docker engine runs on the build machines, so this is how a broken flag, path or
// address in the compose file fails a test. Each service gets a directory standing for its
// container's filesystem (its bind mounts copied in, its named volumes empty), free ports for its
// container ports, and the other services' names resolve to loopback; nothing else of its
// command changes. Then: the one-shot key services exit 0, the four validators author and
// finalize, the RPC node answers (safe methods only), the gateway connects to the RPC node and
// to the broker over TLS, the indexer follows the RPC node and serves the portal, and Prometheus, with deploy/monitoring's configuration, scrapes every
// node and the gateway and reads the finalized height rising through its own HTTP API.

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { parse } from 'yaml';
import {
  CITY_NODE, CITY_GATEWAY, CITY_INDEXER, MOSQUITTO, REPO_ROOT, freePort, tempDir, removeDir, waitFor, jsonRpc, rpcAnswers, sleep,
  spawnLogged
} from '../lib/node.mjs';
import { metricsIn, ruleExprs } from '../lib/promql.mjs';

const COMPOSE_DIR = join(REPO_ROOT, 'docker');
const compose = parse(readFileSync(join(COMPOSE_DIR, 'docker-compose.yml'), 'utf8'), { merge: true });
const SERVICES = Object.keys(compose.services);
/** The programs the images run, as this machine has them (Debian's packages, the build's). */
const PROGRAMS = {
  'city-node': CITY_NODE,
  'city-gateway': CITY_GATEWAY,
  'city-indexer': CITY_INDEXER,
  mosquitto: MOSQUITTO,
  '/bin/prometheus': '/usr/bin/prometheus'
};
/** What an image holds besides its program (docker/Dockerfile): the node's chain specs, the portal. */
const IMAGE_FILES = {
  'city-node:local': { '/city/chain-specs': join(REPO_ROOT, 'chain-specs') },
  'city-indexer:local': { '/city/portal': join(REPO_ROOT, 'portal', 'dist') }
};
/** The files the compose file's header has the operator make in docker/ before `up`. */
const OPERATOR_FILES = ['certs', 'gateway-keystore-password'];

const dir = tempDir('city-compose-');
const ports = {};
const running = {};

/** The host port standing for `service`'s container port `port`. */
async function hostPort (service, port) {
  ports[service] ??= {};
  ports[service][port] ??= await freePort();
  return ports[service][port];
}

/** `text` (an argument, a shell command, a mounted file) with `service`'s addresses native. */
async function nativeAddresses (service, text) {
  const names = SERVICES.join('|');
  const replacements = [];
  const collect = (regex, make) => {
    for (const match of text.matchAll(regex)) replacements.push([match[0], make(...match.slice(1))]);
  };
  collect(/\/ip4\/0\.0\.0\.0\/tcp\/(\d+)/g, async (port) => `/ip4/127.0.0.1/tcp/${await hostPort(service, port)}`);
  collect(new RegExp(`/dns/(${names})/tcp/(\\d+)`, 'g'), async (other, port) => `/ip4/127.0.0.1/tcp/${await hostPort(other, port)}`);
  collect(new RegExp(`\\b(${names}):(\\d+)\\b`, 'g'), async (other, port) => `127.0.0.1:${await hostPort(other, port)}`);
  collect(/\b0\.0\.0\.0:(\d+)\b/g, async (port) => `127.0.0.1:${await hostPort(service, port)}`);
  // Mosquitto's listener (its configuration's `listener PORT`), on loopback.
  collect(/^listener (\d+)$/gm, async (port) => `listener ${await hostPort(service, port)} 127.0.0.1`);
  let out = text;
  for (const [from, to] of replacements) out = out.replace(from, await to);
  return out;
}

/** `service`'s container filesystem, as a directory: its image's files and its mounts. */
async function containerRoot (service, spec) {
  const root = join(dir, 'root', service);
  mkdirSync(join(root, 'tmp'), { recursive: true });
  for (const [path, source] of Object.entries(IMAGE_FILES[spec.image] ?? {})) cpSync(source, join(root, path), { recursive: true });
  const mounted = [];
  for (const volume of spec.volumes ?? []) {
    const [source, target] = volume.split(':');
    if (!source.startsWith('.')) {
      // A named volume: empty at first, kept across the service's restarts, shared by the
      // services that mount it (a validator and its key service).
      const shared = join(dir, 'volumes', source);
      mkdirSync(shared, { recursive: true });
      mkdirSync(dirname(join(root, target)), { recursive: true });
      if (!existsSync(join(root, target))) execFileSync('ln', ['-s', shared, join(root, target)]);
      continue;
    }
    const top = source.split('/')[1];
    const host = OPERATOR_FILES.includes(top) ? join(dir, 'docker', source) : resolve(COMPOSE_DIR, source);
    assert.ok(existsSync(host), `${service}: ${source} exists`);
    mounted.push(...copyMount(host, join(root, target)));
  }
  // The mounted configuration's addresses and paths, as the service's command's.
  for (const file of mounted.filter((f) => !/\.(crt|key)$/.test(f))) {
    writeFileSync(file, nativePaths(root, await nativeAddresses(service, readFileSync(file, 'utf8'))));
  }
  return root;
}

/** Copies a mounted file or directory into a container's root; resolves to the files copied. */
function copyMount (from, to) {
  if (statSync(from).isDirectory()) return readdirSync(from).flatMap((name) => copyMount(join(from, name), join(to, name)));
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
  return [to];
}

/** `text` with the container paths under `root`'s top directories moved under `root`. */
function nativePaths (root, text) {
  const tops = readdirSync(root).map((name) => `/${name}`);
  // A path starts a word, a value (`--flag=/x`, `sqlite:/x`) or a quoted string.
  return text.replace(/(^|[\s=,'":])(\/[\w.-]+)(\/[\w./-]*)?/gm, (match, lead, top, rest = '') =>
    tops.includes(top) ? `${lead}${root}${top}${rest}` : match);
}

/** `service`'s command line natively: its program, its container paths under `root`. */
async function commandLine (service, spec, root) {
  const program = { 'city-node:local': 'city-node', 'city-gateway:local': 'city-gateway', 'city-indexer:local': 'city-indexer' }[spec.image] ?? null;
  const argv = [...(spec.entrypoint ?? [program]), ...(spec.command ?? [])];
  assert.ok(argv[0], `${service} runs a program`);
  const paths = (arg) => nativePaths(root, arg);
  const programs = (arg) => arg.replace(/(^|&&\s*|exec\s+)(city-node|city-gateway|city-indexer|mosquitto)\b/g, (_, lead, name) => `${lead}${PROGRAMS[name]}`);
  const native = [];
  for (const arg of argv.slice(1)) native.push(programs(paths(await nativeAddresses(service, String(arg)))));
  // A port flag's value is the container's port.
  for (const flag of ['--rpc-port', '--prometheus-port']) {
    const at = native.indexOf(flag);
    if (at >= 0) native[at + 1] = String(await hostPort(service, native[at + 1]));
  }
  return [PROGRAMS[argv[0]] ?? argv[0], ...native];
}

/** Starts `service` (its log in the test's directory); resolves to its process. */
async function start (service) {
  const spec = compose.services[service];
  const root = await containerRoot(service, spec);
  if (service === 'mosquitto') {
    // The shipped configuration has the broker drop to the `mosquitto` user when started as
    // root: here it stays the test's user.
    const conf = join(root, 'etc/mosquitto/city/mosquitto.conf');
    writeFileSync(conf, `${readFileSync(conf, 'utf8')}\nuser ${userInfo().username}\n`);
  }
  const [program, ...args] = await commandLine(service, spec, root);
  running[service] = { ...spawnLogged(service, program, args, join(dir, `${service}.log`), { cwd: root }), root };
  return running[service];
}

/** The services in the order compose starts them: each after what it depends on. */
function startOrder () {
  const order = [];
  const visit = (name) => {
    if (order.includes(name)) return;
    const deps = compose.services[name].depends_on ?? [];
    for (const dep of Array.isArray(deps) ? deps : Object.keys(deps)) visit(dep);
    order.push(name);
  };
  SERVICES.forEach(visit);
  return order;
}

/** A Prometheus instant query; resolves to its result vector. */
async function prometheus (query) {
  const url = `http://127.0.0.1:${await hostPort('prometheus', 9090)}/api/v1/query?query=${encodeURIComponent(query)}`;
  const answer = await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).json();
  assert.equal(answer.status, 'success', JSON.stringify(answer));
  return answer.data.result;
}

before(async () => {
  // What the operator makes before `up`: the compose file's header's own commands, run from a
  // copy of the repository's root whose docker/ is this test's (the broker's certificates, the
  // gateway keystore's password; the chown for the image's user is left out, as nothing here
  // runs as that user).
  const header = readFileSync(join(COMPOSE_DIR, 'docker-compose.yml'), 'utf8').match(/^(#.*\n)+/)[0];
  const commands = [...header.matchAll(/^# {3}(.+)$/gm)].map(([, command]) => command)
    .filter((command) => !/^(sudo|docker) /.test(command));
  assert.equal(commands.length, 2, commands.join('\n'));
  const root = join(dir, 'repo');
  mkdirSync(join(root, 'gateway'), { recursive: true });
  execFileSync('ln', ['-s', join(REPO_ROOT, 'gateway/deploy'), join(root, 'gateway/deploy')]);
  execFileSync('ln', ['-s', join(dir, 'docker'), join(root, 'docker')]);
  mkdirSync(join(dir, 'docker'), { recursive: true });
  for (const command of commands) execFileSync('bash', ['-c', command], { cwd: root, stdio: 'ignore', timeout: 60_000 });
  // The broker's certificate holds the name the gateway reaches it by in the compose network.
  const server = join(dir, 'docker/certs/server.crt');
  assert.match(execFileSync('openssl', ['x509', '-in', server, '-noout', '-checkhost', 'mosquitto'], { encoding: 'utf8' }), /does match/);
  assert.ok(readFileSync(join(dir, 'docker/gateway-keystore-password'), 'utf8').trim().length >= 32);
}, 120_000);

after(async () => {
  for (const { child, exit } of Object.values(running)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      await Promise.race([exit, sleep(20_000)]);
      child.kill('SIGKILL');
    }
  }
  removeDir(dir);
}, 120_000);

test('every compose service starts from its own command line, natively, and does its job', 420_000, async () => {
  // The validators keep RPC on their own loopback; the RPC node serves the public.
  const validators = ['alice', 'bob', 'charlie', 'dave'];
  for (const name of validators) {
    assert.ok(compose.services[name].command.includes('--validator'), `${name} validates`);
    assert.ok(!compose.services[name].command.some((a) => /^--(unsafe-)?rpc-external$/.test(a)), `${name}'s RPC is not external`);
    assert.equal(compose.services[name].ports, undefined, `${name} publishes no port`);
  }
  assert.ok(compose.services.rpc.command.includes('--rpc-external'));
  assert.deepEqual(compose.services.rpc.command.slice(compose.services.rpc.command.indexOf('--rpc-methods'), compose.services.rpc.command.indexOf('--rpc-methods') + 2), ['--rpc-methods', 'safe']);

  const order = startOrder();
  assert.deepEqual(order.filter((s) => s.endsWith('-keys')).length, 4);
  for (const service of order) {
    const spec = compose.services[service];
    const started = await start(service);
    if (spec.restart === 'no') {
      const { code } = await Promise.race([started.exit, sleep(60_000).then(() => ({ code: 'timeout' }))]);
      assert.equal(code, 0, `${service} exits 0 (log: ${started.logPath})`);
    }
  }
  const exitedEarly = Object.entries(running).filter(([name, { child }]) => compose.services[name].restart !== 'no' && child.exitCode !== null);
  assert.deepEqual(exitedEarly.map(([name]) => name), [], 'no long-running service exited');

  // The validators author and finalize; each serves RPC on its loopback port.
  const rpc = async (service, method, params = []) => jsonRpc(await hostPort(service, 9944), method, params);
  for (const name of [...validators, 'rpc']) {
    await waitFor(`${name}'s RPC`, async () => {
      const { child, logPath } = running[name];
      if (child.exitCode !== null) {
        await sleep(500); // its last words reach the log
        throw new Error(`${name} exited ${child.exitCode}: ${readFileSync(logPath, 'utf8').trim().split('\n').slice(-3).join(' | ')}`);
      }
      return rpcAnswers(await hostPort(name, 9944));
    }, 60_000, 500);
  }
  const finalized = async (name) => Number((await rpc(name, 'chain_getHeader', [await rpc(name, 'chain_getFinalizedHead')])).number);
  await waitFor('the validators to finalize block 3', async () => (await Promise.all(validators.map(finalized))).every((n) => n >= 3), 120_000, 1_000);
  // The RPC node follows them, and refuses what is unsafe from outside.
  await waitFor('the RPC node to follow', async () => (await finalized('rpc')) >= 3, 60_000, 1_000);
  assert.equal((await rpc('rpc', 'system_health')).isSyncing, false);
  await assert.rejects(rpc('rpc', 'author_rotateKeys'), /unsafe|not allowed|Method not found/i);
  // A validator's operator, on the machine itself, makes new session keys (docs/validator.md):
  // Aura's and GRANDPA's public keys, 32 bytes each, now in its keystore.
  const rotated = await rpc('alice', 'author_rotateKeys');
  assert.match(rotated, /^0x[0-9a-f]{128}$/);
  assert.equal(await rpc('alice', 'author_hasSessionKeys', [rotated]), true);
  assert.equal(await rpc('bob', 'author_hasSessionKeys', [rotated]), false, 'in Alice\'s keystore only');

  // The gateway: connected to the RPC node (it reads the genesis before it subscribes) and
  // subscribed at the broker over TLS with its client certificate.
  const gatewayPort = await hostPort('gateway', 9955);
  await waitFor('the gateway to subscribe at the broker', async () => {
    try {
      return (await jsonRpc(gatewayPort, 'gateway_status')).subscribed === true;
    } catch {
      return false;
    }
  }, 60_000, 500);

  // The indexer follows the RPC node's finalized blocks and serves the ledger API and the portal.
  const indexerUrl = `http://127.0.0.1:${await hostPort('indexer', 8090)}`;
  await waitFor('the indexer to index block 3', async () => {
    const status = await fetch(`${indexerUrl}/v1/status`).then((r) => r.json()).catch(() => ({}));
    return status.node_connected && status.last_block >= 3;
  }, 90_000, 1_000);
  const portal = await fetch(`${indexerUrl}/`);
  assert.equal(portal.status, 200);
  assert.match(await portal.text(), /<title>City Chain/);

  // Prometheus scrapes every node and the gateway, and sees finality advance on each node.
  const heights = async () => Object.fromEntries((await prometheus('substrate_block_height{status="finalized"}'))
    .map(({ metric, value }) => [metric.instance, Number(value[1])]));
  const nodes = ['alice', 'bob', 'charlie', 'dave', 'rpc'];
  const instances = await Promise.all(nodes.map(async (n) => `127.0.0.1:${await hostPort(n, 9615)}`));
  let first;
  await waitFor('Prometheus to scrape every node', async () => {
    first = await heights();
    return instances.every((i) => i in first);
  }, 90_000, 2_000);
  await waitFor('the finalized height to rise in Prometheus on every node', async () => {
    const now = await heights();
    return instances.every((i) => now[i] > first[i]);
  }, 120_000, 2_000);
  const up = await prometheus('up');
  assert.deepEqual(up.map(({ metric }) => metric.job).sort(), ['gateway', 'rpc', 'validators', 'validators', 'validators', 'validators']);
  assert.deepEqual(up.filter(({ value }) => value[1] !== '1').map(({ metric }) => metric.instance), [], 'every target up');
  const authored = await prometheus('substrate_proposer_block_constructed_count{job="validators"}');
  assert.equal(authored.filter(({ value }) => Number(value[1]) > 0).length, 4, 'each validator authored');
  // Every metric the alert rules and the dashboard read is one a node or the gateway exports.
  const exported = (await Promise.all(['alice', 'gateway'].map(async (name) => {
    const port = await hostPort(name, name === 'gateway' ? 9616 : 9615);
    return (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  }))).join('\n');
  const dashboard = JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/monitoring/grafana-dashboard.json'), 'utf8'));
  const read = [...ruleExprs(readFileSync(join(REPO_ROOT, 'deploy/monitoring/alerts.yml'), 'utf8')),
    ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr))].flatMap(metricsIn);
  assert.deepEqual([...new Set(read)].filter((name) => name !== 'up' && !new RegExp(`^${name}[{ ]`, 'm').test(exported)), [],
    'metrics no exporter has');
  // The alert rules loaded, and on this healthy network none is even pending, but the one about
  // authorship, which may be while a validator's first samples show no increase yet: not firing.
  const rules = await (await fetch(`http://127.0.0.1:${await hostPort('prometheus', 9090)}/api/v1/rules`)).json();
  assert.equal(rules.data.groups[0].rules.length, 8);
  const states = rules.data.groups[0].rules.map((r) => [r.name, r.state]);
  assert.deepEqual(states.filter(([name, state]) => state !== 'inactive' && !(name === 'CityValidatorNotAuthoring' && state === 'pending')), []);
});
