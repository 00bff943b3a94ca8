// CityCoin and the reserve fund from a wallet on a dev node: Dave pays for a city service,
// sees his receipt in the block's events and through the runtime API, and anyone reads the
// reserve fund's state over RPC before and after, fees included.

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { startNode, devAccounts, submit, submitOk, freeBalance, CITY } from '../lib/node.mjs';
import { snapshotIfAsked } from '../lib/snapshot.mjs';

let node;
let api;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'citycoin' });
  api = node.api;
}, 180_000);

after(async () => {
  // The chain its flows left, for the runtime's upgrade check (scripts/test.sh).
  await snapshotIfAsked(node, 'citycoin');
  if (node) await node.stop();
}, 120_000);

test('the reserve fund reports its state over RPC', 120_000, async () => {
  const status = await api.rpc.reserve.status();
  const fund = await freeBalance(api, status.account.toString());
  // The RPC reports what can be spent: all but the existential deposit.
  const ed = api.consts.balances.existentialDeposit.toBigInt();
  assert.equal(status.balance.toBigInt(), fund - ed);
  assert.equal(status.obligations.length, 0);
  assert.equal(status.totalObligations.toBigInt(), 0n);
  assert.equal(status.free.toBigInt(), status.balance.toBigInt());
  assert.equal(status.coveragePpm.isNone, true);
  // The fiscal period: the block over the period's length (every field is also held to the
  // node's JSON at the same block: lib/rpc-check.mjs).
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  assert.equal(status.period.toNumber(), Math.floor(best / api.consts.reserveFund.fiscalPeriod.toNumber()));
  // The genesis budgets: wages, public works and validators' rewards, nothing spent yet (a dev
  // session lasts an hour: no reward is paid in this test).
  const budgets = Object.fromEntries(status.budgets.map((b) => [b.category.toString(), b]));
  assert.equal(status.budgets.length, 3);
  const budget = (b) => b && { category: b.category.toString(), limit: b.limit.toBigInt(), spent: b.spent.toBigInt() };
  assert.deepEqual(budget(budgets.Payroll), { category: 'Payroll', limit: 100_000n * 10n ** 12n, spent: 0n });
  assert.deepEqual(budget(budgets.PublicWorks), { category: 'PublicWorks', limit: 200_000n * 10n ** 12n, spent: 0n });
  assert.deepEqual(budget(budgets.ValidatorRewards), { category: 'ValidatorRewards', limit: 25_000n * 10n ** 12n, spent: 0n });
  // The fund's account: `PalletId(*b"city/rsv")` as Substrate derives it ("modl" ++ id ++ zeros).
  const derived = u8aConcat(stringToU8a('modl'), stringToU8a('city/rsv'), new Uint8Array(20));
  assert.equal(status.account.toString(), encodeAddress(derived, 42));
});

test('Dave pays for parking: price and tax go to the fund, and he gets a receipt', 120_000, async () => {
  const [service] = (await api.call.cityCoinApi.services()).filter(([id]) => id.toNumber() === 0).map(([, s]) => s);
  assert.equal(service.name.toUtf8(), 'Parking, one day');
  assert.equal(service.residentOnly.isTrue, false);
  const price = service.price.toBigInt();
  const rate = (await api.query.cityCoin.taxRate()).toBigInt(); // parts per million
  const tax = (price * rate + 999_999n) / 1_000_000n;
  assert.equal(tax, price / 20n, 'the 5% city tax');

  const before = (await api.rpc.reserve.status()).balance.toBigInt();
  const reference = '0x' + '0d'.repeat(32);
  const { blockHash, events } = await submitOk(
    api, api.tx.cityCoin.payForService(0, price + tax, reference), who.dave);

  const paid = events.map(({ event }) => event).find((event) => api.events.cityCoin.ServicePaid.is(event));
  assert.ok(paid, 'the ServicePaid receipt event');
  const [receiptId, payer, serviceId, paidPrice, paidTax, paidReference] = paid.data;
  assert.equal(payer.toString(), who.dave.address);
  assert.equal(serviceId.toNumber(), 0);
  assert.equal(paidPrice.toBigInt(), price);
  assert.equal(paidTax.toBigInt(), tax);
  assert.equal(paidReference.toHex(), reference);

  // The city's systems check the receipt through the runtime API.
  const receipt = (await api.call.cityCoinApi.receipt(receiptId)).unwrap();
  assert.equal(receipt.payer.toString(), who.dave.address);
  assert.equal(receipt.price.toBigInt(), price);
  assert.equal(receipt.reference.toHex(), reference);

  // The fund received the payment (an event with its category) and, at the block's end, the
  // block's fees.
  const blockEvents = await (await api.at(blockHash)).query.system.events();
  const received = blockEvents.map(({ event }) => event).filter((event) => api.events.reserveFund.Received.is(event));
  const inflows = received.map((event) => [event.data[0].toString(), event.data[2].toBigInt()]);
  assert.deepEqual(inflows[0], ['ServicePayment', price + tax]);
  assert.equal(inflows[1][0], 'Fees');
  const fees = inflows[1][1];
  assert.ok(fees > 0n);

  const after = (await api.rpc.reserve.status(blockHash)).balance.toBigInt();
  assert.equal(after - before, price + tax + fees, 'price, tax and the block fees');
});

test('a resident-only service refuses a visitor, with the reason', 120_000, async () => {
  const { dispatchError } = await submit(api, api.tx.cityCoin.payForService(1, 100n * CITY, '0x' + '00'.repeat(32)), who.dave);
  assert.match(dispatchError, /cityCoin\.NotAResident/);
});
