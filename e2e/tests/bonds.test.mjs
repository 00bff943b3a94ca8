// Municipal bonds from wallets on a dev node: two thirds of the council issue a series by
// motion, Bob (a resident) subscribes, anyone closes the window, and once a coupon period has
// ended Bob claims his coupon; the `bonds_*` RPC methods report the series, his holding with
// its accrued coupon, and the city's debt against the ceiling.

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import {
  startNode, devAccounts, submitOk, freeBalance, bestNumber, waitFor, motion, findEvent, CITY
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

test('the council issues a series, Bob subscribes and claims a coupon from his wallet', 300_000, async () => {
  const debt = await api.rpc.bonds.debt();
  assert.deepEqual([debt.total.toBigInt(), debt.ceiling.toBigInt(), debt.headroom.toBigInt()],
    [0n, 1_000_000n * CITY, 1_000_000n * CITY]);

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
  const offered = (await api.rpc.bonds.series(id)).unwrap();
  assert.equal(offered.name.toString(), 'Riverside school');
  assert.equal(offered.state.toString(), 'subscription');
  const coupon = 10n * CITY * 76n / 1_000_000_000n; // 760,000 planck a unit
  assert.equal(offered.couponPerUnit.toBigInt(), coupon);
  assert.equal((await api.rpc.bonds.debt()).total.toBigInt(), 10_000n * CITY);

  // Bob subscribes 100 units: 1,000 CITY into the reserve fund, and a deposit for his holding.
  const subscribed = await submitOk(api, api.tx.bonds.subscribe(id, 100), who.bob);
  const event = findEvent(subscribed.events, 'bonds', 'Subscribed');
  assert.equal(event.data[1].toString(), who.bob.address);
  assert.equal(event.data[3].toBigInt(), 1_000n * CITY);
  const [holding] = await api.rpc.bonds.holdings(who.bob.address);
  assert.equal(holding.series.toNumber(), id);
  assert.equal(holding.units.toNumber(), 100);
  assert.equal(holding.depositor.toString(), who.bob.address);
  assert.equal(holding.deposit.toBigInt(), api.consts.bonds.holdingDeposit.toBigInt());

  // The window ends; Dave (anyone) closes it.
  await waitFor('the subscription window to end', async () => (await bestNumber(api)) > subscriptionEnd, 120_000, 1_000);
  const closed = await submitOk(api, api.tx.bonds.closeSubscription(id), who.dave);
  findEvent(closed.events, 'bonds', 'SeriesActivated');

  // Once period 1 has ended, Bob's holding has accrued a coupon for his 100 units.
  await waitFor('the first coupon period to end', async () => (await api.rpc.bonds.series(id)).unwrap().duePeriods.toNumber() >= 1, 120_000, 1_000);
  const [accrued] = await api.rpc.bonds.holdings(who.bob.address);
  assert.equal(accrued.accrued.toBigInt(), 100n * coupon);
  assert.equal(accrued.claimable.toBigInt(), 100n * coupon, 'set aside at activation');

  // He claims it from his wallet.
  const before = await freeBalance(api, who.bob.address);
  const claimed = await submitOk(api, api.tx.bonds.claimCoupons(id), who.bob);
  const paid = findEvent(claimed.events, 'bonds', 'CouponsClaimed');
  assert.equal(paid.data[1].toString(), who.bob.address);
  assert.equal(paid.data[2].toBigInt(), 100n * coupon);
  const fee = findEvent(claimed.events, 'transactionPayment', 'TransactionFeePaid').data[1].toBigInt();
  assert.equal(await freeBalance(api, who.bob.address), before + 100n * coupon - fee);

  const [after] = await api.rpc.bonds.holdings(who.bob.address);
  assert.equal(after.accrued.toBigInt(), 0n);
  const series = (await api.rpc.bonds.series(id)).unwrap();
  assert.equal(series.state.toString(), 'active');
  assert.equal(series.sold.toNumber(), 100);
  assert.equal(series.couponsPaid.toBigInt(), 100n * coupon);
  assert.equal((await api.rpc.bonds.debt()).total.toBigInt(), 1_000n * CITY, 'the unsold units are off the debt');
});
