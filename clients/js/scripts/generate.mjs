// Generates @city-chain/api's types from the runtime: starts a dev city-node ($CITY_NODE),
// reads its metadata (V15: with the runtime APIs), writes metadata.json, and runs
// @polkadot/typegen over it and src/definitions.js into src/interfaces/.
//
//   generate.mjs           write them
//   generate.mjs --check   generate into a temporary directory and fail, naming the files, if
//                          the committed ones differ (the runtime or the definitions changed
//                          and nobody regenerated them)
//
// Run with Node.js 22 (typegen imports src/interfaces/definitions.ts): scripts/client-types.sh.

import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactFromU8a, hexToU8a, u8aToHex } from '@polkadot/util';
import { CITY_NODE, freePort, jsonRpc, waitFor } from '../../../e2e/lib/node.mjs';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const TYPEGEN = dirname(fileURLToPath(import.meta.resolve('@polkadot/typegen/package.json')));

/** The dev runtime's metadata V15, as the hex `state_getMetadata` would answer. */
async function metadataV15 () {
  const rpcPort = await freePort();
  const node = spawn(CITY_NODE, ['--dev', '--tmp', '--rpc-port', String(rpcPort), '--listen-addr',
    `/ip4/127.0.0.1/tcp/${await freePort()}`, '--no-prometheus', '--no-telemetry', '--no-mdns'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => node.on('exit', resolve));
  try {
    await waitFor(`${CITY_NODE}'s RPC`, () => jsonRpc(rpcPort, 'system_health', [], 2_000).then(() => true, () => false), 60_000, 250);
    // Option<OpaqueMetadata>: 1 for Some, then the compact length of the bytes.
    const answer = hexToU8a(await jsonRpc(rpcPort, 'state_call', ['Metadata_metadata_at_version', '0x0f000000']));
    if (answer[0] !== 1) throw new Error('the runtime offers no metadata V15');
    const [offset, length] = compactFromU8a(answer.subarray(1));
    return u8aToHex(answer.subarray(1 + offset, 1 + offset + length.toNumber()));
  } finally {
    node.kill('SIGINT');
    await exited;
  }
}

/** Runs typegen's command `bin` in `cwd` with `args`. */
function typegen (bin, cwd, args) {
  // Its output only when it fails: it logs the registry's warnings on an unknown extension, as
  // its own registry is not the package's. It exits 0 when it cannot load the definitions (it
  // logs `ERROR: ...` and goes on without them): that is a failure too.
  let output;
  try {
    output = execFileSync(process.execPath, [join(TYPEGEN, 'scripts', `${bin}.mjs`), ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${bin} failed:\n${error.stdout}\n${error.stderr}`);
  }
  if (/^ERROR:/m.test(output)) throw new Error(`${bin} failed:\n${output}`);
}

/**
 * Adds the imports typegen leaves out to its files in `dir`: the metadata's types (declared in
 * types-lookup.ts as `@polkadot/types/lookup`) that the city's definitions name, and the
 * runtime's call, which typegen names `CityRuntimeRuntimeCall` in the runtime APIs' parameters
 * and @polkadot/api types as `Call`.
 */
function importLookupTypes (dir) {
  const lookup = new Set([...readFileSync(join(dir, 'types-lookup.ts'), 'utf8').matchAll(/^ {2}interface (\w+) extends/gm)].map(([, name]) => name));
  for (const file of files(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('lookup.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const imported = new Set([...text.matchAll(/^import type \{([^}]*)\} from '@polkadot\/types\/lookup';$/gm)]
      .flatMap(([, names]) => names.split(',').map((n) => n.trim())));
    const missing = [...new Set([...text.matchAll(/\b[A-Z]\w+\b/g)].map(([name]) => name))]
      .filter((name) => lookup.has(name) && !imported.has(name)).sort();
    const imports = [
      ...(missing.length ? [`import type { ${missing.join(', ')} } from '@polkadot/types/lookup';`] : []),
      ...(/\bCityRuntimeRuntimeCall\b/.test(text) ? ['import type { Call as CityRuntimeRuntimeCall } from \'@polkadot/types/interfaces/runtime\';'] : [])
    ];
    if (imports.length) {
      const first = text.indexOf('\nimport ') + 1;
      writeFileSync(join(dir, file), text.slice(0, first) + imports.map((line) => `${line}\n`).join('') + text.slice(first));
    }
  }
}

/** The files under `dir`, relative to it. */
function files (dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

const metadata = JSON.stringify({ result: await metadataV15() }, null, 1) + '\n';
// Generated into a copy of the package's sources (definitions included), then compared or kept.
const work = mkdtempSync(join(tmpdir(), 'city-client-types-'));
try {
  // The definitions, and an empty directory for each module's generated types.
  mkdirSync(join(work, 'src/interfaces'), { recursive: true });
  cpSync(join(PACKAGE, 'src/definitions.js'), join(work, 'src/definitions.js'));
  cpSync(join(PACKAGE, 'src/interfaces/definitions.ts'), join(work, 'src/interfaces/definitions.ts'));
  const { modules } = await import(join(PACKAGE, 'src/definitions.js'));
  // typegen reads the modules src/interfaces/definitions.ts exports: the same as definitions.js's.
  const exported = Object.keys(await import(join(PACKAGE, 'src/interfaces/definitions.ts'))).sort();
  if (exported.join() !== Object.keys(modules).sort().join()) {
    throw new Error(`src/interfaces/definitions.ts exports ${exported.join(', ')}; definitions.js's modules are ${Object.keys(modules).join(', ')}`);
  }
  for (const name of Object.keys(modules)) mkdirSync(join(work, 'src/interfaces', name));
  writeFileSync(join(work, 'metadata.json'), metadata);
  const pkg = '@city-chain/api/interfaces';
  typegen('polkadot-types-from-defs', work, ['--input', 'src/interfaces', '--package', pkg, '--endpoint', 'metadata.json']);
  typegen('polkadot-types-from-chain', work, ['--output', 'src/interfaces', '--package', pkg, '--endpoint', 'metadata.json']);
  importLookupTypes(join(work, 'src/interfaces'));
  const generated = ['metadata.json', ...files(join(work, 'src/interfaces')).map((f) => join('src/interfaces', f))];
  if (check) {
    const committed = ['metadata.json', ...files(join(PACKAGE, 'src/interfaces')).map((f) => join('src/interfaces', f))];
    const stale = [...new Set([...generated, ...committed])].filter((f) => {
      try {
        return readFileSync(join(work, f), 'utf8') !== readFileSync(join(PACKAGE, f), 'utf8');
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(`clients/js is stale against the runtime: ${stale.join(', ')} (run scripts/client-types.sh)`);
      process.exitCode = 1;
    } else {
      console.log(`clients/js's ${generated.length} generated files match the runtime's metadata`);
    }
  } else {
    rmSync(join(PACKAGE, 'src/interfaces'), { recursive: true });
    cpSync(join(work, 'src/interfaces'), join(PACKAGE, 'src/interfaces'), { recursive: true });
    cpSync(join(work, 'metadata.json'), join(PACKAGE, 'metadata.json'));
    console.log(`wrote clients/js's ${generated.length} generated files`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
