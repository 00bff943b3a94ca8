// node:test's `test`, `before` and `after`, each with a timeout the caller must give: a test or
// hook that fails or hangs fails within it, naming itself, and prints the last log lines of every
// process its file started (nodes, gateways, brokers), so CI says where it hung and why. Those
// processes are killed when the file's process ends, however it ends.
//
// The timeouts are timers: code that blocks the event loop (a synchronous child process) must
// bound itself (execFileSync's `timeout`). The runner's --test-timeout caps a whole file.

import { test as nodeTest, before as nodeBefore, after as nodeAfter } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

const logs = new Map();
const children = new Set();

/** Adds a process's log file to those a failure prints the end of. */
export function watchLog (name, path) {
  logs.set(name, path);
}

/** Kills `child` (a ChildProcess) when this process ends, if it still runs then. */
export function killOnExit (child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
// The runner ends a file that overruns its cap with SIGTERM: end through 'exit' above.
process.once('SIGTERM', () => process.exit(143));

/** The last `lines` lines of every watched log, each under its name and path. */
export function logTails (lines = 25) {
  return [...logs].map(([name, path]) => {
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '(no log written)';
    return `--- the last ${lines} lines of ${name} (${path}):\n${text.trimEnd().split('\n').slice(-lines).join('\n')}`;
  }).join('\n');
}

// Runs `fn` for at most `timeoutMs`. A failure is rethrown as it is (a timeout as an error that
// names `what`), after the logs' ends are printed to stderr, which the runner reports with the
// file. node:test's own timeout, a little later, is only a second line.
function diagnosed (what, timeoutMs, fn) {
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`${what}: give a timeout in ms`);
  const options = { timeout: timeoutMs + 10_000 };
  const run = async (...args) => {
    let timer;
    const timedOut = new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([fn(...args), timedOut]);
    } catch (error) {
      const tails = logTails();
      if (tails) console.error(`${what} failed: ${error?.message ?? error}\n${tails}`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
  return [options, run];
}

const file = () => basename(process.argv[1] || 'a test file');

/** A test that must end within `timeoutMs`. */
export function test (name, timeoutMs, fn) {
  const [options, run] = diagnosed(`test "${name}"`, timeoutMs, fn);
  return nodeTest(name, options, run);
}

/** A before-all hook of the file that must end within `timeoutMs`. */
export function before (fn, timeoutMs) {
  const [options, run] = diagnosed(`the before hook of ${file()}`, timeoutMs, fn);
  return nodeBefore(run, options);
}

/** An after-all hook of the file that must end within `timeoutMs`. */
export function after (fn, timeoutMs) {
  const [options, run] = diagnosed(`the after hook of ${file()}`, timeoutMs, fn);
  return nodeAfter(run, options);
}
