// The ledger indexer against a real dev chain: two indexers (SQLite, and PostgreSQL started by
// the test) follow one node while the city spends, is paid and sells bonds; the SQLite one is
// killed (SIGKILL) in the middle and started again, and the node itself restarts. Afterwards
// every block is indexed once, every reserve-fund flow on chain is in the ledger with its
// category and reference (and nothing else is), both databases answer every query alike, and
// bad queries get a 400 with a reason.

import { before, after, test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startNode, devAccounts, finalizedNumber, tempDir, removeDir, waitFor, CITY } from '../lib/node.mjs';
import { startPostgres, startIndexer, ledgerGet, indexedUpTo } from '../lib/ledger.mjs';
import { councilSpend, payService, subscribeBond, label } from '../lib/activity.mjs';

let node, postgres, sqliteIndexer, postgresIndexer;
const logDir = tempDir('city-indexer-logs-');
const basePath = tempDir('city-indexer-chain-');
const ledgerDir = tempDir('city-indexer-ledger-');
const sqliteUrl = `sqlite:${join(ledgerDir, 'ledger.sqlite')}`;
const nodeUrl = () => `ws://127.0.0.1:${node.rpcPort}`;
const results = {};

before(async () => {
  node = await startNode(['--dev', '--base-path', basePath], { name: 'indexer-node', logDir });
  postgres = await startPostgres();
  sqliteIndexer = await startIndexer('indexer-sqlite', { nodeUrl: nodeUrl(), database: sqliteUrl, logDir });
  postgresIndexer = await startIndexer('indexer-postgres', { nodeUrl: nodeUrl(), database: postgres.url, logDir });
}, 180_000);

after(async () => {
  await sqliteIndexer?.kill();
  await postgresIndexer?.kill();
  await node?.stop();
  postgres?.stop();
  removeDir(basePath);
  removeDir(ledgerDir);
}, 60_000);

const FLOW_EVENTS = { Received: ['in', 'inflow', 'from'], Spent: ['out', 'category', 'to'], Paid: ['out', 'category', 'to'], ObligationPaid: ['out', 'category', 'to'] };

/** Every reserve-fund flow of blocks 1 to `last`, read from the node block by block. */
async function chainFlows (api, last) {
  const flows = [];
  for (let n = 1; n <= last; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    const events = await (await api.at(hash)).query.system.events();
    events.forEach(({ event }, index) => {
      const shape = event.section === 'reserveFund' && FLOW_EVENTS[event.method];
      if (!shape) return;
      const [direction, kind, who] = shape;
      const data = event.data;
      flows.push({
        block: n,
        event_index: index,
        direction,
        event: event.method,
        category: label(data[kind]),
        account: data[who].toString(),
        amount: data.amount.toBigInt().toString(),
        reference: data.reference.toHex()
      });
    });
  }
  return flows;
}

async function ledgerFlows (url, last) {
  const { status, body } = await ledgerGet(url, `/v1/flows?to_block=${last}&limit=500`);
  assert.equal(status, 200, JSON.stringify(body));
  assert.ok(body.total <= 500, 'one page holds them');
  return body.items.map(({ block, event_index: eventIndex, direction, event, category, account, amount, reference }) =>
    ({ block, event_index: eventIndex, direction, event, category, account, amount, reference }));
}

test('every flow of a council spend, a service payment and a bond subscription is indexed once, across a SIGKILL of the indexer and a restart of the node', 900_000, async () => {
  const accounts = devAccounts();
  results.spend = await councilSpend(node.api, accounts, {
    category: 'PublicWorks', amount: 250n * CITY, to: accounts.dave.address, reference: `0x${'5e'.repeat(32)}`
  });

  // Killed in the middle of a run, once it has indexed the spend: whatever block it was writing
  // rolls back with its records, and it resumes after the last one it wrote.
  const before = await indexedUpTo(sqliteIndexer.url, results.spend.blockNumber);
  await sqliteIndexer.kill('SIGKILL');
  results.payment = await payService(node.api, accounts, { payer: accounts.eve });
  sqliteIndexer = await startIndexer('indexer-sqlite-restarted', { nodeUrl: nodeUrl(), database: sqliteUrl, logDir });
  const resumed = (await ledgerGet(sqliteIndexer.url, '/v1/status')).body;
  assert.ok(resumed.last_block >= before.last_block, `resumed at ${resumed.last_block}, had ${before.last_block}`);

  // The node stops and comes back on the same chain and port; both indexers reconnect.
  const rpcPort = node.rpcPort;
  await node.stop('SIGINT');
  node = await startNode(['--dev', '--base-path', basePath], { name: 'indexer-node-restarted', logDir, rpcPort });
  results.bond = await subscribeBond(node.api, accounts, { subscriber: accounts.ferdie, units: 2 });

  const lastAction = Math.max(results.spend.blockNumber, results.payment.blockNumber, results.bond.blockNumber);
  const last = await waitFor(`block ${lastAction} finalized`, async () => {
    const f = await finalizedNumber(node.api);
    return f >= lastAction ? f : null;
  }, 60_000);
  results.last = last;
  for (const indexer of [sqliteIndexer, postgresIndexer]) {
    const status = await indexedUpTo(indexer.url, last);
    assert.equal(status.first_block, 1);
    assert.equal(status.blocks_indexed, status.last_block - status.first_block + 1,
      `${indexer.url}: no block missing and none twice (${JSON.stringify(status)})`);
  }

  // Never past the finalized head: what the indexer reports indexed, the node has finalized
  // (read after it: finality only grows).
  for (let i = 0; i < 8; i++) {
    for (const indexer of [sqliteIndexer, postgresIndexer]) {
      const { last_block: indexed } = (await ledgerGet(indexer.url, '/v1/status')).body;
      const finalized = await finalizedNumber(node.api);
      assert.ok(indexed <= finalized, `${indexer.url} indexed block ${indexed}, the node finalized ${finalized}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 750));
  }

  const onChain = await chainFlows(node.api, last);
  assert.deepEqual(await ledgerFlows(sqliteIndexer.url, last), onChain, 'the SQLite ledger has exactly the chain\'s flows');
  assert.deepEqual(await ledgerFlows(postgresIndexer.url, last), onChain, 'the PostgreSQL ledger has exactly the chain\'s flows');

  const spend = onChain.find((f) => f.event === 'Spent');
  assert.ok(spend, 'the spend is on chain');
  assert.equal(spend.category, 'PublicWorks');
  assert.equal(spend.reference, `0x${'5e'.repeat(32)}`);
  assert.equal(spend.amount, (250n * CITY).toString());
  const kinds = new Set(onChain.filter((f) => f.direction === 'in').map((f) => f.category));
  for (const kind of ['ServicePayment', 'BondSubscription']) assert.ok(kinds.has(kind), `an inflow of ${kind}: ${[...kinds]}`);
});

test('PostgreSQL and SQLite give the same answers for the same chain', 300_000, async () => {
  assert.ok(results.last, 'the first test indexed the chain');
  const to = results.last;
  const queries = [
    `/v1/flows?to_block=${to}`,
    `/v1/flows?direction=out&to_block=${to}`,
    `/v1/flows?category=PublicWorks&to_block=${to}`,
    `/v1/flows.csv?to_block=${to}`,
    '/v1/budgets',
    '/v1/receipts',
    '/v1/bonds',
    '/v1/bonds/events',
    '/v1/motions',
    '/v1/referenda',
    '/v1/upgrades',
    '/v1/credentials'
  ];
  for (const path of queries) {
    const [a, b] = await Promise.all([ledgerGet(sqliteIndexer.url, path), ledgerGet(postgresIndexer.url, path)]);
    assert.equal(a.status, 200, `${path}: ${JSON.stringify(a.body)}`);
    assert.deepEqual(a, b, `${path}: SQLite and PostgreSQL differ`);
  }
  // The CSV export has the JSON's rows.
  const csv = (await ledgerGet(sqliteIndexer.url, `/v1/flows.csv?to_block=${to}`)).body.trim().split('\n');
  const json = (await ledgerGet(sqliteIndexer.url, `/v1/flows?to_block=${to}&limit=500`)).body;
  assert.equal(csv.length, 1 + json.total);
  // The motion of the spend, with each member's vote.
  const motions = (await ledgerGet(sqliteIndexer.url, '/v1/motions?collective=council&status=executed')).body;
  assert.ok(motions.items.some((m) => m.votes.length >= 2), JSON.stringify(motions));
});

test('a bad query gets a 400 with its reason from the running indexer', 60_000, async () => {
  for (const [path, reason] of [
    ['/v1/flows?limit=100000', '`limit` must be 1 to 500'],
    ['/v1/flows?direction=up', '`direction` must be one of in, out'],
    ['/v1/flows?account=not-an-account', '`account` must be an SS58 account'],
    ['/v1/flows?since=yesterday', 'unknown parameter `since`']
  ]) {
    const { status, body } = await ledgerGet(sqliteIndexer.url, path);
    assert.equal(status, 400, `${path}: ${JSON.stringify(body)}`);
    assert.ok(body.error.includes(reason), `${path}: ${body.error}`);
  }
});
