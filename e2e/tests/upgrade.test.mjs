// The runtime upgrade by vote, on a running dev node, as council members, the technical
// committee and residents would do it from their wallets:
// council motion -> democracy.externalProposeMajority(preimage of system.authorizeUpgrade)
// -> technical committee fast-track -> referendum passes -> the scheduler dispatches it as
// Root -> anyone submits system.applyAuthorizedUpgrade(code) -> spec_version goes up and the
// chain goes on producing and finalizing blocks.

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hexToU8a, stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import {
  startNode, devAccounts, submitOk, inBlock, jsonRpc, bestNumber, finalizedNumber, waitFor, clearOfLaunch, CITY,
  CITY_RUNTIME_NEXT_WASM, freeBalance, findEvent, motion as collectiveMotion, together as submitTogether
} from '../lib/node.mjs';

let node;
let api;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'upgrade' });
  api = node.api;
}, 180_000);

after(async () => {
  if (node) await node.stop();
}, 60_000);

/** A motion of `collective` proposed by Alice and closed by Dave. */
const motion = (collective, threshold, call, ayes) =>
  collectiveMotion(api, { collective, threshold, call, ayes, proposer: who.alice, closer: who.dave });

/** Submits `txs` ([signer, tx] pairs) together, so that they land in one block. */
const together = (txs) => submitTogether(api, txs);

test('the council, the technical committee and residents upgrade the runtime by vote', 600_000, async () => {
  const code = readFileSync(CITY_RUNTIME_NEXT_WASM);
  const codeHash = blake2AsHex(code, 256);
  const before = await api.rpc.state.getRuntimeVersion();
  assert.equal(before.specVersion.toNumber(), 100);

  // The proposal: authorize the new code's hash (a small call; the code comes later).
  const authorize = api.tx.system.authorizeUpgrade(codeHash);
  const external = api.tx.democracy.externalProposeMajority({
    Lookup: { hash: authorize.method.hash, len: authorize.method.encodedLength }
  });

  // A non-member cannot bring it. What follows up to the fast-track takes seven blocks: clear of
  // democracy's next launch, which would take the external proposal first.
  await clearOfLaunch(api, 8);
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
    const authorized = await api.rpc.city.authorizedUpgrade();
    return authorized.isSome && authorized.unwrap().codeHash.toHex() === codeHash && authorized.unwrap().checkVersion.isTrue;
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
