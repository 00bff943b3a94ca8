// The identity registry from a wallet on a dev node: the population office's clerk (Alice)
// issues, suspends, reinstates and revokes credentials; a resident erases one and discloses a
// single attribute, verified over RPC and the runtime API; only residents take part in
// referenda, and everyone else's other calls go through unchanged.

import { test, before, after } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { stringToU8a } from '@polkadot/util';
import { blake2AsU8a, randomAsU8a } from '@polkadot/util-crypto';
import { startNode, devAccounts, submit, submitOk, refusal, CITY } from '../lib/node.mjs';
import { snapshotIfAsked } from '../lib/snapshot.mjs';
import { commitment, disclose } from '../lib/credentials.mjs';

let node;
let api;
const who = devAccounts();

before(async () => {
  node = await startNode(['--dev', '--tmp'], { name: 'identity' });
  api = node.api;
}, 180_000);

after(async () => {
  // The chain its flows left, for the runtime's upgrade check (scripts/test.sh).
  await snapshotIfAsked(node, 'identity');
  if (node) await node.stop();
}, 120_000);

/** Credential `id` as the node's `identity_credential` RPC method reports it (it must exist). */
const credential = async (id) => (await api.rpc.identity.credential(id)).unwrap();

/** Credential `id`'s status: its variant's name ('Active', 'Suspended', ...). */
const status = async (id) => (await credential(id)).status.type;

/** The id of the credential `CredentialIssued` reports in `result`'s events. */
function issuedId ({ events }) {
  const issued = events.find(({ event }) => api.events.identityRegistry.CredentialIssued.is(event));
  assert.ok(issued, 'CredentialIssued was emitted');
  return issued.event.data[0].toNumber();
}

// Dave's documents: stay with Dave; only their root goes on chain.
const attributes = [
  ['name', 'Dave Example'], ['birth_date', '1990-02-03'], ['address', '7 Market Square'],
  ['born_before_2008_01_01', 'true']
].map(([key, value]) => ({ key, value, salt: randomAsU8a(32) }));

test('genesis: the population office (Alice acting) and three residents with provable names', 240_000, async () => {
  const issuer = (await api.query.identityRegistry.issuers(0)).unwrap();
  assert.equal(issuer.department.toString(), 'PopulationOffice');
  assert.deepEqual(issuer.accounts.map((a) => a.toString()), [who.alice.address]);

  for (const [pair, name] of [[who.alice, 'Alice'], [who.bob, 'Bob'], [who.charlie, 'Charlie']]) {
    const [view, ...others] = await api.rpc.identity.credentialsOf(pair.address);
    assert.equal(others.length, 0);
    assert.equal(view.credential.kind.toString(), 'Resident');
    assert.equal(view.status.type, 'Active');
    // The development preset's documented test attribute, rebuilt by the JS helper.
    const salt = blake2AsU8a(stringToU8a(`city-chain/dev-salt/${name}`), 256);
    const dev = [{ key: 'name', value: name, salt }];
    assert.equal(view.credential.commitment.unwrap().toHex(), commitment(dev));
    const verified = await api.rpc.identity.verifyAttribute(view.id, disclose(dev, 0));
    assert.equal(verified.verified.isTrue, true);
    assert.equal(verified.error.isNone, true);
  }
  assert.equal((await api.rpc.identity.credentialsOf(who.dave.address)).length, 0);
});

test('issue, disclose one attribute, suspend, reinstate, erase', 240_000, async () => {
  const id = issuedId(await submitOk(api,
    api.tx.identityRegistry.issue(who.dave.address, 'Adult', commitment(attributes), null), who.alice));
  const view = await credential(id);
  assert.equal(view.status.type, 'Active');
  assert.equal(view.credential.subject.toString(), who.dave.address);
  assert.equal(view.credential.issuedBy.type, 'Issuer');
  assert.equal(view.credential.issuedBy.asIssuer.toNumber(), 0);

  // "Born before 2008-01-01", and nothing else, over RPC and over the runtime API.
  const proof = disclose(attributes, 3);
  const verified = await api.rpc.identity.verifyAttribute(id, proof);
  assert.equal(verified.verified.isTrue, true);
  assert.equal(verified.error.isNone, true);
  assert.ok((await api.call.identityRegistryApi.verifyAttribute(id, proof)).isOk);
  const lie = { ...proof, value: '0x66616c7365' }; // "false"
  const refuted = await api.rpc.identity.verifyAttribute(id, lie);
  assert.equal(refuted.verified.isFalse, true);
  assert.equal(refuted.error.unwrap().type, 'ProofInvalid');
  const otherSalt = disclose([{ ...attributes[0], salt: randomAsU8a(32) }, ...attributes.slice(1)], 0);
  assert.equal((await api.rpc.identity.verifyAttribute(id, otherSalt)).error.unwrap().type, 'ProofInvalid');
  assert.equal((await api.rpc.identity.verifyAttribute(999_999, proof)).error.unwrap().type, 'CredentialNotFound');
  await assert.rejects(api.rpc.identity.verifyAttribute(id, { ...proof, key: `0x${'61'.repeat(65)}` }),
    /-32602: The key is too long/);

  // Only the issuer's clerk suspends; a suspended credential proves nothing.
  const bobTries = await submit(api, api.tx.identityRegistry.suspend(id, 'UnderInvestigation'), who.bob);
  assert.match(bobTries.dispatchError, /identityRegistry\.NotTheIssuer/);
  await submitOk(api, api.tx.identityRegistry.suspend(id, 'UnderInvestigation'), who.alice);
  assert.equal(await status(id), 'Suspended');
  const suspended = (await api.rpc.identity.verifyAttribute(id, proof)).error.unwrap();
  assert.equal(suspended.type, 'CredentialNotActive');
  assert.equal(suspended.asCredentialNotActive.type, 'Suspended');
  await submitOk(api, api.tx.identityRegistry.reinstate(id), who.alice);
  assert.equal(await status(id), 'Active');

  // The population office may not issue driving licences.
  const licence = await submit(api,
    api.tx.identityRegistry.issue(who.dave.address, 'DriversLicence', commitment(attributes), null), who.alice);
  assert.match(licence.dispatchError, /identityRegistry\.KindNotAllowed/);

  // Dave erases the commitment: the record stays, the root goes, nothing verifies.
  const erased = await submitOk(api, api.tx.identityRegistry.erase(id), who.dave);
  assert.ok(erased.events.some(({ event }) => api.events.identityRegistry.CredentialErased.is(event)));
  const tombstone = await credential(id);
  assert.equal(tombstone.status.type, 'Erased');
  assert.equal(tombstone.credential.commitment.isNone, true);
  assert.equal(tombstone.credential.erasedAt.isSome, true);
  const erasedError = (await api.rpc.identity.verifyAttribute(id, proof)).error.unwrap();
  assert.equal(erasedError.type, 'CredentialNotActive');
  assert.equal(erasedError.asCredentialNotActive.type, 'Erased');
});

test('only residents take part in referenda; a revoked resident is refused again', 240_000, async () => {
  const delegate = () => api.tx.democracy.delegate(who.bob.address, 'Locked1x', CITY);
  const nonce = async (pair) => (await api.rpc.system.accountNextIndex(pair.address)).toNumber();

  // Dave is no resident: the pool refuses his delegation with the documented error and
  // charges nothing, while his other calls go through as before.
  const before = (await api.query.system.account(who.dave.address)).data.free.toBigInt();
  const message = await refusal(api, (await delegate().signAsync(who.dave, { nonce: await nonce(who.dave) })).toHex());
  assert.match(message, /1010.*Custom error: 1/);
  assert.equal((await api.query.system.account(who.dave.address)).data.free.toBigInt(), before);
  await submitOk(api, api.tx.system.remark('0x00'), who.dave);

  // A resident credential lets him delegate.
  const id = issuedId(await submitOk(api,
    api.tx.identityRegistry.issue(who.dave.address, 'Resident', commitment(attributes), null), who.alice));
  await submitOk(api, delegate(), who.dave);
  assert.ok((await api.query.democracy.votingOf(who.dave.address)).isDelegating);
  await submitOk(api, api.tx.democracy.undelegate(), who.dave);

  // Revoked: refused again, with the record kept for audits.
  const revoked = await submitOk(api, api.tx.identityRegistry.revoke(id, 'NoLongerEligible'), who.alice);
  assert.ok(revoked.events.some(({ event }) => api.events.identityRegistry.CredentialRevoked.is(event)));
  assert.equal(await status(id), 'Revoked');
  assert.equal((await credential(id)).credential.state.asRevoked.reason.type, 'NoLongerEligible');
  const again = await refusal(api, (await delegate().signAsync(who.dave, { nonce: await nonce(who.dave) })).toHex());
  assert.match(again, /1010.*Custom error: 1/);

  // Residents propose, second and vote as before (Charlie proposes, Bob seconds).
  const proposal = { Inline: api.tx.system.remark('0x01').method.toHex() };
  await submitOk(api, api.tx.democracy.propose(proposal, 100n * CITY), who.charlie);
  await submitOk(api, api.tx.democracy.second(0), who.bob);
  assert.equal((await api.query.democracy.publicProps()).length, 1);
});
