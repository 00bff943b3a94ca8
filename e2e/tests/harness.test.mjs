// The harness's promise that CI cannot hang, held against the runner itself: a file whose test
// hangs is run by `node --test` with the flags scripts/test.sh gives it (on whichever Node.js
// runs this file: scripts/test.sh runs it on Node.js 20 and 22), and must fail within its
// test's timeout, naming the test, with the end of the log its file watched, and with the
// process its file started killed.

import { test } from '../lib/harness.mjs';
import { tempDir } from '../lib/node.mjs';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HARNESS = new URL('../lib/harness.mjs', import.meta.url).href;

/** This process's environment less what makes a `node --test` report to a parent runner. */
function runnerEnv () {
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  return env;
}

/** Runs `node --test` on `file` as scripts/test.sh runs the suite; resolves to its outcome. */
function runner (file, timeoutMs) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--test', '--test-concurrency=2', '--test-timeout=60000',
      '--test-force-exit', '--test-reporter=tap', file], { stdio: ['ignore', 'pipe', 'pipe'], env: runnerEnv() });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the runner itself hung:\n${out}`)); }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, ms: Date.now() - started });
    });
  });
}

/** Whether process `pid` still runs. */
function alive (pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('a hanging test fails within its timeout, naming itself, with its logs, and its processes die', 60_000, async () => {
  const dir = tempDir('city-harness-');
  const log = join(dir, 'service.log');
  const pidFile = join(dir, 'service.pid');
  writeFileSync(log, 'starting\nlistening on 127.0.0.1:9\nwaiting for a peer that never comes\n');
  const file = join(dir, 'hangs.test.mjs');
  writeFileSync(file, `
  import { test, watchLog, killOnExit } from ${JSON.stringify(HARNESS)};
  import { spawn } from 'node:child_process';
  import { writeFileSync } from 'node:fs';
  test('waits for ever', 1_500, async () => {
    const service = spawn('sleep', ['600'], { stdio: 'ignore' });
    killOnExit(service);
    writeFileSync(${JSON.stringify(pidFile)}, String(service.pid));
    watchLog('the service', ${JSON.stringify(log)});
    await new Promise(() => {});
  });
  test('runs after it', 5_000, async () => {});
`);
  const { code, out, ms } = await runner(file, 50_000);
  assert.notEqual(code, 0, 'the run fails');
  assert.ok(ms < 30_000, `it failed within its timeout, not the file's (${ms} ms)`);
  assert.match(out, /not ok 1 - waits for ever/);
  assert.match(out, /test "waits for ever" timed out after 1500 ms/);
  assert.match(out, /the last 25 lines of the service .*service\.log/);
  assert.match(out, /waiting for a peer that never comes/);
  assert.match(out, /ok 2 - runs after it/, 'the next test still runs');
  assert.match(out, /^# fail 1$/m);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  assert.ok(pid > 0);
  // The file's process has exited: what it started is gone with it.
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(alive(pid), false, `the service (pid ${pid}) was killed with its file`);
});

test('a test or hook without a timeout is refused before it runs', 10_000, async () => {
  const { test: harnessTest } = await import(HARNESS);
  assert.throws(() => harnessTest('no timeout', undefined, async () => {}), /give a timeout in ms/);
});
