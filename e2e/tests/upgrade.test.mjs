// The runtime upgrade by vote, on a running dev node, as council members, the technical
// committee and residents would do it from their wallets:
// council motion -> democracy.externalProposeMajority(preimage of system.authorizeUpgrade)
// -> technical committee fast-track -> referendum passes -> the scheduler dispatches it as
// Root -> anyone submits system.applyAuthorizedUpgrade(code) -> spec_version goes up and the
// chain goes on producing and finalizing blocks.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hexToU8a, stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import {
  startNode, devAccounts, submit, submitOk, inBlock, jsonRpc, bestNumber, finalizedNumber, waitFor, CITY,
  CITY_RUNTIME_NEXT_WASM, freeBalance
} from '../lib/node.mjs';

let node;
let api;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'upgrade' });
  api = node.api;
});

after(async () => {
  if (node) await node.stop();
});

/** The event `section.method` among `events`, or a failure naming what was there. */
function findEvent (events, section, method) {
  const found = events.find(({ event }) => event.section === section && event.method === method);
  assert.ok(found, `${section}.${method} in ${events.map(({ event }) => `${event.section}.${event.method}`).join(', ')}`);
  return found.event;
}

/** Submits `txs` ([signer, tx] pairs) together, so that they land in one block. */
async function together (txs) {
  const nonces = new Map();
  for (const [signer] of txs) {
    if (!nonces.has(signer.address)) {
      nonces.set(signer.address, (await api.rpc.system.accountNextIndex(signer.address)).toNumber());
    }
  }
  return Promise.all(txs.map(([signer, tx]) => {
    const nonce = nonces.get(signer.address);
    nonces.set(signer.address, nonce + 1);
    return submit(api, tx, signer, { nonce });
  }));
}

/** Proposes `call` to a collective, has `ayes` vote for it, and closes it. */
async function motion (collective, threshold, call, ayes) {
  const length = call.method.encodedLength;
  const index = (await api.query[collective].proposalCount()).toNumber();
  await submitOk(api, api.tx[collective].propose(threshold, call, length), who.alice);
  await together(ayes.map((signer) => [signer, api.tx[collective].vote(call.method.hash, index, true)]));
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call.method, length);
  const closed = await submitOk(api, api.tx[collective].close(call.method.hash, index, weight, length), who.dave);
  const executed = findEvent(closed.events, collective, 'Executed');
  assert.ok(executed.data.result.isOk, `${collective} motion executed: ${executed.data.result.toString()}`);
  return closed;
}

test('the council, the technical committee and residents upgrade the runtime by vote', async () => {
  const code = readFileSync(CITY_RUNTIME_NEXT_WASM);
  const codeHash = blake2AsHex(code, 256);
  const before = await api.rpc.state.getRuntimeVersion();
  assert.equal(before.specVersion.toNumber(), 100);

  // The proposal: authorize the new code's hash (a small call; the code comes later).
  const authorize = api.tx.system.authorizeUpgrade(codeHash);
  const external = api.tx.democracy.externalProposeMajority({
    Lookup: { hash: authorize.method.hash, len: authorize.method.encodedLength }
  });

  // A non-member cannot bring it.
  const [noted, refused] = await together([
    [who.alice, api.tx.preimage.notePreimage(authorize.method.toHex())],
    [who.dave, api.tx.council.propose(1, external, external.method.encodedLength)]
  ]);
  assert.equal(noted.dispatchError, null);
  assert.match(refused.dispatchError, /council\.NotMember/);

  // 1. The council (3 of 3) brings the external proposal.
  await motion('council', 3, external, [who.alice, who.bob, who.charlie]);
  assert.ok((await api.query.democracy.nextExternal()).isSome);

  // 2. The technical committee (2 of 2) fast-tracks it: a 5-block vote, enacted 1 block after.
  const votingPeriod = 5;
  const fastTracked = await motion('technicalCommittee', 2,
    api.tx.democracy.fastTrack(authorize.method.hash, votingPeriod, 1), [who.alice, who.bob]);
  const refIndex = findEvent(fastTracked.events, 'democracy', 'Started').data.refIndex.toNumber();

  // 3. Residents vote for it.
  const aye = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 1_000n * CITY } };
  const votes = await together([who.alice, who.bob, who.charlie].map((s) => [s, api.tx.democracy.vote(refIndex, aye)]));
  votes.forEach((v) => assert.equal(v.dispatchError, null));

  // 4. It passes; the scheduler dispatches the authorization as Root.
  await waitFor('the upgrade to be authorized', async () => {
    const authorized = await api.query.system.authorizedUpgrade();
    return authorized.isSome && authorized.unwrap().codeHash.toHex() === codeHash;
  }, 120_000, 1_000);

  // 5. Dave, who sits on no body, supplies the code. The upgrade block's events were written
  // by the old runtime while its state holds the new one, so a wallet library may decode them
  // with the wrong metadata: the test watches the transaction's status only and checks the
  // upgrade in raw state (`:code` is the authorized code, the authorization is used up).
  const apply = await api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)).signAsync(who.dave);
  const appliedHash = await inBlock(api, apply);
  const raw = (key) => jsonRpc(node.rpcPort, 'state_getStorage', [key, appliedHash]);
  assert.equal(blake2AsHex(hexToU8a(await raw(u8aToHex(stringToU8a(':code')))), 256), codeHash);
  assert.equal(await raw(api.query.system.authorizedUpgrade.key()), null);
  const upgradedAt = (await api.rpc.chain.getHeader(appliedHash)).number.toNumber();

  const after = await waitFor('spec_version 101', async () => {
    const version = await api.rpc.state.getRuntimeVersion();
    return version.specVersion.toNumber() === 101 ? version : null;
  }, 60_000);
  assert.equal(after.specName.toString(), before.specName.toString());

  // The chain goes on producing and finalizing blocks, and wallets go on transacting.
  await waitFor(`block ${upgradedAt + 2}`, async () => (await bestNumber(api)) >= upgradedAt + 2, 60_000);
  await waitFor(`finalized block ${upgradedAt + 1}`, async () => (await finalizedNumber(api)) > upgradedAt, 60_000);
  const bobBefore = await freeBalance(api, who.bob.address);
  const transfer = await submitOk(api, api.tx.balances.transferKeepAlive(who.bob.address, CITY), who.eve);
  const at = await api.at(transfer.blockHash);
  assert.equal((await at.query.system.account(who.bob.address)).data.free.toBigInt(), bobBefore + CITY);
  assert.equal((await at.call.core.version()).specVersion.toNumber(), 101);
});
