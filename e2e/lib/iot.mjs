// The IoT wire format (v1) for JavaScript, as a device's firmware or an auditor's script computes
// it with @polkadot/util-crypto, independently of the Rust code: a device's key and id, what the
// key signs (proof of possession, anchor, reading in relay mode), a reading's leaf, and the
// anchor's general transaction. Mirrors pallets/iot-anchors/src/types.rs (each message is a SCALE
// tuple: the domain as bytes, then the fields) and gateway/src/extrinsic.rs (the transaction);
// tests/iot-message.test.mjs holds it against the Rust tests' known answers.
//
//   const key = deviceKey('ed25519', pair.publicKey);
//   const device = deviceId(key);
//   const proof = ed25519Sign(possessionMessage(genesis, owner), pair);  // for iotAnchors.register
//   const signature = multiSignature('ed25519', ed25519Sign(anchorMessage(genesis, key, anchor), pair));
//   const hex = u8aToHex(anchorExtrinsic(api.tx.iotAnchors.anchor.callIndex, anchor, signature));

import { bnToU8a, compactAddLength, compactToU8a, stringToU8a, u8aConcat, u8aToU8a } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';

export const u64 = (n) => bnToU8a(BigInt(n), { bitLength: 64, isLe: true });
export const i64 = (n) => bnToU8a(BigInt(n), { bitLength: 64, isLe: true, isNegative: true });
export const u32 = (n) => bnToU8a(BigInt(n), { bitLength: 32, isLe: true });
/** SCALE of a byte string: its compact length, then the bytes. */
export const scaleBytes = (bytes) => u8aConcat(compactToU8a(bytes.length), bytes);
/** SCALE of an `Option`: 0, or 1 and `encode(value)`. */
const option = (value, encode) => (value === null || value === undefined ? new Uint8Array([0]) : u8aConcat([1], encode(value)));

const ANCHOR_DOMAIN = stringToU8a('city-chain/iot-anchor/v1');
const POSSESSION_DOMAIN = stringToU8a('city-chain/iot-device-key/v1');
const READING_DOMAIN = stringToU8a('city-chain/iot-reading/v1');
const SIGNED_READING_DOMAIN = stringToU8a('city-chain/iot-signed-reading/v1');
const READING_SIGNATURE_DOMAIN = stringToU8a('city-chain/iot-reading-signature/v1');

/** The variants of `DeviceKey` and of `MultiSignature` (both encode as `MultiSigner` does). */
const SCHEMES = { ed25519: 0, sr25519: 1, ecdsa: 2 };

function variant (scheme) {
  if (!(scheme in SCHEMES)) throw new Error(`unknown scheme ${scheme}; known: ${Object.keys(SCHEMES).join(', ')}`);
  return SCHEMES[scheme];
}

/** SCALE of the `DeviceKey` of `publicKey` in `scheme` (ed25519, sr25519 or ecdsa). */
export const deviceKey = (scheme, publicKey) => u8aConcat([variant(scheme)], publicKey);

/** SCALE of the `MultiSignature` `signature` in `scheme`. */
export const multiSignature = (scheme, signature) => u8aConcat([variant(scheme)], signature);

/** The id of the device registered with `key` (SCALE, as `deviceKey` gives it). */
export const deviceId = (key) => blake2AsU8a(key, 256);

/** What a device's key signs to show it is in `owner`'s hands (an address or 32 bytes). */
export function possessionMessage (genesis, owner) {
  return u8aConcat(scaleBytes(POSSESSION_DOMAIN), u8aToU8a(genesis), decodeAddress(owner));
}

/**
 * SCALE of an `Anchor` { device, sequence, timestamp, root, count, summary, cumulative }: hashes as
 * bytes or hex, `summary` { min, max, mean } or null, `cumulative` (a meter's) or null.
 */
export function encodeAnchor ({ device, sequence, timestamp, root, count, summary = null, cumulative = null }) {
  return u8aConcat(
    u8aToU8a(device), u64(sequence), u64(timestamp), u8aToU8a(root), u32(count),
    option(summary, ({ min, max, mean }) => u8aConcat(i64(min), i64(max), i64(mean))),
    option(cumulative, u64)
  );
}

/** What the signer of `anchor` signs: its key (SCALE, as `deviceKey` gives it) is bound too. */
export function anchorMessage (genesis, key, anchor) {
  return u8aConcat(scaleBytes(ANCHOR_DOMAIN), u8aToU8a(genesis), key, encodeAnchor(anchor));
}

/** What a device signs for one reading (relay mode). */
export function readingMessage (genesis, device, timestamp, value) {
  return u8aConcat(scaleBytes(READING_SIGNATURE_DOMAIN), u8aToU8a(genesis), u8aToU8a(device), u64(timestamp), i64(value));
}

/**
 * The leaf of a reading { device, sequence, index, timestamp, value, signature }: `signature`
 * (SCALE, as `multiSignature` gives it) for a reading its device signed, else null. A batch of
 * one reading has its leaf as root.
 */
export function readingLeaf ({ device, sequence, index, timestamp, value, signature = null }) {
  const fields = u8aConcat(u8aToU8a(device), u64(sequence), u32(index), u64(timestamp), i64(value));
  return blake2AsU8a(signature ? u8aConcat(SIGNED_READING_DOMAIN, fields, signature) : u8aConcat(READING_DOMAIN, fields), 256);
}

/** "A general transaction, extrinsic format 5". */
export const GENERAL_V5 = 0b0100_0000 | 5;

/** City Chain's transaction extensions' explicit data for a general transaction: an immortal
 * era, nonce 0, tip 0, no metadata hash (the other extensions carry none). */
export const CITY_EXTENSION = new Uint8Array([0, 0, 0, 0]);

/**
 * The encoded general transaction that anchors `anchor` with `signature` (SCALE, as
 * `multiSignature` gives it), nobody signing or paying for it: `callIndex` is
 * `api.tx.iotAnchors.anchor.callIndex`.
 */
export function anchorExtrinsic (callIndex, anchor, signature) {
  return compactAddLength(u8aConcat([GENERAL_V5, 0], CITY_EXTENSION, callIndex, encodeAnchor(anchor), signature));
}
