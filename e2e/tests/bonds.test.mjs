// Municipal bonds from wallets on a dev node: two thirds of the council issue a series by
// motion, Bob (a resident) subscribes, anyone closes the window, and once a coupon period has
// ended Bob claims his coupon; the `bonds_*` RPC methods report the series, his holding with
// its accrued coupon, and the city's debt against the ceiling.

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import {
  startNode, devAccounts, submitOk, jsonRpc, freeBalance, bestNumber, waitFor, motion, findEvent, CITY
} from '../lib/node.mjs';
import { snapshotIfAsked } from '../lib/snapshot.mjs';

let node;
let api;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'bonds' });
  api = node.api;
}, 180_000);

after(async () => {
  // The chain its flows left, for the runtime's upgrade check (scripts/test.sh).
  await snapshotIfAsked(node, 'bonds');
  if (node) await node.stop();
}, 120_000);

const rpc = (method, ...params) => jsonRpc(node.rpcPort, `bonds_${method}`, params);

test('the council issues a series, Bob subscribes and claims a coupon from his wallet', 300_000, async () => {
  const debt = await rpc('debt');
  assert.deepEqual(debt, { total: '0', ceiling: String(1_000_000n * CITY), headroom: String(1_000_000n * CITY) });

  // 1,000 units of 10 CITY paying a coupon every 4 blocks for 2 periods, at the highest rate a
  // council may issue at: 10% a year, 76 parts per billion per 4-block period (a year is
  // 5,256,000 blocks); the window closes a few blocks after the motion.
  const id = (await api.query.bonds.nextSeriesId()).toNumber();
  const subscriptionEnd = (await bestNumber(api)) + 8;
  const couponPeriod = 4;
  const issue = api.tx.bonds.issue({
    name: 'Riverside school',
    purpose: '0x' + '5c'.repeat(32),
    contract: null,
    face: 10n * CITY,
    couponRate: 76, // Perbill
    couponPeriod,
    periods: 2,
    units: 1_000,
    subscriptionEnd,
    minUnits: 1,
    residentUnits: 0
  });
  const issued = await motion(api, {
    collective: 'council', threshold: 2, call: issue, ayes: [who.alice, who.bob], proposer: who.alice, closer: who.dave
  });
  assert.equal(findEvent(issued.events, 'bonds', 'SeriesIssued').data[0].toNumber(), id);
  const offered = await rpc('series', id);
  assert.equal(offered.name, 'Riverside school');
  assert.equal(offered.state, 'subscription');
  const coupon = 10n * CITY * 76n / 1_000_000_000n; // 760,000 planck a unit
  assert.equal(offered.couponPerUnit, String(coupon));
  assert.equal((await rpc('debt')).total, String(10_000n * CITY));

  // Bob subscribes 100 units: 1,000 CITY into the reserve fund, and a deposit for his holding.
  const subscribed = await submitOk(api, api.tx.bonds.subscribe(id, 100), who.bob);
  const event = findEvent(subscribed.events, 'bonds', 'Subscribed');
  assert.equal(event.data[1].toString(), who.bob.address);
  assert.equal(event.data[3].toBigInt(), 1_000n * CITY);
  const [holding] = await rpc('holdings', who.bob.address);
  assert.equal(holding.series, id);
  assert.equal(holding.units, 100);
  assert.equal(holding.depositor, who.bob.address);
  assert.equal(BigInt(holding.deposit), api.consts.bonds.holdingDeposit.toBigInt());

  // The window ends; Dave (anyone) closes it.
  await waitFor('the subscription window to end', async () => (await bestNumber(api)) > subscriptionEnd, 120_000, 1_000);
  const closed = await submitOk(api, api.tx.bonds.closeSubscription(id), who.dave);
  findEvent(closed.events, 'bonds', 'SeriesActivated');

  // Once period 1 has ended, Bob's holding has accrued a coupon for his 100 units.
  await waitFor('the first coupon period to end', async () => (await rpc('series', id)).duePeriods >= 1, 120_000, 1_000);
  const [accrued] = await rpc('holdings', who.bob.address);
  assert.equal(accrued.accrued, String(100n * coupon));
  assert.equal(accrued.claimable, String(100n * coupon), 'set aside at activation');

  // He claims it from his wallet.
  const before = await freeBalance(api, who.bob.address);
  const claimed = await submitOk(api, api.tx.bonds.claimCoupons(id), who.bob);
  const paid = findEvent(claimed.events, 'bonds', 'CouponsClaimed');
  assert.equal(paid.data[1].toString(), who.bob.address);
  assert.equal(paid.data[2].toBigInt(), 100n * coupon);
  const fee = findEvent(claimed.events, 'transactionPayment', 'TransactionFeePaid').data[1].toBigInt();
  assert.equal(await freeBalance(api, who.bob.address), before + 100n * coupon - fee);

  const [after] = await rpc('holdings', who.bob.address);
  assert.equal(after.accrued, '0');
  const series = await rpc('series', id);
  assert.equal(series.state, 'active');
  assert.equal(series.sold, 100);
  assert.equal(series.couponsPaid, String(100n * coupon));
  assert.equal((await rpc('debt')).total, String(1_000n * CITY), 'the unsold units are off the debt');
});
