// A dev node as a wallet sees it: blocks, chain properties, metadata, CITY transfers, and the
// transactions it must refuse.

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { compactFromU8a, u8aToHex, hexToU8a } from '@polkadot/util';
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import {
  startNode, devAccounts, submitOk, inBlock, refusal, freeBalance, bestNumber, finalizedNumber, waitFor, CITY
} from '../lib/node.mjs';
import { snapshotIfAsked } from '../lib/snapshot.mjs';

let node;
let api;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'dev-chain' });
  api = node.api;
}, 180_000);

after(async () => {
  // The chain its flows left, for the runtime's upgrade check (scripts/test.sh).
  await snapshotIfAsked(node, 'dev-chain');
  if (node) await node.stop();
}, 120_000);

test('blocks are produced and finalized', 120_000, async () => {
  await waitFor('block 3', async () => (await bestNumber(api)) >= 3, 60_000);
  await waitFor('finalized block 2', async () => (await finalizedNumber(api)) >= 2, 60_000);
  const finalized = await finalizedNumber(api);
  const best = await bestNumber(api);
  assert.ok(finalized <= best, `finalized ${finalized} <= best ${best}`);
});

test('chain properties read CITY with 12 decimals and SS58 format 42', 120_000, async () => {
  const properties = await api.rpc.system.properties();
  assert.equal(properties.tokenSymbol.unwrap()[0].toString(), 'CITY');
  assert.equal(properties.tokenDecimals.unwrap()[0].toNumber(), 12);
  assert.equal(properties.ss58Format.unwrap().toNumber(), 42);
  assert.deepEqual(api.registry.chainTokens, ['CITY']);
  assert.deepEqual(api.registry.chainDecimals, [12]);
  assert.equal(api.registry.chainSS58, 42);
});

test('metadata lists every pallet of the runtime and no Sudo', 120_000, async () => {
  const pallets = api.runtimeMetadata.asLatest.pallets.map((p) => [p.index.toNumber(), p.name.toString()]);
  assert.deepEqual(pallets, [
    [0, 'System'], [1, 'Timestamp'], [2, 'Aura'], [3, 'Grandpa'], [4, 'Balances'],
    [5, 'TransactionPayment'], [6, 'Authorship'], [7, 'ValidatorSet'], [8, 'Session'], [10, 'Preimage'], [11, 'Scheduler'], [12, 'Council'],
    [13, 'CouncilMembership'], [14, 'TechnicalCommittee'], [15, 'TechnicalMembership'],
    [16, 'Democracy'], [17, 'GovernancePeriods'], [20, 'CityCoin'], [21, 'ReserveFund'], [22, 'Bonds'], [23, 'IdentityRegistry'], [24, 'VehicleRegistry'], [25, 'IotAnchors'],
    [30, 'Utility'], [31, 'Multisig'], [32, 'Proxy']
  ]);
  assert.equal(api.tx.sudo, undefined);
  assert.ok(api.runtimeMetadata.version >= 15, `metadata v${api.runtimeMetadata.version}`);
  const versions = await api.call.metadata.metadataVersions();
  assert.ok(versions.map((v) => v.toNumber()).includes(15));
});

test('Alice sends Bob CITY: Bob gets exactly the amount, Alice pays amount plus the reported fee', 120_000, async () => {
  const amount = 25n * CITY + 123_456n;
  const tx = api.tx.balances.transferKeepAlive(who.bob.address, amount);
  const quoted = (await tx.paymentInfo(who.alice)).partialFee.toBigInt();
  const [aliceBefore, bobBefore] = [await freeBalance(api, who.alice.address), await freeBalance(api, who.bob.address)];

  const { events, blockHash } = await submitOk(api, tx, who.alice);

  const feePaid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
  assert.ok(feePaid, 'a TransactionFeePaid event');
  const fee = feePaid.event.data.actualFee.toBigInt();
  assert.equal(fee, quoted, 'the fee charged is the fee payment_queryInfo reported');
  const at = await api.at(blockHash);
  const free = async (address) => (await at.query.system.account(address)).data.free.toBigInt();
  assert.equal(await free(who.bob.address), bobBefore + amount);
  assert.equal(await free(who.alice.address), aliceBefore - amount - fee);
});

async function balancesOf (...pairs) {
  return Promise.all(pairs.map((p) => freeBalance(api, p.address)));
}

test('a transfer with a bad signature is refused and changes no balance', 120_000, async () => {
  const before = await balancesOf(who.alice, who.bob);
  const nonce = (await api.rpc.system.accountNextIndex(who.alice.address)).toNumber();
  const tx = await api.tx.balances.transferKeepAlive(who.bob.address, CITY).signAsync(who.alice, { nonce });
  const bytes = tx.toU8a();
  // length prefix | version | MultiAddress::Id (1 + 32) | MultiSignature::Sr25519 (1 + 64)
  const [prefix] = compactFromU8a(bytes);
  bytes[prefix + 1 + 33 + 1 + 10] ^= 0xff;
  const message = await refusal(api, u8aToHex(bytes));
  assert.match(message, /1010.*bad signature/i);
  assert.deepEqual(await balancesOf(who.alice, who.bob), before);
});

test('a replayed transaction, or a new one with a used nonce, is refused and changes no balance', 120_000, async () => {
  const nonce = (await api.rpc.system.accountNextIndex(who.bob.address)).toNumber();
  const tx = await api.tx.balances.transferKeepAlive(who.charlie.address, CITY).signAsync(who.bob, { nonce });
  const hex = tx.toHex();
  await inBlock(api, hex);
  const before = await balancesOf(who.bob, who.charlie);

  // The very same bytes: the pool knows them.
  assert.match(await refusal(api, hex), /1013.*already imported/i);
  // Another transfer signed with the nonce already used: outdated.
  const replay = await api.tx.balances.transferKeepAlive(who.charlie.address, 2n * CITY).signAsync(who.bob, { nonce });
  assert.match(await refusal(api, replay.toHex()), /1010.*outdated/i);

  await sleep6s();
  assert.deepEqual(await balancesOf(who.bob, who.charlie), before);
  assert.equal((await api.rpc.system.accountNextIndex(who.bob.address)).toNumber(), nonce + 1);
});

test('a transfer of more than the balance is refused and changes no balance', 120_000, async () => {
  const [ferdieBefore, eveBefore] = await balancesOf(who.ferdie, who.eve);
  const nonceBefore = (await api.rpc.system.accountNextIndex(who.ferdie.address)).toNumber();
  const tx = await api.tx.balances.transferAllowDeath(who.eve.address, ferdieBefore + 1n).signAsync(who.ferdie);
  const message = await refusal(api, tx.toHex());
  assert.match(message, /1010.*(balance too low|pay)/i);
  await sleep6s();
  assert.deepEqual(await balancesOf(who.ferdie, who.eve), [ferdieBefore, eveBefore]);
  assert.equal((await api.rpc.system.accountNextIndex(who.ferdie.address)).toNumber(), nonceBefore);
});

/**
 * The metadata hash (RFC 78) of the node's runtime, computed here from its metadata (v15) with
 * @polkadot-api/merkleize-metadata, as a Ledger-backed wallet does: independent of the node's.
 */
async function metadataHash () {
  const opaque = await api.call.metadata.metadataAtVersion(15);
  const metadata = opaque.unwrap().toU8a(true);
  const { specName, specVersion } = api.runtimeVersion;
  return merkleizeMetadata(metadata, {
    decimals: 12, tokenSymbol: 'CITY', specName: specName.toString(), specVersion: specVersion.toNumber(), base58Prefix: 42
  }).digest();
}

test('a transfer signed with the metadata hash (mode 1, as Ledger signs) is included; a wrong hash is refused', 120_000, async () => {
  const hash = await metadataHash();
  const amount = 3n * CITY;
  const bobBefore = await freeBalance(api, who.bob.address);
  const tx = api.tx.balances.transferKeepAlive(who.bob.address, amount);
  const { blockHash } = await submitOk(api, tx, who.charlie, { mode: 1, metadataHash: u8aToHex(hash) });
  const block = await api.rpc.chain.getBlock(blockHash);
  const included = block.block.extrinsics.find((xt) => xt.isSigned && xt.signer.toString() === who.charlie.address);
  assert.ok(included, 'Charlie\'s transfer is in the block');
  assert.equal(included.mode.toNumber(), 1, 'signed in mode 1: the metadata hash is part of what was signed');
  assert.equal(await freeBalance(api, who.bob.address), bobBefore + amount);

  // The same transfer signed over another hash (a wallet shown other metadata): the signature
  // does not match what the runtime checks, and the pool refuses it.
  const wrong = Uint8Array.from(hash, (byte) => byte ^ 0xff);
  const bad = await api.tx.balances.transferKeepAlive(who.bob.address, amount)
    .signAsync(who.charlie, { mode: 1, metadataHash: u8aToHex(wrong) });
  assert.match(await refusal(api, bad.toHex()), /1010.*bad signature/i);
});

function sleep6s () {
  return new Promise((resolve) => setTimeout(resolve, 6_000));
}
