// No Docker engine runs on the build machines, so the image and the compose file are checked
// statically: every city-node flag they use exists, every path they name is in the repo, and
// the boot node's peer id is the one its node key gives.

import { test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, CITY_NODE, tempDir, removeDir } from '../lib/node.mjs';

const dockerfile = readFileSync(join(REPO_ROOT, 'docker/Dockerfile'), 'utf8');
const compose = readFileSync(join(REPO_ROOT, 'docker/docker-compose.yml'), 'utf8');
const help = (...args) => execFileSync(CITY_NODE, [...args, '--help'], { encoding: 'utf8', timeout: 20_000 });
const flagsIn = (text) => [...new Set(text.match(/(?<=\s|"|^)--[a-z][a-z0-9-]*/g) || [])];

/** Fails naming every flag of `flags` that `helpText` does not document. */
function assertFlagsExist (flags, helpText, where) {
  const missing = flags.filter((flag) => !new RegExp(`\\s${flag}[\\s=<,]`).test(helpText));
  assert.deepEqual(missing, [], `${where}: flags city-node does not know`);
}

test('the image is multi-stage, runs as a non-root user and exposes p2p, RPC and metrics', 30_000, () => {
  const stages = dockerfile.match(/^FROM\s+\S+/gm);
  assert.ok(stages.length >= 2, 'a build stage and a runtime stage');
  const users = dockerfile.match(/^USER\s+(\S+)/gm);
  assert.ok(users && !/root|\s0$/.test(users.at(-1)), 'the final user is not root');
  const exposed = dockerfile.match(/^EXPOSE\s+(.+)$/m)[1].split(/\s+/);
  assert.deepEqual(exposed.sort(), ['30333', '9615', '9944']);
  const toolchain = readFileSync(join(REPO_ROOT, 'rust-toolchain.toml'), 'utf8').match(/channel = "(\d+\.\d+)/)[1];
  assert.match(dockerfile, new RegExp(`FROM rust:${toolchain.replace('.', '\\.')}`), 'the pinned Rust');
  assert.match(dockerfile, /cargo build --release --locked -p city-node/);
});

test('every flag and path the image uses exists', 30_000, () => {
  const cmd = JSON.parse(dockerfile.match(/^CMD\s+(\[.*\])$/m)[1]);
  assertFlagsExist(cmd.filter((a) => a.startsWith('--')), help(), 'Dockerfile CMD');
  for (const [, source] of dockerfile.matchAll(/^COPY\s+(?!--from)(\S+)\s+\S+$/gm)) {
    if (source !== '.') assert.ok(existsSync(join(REPO_ROOT, source)), `${source} exists`);
  }
  const chain = cmd[cmd.indexOf('--chain') + 1];
  assert.ok(existsSync(join(REPO_ROOT, chain.replace('/city/', ''))), `${chain} is in the image`);
});

test('every flag and path the compose file uses exists, and the boot node address is right', 30_000, () => {
  const commands = [...compose.matchAll(/- >-\n((?:\s{8}.*\n?)+)/g)].map((m) => m[1].replace(/\s+/g, ' '));
  assert.equal(commands.length, 4, 'four validators');
  const nodeHelp = help();
  const insertHelp = help('key', 'insert');
  for (const command of commands) {
    const [keys, run] = command.split('exec city-node');
    assertFlagsExist(flagsIn(keys), insertHelp, 'compose key insert');
    assertFlagsExist(flagsIn(run), nodeHelp, 'compose city-node');
    for (const [, chain] of command.matchAll(/--chain (\S+)/g)) {
      assert.ok(existsSync(join(REPO_ROOT, chain.replace('/city/', ''))), `${chain} exists`);
    }
    assert.deepEqual([...keys.matchAll(/--key-type (\w+)/g)].map((m) => m[1]), ['aura', 'gran']);
  }

  // Alice's node key gives the peer id the others boot from.
  const aliceKey = commands[0].match(/--node-key (\w+)/)[1];
  const dir = tempDir('city-docker-');
  try {
    writeFileSync(join(dir, 'key'), aliceKey);
    const peer = execFileSync(CITY_NODE, ['key', 'inspect-node-key', '--file', join(dir, 'key')], { encoding: 'utf8', timeout: 20_000 }).trim();
    for (const command of commands.slice(1)) {
      assert.ok(command.includes(`--bootnodes /dns/alice/tcp/30333/p2p/${peer}`), 'boots from Alice');
    }
  } finally {
    removeDir(dir);
  }
});
