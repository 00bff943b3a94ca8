// node:test's `test`, `before` and `after`, each with a timeout the caller must give: a test or
// hook that fails or hangs fails within it, naming itself, with the last log lines of every
// process its file started (nodes, gateways, brokers), so CI says where it hung and why.

import { test as nodeTest, before as nodeBefore, after as nodeAfter } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

const logs = new Map();

/** Adds a process's log file to those a failure prints the end of. */
export function watchLog (name, path) {
  logs.set(name, path);
}

/** The last `lines` lines of every watched log, each under its name and path. */
export function logTails (lines = 25) {
  return [...logs].map(([name, path]) => {
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '(no log written)';
    return `--- the last ${lines} lines of ${name} (${path}):\n${text.trimEnd().split('\n').slice(-lines).join('\n')}`;
  }).join('\n');
}

// Runs `fn` for at most `timeoutMs`; a failure (a timeout included) is rethrown with the logs'
// ends. node:test's own timeout, a little later, is the backstop for a `fn` that blocks the
// event loop.
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
      throw tails ? new Error(`${error.message}\n${tails}`, { cause: error }) : error;
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
