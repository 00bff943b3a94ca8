// chain-specs/ holds what scripts/chain-specs.sh generates from the runtime's local_testnet
// preset, with the chain properties wallets read.

import { test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScript, REPO_ROOT } from '../lib/node.mjs';

test('the committed chain specs match what the script generates', 120_000, () => {
  // Exits non-zero (and so throws) when they differ.
  const output = runScript('chain-specs.sh', ['--check']);
  assert.equal(typeof output, 'string');
});

test('the local chain spec has four authorities and CITY properties', 120_000, () => {
  const spec = JSON.parse(readFileSync(join(REPO_ROOT, 'chain-specs/local.json'), 'utf8'));
  assert.equal(spec.id, 'city_local');
  assert.equal(spec.chainType, 'Local');
  assert.deepEqual(spec.properties, { ss58Format: 42, tokenDecimals: 12, tokenSymbol: 'CITY' });
  const patch = spec.genesis.runtimeGenesis.patch;
  assert.equal(patch.aura.authorities.length, 4);
  assert.equal(patch.grandpa.authorities.length, 4);
  assert.equal(patch.councilMembership.members.length, 3);
  const raw = JSON.parse(readFileSync(join(REPO_ROOT, 'chain-specs/local-raw.json'), 'utf8'));
  assert.ok(raw.genesis.raw.top['0x3a636f6465'], 'the raw spec carries the runtime code');
  assert.deepEqual(raw.properties, spec.properties);
});
