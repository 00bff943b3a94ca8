// The ledger indexer (city-indexer) and a PostgreSQL server of the test's own, for the tests of
// the indexer and of the portal.

import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CITY_INDEXER, freePort, spawnLogged, tempDir, waitFor } from './node.mjs';

const isRoot = process.getuid && process.getuid() === 0;

/**
 * Starts a PostgreSQL server (Debian's, scripts/setup.sh installs it) in a temp dir on a free
 * loopback port, as the `postgres` user when run as root (it refuses root). Returns { url,
 * stop() }. The database sorts text byte by byte (`--no-locale`), as SQLite does. Its log is in
 * its own directory (the `postgres` user's), named in the error if it does not start.
 */
export async function startPostgres () {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [];
  const bin = versions.map((v) => join('/usr/lib/postgresql', v, 'bin')).find((b) => existsSync(join(b, 'initdb')));
  if (!bin) throw new Error('PostgreSQL is not installed: scripts/setup.sh installs Debian\'s postgresql');
  const dir = tempDir('city-postgres-');
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const run = (program, args) => isRoot
    ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { stdio: 'pipe' })
    : execFileSync(join(bin, program), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'city', '--no-sync', '--no-locale', '-E', 'UTF8']);
  const port = await freePort();
  try {
    run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-l', join(dir, 'postgres.log'), '-w', '-t', '60', 'start']);
  } catch (e) {
    throw new Error(`PostgreSQL did not start (its log: ${join(dir, 'postgres.log')}): ${e.message}`);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try { run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']); } catch {}
    rmSync(dir, { recursive: true, force: true });
  };
  // pg_ctl leaves the server running on its own: stop it however this process ends.
  process.on('exit', stop);
  return { url: `postgres://city@127.0.0.1:${port}/postgres`, stop };
}

/**
 * Starts city-indexer following `nodeUrl` into `database` (sqlite:PATH or a PostgreSQL URL),
 * its API on a free port (or `port`). Returns { url, port, process, exit, exited, kill(signal) }.
 */
export async function startIndexer (name, { nodeUrl, database, logDir, port: fixedPort, extra = [] }) {
  const port = fixedPort || await freePort();
  const logPath = join(logDir || tempDir('city-log-'), `${name}.log`);
  const args = ['--node', nodeUrl, '--database', database, '--listen', `127.0.0.1:${port}`, '--poll-ms', '250', ...extra];
  const { child, exit, exited } = spawnLogged(name, CITY_INDEXER, args, logPath, { env: { ...process.env, RUST_LOG: 'info' } });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${name}'s API on ${url} (log: ${logPath})`, async () => {
    if (exited()) throw new Error(`${name} exited (${JSON.stringify(exited())}), see ${logPath}`);
    return fetch(`${url}/v1/status`).then((r) => r.ok).catch(() => false);
  }, 30_000, 200);
  return {
    url,
    port,
    process: child,
    exit,
    exited,
    kill: async (signal = 'SIGTERM') => {
      if (!exited()) child.kill(signal);
      await exit;
    }
  };
}

/** GET `path` of a ledger API: { status, body (parsed JSON, or text for CSV) }. */
export async function ledgerGet (url, path) {
  const response = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  const json = (response.headers.get('content-type') || '').includes('json');
  return { status: response.status, body: json ? JSON.parse(text) : text };
}

/** Waits until the indexer at `url` has indexed block `number`. */
export async function indexedUpTo (url, number, timeoutMs = 90_000) {
  return waitFor(`the indexer at ${url} to index block ${number}`,
    async () => {
      const { body } = await ledgerGet(url, '/v1/status').catch(() => ({ body: {} }));
      return body.last_block >= number ? body : null;
    }, timeoutMs, 250, () => ledgerGet(url, '/v1/status').then((r) => r.body));
}
