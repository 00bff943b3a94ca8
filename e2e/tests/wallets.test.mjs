// What wallets do beyond a transfer, on a dev node: a department's 2-of-3 multisig account that
// holds the treasurer credential, batches, and proxies; and the city's rules holding inside
// them (the pool refuses a wrapped vote of a non-resident and a batch nobody can cover).

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/api';
import { encodeMultiAddress, sortAddresses } from '@polkadot/util-crypto';
import {
  startNode, devAccounts, submit, submitOk, refusal, freeBalance, findEvent, motion, CITY
} from '../lib/node.mjs';

let node;
let api;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'wallets' });
  api = node.api;
}, 180_000);

after(async () => {
  if (node) await node.stop();
}, 120_000);

/** The other signatories of a multisig, as `pallet-multisig` wants them: sorted, without `signer`. */
function others (members, signer) {
  return sortAddresses(members.filter((member) => member.address !== signer.address).map((member) => member.address), 42);
}

/**
 * `signer`'s approval of `call` for the multisig of `members` with `threshold`, with the open
 * operation's timepoint if there is one: the approval that makes the threshold executes it.
 */
async function asMulti (members, threshold, signer, call) {
  const multisig = encodeMultiAddress(members.map((member) => member.address), threshold, 42);
  const open = await api.query.multisig.multisigs(multisig, call.method.hash);
  const timepoint = open.isSome ? open.unwrap().when : null;
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call.method, call.method.encodedLength);
  return api.tx.multisig.asMulti(threshold, others(members, signer), timepoint, call.method, weight);
}

test('two of three clerks spend from the reserve as the treasurer\'s office, a 2-of-3 multisig', 300_000, async () => {
  const clerks = [who.dave, who.eve, who.ferdie];
  const office = encodeMultiAddress(clerks.map((clerk) => clerk.address), 2, 42);
  // The council (2 of 3: two thirds) makes the office a treasurer and gives operations a budget.
  const commitment = '0x' + '0b'.repeat(32);
  for (const call of [
    api.tx.identityRegistry.issueByCouncil(office, 'Treasurer', commitment, null),
    api.tx.reserveFund.setBudget('Operations', 5_000n * CITY)
  ]) {
    await motion(api, { collective: 'council', threshold: 2, call, ayes: [who.alice, who.bob], proposer: who.alice, closer: who.charlie });
  }
  const supplier = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Supplier').address;
  const amount = 250n * CITY;
  const spend = api.tx.reserveFund.spend('Operations', amount, supplier, '0x' + '11'.repeat(32));

  // A clerk alone is no treasurer.
  const alone = await submit(api, spend, who.dave);
  assert.match(alone.dispatchError ?? 'succeeded', /BadOrigin/);

  // Dave opens the spend: recorded, nothing paid.
  const opened = await submitOk(api, await asMulti(clerks, 2, who.dave, spend), who.dave);
  findEvent(opened.events, 'multisig', 'NewMultisig');
  assert.equal(await freeBalance(api, supplier), 0n);

  // Ferdie approves: the office spends.
  const approved = await submitOk(api, await asMulti(clerks, 2, who.ferdie, spend), who.ferdie);
  const executed = findEvent(approved.events, 'multisig', 'MultisigExecuted');
  assert.ok(executed.data.result.isOk, `the spend succeeded: ${executed.data.result.toString()}`);
  const spent = findEvent(approved.events, 'reserveFund', 'Spent');
  assert.equal(spent.data.to.toString(), supplier);
  assert.equal(spent.data.amount.toBigInt(), amount);
  assert.equal(await freeBalance(api, supplier), amount);
});

test('the pool refuses a non-resident\'s vote wrapped in a batch, and a batch of transfers its sender cannot cover', 120_000, async () => {
  // Dave is no resident: a vote, even hidden in a batch or a proxy call, is refused before
  // inclusion (the referendum need not exist: the pool judges the voter first).
  const vote = api.tx.democracy.vote(0, { Standard: { vote: { aye: true, conviction: 'None' }, balance: CITY } });
  const batched = await api.tx.utility.batchAll([api.tx.system.remark('0x01'), vote]).signAsync(who.dave);
  assert.match(await refusal(api, batched.toHex()), /1010.*Custom error: 1/);

  // Eve's two transfers, each within her balance, exceed it together.
  const balance = await freeBalance(api, who.eve.address);
  const half = balance / 2n + CITY;
  const transfers = await api.tx.utility.batchAll([
    api.tx.balances.transferKeepAlive(who.alice.address, half),
    api.tx.balances.transferKeepAlive(who.bob.address, half)
  ]).signAsync(who.eve);
  assert.match(await refusal(api, transfers.toHex()), /1010.*(balance too low|pay)/i);
  assert.equal(await freeBalance(api, who.eve.address), balance);
});

test('a governance proxy votes council motions for its member and cannot move their money', 180_000, async () => {
  // Charlie, a council member, lets his staff account Ferdie act on governance only.
  await submitOk(api, api.tx.proxy.addProxy(who.ferdie.address, 'Governance', 0), who.charlie);
  const index = (await api.query.council.proposalCount()).toNumber();
  const remark = api.tx.system.remark('0x02');
  await submitOk(api, api.tx.council.propose(3, remark, remark.method.encodedLength), who.alice);
  const voted = await submitOk(api, api.tx.proxy.proxy(who.charlie.address, null, api.tx.council.vote(remark.method.hash, index, true)), who.ferdie);
  assert.ok(findEvent(voted.events, 'proxy', 'ProxyExecuted').data.result.isOk);
  const votes = (await api.query.council.voting(remark.method.hash)).unwrap();
  assert.ok(votes.ayes.some((aye) => aye.toString() === who.charlie.address), 'the aye is Charlie\'s');

  const before = await freeBalance(api, who.charlie.address);
  const moved = await submitOk(api, api.tx.proxy.proxy(who.charlie.address, null, api.tx.balances.transferKeepAlive(who.ferdie.address, CITY)), who.ferdie);
  const result = findEvent(moved.events, 'proxy', 'ProxyExecuted').data.result;
  assert.ok(result.isErr, 'the transfer was filtered');
  assert.match(api.registry.findMetaError(result.asErr.asModule).name, /CallFiltered/);
  assert.equal(await freeBalance(api, who.charlie.address), before);
});
