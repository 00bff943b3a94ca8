// The vehicle registry from wallets on a dev node: the council makes Eve a vehicle clerk,
// Alice (a resident) applies to register her car, Eve registers it with a plate, anyone looks
// the plate up over RPC, and Alice sells the car to Bob, who pays her and the transfer tax.

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { startNode, devAccounts, submitOk, freeBalance, motion, findEvent, CITY } from '../lib/node.mjs';
import { snapshotIfAsked } from '../lib/snapshot.mjs';

let node;
let api;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'vehicles' });
  api = node.api;
}, 180_000);

after(async () => {
  // The chain its flows left, for the runtime's upgrade check (scripts/test.sh).
  await snapshotIfAsked(node, 'vehicles');
  if (node) await node.stop();
}, 120_000);

test('Alice registers her car, anyone finds it by plate, and she sells it to Bob', 240_000, async () => {
  // The council (2 of 3) gives Eve a vehicle-clerk credential.
  const clerk = api.tx.identityRegistry.issueByCouncil(who.eve.address, 'VehicleClerk', '0x' + '09'.repeat(32), null);
  await motion(api, { collective: 'council', threshold: 2, call: clerk, ayes: [who.alice, who.bob], proposer: who.alice, closer: who.dave });

  // Alice applies: the fee goes to the reserve fund, a deposit is held.
  const vin = '1M8GDM9AXKP042788';
  const applied = await submitOk(api, api.tx.vehicleRegistry.apply(vin, 'Ford', 'Transit', 1989), who.alice);
  const id = findEvent(applied.events, 'vehicleRegistry', 'Applied').data[0].toNumber();
  assert.equal((await api.rpc.vehicles.byVin(vin)).unwrap().status.toString(), 'pending');
  assert.equal((await api.rpc.vehicles.byPlate('CITY-7')).isNone, true);

  // Eve registers it with a plate.
  const approved = await submitOk(api, api.tx.vehicleRegistry.approve(id, 'CITY-7'), who.eve);
  findEvent(approved.events, 'vehicleRegistry', 'Registered');

  // Anyone looks the plate up.
  const car = (await api.rpc.vehicles.byPlate('CITY-7')).unwrap();
  assert.equal(car.id.toNumber(), id);
  assert.equal(car.vin.toString(), vin);
  assert.equal(car.make.toString(), 'Ford');
  assert.equal(car.owner.toString(), who.alice.address);
  assert.equal(car.status.toString(), 'registered');
  assert.equal(car.stolen.isFalse, true);
  assert.equal(car.stolenByPolice.isFalse, true);
  assert.equal(car.registrations.toNumber(), 1);
  assert.equal((await api.rpc.vehicles.openFines('CITY-7')).length, 0);

  // Alice offers it to Bob for 100 CITY; Bob accepts, paying her and 2% tax (at least 5 CITY).
  await submitOk(api, api.tx.vehicleRegistry.offer(id, who.bob.address, 100n * CITY), who.alice);
  assert.equal((await api.rpc.vehicles.byPlate('CITY-7')).unwrap().offeredTo.unwrap().toString(), who.bob.address);
  const alice = await freeBalance(api, who.alice.address);
  const accepted = await submitOk(api, api.tx.vehicleRegistry.accept(id, 100n * CITY), who.bob);
  const transferred = findEvent(accepted.events, 'vehicleRegistry', 'Transferred');
  assert.equal(transferred.data[2].toString(), who.bob.address);
  assert.equal(transferred.data[4].toBigInt(), 5n * CITY, 'the least tax: 2% of 100 is 2');
  const received = accepted.events.map(({ event }) => event)
    .filter((event) => api.events.reserveFund.Received.is(event))
    .map((event) => [event.data[0].toString(), event.data[2].toBigInt()]);
  assert.deepEqual(received[0], ['Tax', 5n * CITY]);
  const deposit = api.consts.vehicleRegistry.vehicleDeposit.toBigInt();
  assert.equal(await freeBalance(api, who.alice.address), alice + 100n * CITY + deposit, 'the price and her deposit back');

  const sold = (await api.rpc.vehicles.byPlate('CITY-7')).unwrap();
  assert.equal(sold.owner.toString(), who.bob.address);
  assert.equal(sold.offeredTo.isNone, true);
  assert.deepEqual((await api.rpc.vehicles.of(who.bob.address)).map((v) => v.id.toNumber()), [id]);
  assert.equal((await api.rpc.vehicles.of(who.alice.address)).length, 0);
});
