//! A device's key pair, as the pallet's tests, the runtime fuzzer and tools hold one (with
//! `std`): one of the three schemes a [`DeviceKey`] names, from a secret URI, its public key as
//! the chain knows it, and its signatures as the pallet checks them (an ecdsa key signs a
//! message's BLAKE2-256 hash, as [`MultiSignature`] verifies it).

use crate::DeviceKey;
use sp_core::{ecdsa, ed25519, sr25519, Pair};
use sp_runtime::MultiSignature;

/// A device's key pair.
#[derive(Clone)]
pub enum DevicePair {
	/// sr25519.
	Sr25519(sr25519::Pair),
	/// ed25519.
	Ed25519(ed25519::Pair),
	/// secp256k1.
	Ecdsa(ecdsa::Pair),
}

impl DevicePair {
	/// An sr25519 pair from the secret URI `suri` (e.g. `//Station`).
	///
	/// # Panics
	/// If `suri` is not a secret URI: the callers write theirs as literals.
	pub fn sr(suri: &str) -> Self {
		DevicePair::Sr25519(sr25519::Pair::from_string(suri, None).expect("qed: documented"))
	}

	/// An ed25519 pair from the secret URI `suri`; panics as [`Self::sr`].
	pub fn ed(suri: &str) -> Self {
		DevicePair::Ed25519(ed25519::Pair::from_string(suri, None).expect("qed: documented"))
	}

	/// A secp256k1 pair from the secret URI `suri`; panics as [`Self::sr`].
	pub fn ec(suri: &str) -> Self {
		DevicePair::Ecdsa(ecdsa::Pair::from_string(suri, None).expect("qed: documented"))
	}

	/// The device key the chain knows it by.
	pub fn public(&self) -> DeviceKey {
		match self {
			DevicePair::Sr25519(pair) => DeviceKey::Sr25519(pair.public()),
			DevicePair::Ed25519(pair) => DeviceKey::Ed25519(pair.public()),
			DevicePair::Ecdsa(pair) => DeviceKey::Ecdsa(pair.public()),
		}
	}

	/// Its signature of `message`.
	pub fn sign(&self, message: &[u8]) -> MultiSignature {
		match self {
			DevicePair::Sr25519(pair) => pair.sign(message).into(),
			DevicePair::Ed25519(pair) => pair.sign(message).into(),
			DevicePair::Ecdsa(pair) => pair.sign(message).into(),
		}
	}
}
