// The role guides (docs/resident.md, docs/council.md, docs/auditor.md) run: every ```js run
// block of a guide, in order and in one scope, against a dev node, so a guide whose commands no
// longer work fails here. The scope is what a guide's reader has after connecting:
//   api     an ApiPromise connected to the node with @city-chain/api (createCityApi), so the
//           city's RPC methods answer typed values (api.rpc.reserve.status(), ...)
//   who     the dev accounts (who.alice ... who.ferdie), standing for the reader's own keys
//   CITY    one CITY in planck (10n ** 12n)
//   assert  node:assert/strict, with which the guides state what the reader should see
// and the helpers submitOk, findEvent, commitment, disclose, blake2AsHex, blake2AsU8a, readFileSync, REPO_ROOT,
// RUNTIME_WASM (the path of the runtime's wasm the build left).

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blake2AsHex, blake2AsU8a } from '@polkadot/util-crypto';
import { startNode, devAccounts, submitOk, findEvent, REPO_ROOT, CITY_RUNTIME_WASM, CITY } from '../lib/node.mjs';
import { commitment, disclose } from '../lib/credentials.mjs';

let node;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'docs' });
}, 180_000);

after(async () => {
  if (node) await node.stop();
}, 120_000);

/** The ```js run blocks of `markdown`, in order. */
function runnableBlocks (markdown) {
  return [...markdown.matchAll(/^```js run\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;

/** Runs the `js run` blocks of docs/`guide`.md, in order, in one scope (see the top). */
async function runGuide (guide) {
  const blocks = runnableBlocks(readFileSync(join(REPO_ROOT, 'docs', `${guide}.md`), 'utf8'));
  assert.ok(blocks.length >= 3, `docs/${guide}.md has runnable commands (${blocks.length})`);
  const scope = {
    api: node.api,
    who,
    CITY,
    assert,
    submitOk,
    findEvent,
    commitment,
    disclose,
    blake2AsHex,
    blake2AsU8a,
    readFileSync,
    REPO_ROOT,
    RUNTIME_WASM: CITY_RUNTIME_WASM
  };
  // One function, so a later block sees what an earlier one defined, as in one console.
  const run = new AsyncFunction(...Object.keys(scope), blocks.join('\n'));
  await run(...Object.values(scope));
}

// In this order: the auditor follows the money the other two guides moved.
test('docs/resident.md: its commands do what it says', 300_000, () => runGuide('resident'));

test('docs/council.md: its commands do what it says', 300_000, () => runGuide('council'));

test('docs/auditor.md: its commands do what it says', 300_000, () => runGuide('auditor'));
