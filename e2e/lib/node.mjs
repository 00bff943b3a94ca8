// Starting and stopping city-node, and talking to it with @polkadot/api as a wallet does.

import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WsProvider, Keyring } from '@polkadot/api';
import { createCityApi } from '@city-chain/api';
import { checkCityRpc } from './rpc-check.mjs';
import { watchLog, killOnExit } from './harness.mjs';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TARGET_DIR = process.env.CARGO_TARGET_DIR || join(process.env.HOME, '.cache/city-chain/target');
export const CITY_NODE = process.env.CITY_NODE || join(TARGET_DIR, 'release/city-node');
export const CITY_GATEWAY = process.env.CITY_GATEWAY || join(TARGET_DIR, 'release/city-gateway');
export const CITY_INDEXER = process.env.CITY_INDEXER || join(TARGET_DIR, 'release/city-indexer');
/** The runtime's wasm as the build leaves it, the one `city-node` carries for its chains. */
export const CITY_RUNTIME_WASM = process.env.CITY_RUNTIME_WASM ||
  join(TARGET_DIR, 'release/wbuild/city-runtime/city_runtime.compact.compressed.wasm');
export const CITY_RUNTIME_NEXT_WASM = process.env.CITY_RUNTIME_NEXT_WASM ||
  join(TARGET_DIR, 'release/wbuild/city-runtime-next/city_runtime_next.compact.compressed.wasm');

export const CITY = 10n ** 12n;
/** Debian's mosquitto (scripts/setup.sh installs it). */
export const MOSQUITTO = existsSync('/usr/sbin/mosquitto') ? '/usr/sbin/mosquitto' : 'mosquitto';

/** Fails naming every flag of `flags` that `helpText` (a program's `--help`) does not document. */
export function assertFlagsExist (flags, helpText, where) {
  const missing = flags.filter((flag) => !new RegExp(`\\s${flag}[\\s=<,]`).test(helpText));
  assert.deepEqual(missing, [], `${where}: flags the program does not take`);
}

/**
 * Starts `program` with `args` (`options`: spawn's), its output to `logPath`, watched (its tail
 * printed if the test fails) and killed if this process ends first. Returns { child, exit (a
 * promise of { code, signal }), exited() (that, or null while it runs), logPath }.
 */
export function spawnLogged (name, program, args, logPath, options = {}) {
  const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  killOnExit(child);
  const log = createWriteStream(logPath);
  watchLog(name, logPath);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));
  return { child, exit, exited: () => exited, logPath };
}

/** A TCP port nobody listens on, on loopback. */
export function freePort () {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function tempDir (prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it returns something truthy, or fails after `timeoutMs`. `seen`, if
 * given, says what was there instead (its answer, cut to 2,000 characters, ends the error).
 */
export async function waitFor (what, check, timeoutMs = 60_000, everyMs = 500, seen = null) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) {
      let instead = '';
      if (seen) {
        const last = await Promise.resolve().then(seen).catch((e) => `(unknown: ${e.message})`);
        instead = `; instead: ${(typeof last === 'string' ? last : JSON.stringify(last)).slice(0, 2_000)}`;
      }
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${instead}`);
    }
    await sleep(everyMs);
  }
}

/**
 * Starts city-node with `args` (e.g. ['--dev', '--tmp']) on free loopback ports, and
 * connects @polkadot/api to it (`rpcPort` to keep a port across a restart; `prometheusPort` to
 * serve metrics, off otherwise; `readyTimeoutMs` for its RPC to answer). Returns
 * { api, rpcPort, p2pPort, process, log, stop(signal) }.
 */
export async function startNode (args, { name = 'node', logDir, rpcPort: fixedPort, prometheusPort, readyTimeoutMs = 120_000 } = {}) {
  const rpcPort = fixedPort || await freePort();
  const p2pPort = await freePort();
  const fullArgs = [
    ...args,
    '--rpc-port', String(rpcPort),
    '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
    ...(prometheusPort ? ['--prometheus-port', String(prometheusPort)] : ['--no-prometheus']),
    '--no-telemetry', '--no-mdns'
  ];
  const logPath = join(logDir || tempDir('city-log-'), `${name}.log`);
  const { child, exit, exited } = spawnLogged(name, CITY_NODE, fullArgs, logPath);

  await waitFor(`${name}'s RPC on port ${rpcPort} (log: ${logPath})`, async () => {
    if (exited()) throw new Error(`${name} exited (${JSON.stringify(exited())}), see ${logPath}`);
    return rpcAnswers(rpcPort);
  }, readyTimeoutMs, 250);
  const api = await apiAt(rpcPort);

  return {
    api,
    rpcPort,
    p2pPort,
    logPath,
    process: child,
    exit,
    /** Disconnects and stops the node; resolves to the milliseconds it took to exit. */
    async stop (signal = 'SIGINT', timeoutMs = 30_000) {
      await api.disconnect().catch(() => {});
      if (exited()) return 0;
      const started = Date.now();
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exit;
      clearTimeout(timer);
      return Date.now() - started;
    }
  };
}

/**
 * Calls JSON-RPC `method` over plain HTTP on `port` (of `host`), as any client would; answers
 * the result, throws the error. Gives up after `timeoutMs`, so nothing waits forever.
 */
export async function jsonRpc (port, method, params = [], timeoutMs = 10_000, host = '127.0.0.1') {
  const response = await fetch(`http://${host}:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }),
    signal: AbortSignal.timeout(timeoutMs)
  });
  const { result, error } = await response.json();
  if (error) throw new Error(`${method}: ${error.code} ${error.message}${error.data ? `: ${error.data}` : ''}`);
  return result;
}

/** Whether a JSON-RPC server answers on `port` (of `host`). */
export async function rpcAnswers (port, host = '127.0.0.1') {
  try {
    await jsonRpc(port, 'system_health', [], 2_000, host);
    return true;
  } catch {
    return false;
  }
}

/**
 * @polkadot/api on a node whose RPC already answers on `port` (of `host`), through the city's
 * typed client (clients/js): the city's RPC methods and transaction extensions declared, each
 * city RPC answer held to the node's JSON (lib/rpc-check.mjs).
 */
async function apiAt (port, host = '127.0.0.1') {
  const api = await createCityApi(new WsProvider(`ws://${host}:${port}`), { throwOnConnect: true });
  return checkCityRpc(api, port, (at, method, params) => jsonRpc(at, method, params, 10_000, host));
}

/** Waits for a node's RPC on `port` (of `host`), then connects @polkadot/api to it. */
export async function connect (port, host = '127.0.0.1') {
  await waitFor(`RPC on ${host}:${port}`, () => rpcAnswers(port, host), 120_000, 500);
  return apiAt(port, host);
}

/** The dev accounts, as a wallet derives them. */
export function devAccounts () {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
  return Object.fromEntries(names.map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]));
}

/**
 * The options that sign a transaction immortal (valid at any block of the chain, no block hash
 * fetched) with `nonce`, for `tx.sign(pair, options)`: the load tools sign thousands beforehand.
 */
export function immortal (api, nonce) {
  return {
    blockHash: api.genesisHash,
    genesisHash: api.genesisHash,
    era: 0,
    nonce,
    runtimeVersion: api.runtimeVersion,
    signedExtensions: api.registry.signedExtensions
  };
}

/** The explanation of a dispatch error, from metadata. */
export function explain (api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}: ${docs.join(' ')}`;
  }
  return dispatchError.toString();
}

/**
 * Signs and submits `tx` as `signer`, resolving once it is in a block with its events
 * ({ blockHash, events, dispatchError }). Rejects if the pool refuses it.
 */
export function submit (api, tx, signer, options = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    tx.signAndSend(signer, options, (result) => {
      if (result.status.isInBlock) {
        unsubscribe();
        resolve({
          blockHash: result.status.asInBlock,
          events: result.events,
          dispatchError: result.dispatchError ? explain(api, result.dispatchError) : null
        });
      } else if (result.isError) {
        unsubscribe();
        reject(new Error(`transaction ${result.status.type}`));
      }
    }).then((u) => { unsubscribe = u; }).catch(reject);
  });
}

/**
 * Submits the signed transaction `tx` (or its hex) and resolves to the hash of the block that
 * includes it, watching its status only (nothing is decoded, so it holds across a runtime
 * upgrade). Rejects if the pool refuses or drops it.
 */
export function inBlock (api, tx) {
  return new Promise((resolve, reject) => {
    api.rpc.author.submitAndWatchExtrinsic(tx, (status) => {
      if (status.isInBlock) resolve(status.asInBlock.toHex());
      else if (status.isInvalid || status.isDropped || status.isUsurped) reject(new Error(status.type));
    }).catch(reject);
  });
}

/** The pool's refusal message for the signed transaction `hex`; fails if the pool takes it. */
export async function refusal (api, hex) {
  try {
    await api.rpc.author.submitExtrinsic(hex);
  } catch (error) {
    return error.message;
  }
  throw new Error('the node accepted the transaction');
}

/** Submits and insists the dispatch succeeded. */
export async function submitOk (api, tx, signer, options) {
  const result = await submit(api, tx, signer, options);
  if (result.dispatchError) throw new Error(`${tx.method.section}.${tx.method.method} failed: ${result.dispatchError}`);
  return result;
}

/** The event `section.method` among `events`, or a failure naming what was there. */
export function findEvent (events, section, method) {
  const found = events.find(({ event }) => event.section === section && event.method === method);
  if (!found) {
    const there = events.map(({ event }) => `${event.section}.${event.method}`).join(', ');
    throw new Error(`no ${section}.${method} among ${there}`);
  }
  return found.event;
}

/** Submits `txs` ([signer, tx] pairs) together, so that they land in one block. */
export async function together (api, txs) {
  const numbered = await withChainNonces(api, txs);
  return Promise.all(numbered.map(([signer, tx, nonce]) => submit(api, tx, signer, { nonce })));
}

/**
 * Numbers [signer, tx] pairs for submitting together: each signer's first from its next nonce
 * on chain (pool included), the rest counting up. Resolves to [signer, tx, nonce] triples.
 */
export async function withChainNonces (api, txs) {
  const nonces = new Map();
  const numbered = [];
  for (const [signer, tx] of txs) {
    if (!nonces.has(signer.address)) {
      nonces.set(signer.address, (await api.rpc.system.accountNextIndex(signer.address)).toNumber());
    }
    const nonce = nonces.get(signer.address);
    nonces.set(signer.address, nonce + 1);
    numbered.push([signer, tx, nonce]);
  }
  return numbered;
}

/**
 * A motion of a collective as its members' wallets make it: `proposer` proposes `call` with
 * `threshold`, `ayes` vote for it together, `closer` closes it. Resolves to the close's
 * result; fails unless the motion was executed and its call succeeded.
 */
export async function motion (api, { collective, threshold, call, ayes, proposer, closer }) {
  const length = call.method.encodedLength;
  const index = (await api.query[collective].proposalCount()).toNumber();
  await submitOk(api, api.tx[collective].propose(threshold, call, length), proposer);
  await together(api, ayes.map((signer) => [signer, api.tx[collective].vote(call.method.hash, index, true)]));
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call.method, length);
  const closed = await submitOk(api, api.tx[collective].close(call.method.hash, index, weight, length), closer);
  const executed = findEvent(closed.events, collective, 'Executed');
  if (!executed.data.result.isOk) {
    throw new Error(`${collective} motion failed: ${executed.data.result.toString()}`);
  }
  return closed;
}

/**
 * Waits until democracy's next launch (every `launch` blocks, from `city_governancePeriods`) is
 * more than `blocks` blocks away. A launch turns the council's external proposal into a
 * referendum of its own, so a fast-track of it made in between would find no proposal: a test
 * that brings and fast-tracks one within `blocks` blocks starts here.
 */
export async function clearOfLaunch (api, blocks) {
  const period = (await api.rpc.city.governancePeriods()).launch.toNumber();
  if (blocks >= period) throw new Error(`${blocks} blocks never fit between launches every ${period} blocks`);
  await waitFor(`democracy's next launch more than ${blocks} blocks away`,
    async () => period - ((await bestNumber(api)) % period) > blocks, (blocks + 2) * 6_000 + 30_000, 500);
}

export async function freeBalance (api, address) {
  const { data } = await api.query.system.account(address);
  return data.free.toBigInt();
}

export async function bestNumber (api) {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

export async function finalizedNumber (api) {
  const hash = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

/**
 * Runs a repo script, returning its output; throws with its output if it fails or outlasts
 * `timeoutMs` (it blocks the event loop, so no test timer could stop it).
 */
export function runScript (script, args = [], env = {}, timeoutMs = 120_000) {
  return execFileSync(join(REPO_ROOT, 'scripts', script), args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL'
  });
}

export function removeDir (dir) {
  rmSync(dir, { recursive: true, force: true });
}
