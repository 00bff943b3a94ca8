// The IoT wire format as e2e/lib/iot.mjs computes it (independently of the Rust code, with
// @polkadot/util-crypto, as a device's firmware or an auditor's script would), held against the
// known answers the gateway's and the pallet's tests pin: a fixed ed25519 key (ed25519 signs
// deterministically) and a fixed reading give the same message, signature, payload and leaves in
// both languages.

import { test } from '../lib/harness.mjs';
import assert from 'node:assert/strict';
import { cryptoWaitReady, ed25519PairFromSeed, ed25519Sign, ed25519Verify } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { deviceId, deviceKey, multiSignature, readingLeaf, readingMessage } from '../lib/iot.mjs';

// The Rust tests' known answers (gateway/src/message.rs, pallets/iot-anchors/src/tests/relay.rs).
const KNOWN_MESSAGE = '0x8c636974792d636861696e2f696f742d72656164696e672d7369676e61747572652f76311111111111111111111111111111111111111111111111111111111111111111a0ccc8bcc83f6c628340134f8546a21e0618fd1aaa02432bba454c4a2c2233da7b505c18a3010000d6ffffffffffffff';
const KNOWN_PAYLOAD = '{"v":1,"device":"0xa0ccc8bcc83f6c628340134f8546a21e0618fd1aaa02432bba454c4a2c2233da","timestamp":1800000000123,"value":-42,"signature":"0xf1a09f6c9663860ab3bc01eec6c838f087dc78ef3ac4812db5e7c6b41f3c891d1d0d8025542a4760b964754b5d1b20850b4a6dbe432853800f8177665c1f8001"}';
const KNOWN_SIGNATURE = '0x00f1a09f6c9663860ab3bc01eec6c838f087dc78ef3ac4812db5e7c6b41f3c891d1d0d8025542a4760b964754b5d1b20850b4a6dbe432853800f8177665c1f8001';
const KNOWN_LEAF = '0xe7c8998dad9eac22087ff13fbbc5117ceb35fd9e8e88c454d1a53037b921c8d6';
const KNOWN_SIGNED_LEAF = '0x3b594c7b3e72665d43aa63b9952a5bcb227546cb388c791b3a62e64f94b8630f';

test('a device computes the message, signature and leaves the chain and the gateway expect', 30_000, async () => {
  await cryptoWaitReady();
  const pair = ed25519PairFromSeed(new Uint8Array(32).fill(7));
  // A device's id: BLAKE2-256 of its key as SCALE (`DeviceKey::Ed25519` is variant 0).
  const device = deviceId(deviceKey('ed25519', pair.publicKey));
  const genesis = new Uint8Array(32).fill(0x11);
  const [timestamp, value] = [1_800_000_000_123, -42];
  const message = readingMessage(genesis, device, timestamp, value);
  assert.equal(u8aToHex(message), KNOWN_MESSAGE);
  const signature = ed25519Sign(message, pair);
  assert.ok(ed25519Verify(message, signature, pair.publicKey));
  const payload = JSON.stringify({ v: 1, device: u8aToHex(device), timestamp, value, signature: u8aToHex(signature) });
  assert.equal(payload, KNOWN_PAYLOAD);

  // The leaves: the domain's bytes, then SCALE(device, sequence, index, timestamp, value),
  // then (signed) SCALE(MultiSignature::Ed25519) = 0x00 ++ the 64 bytes.
  const reading = { device, sequence: 3, index: 1, timestamp, value };
  assert.equal(u8aToHex(readingLeaf(reading)), KNOWN_LEAF);
  assert.equal(u8aToHex(multiSignature('ed25519', signature)), KNOWN_SIGNATURE);
  const signed = { ...reading, signature: multiSignature('ed25519', signature) };
  assert.equal(u8aToHex(readingLeaf(signed)), KNOWN_SIGNED_LEAF);
});
