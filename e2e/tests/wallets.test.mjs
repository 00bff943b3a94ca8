// What wallets do beyond a transfer, on a dev node: a department's 2-of-3 multisig account that
// holds the treasurer credential, batches, and proxies; and the city's rules holding inside
// them (the pool refuses a wrapped vote of a non-resident and a batch nobody can cover).

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { createCityApi, rpc } from '@city-chain/api';
import { encodeMultiAddress, sortAddresses } from '@polkadot/util-crypto';
import {
  startNode, devAccounts, submit, submitOk, refusal, freeBalance, findEvent, motion, jsonRpc, CITY
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

/** What @polkadot/api logs (its logger writes to the console) while `connect()` connects. */
async function warningsOf (connect) {
  const logged = [];
  const originals = { warn: console.warn, error: console.error, log: console.log };
  for (const level of Object.keys(originals)) console[level] = (...args) => logged.push(args.join(' '));
  let api;
  try {
    api = await connect();
  } finally {
    Object.assign(console, originals);
  }
  await api.disconnect();
  return logged.join('\n');
}

// The typed client (clients/js): the city's transaction extensions and RPC methods declared, so
// @polkadot/api warns of neither, and the city's RPC methods answer typed values, the same as the
// node's JSON.
test('@city-chain/api: no unknown extension or city method, and the city\'s RPC methods answer typed', 120_000, async () => {
  const endpoint = `ws://127.0.0.1:${node.rpcPort}`;
  // Plain @polkadot/api warns of both: what the package removes.
  const plain = await warningsOf(() => ApiPromise.create({ provider: new WsProvider(endpoint) }));
  assert.match(plain, /Unknown signed extensions AuthorizeCall, CheckResidentVote/);
  assert.match(plain, /not decorated: [^\n]*\breserve_status\b/);
  const city = await warningsOf(() => createCityApi(endpoint));
  assert.doesNotMatch(city, /Unknown signed extensions/);
  // What stays undecorated is the node's new JSON-RPC interface (chainHead_v1, transaction_v1,
  // ...), which @polkadot/api 16.5.6 does not implement: none of the city's methods.
  const undecorated = (city.match(/not decorated: ([^\n]*)/)?.[1] ?? '').split(', ').filter(Boolean);
  const cityMethods = Object.entries(rpc).flatMap(([section, methods]) => Object.keys(methods).map((m) => `${section}_${m}`));
  assert.deepEqual(undecorated.filter((m) => cityMethods.includes(m)), []);
  // The package declares every city method the node serves, and nothing else.
  const exposed = (await jsonRpc(node.rpcPort, 'rpc_methods')).methods;
  assert.deepEqual(exposed.filter((m) => /^(reserve|bonds|identity|iot|vehicles|city|validators)_/.test(m)).sort(), [...cityMethods].sort());
  for (const method of cityMethods) {
    const [section, name] = method.split('_');
    assert.equal(typeof api.rpc[section][name], 'function', `api.rpc.${section}.${name}`);
  }

  // Typed answers, field by field against the node's JSON, at the same block.
  const at = await api.rpc.chain.getFinalizedHead();
  const raw = (method, ...params) => jsonRpc(node.rpcPort, method, [...params, at.toHex()]);
  const status = await api.rpc.reserve.status(at);
  const rawStatus = await raw('reserve_status');
  assert.equal(status.account.toString(), rawStatus.account);
  for (const field of ['balance', 'totalObligations', 'free']) assert.equal(status[field].toBigInt(), BigInt(rawStatus[field]), field);
  assert.deepEqual(status.budgets.map((b) => [b.category.toString(), b.limit.toBigInt(), b.spent.toBigInt()]),
    rawStatus.budgets.map((b) => [b.category, BigInt(b.limit), BigInt(b.spent)]));
  assert.equal(status.budgets.find((b) => b.category.isPayroll).limit.toBigInt(), 100_000n * CITY, 'the dev genesis\'s payroll budget');
  const [credential] = await api.rpc.identity.credentialsOf(who.alice.address, at);
  const [rawCredential] = await raw('identity_credentialsOf', who.alice.address);
  assert.equal(credential.id.toNumber(), rawCredential.id);
  assert.equal(credential.credential.kind.isResident, true);
  assert.equal(credential.status.isActive, true);
  assert.equal(credential.credential.commitment.unwrap().toHex(), rawCredential.credential.commitment);
  assert.equal((await api.rpc.identity.credential(credential.id, at)).unwrap().credential.subject.toString(), who.alice.address);
  const periods = await api.rpc.city.governancePeriods(at);
  const rawPeriods = await raw('city_governancePeriods');
  assert.deepEqual(Object.fromEntries(Object.keys(rawPeriods).map((k) => [k, periods[k].toNumber()])), rawPeriods);
  const debt = await api.rpc.bonds.debt(at);
  const rawDebt = await raw('bonds_debt');
  assert.deepEqual(['total', 'ceiling', 'headroom'].map((k) => debt[k].toBigInt()), ['total', 'ceiling', 'headroom'].map((k) => BigInt(rawDebt[k])));
  assert.equal((await api.rpc.vehicles.byPlate('NO-SUCH', at)).isNone, true);
  assert.equal((await api.rpc.iot.device('0x' + '00'.repeat(32), at)).isNone, true);
  // Parameters are typed too: a disclosure that proves nothing, and a reading of no device.
  const verification = await api.rpc.identity.verifyAttribute(credential.id,
    { key: '0x6e616d65', value: '0x4d616c6c6f7279', salt: '0x' + '00'.repeat(32), leafIndex: 0, leafCount: 1, proof: [] }, at);
  assert.equal(verification.verified.isFalse, true);
  assert.equal(verification.error.unwrap().isProofInvalid, true);
  const verdict = await api.rpc.iot.verifyReading({ device: '0x' + '00'.repeat(32), sequence: 0, index: 0, timestamp: 0, value: 21 }, [], at);
  assert.equal(verdict.verdict.toString(), 'unknownDevice');
  assert.equal(verdict.root.isNone, true);
  // Governance and the validators, from their runtime APIs (each answer held to the JSON too).
  const addresses = (accounts) => accounts.map((a) => a.toString()).sort();
  const council = await api.rpc.city.council(at);
  assert.deepEqual(addresses(council.members), addresses([who.alice.address, who.bob.address, who.charlie.address]));
  assert.equal(council.prime.isNone, true);
  assert.deepEqual(addresses((await api.rpc.city.technicalCommittee(at)).members), addresses([who.alice.address, who.bob.address]));
  assert.ok(Array.isArray(await api.rpc.city.referenda(at)));
  assert.ok(Array.isArray(await api.rpc.city.scheduled(at)));
  assert.equal((await api.rpc.city.authorizedUpgrade(at)).isNone, true);
  const validators = await api.rpc.validators.status(at);
  assert.deepEqual(validators.validators.map((v) => [v.account.toString(), v.inSet.isTrue, v.inSession.isTrue, v.keysRegistered.isTrue]),
    [[who.alice.address, true, true, true]]);
  assert.equal(validators.minValidators.toNumber(), 4);
});
