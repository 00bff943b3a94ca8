// @substrate/api-sidecar, the REST service exchanges, custodians and explorers put in front of a
// Substrate node. Pinned in e2e/package.json at 18.0.0, the newest on npm here, which declares
// @polkadot/api 10 (older than extrinsic format 5); the root package.json overrides that to the
// workspace's @polkadot/api 16.5.6, so Sidecar decodes blocks as @polkadot/api does. Started
// with @city-chain/api's types bundle (the city's RPC methods and transaction extensions).

import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typesBundle } from '@city-chain/api';
import { freePort, tempDir, waitFor, spawnLogged } from './node.mjs';

const PACKAGE = fileURLToPath(import.meta.resolve('@substrate/api-sidecar/package.json'));
const SIDECAR = join(dirname(PACKAGE), 'build/src/main.js');

/** The version of the Sidecar package installed. */
export const SIDECAR_VERSION = JSON.parse(readFileSync(PACKAGE, 'utf8')).version;

/**
 * Starts Sidecar on a free port in front of the node whose RPC is on `rpcPort`; resolves when it
 * serves. Returns { port, logPath, get(path), stop() }; `get` resolves to the parsed JSON of a
 * 200 answer and throws on any other, with its body.
 */
export async function startSidecar (rpcPort, { logDir = tempDir('city-sidecar-') } = {}) {
  const port = await freePort();
  const bundle = join(logDir, 'city-types-bundle.json');
  writeFileSync(bundle, JSON.stringify(typesBundle));
  const { child, exit, exited, logPath } = spawnLogged('sidecar', process.execPath, [SIDECAR], join(logDir, 'sidecar.log'), {
    env: {
      ...process.env,
      SAS_SUBSTRATE_URL: `ws://127.0.0.1:${rpcPort}`,
      SAS_SUBSTRATE_TYPES_BUNDLE: bundle,
      SAS_EXPRESS_BIND_HOST: '127.0.0.1',
      SAS_EXPRESS_PORT: String(port)
    }
  });

  async function get (path, timeoutMs = 30_000) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`Sidecar ${path}: ${response.status} ${body}`);
    return JSON.parse(body);
  }

  await waitFor(`Sidecar on port ${port} (log: ${logPath})`, async () => {
    if (exited()) throw new Error(`Sidecar exited, see ${logPath}`);
    return get('/node/version', 2_000).then(() => true, () => false);
  }, 60_000, 250);

  return {
    port,
    logPath,
    get,
    async stop () {
      if (!exited()) child.kill('SIGTERM');
      await exit;
    }
  };
}
