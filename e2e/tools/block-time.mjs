// Measures a dev node's block time: starts `city-node --dev --tmp`, waits for BLOCKS blocks
// (default 20), and reports the mean and spread of the intervals between their on-chain
// timestamps, and between the moments the node imported them.
//   node tools/block-time.mjs [BLOCKS]

import { startNode } from '../lib/node.mjs';

const blocks = Number(process.argv[2] || 20);
const node = await startNode(['--dev', '--tmp'], { name: 'block-time' });
const { api } = node;
const seen = [];
await new Promise((resolve) => {
  api.rpc.chain.subscribeNewHeads(async (header) => {
    // Genesis has no timestamp, and the first block seen may have been half-imported.
    if (header.number.toNumber() < 2) return;
    const at = await api.at(header.hash);
    seen.push({ number: header.number.toNumber(), chain: (await at.query.timestamp.now()).toNumber(), wall: Date.now() });
    if (seen.length > blocks) resolve();
  });
});
await node.stop();

const stats = (xs) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean: mean / 1000, min: Math.min(...xs) / 1000, max: Math.max(...xs) / 1000 };
};
const pairs = seen.slice(1).map((b, i) => [b, seen[i]]);
console.log(JSON.stringify({
  blocks: pairs.length,
  onChainSeconds: stats(pairs.map(([b, a]) => b.chain - a.chain)),
  importSeconds: stats(pairs.map(([b, a]) => b.wall - a.wall))
}));
process.exit(0);
