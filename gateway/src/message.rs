//! The readings' wire format, and the check of their signatures (one by one, or a whole batch
//! at once where the scheme allows it).
//!
//! Topic `city/sensors/<device id, 64 hex digits>/readings`; payload JSON, version 1:
//!
//! ```json
//! {"v":1,"device":"0x<device id>","timestamp":<ms since the Unix epoch>,"value":<i64>,
//!  "signature":"0x<the device key's signature of reading_message, 64 bytes (65 for ecdsa)>"}
//! ```
//!
//! What the device signs is [`pallet_iot_anchors::reading_message`]: SCALE of
//! (`"city-chain/iot-reading-signature/v1"`, genesis hash, device id, timestamp as u64, value
//! as i64), the same bytes the chain checks when it proves the reading. A device that cannot
//! sign (a legacy meter, custodial mode) sends `{"timestamp": ms, "value": i64}` and the
//! gateway signs its anchors with the key it keeps for it.

use pallet_iot_anchors::{reading_message, DeviceId, DeviceKey};
use serde::{Deserialize, Serialize};
use sp_core::{ecdsa, ed25519, sr25519, H256};
use sp_runtime::MultiSignature;

/// The version of the message format this gateway speaks.
pub const VERSION: u8 = 1;

/// A reading as it travels, signed by its device.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Message {
	/// The format's version ([`VERSION`]); absent for a custodial device's unsigned reading.
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub v: Option<u8>,
	/// The device, which must be the topic's.
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub device: Option<H256>,
	/// When it was taken, ms since the Unix epoch.
	pub timestamp: u64,
	/// Its value.
	pub value: i64,
	/// The device's signature, `0x` hex of its bytes.
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub signature: Option<String>,
}

impl Message {
	/// The message of `device`'s reading, signed with `sign` (the device's key).
	pub fn signed(
		genesis: &H256,
		device: DeviceId,
		timestamp: u64,
		value: i64,
		sign: impl FnOnce(&[u8]) -> crate::Result<MultiSignature>,
	) -> crate::Result<Self> {
		let signature = sign(&reading_message(genesis, &device, timestamp, value))?;
		Ok(Message {
			v: Some(VERSION),
			device: Some(device),
			timestamp,
			value,
			signature: Some(format!("0x{}", hex::encode(signature_bytes(&signature)))),
		})
	}

	/// The payload: compact JSON, fields in the documented order.
	pub fn to_payload(&self) -> Vec<u8> {
		serde_json::to_vec(self).unwrap_or_default()
	}
}

/// A signature's bytes, without the scheme.
pub fn signature_bytes(signature: &MultiSignature) -> Vec<u8> {
	match signature {
		MultiSignature::Ed25519(s) => s.0.to_vec(),
		MultiSignature::Sr25519(s) => s.0.to_vec(),
		MultiSignature::Ecdsa(s) => s.0.to_vec(),
		MultiSignature::Eth(s) => s.0.to_vec(),
	}
}

/// The signature of `key`'s scheme in `bytes` (`0x` hex).
pub fn parse_signature(key: &DeviceKey, text: &str) -> Option<MultiSignature> {
	let bytes = hex::decode(text.strip_prefix("0x")?).ok()?;
	Some(match key {
		DeviceKey::Ed25519(_) => ed25519::Signature::from_raw(bytes.try_into().ok()?).into(),
		DeviceKey::Sr25519(_) => sr25519::Signature::from_raw(bytes.try_into().ok()?).into(),
		DeviceKey::Ecdsa(_) => ecdsa::Signature::from_raw(bytes.try_into().ok()?).into(),
	})
}

/// One signature to check: the device's key, what it signed, the signature.
pub struct ToVerify {
	/// The device's key.
	pub key: DeviceKey,
	/// The signed message ([`reading_message`]).
	pub message: Vec<u8>,
	/// The signature.
	pub signature: MultiSignature,
}

/// Whether each of `items` is a valid signature. ed25519 and sr25519 signatures are checked
/// as batches (one multi-scalar multiplication for all, much cheaper than one check each),
/// split over `threads`; only a batch that fails is checked one by one, to find the bad ones.
pub fn verify_all(items: &[ToVerify], threads: usize) -> Vec<bool> {
	let threads = threads.max(1);
	let chunk = items.len().div_ceil(threads).max(1);
	if threads == 1 || items.len() < 64 {
		return verify_chunk(items);
	}
	std::thread::scope(|scope| {
		let handles: Vec<_> =
			items.chunks(chunk).map(|part| scope.spawn(move || verify_chunk(part))).collect();
		handles
			.into_iter()
			.flat_map(|handle| handle.join().unwrap_or_else(|_| vec![false; chunk]).into_iter())
			.collect()
	})
}

fn verify_one(item: &ToVerify) -> bool {
	item.key.verify(&item.message, &item.signature)
}

fn verify_chunk(items: &[ToVerify]) -> Vec<bool> {
	let mut ok = vec![false; items.len()];
	let (mut ed, mut sr) = (Vec::new(), Vec::new());
	for (i, item) in items.iter().enumerate() {
		match (&item.key, &item.signature) {
			(DeviceKey::Ed25519(_), MultiSignature::Ed25519(_)) => ed.push(i),
			(DeviceKey::Sr25519(_), MultiSignature::Sr25519(_)) => sr.push(i),
			_ => ok[i] = verify_one(item),
		}
	}
	let ed_ok = batch_ed25519(items, &ed);
	let sr_ok = batch_sr25519(items, &sr);
	for (indices, batch_ok) in [(ed, ed_ok), (sr, sr_ok)] {
		for i in indices {
			ok[i] = batch_ok || verify_one(&items[i]);
		}
	}
	ok
}

/// Whether every ed25519 signature of `indices` holds, checked as one batch.
fn batch_ed25519(items: &[ToVerify], indices: &[usize]) -> bool {
	if indices.is_empty() {
		return true;
	}
	let mut verifier = ed25519_zebra::batch::Verifier::new();
	for &i in indices {
		let (DeviceKey::Ed25519(key), MultiSignature::Ed25519(signature)) =
			(&items[i].key, &items[i].signature)
		else {
			return false;
		};
		verifier.queue((
			ed25519_zebra::VerificationKeyBytes::from(key.0),
			ed25519_zebra::Signature::from(signature.0),
			&items[i].message,
		));
	}
	verifier.verify(rand_core::OsRng).is_ok()
}

/// Whether every sr25519 signature of `indices` holds, checked as one batch.
fn batch_sr25519(items: &[ToVerify], indices: &[usize]) -> bool {
	if indices.is_empty() {
		return true;
	}
	let mut keys = Vec::with_capacity(indices.len());
	let mut signatures = Vec::with_capacity(indices.len());
	for &i in indices {
		let (DeviceKey::Sr25519(key), MultiSignature::Sr25519(signature)) =
			(&items[i].key, &items[i].signature)
		else {
			return false;
		};
		let (Ok(key), Ok(signature)) = (
			schnorrkel::PublicKey::from_bytes(&key.0),
			schnorrkel::Signature::from_bytes(&signature.0),
		) else {
			return false;
		};
		keys.push(key);
		signatures.push(signature);
	}
	// What sp-core's sr25519 signs: the message under the "substrate" signing context.
	let context = schnorrkel::signing_context(b"substrate");
	let transcripts = indices.iter().map(|&i| context.bytes(&items[i].message));
	schnorrkel::verify_batch_rng(transcripts, &signatures, &keys, false, rand_core::OsRng).is_ok()
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::Pair;

	fn item(key: &crate::keys::Signer, message: &[u8]) -> ToVerify {
		ToVerify {
			key: key.public(),
			message: message.to_vec(),
			signature: key.sign(message).unwrap(),
		}
	}

	#[test]
	fn batches_hold_and_a_bad_signature_is_found_among_good_ones() {
		for scheme in ["ed25519", "sr25519", "ecdsa"] {
			let signers: Vec<_> = (0..100)
				.map(|i| crate::keys::Signer::new(scheme, &format!("//d{i}")).expect("a key"))
				.collect();
			let mut items: Vec<_> = signers
				.iter()
				.enumerate()
				.map(|(i, s)| item(s, format!("reading {i}").as_bytes()))
				.collect();
			assert!(verify_all(&items, 2).iter().all(|ok| *ok), "{scheme}");
			// A forged one (another key's signature), and one whose message was changed.
			items[17].signature = signers[18].sign(b"reading 17").unwrap();
			items[60].message = b"reading 600".to_vec();
			let ok = verify_all(&items, 2);
			assert_eq!(
				ok.iter().enumerate().filter(|(_, ok)| !**ok).map(|(i, _)| i).collect::<Vec<_>>(),
				vec![17, 60],
				"{scheme}"
			);
		}
	}

	/// The wire format, pinned: a fixed ed25519 key (ed25519 signs deterministically) and a
	/// fixed reading give these bytes and this signature, here and in any device's firmware
	/// (the e2e test checks the same with @polkadot/util-crypto).
	#[test]
	fn the_message_of_a_fixed_reading_is_as_documented() {
		let genesis = H256::repeat_byte(0x11);
		let pair = ed25519::Pair::from_seed(&[7; 32]);
		let key = DeviceKey::Ed25519(pair.public());
		let device = key.device_id();
		let message =
			Message::signed(&genesis, device, 1_800_000_000_123, -42, |m| Ok(pair.sign(m).into()))
				.unwrap();
		assert_eq!(String::from_utf8(message.to_payload()).unwrap(), KNOWN_PAYLOAD);
		let parsed: Message = serde_json::from_str(KNOWN_PAYLOAD).unwrap();
		let signature = parse_signature(&key, parsed.signature.as_deref().unwrap()).unwrap();
		let signed = reading_message(&genesis, &device, parsed.timestamp, parsed.value);
		assert!(key.verify(&signed, &signature));
		assert!(
			!key.verify(&reading_message(&genesis, &device, 1_800_000_000_123, -41), &signature)
		);
	}

	const KNOWN_PAYLOAD: &str = r#"{"v":1,"device":"0xa0ccc8bcc83f6c628340134f8546a21e0618fd1aaa02432bba454c4a2c2233da","timestamp":1800000000123,"value":-42,"signature":"0xf1a09f6c9663860ab3bc01eec6c838f087dc78ef3ac4812db5e7c6b41f3c891d1d0d8025542a4760b964754b5d1b20850b4a6dbe432853800f8177665c1f8001"}"#;
}
