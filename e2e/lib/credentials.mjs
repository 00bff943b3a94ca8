// Selective disclosure for @polkadot/api users: build a credential's commitment from salted
// attributes, and a proof that reveals one attribute. Mirrors
// pallets/identity-registry/src/disclosure.rs (read its docs for the encoding):
//   leaf   = blake2_256("city-chain/attribute/v1" ++ SCALE(key) ++ SCALE(value) ++ salt)
//   parent = blake2_256(left ++ right); an odd last node moves up unchanged
//   proof  = the sibling of the node at each level, from the leaf up, where it has one
//
//   const attributes = [['name', 'Alice'], ['birth_date', '2001-04-17']]
//     .map(([key, value]) => ({ key, value, salt: randomAsU8a(32) }));   // keep the salts!
//   const root = commitment(attributes);          // what the issuer puts on chain
//   const disclosure = disclose(attributes, 1);   // reveals the birth date only
//   await api.call.identityRegistryApi.verifyAttribute(credentialId, disclosure);

import { compactToU8a, stringToU8a, u8aConcat, u8aToHex, isString } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

export const DOMAIN = stringToU8a('city-chain/attribute/v1');

const bytes = (x) => (isString(x) ? stringToU8a(x) : x);
const hash = (data) => blake2AsU8a(data, 256);

/** The leaf of one attribute `{ key, value, salt }` (strings or bytes; salt: 32 bytes). */
export function attributeLeaf ({ key, value, salt }) {
  const [k, v] = [bytes(key), bytes(value)];
  if (salt.length !== 32) throw new Error('a salt is 32 bytes');
  return hash(u8aConcat(DOMAIN, compactToU8a(k.length), k, compactToU8a(v.length), v, salt));
}

/**
 * The levels of the binary Merkle tree over 32-byte `leaves`, from the leaves up to the root, as
 * `city_primitives::merkle` builds it (polkadot-sdk's binary-merkle-tree): pairs hashed with
 * BLAKE2-256, an odd last node promoted unchanged. Credentials' attributes and IoT readings alike.
 */
export function merkleLevels (leaves) {
  const rows = [leaves];
  while (rows[rows.length - 1].length > 1) {
    const row = rows[rows.length - 1];
    const next = [];
    for (let i = 0; i < row.length; i += 2) {
      next.push(i + 1 < row.length ? hash(u8aConcat(row[i], row[i + 1])) : row[i]);
    }
    rows.push(next);
  }
  return rows;
}

/** The proof of the leaf at `index` of the tree `rows`: the sibling at each level up, where it has one (hex). */
export function merkleProof (rows, index) {
  const proof = [];
  let position = index;
  for (const row of rows.slice(0, -1)) {
    const sibling = position ^ 1;
    if (sibling < row.length) proof.push(u8aToHex(row[sibling]));
    position >>= 1;
  }
  return proof;
}

/** The commitment (Merkle root, hex) of `attributes`. */
export function commitment (attributes) {
  if (attributes.length === 0) return u8aToHex(new Uint8Array(32));
  const rows = merkleLevels(attributes.map(attributeLeaf));
  return u8aToHex(rows[rows.length - 1][0]);
}

/** The sibling hashes (hex) that prove the attribute at `index`. */
export function prove (attributes, index) {
  return merkleProof(merkleLevels(attributes.map(attributeLeaf)), index);
}

/** The `Disclosure` the runtime API takes, revealing the attribute at `index` only. */
export function disclose (attributes, index) {
  const { key, value, salt } = attributes[index];
  return {
    key: u8aToHex(bytes(key)),
    value: u8aToHex(bytes(value)),
    salt: u8aToHex(salt),
    leafIndex: index,
    leafCount: attributes.length,
    proof: prove(attributes, index)
  };
}
