// A validator's node stops cleanly on SIGINT and resumes its chain from disk.

import { test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { startNode, bestNumber, waitFor, tempDir, removeDir } from '../lib/node.mjs';

test('SIGINT stops the node within 10 s; restarted on the same base path it resumes from the same best block', 180_000, async () => {
  const basePath = tempDir('city-restart-');
  try {
    const first = await startNode(['--dev', '--base-path', basePath], { name: 'restart-1' });
    await waitFor('block 3', async () => (await bestNumber(first.api)) >= 3, 60_000);
    const header = await first.api.rpc.chain.getHeader();
    const [number, hash] = [header.number.toNumber(), header.hash.toHex()];

    const stoppedIn = await first.stop('SIGINT', 15_000);
    assert.ok(stoppedIn < 10_000, `stopped in ${stoppedIn} ms`);
    const { code, signal } = await first.exit;
    assert.ok(code === 0 || signal === 'SIGINT', `clean exit (code ${code}, signal ${signal})`);

    const second = await startNode(['--dev', '--base-path', basePath], { name: 'restart-2' });
    try {
      const resumedAt = await bestNumber(second.api);
      assert.ok(resumedAt >= number, `resumed at ${resumedAt}, had ${number}`);
      assert.equal((await second.api.rpc.chain.getBlockHash(number)).toHex(), hash,
        'the same chain, not a new one');
      // And it goes on authoring.
      await waitFor(`block ${resumedAt + 1}`, async () => (await bestNumber(second.api)) > resumedAt, 30_000);
    } finally {
      await second.stop();
    }
  } finally {
    removeDir(basePath);
  }
});
