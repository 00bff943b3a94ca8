//! Device keys, from key files: JSON `{"scheme": "sr25519" | "ed25519" | "ecdsa", "secret":
//! "<seed phrase, hex seed or //derivation>"}`, optionally with `"device": "0x<id>"` for a
//! device whose key was rotated (its id is its first key's hash).

use crate::Result;
use pallet_iot_anchors::{DeviceId, DeviceKey};
use sp_core::{ecdsa, ed25519, sr25519, Pair, H256};
use sp_runtime::MultiSignature;
use std::{collections::BTreeMap, path::Path};

/// A key file's content.
#[derive(serde::Deserialize, serde::Serialize, Clone, Debug)]
pub struct KeyFile {
	/// The signature scheme.
	pub scheme: String,
	/// The secret.
	pub secret: String,
	/// The device's id, if not its key's hash.
	#[serde(default)]
	pub device: Option<String>,
}

/// A device's key pair.
#[derive(Clone)]
pub enum Signer {
	/// sr25519.
	Sr25519(sr25519::Pair),
	/// ed25519.
	Ed25519(ed25519::Pair),
	/// ecdsa (secp256k1).
	Ecdsa(ecdsa::Pair),
}

impl Signer {
	/// The pair of `secret` in `scheme`.
	pub fn new(scheme: &str, secret: &str) -> Result<Self> {
		let bad = |e| format!("bad {scheme} secret: {e:?}");
		Ok(match scheme {
			"sr25519" => Signer::Sr25519(sr25519::Pair::from_string(secret, None).map_err(bad)?),
			"ed25519" => Signer::Ed25519(ed25519::Pair::from_string(secret, None).map_err(bad)?),
			"ecdsa" => Signer::Ecdsa(ecdsa::Pair::from_string(secret, None).map_err(bad)?),
			other => return Err(format!("unknown scheme {other}").into()),
		})
	}

	/// The public key as the chain knows it.
	pub fn public(&self) -> DeviceKey {
		match self {
			Signer::Sr25519(pair) => DeviceKey::Sr25519(pair.public()),
			Signer::Ed25519(pair) => DeviceKey::Ed25519(pair.public()),
			Signer::Ecdsa(pair) => DeviceKey::Ecdsa(pair.public()),
		}
	}

	/// The signature of `message`.
	pub fn sign(&self, message: &[u8]) -> MultiSignature {
		match self {
			Signer::Sr25519(pair) => pair.sign(message).into(),
			Signer::Ed25519(pair) => pair.sign(message).into(),
			Signer::Ecdsa(pair) => pair.sign(message).into(),
		}
	}
}

/// A device the gateway signs for.
#[derive(Clone)]
pub struct DeviceSigner {
	/// Its id on the chain.
	pub id: DeviceId,
	/// Its key pair.
	pub signer: Signer,
}

impl DeviceSigner {
	/// The device of a key file's content.
	pub fn from_key_file(file: &KeyFile) -> Result<Self> {
		let signer = Signer::new(&file.scheme, &file.secret)?;
		let id = match &file.device {
			Some(hex_id) => {
				let bytes = hex::decode(hex_id.trim_start_matches("0x"))?;
				if bytes.len() != 32 {
					return Err("a device id is 32 bytes".into());
				}
				H256::from_slice(&bytes)
			}
			None => signer.public().device_id(),
		};
		Ok(DeviceSigner { id, signer })
	}
}

/// Every `*.json` key file in `dir`, by device id.
pub fn load_dir(dir: &Path) -> Result<BTreeMap<DeviceId, DeviceSigner>> {
	let mut devices = BTreeMap::new();
	for entry in std::fs::read_dir(dir)? {
		let path = entry?.path();
		if path.extension().and_then(|e| e.to_str()) != Some("json") {
			continue;
		}
		let file: KeyFile = serde_json::from_slice(&std::fs::read(&path)?)
			.map_err(|e| format!("{}: {e}", path.display()))?;
		let device = DeviceSigner::from_key_file(&file)?;
		devices.insert(device.id, device);
	}
	Ok(devices)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn each_scheme_signs_what_the_pallet_verifies() {
		for scheme in ["sr25519", "ed25519", "ecdsa"] {
			let signer = Signer::new(scheme, "//Sensor1").expect("a key");
			let signature = signer.sign(b"reading");
			assert!(signer.public().verify(b"reading", &signature), "{scheme}");
			assert!(!signer.public().verify(b"another", &signature), "{scheme}");
		}
		assert!(Signer::new("rsa", "//x").is_err());
	}

	#[test]
	fn key_files_load_by_device_id() {
		let dir = tempfile::tempdir().expect("a dir");
		let file = KeyFile { scheme: "sr25519".into(), secret: "//Air".into(), device: None };
		std::fs::write(dir.path().join("air.json"), serde_json::to_vec(&file).unwrap()).unwrap();
		std::fs::write(dir.path().join("notes.txt"), b"not a key").unwrap();
		let devices = load_dir(dir.path()).expect("loaded");
		let id = Signer::new("sr25519", "//Air").unwrap().public().device_id();
		assert_eq!(devices.keys().copied().collect::<Vec<_>>(), vec![id]);
	}
}
