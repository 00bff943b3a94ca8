// The zero-loss soak (tools/soak.mjs, scripts/soak.sh): 50,000 transfers from 500 senders through
// Alice's and Bob's RPC to the four validators of the local chain, Charlie killed and restarted
// half-way. Every transfer is watched from its submission on; each must be in exactly one
// finalized block, and the finalized chain's nonces and balances must say the same; finality may
// not lag 20 blocks.
// The soak's own figures are printed (rates, lag, pool sizes), never checked against a time.

import { test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../lib/node.mjs';

// Within the runner's cap on a file (--test-timeout, 20 minutes).
const TIMEOUT_MS = 1_080_000;

test('50,000 transfers through a restart: every one finalized exactly once, none lost', TIMEOUT_MS, async () => {
  const tool = join(REPO_ROOT, 'e2e', 'tools', 'soak.mjs');
  const { stdout, stderr, code } = await new Promise((resolve) => {
    const child = execFile('node', [tool, '--transfers', '50000', '--senders', '500'],
      { timeout: TIMEOUT_MS - 20_000, killSignal: 'SIGTERM', maxBuffer: 64 * 1024 * 1024 },
      (error, out, err) => resolve({ stdout: out, stderr: err, code: error ? (error.code ?? error.signal) : 0 }));
    // This file ending first, the soak stops its validators (its SIGTERM handler) and ends.
    process.once('exit', () => child.kill('SIGTERM'));
  });
  const report = JSON.parse(stdout.trim().split('\n').pop() || '{}');
  console.log(`# soak: ${JSON.stringify(report)}`);
  assert.equal(code, 0, `the soak failed (${code}): ${(report.failures ?? []).join('; ')}\n${stderr.split('\n').slice(-30).join('\n')}`);
  assert.equal(report.inFinalizedBlocks, 50_000, 'every transfer in a finalized block');
  assert.equal(report.missing, 0);
  assert.equal(report.silent, 0);
  assert.equal(report.inTwoBlocks, 0);
  assert.equal(report.nonceErrors, 0);
  assert.equal(report.balanceErrors, 0);
  assert.ok(Math.max(...Object.values(report.maxFinalityLag)) < 20, JSON.stringify(report.maxFinalityLag));
});
