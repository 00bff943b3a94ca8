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

test('the local chain spec has four validators under the session, and CITY properties', 120_000, () => {
  const spec = JSON.parse(readFileSync(join(REPO_ROOT, 'chain-specs/local.json'), 'utf8'));
  assert.equal(spec.id, 'city_local');
  assert.equal(spec.chainType, 'Local');
  assert.deepEqual(spec.properties, { ss58Format: 42, tokenDecimals: 12, tokenSymbol: 'CITY' });
  const patch = spec.genesis.runtimeGenesis.patch;
  // Aura's and GRANDPA's authorities come from the session's keys: their own genesis is empty.
  assert.equal(patch.aura, undefined);
  assert.equal(patch.grandpa, undefined);
  assert.equal(patch.session.keys.length, 4);
  for (const [account, validator, keys] of patch.session.keys) {
    assert.equal(account, validator);
    assert.deepEqual(Object.keys(keys).sort(), ['aura', 'grandpa']);
  }
  assert.deepEqual(patch.validatorSet.validators, patch.session.keys.map(([account]) => account));
  assert.equal(patch.validatorSet.sessionLength, 10);
  assert.equal(patch.councilMembership.members.length, 3);
  const raw = JSON.parse(readFileSync(join(REPO_ROOT, 'chain-specs/local-raw.json'), 'utf8'));
  assert.ok(raw.genesis.raw.top['0x3a636f6465'], 'the raw spec carries the runtime code');
  assert.deepEqual(raw.properties, spec.properties);
});
