// No Docker engine runs on the build machines: the images are checked statically here (every
// city-node flag the node image uses exists, every path it names is in the repo, the boot node's
// peer id is the one its node key gives), and every compose service's command runs natively in
// compose.test.mjs.

import { test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, CITY_NODE, CITY_INDEXER, tempDir, removeDir, assertFlagsExist } from '../lib/node.mjs';

const dockerfile = readFileSync(join(REPO_ROOT, 'docker/Dockerfile'), 'utf8');
const compose = parse(readFileSync(join(REPO_ROOT, 'docker/docker-compose.yml'), 'utf8'), { merge: true });
const help = (...args) => execFileSync(CITY_NODE, [...args, '--help'], { encoding: 'utf8', timeout: 20_000 });

/** The Dockerfile's stage `name`: its text up to the next FROM. */
function stage (name) {
  const found = dockerfile.split(/^(?=FROM\s)/m).find((text) => new RegExp(`^FROM\\s+\\S+\\s+AS\\s+${name}\\s*$`, 'm').test(text));
  assert.ok(found, `a stage ${name}`);
  return found;
}

test('the images are multi-stage, run as a non-root user and expose what they serve', 30_000, () => {
  const stages = dockerfile.match(/^FROM\s+\S+/gm);
  assert.ok(stages.length >= 5, 'the build stages (binaries, portal) and the three images');
  // The node image is the default (the last stage).
  assert.match(stages.at(-1), /^FROM\s+base$/);
  assert.match(dockerfile.split(/^(?=FROM\s)/m).at(-1), /AS node\s/);
  for (const [name, ports] of [['node', ['30333', '9615', '9944']], ['gateway', ['9616', '9955']], ['indexer', ['8090']]]) {
    const text = stage(name);
    const users = text.match(/^USER\s+(\S+)/gm);
    assert.ok(users && !/root|\s0$/.test(users.at(-1)), `the ${name} image's user is not root`);
    assert.deepEqual(text.match(/^EXPOSE\s+(.+)$/m)[1].split(/\s+/).sort(), ports);
  }
  const toolchain = readFileSync(join(REPO_ROOT, 'rust-toolchain.toml'), 'utf8').match(/channel = "(\d+\.\d+)/)[1];
  assert.match(dockerfile, new RegExp(`FROM rust:${toolchain.replace('.', '\\.')}`), 'the pinned Rust');
  assert.match(dockerfile, /cargo build --release --locked -p city-node -p city-gateway -p city-indexer/);
  // The portal built from the workspace's lockfile into the indexer's image.
  assert.match(stage('portal'), /npm ci .*--workspace portal/);
  assert.match(stage('indexer'), /^COPY --from=portal \/src\/portal\/dist \/city\/portal$/m);
  // The runtime built as scripts/env.sh builds it for root: the same paths, profile and flags.
  const env = readFileSync(join(REPO_ROOT, 'scripts/env.sh'), 'utf8');
  const builder = stage('builder');
  assert.match(builder, /^WORKDIR \/root\/\.cache\/city-chain\/checkout$/m);
  assert.ok(env.includes('CITY_CHECKOUT="${CITY_CHECKOUT:-$HOME/.cache/city-chain/checkout}"'));
  assert.ok(env.includes('CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/city-chain/target}"'));
  assert.match(builder, /^ENV RUSTUP_HOME=\/root\/\.rustup CARGO_HOME=\/root\/\.cargo$/m, 'root\'s rustup and cargo homes');
  assert.match(builder, /rustup toolchain install "\$\(sed -n .*rust-toolchain\.toml\)".*\n\s*--component rust-src --target wasm32-unknown-unknown/, 'the pinned toolchain');
  for (const [name, value] of [['CARGO_TARGET_DIR', '/root/.cache/city-chain/target'], ['WASM_BUILD_WORKSPACE_HINT', '/root/.cache/city-chain/checkout'],
    ['WASM_BUILD_TYPE', env.match(/WASM_BUILD_TYPE="\$\{WASM_BUILD_TYPE:-(\w+)\}"/)[1]],
    ['WASM_BUILD_RUSTFLAGS', env.match(/WASM_BUILD_RUSTFLAGS="\$\{WASM_BUILD_RUSTFLAGS:-([^}]+)\}"/)[1]]]) {
    assert.match(builder, new RegExp(`\\b${name}=${value.replace(/[.]/g, '\\.')}(\\s|$)`, 'm'), name);
  }
  // What the build context leaves out.
  const ignored = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n');
  for (const entry of ['.city-data', '**/node_modules', 'target']) assert.ok(ignored.includes(entry), `.dockerignore: ${entry}`);
});

test('every flag and path the node image uses exists', 30_000, () => {
  const cmd = JSON.parse(stage('node').match(/^CMD\s+(\[.*\])$/m)[1]);
  assertFlagsExist(cmd.filter((a) => a.startsWith('--')), help(), 'Dockerfile CMD');
  for (const [, source] of dockerfile.matchAll(/^COPY\s+(?!--from)(\S+)\s+\S+$/gm)) {
    if (source !== '.') assert.ok(existsSync(join(REPO_ROOT, source)), `${source} exists`);
  }
  const chain = cmd[cmd.indexOf('--chain') + 1];
  assert.ok(existsSync(join(REPO_ROOT, chain.replace('/city/', ''))), `${chain} is in the image`);
});

test('every flag the indexer image and its compose service use exists', 30_000, () => {
  const indexerHelp = execFileSync(CITY_INDEXER, ['--help'], { encoding: 'utf8', timeout: 20_000 });
  const cmd = JSON.parse(stage('indexer').match(/^CMD\s+(\[.*\])$/m)[1]);
  assertFlagsExist(cmd.filter((a) => a.startsWith('--')), indexerHelp, 'the indexer image\'s CMD');
  assertFlagsExist(compose.services.indexer.command.filter((a) => a.startsWith('--')), indexerHelp, 'the compose indexer\'s command');
  assert.equal(cmd[cmd.indexOf('--portal') + 1], '/city/portal', 'the portal where the image puts it');
});

test('the compose file\'s nodes boot from Alice at her node key\'s peer id', 30_000, () => {
  const nodes = Object.entries(compose.services).filter(([, s]) => s.image === 'city-node:local' && Array.isArray(s.command) && s.command.includes('--chain'));
  assert.deepEqual(nodes.map(([name]) => name), ['alice', 'bob', 'charlie', 'dave', 'rpc']);
  const aliceKey = compose.services.alice.command[compose.services.alice.command.indexOf('--node-key') + 1];
  const dir = tempDir('city-docker-');
  try {
    writeFileSync(join(dir, 'key'), aliceKey);
    const peer = execFileSync(CITY_NODE, ['key', 'inspect-node-key', '--file', join(dir, 'key')], { encoding: 'utf8', timeout: 20_000 }).trim();
    for (const [name, service] of nodes.slice(1)) {
      assert.equal(service.command[service.command.indexOf('--bootnodes') + 1], `/dns/alice/tcp/30333/p2p/${peer}`, `${name} boots from Alice`);
    }
  } finally {
    removeDir(dir);
  }
});
