// The throughput benchmark (tools/throughput.mjs, scripts/throughput.sh) in its short mode: it
// still starts its author on a chain with many accounts and senders, signs, submits and finds
// every transaction of each kind in blocks, reads the author's build time and reason, and has a
// second node sync the chain and reads its import time of each kind's block. A check that the
// benchmark works, not a measurement: the figures are only checked to be there and consistent,
// never against a time.

import { test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../lib/node.mjs';

const END_REASONS = ['NoMoreTransactions', 'HitDeadline', 'HitBlockSizeLimit', 'HitBlockWeightLimit', 'TransactionForbidden'];

test('the throughput benchmark runs in its short mode and reports every kind', 240_000, async () => {
  const tool = join(REPO_ROOT, 'e2e', 'tools', 'throughput.mjs');
  const stdout = await new Promise((resolve, reject) => {
    execFile('node', [tool, '--short'], { timeout: 230_000, maxBuffer: 16 * 1024 * 1024 }, (error, out, err) => {
      if (error) reject(new Error(`${error.message}\n${err}`));
      else resolve(out);
    });
  });
  const report = JSON.parse(stdout.trim().split('\n').pop());
  assert.equal(report.chain, `dev-accounts-${report.accounts}-senders-${report.senders}`);
  assert.deepEqual(report.results.map((r) => r.kind), ['transfer_keep_alive', 'city_coin.pay_for_service']);
  for (const result of report.results) {
    const inBlocks = result.blocks.reduce((sum, b) => sum + b.ofKind, 0);
    assert.equal(inBlocks, report.count, `${result.kind}: every transaction signed is in a block`);
    const clean = result.blocks.filter((b) => b.clean);
    assert.equal(result.perBlock, Math.max(...(clean.length ? clean : result.blocks).map((b) => b.ofKind)), `${result.kind}: the fullest clean block`);
    assert.equal(result.clean, clean.length > 0, `${result.kind}: clean when a block was`);
    assert.ok(END_REASONS.includes(result.endReason), `${result.kind}: ${result.endReason}`);
    assert.ok(Number.isInteger(result.buildMs) && result.buildMs >= 0, `${result.kind}: build ms ${result.buildMs}`);
    assert.ok(Number.isInteger(result.importMs) && result.importMs > 0, `${result.kind}: import ms ${result.importMs}`);
    assert.ok(result.transfersPerTransaction > 0, `${result.kind}: ratio ${result.transfersPerTransaction}`);
  }
  assert.equal(report.results[0].transfersPerTransaction, 1, 'transfers against themselves');
});
