//! Keys. The gateway's own (its relay key, and the keys of custodial devices that cannot sign)
//! live in an encrypted keystore: polkadot-sdk's [`LocalKeystore`], opened with a password
//! (from a file or `CITY_GATEWAY_KEYSTORE_PASSWORD`) without which the files on disk give no
//! key. A device's key (what the simulator, a device itself, holds) is a key file: JSON
//! `{"scheme": "sr25519" | "ed25519" | "ecdsa", "secret": "<seed phrase, hex seed or
//! //derivation>"}`, optionally with `"device": "0x<id>"` for a device whose key was rotated
//! (its id is its first key's hash).

use crate::Result;
use pallet_iot_anchors::{DeviceId, DeviceKey};
use sc_keystore::LocalKeystore;
use sp_core::{crypto::KeyTypeId, ecdsa, ed25519, sr25519, Pair, H256};
use sp_keystore::Keystore as _;
use sp_runtime::MultiSignature;
use std::{collections::BTreeMap, path::Path, sync::Arc};

/// The keys of custodial devices (in the keystore: key types `gcsr`, `gced`, `gcec`, one per
/// scheme, since the keystore does not record a key's scheme).
pub const CUSTODIAL: Role = Role(*b"gc");
/// The gateway's relay key (key types `grsr`, `gred`, `grec`).
pub const RELAY: Role = Role(*b"gr");

/// Which of the gateway's keys: the first two bytes of their key types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Role(pub [u8; 2]);

impl Role {
	/// The key type of this role's keys of `scheme`.
	pub fn key_type(self, scheme: &str) -> Result<KeyTypeId> {
		let tail: [u8; 2] = match scheme {
			"sr25519" => *b"sr",
			"ed25519" => *b"ed",
			"ecdsa" => *b"ec",
			other => return Err(format!("unknown scheme {other}").into()),
		};
		Ok(KeyTypeId([self.0[0], self.0[1], tail[0], tail[1]]))
	}
}

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

/// A key that signs: a pair in memory (a device's), or a key in the gateway's keystore.
#[derive(Clone)]
pub enum Signer {
	/// sr25519.
	Sr25519(sr25519::Pair),
	/// ed25519.
	Ed25519(ed25519::Pair),
	/// ecdsa (secp256k1).
	Ecdsa(ecdsa::Pair),
	/// A key of `KeyTypeId` in the keystore.
	Keystore(Arc<LocalKeystore>, KeyTypeId, DeviceKey),
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
			Signer::Keystore(_, _, key) => key.clone(),
		}
	}

	/// The signature of `message` (ecdsa signs its BLAKE2-256 hash, as the chain checks).
	pub fn sign(&self, message: &[u8]) -> Result<MultiSignature> {
		let missing = || -> crate::Error { "the keystore lost a key".into() };
		Ok(match self {
			Signer::Sr25519(pair) => pair.sign(message).into(),
			Signer::Ed25519(pair) => pair.sign(message).into(),
			Signer::Ecdsa(pair) => pair.sign(message).into(),
			Signer::Keystore(store, key_type, DeviceKey::Sr25519(public)) => {
				store.sr25519_sign(*key_type, public, message)?.ok_or_else(missing)?.into()
			}
			Signer::Keystore(store, key_type, DeviceKey::Ed25519(public)) => {
				store.ed25519_sign(*key_type, public, message)?.ok_or_else(missing)?.into()
			}
			Signer::Keystore(store, key_type, DeviceKey::Ecdsa(public)) => {
				store.ecdsa_sign(*key_type, public, message)?.ok_or_else(missing)?.into()
			}
		})
	}
}

/// The gateway's keystore.
pub struct Keystore(Arc<LocalKeystore>);

impl Keystore {
	/// Opens (or creates) the keystore in `dir`, encrypted with `password`.
	pub fn open(dir: &Path, password: &str) -> Result<Self> {
		if password.is_empty() {
			return Err("the keystore needs a password".into());
		}
		let password = password.parse().map_err(|_| "a bad password")?;
		Ok(Keystore(Arc::new(LocalKeystore::open(dir, Some(password))?)))
	}

	/// A new key of `scheme` for `role` ([`CUSTODIAL`] or [`RELAY`]); answers it.
	pub fn generate(&self, role: Role, scheme: &str) -> Result<DeviceKey> {
		let key_type = role.key_type(scheme)?;
		Ok(match scheme {
			"sr25519" => DeviceKey::Sr25519(self.0.sr25519_generate_new(key_type, None)?),
			"ed25519" => DeviceKey::Ed25519(self.0.ed25519_generate_new(key_type, None)?),
			_ => DeviceKey::Ecdsa(self.0.ecdsa_generate_new(key_type, None)?),
		})
	}

	/// Every key of `role`, as signers. A key the password does not open is not listed by the
	/// keystore's public keys alone: [`Self::open`] with the wrong password fails at the first
	/// signature, which [`Self::signers`] checks.
	pub fn signers(&self, role: Role) -> Result<Vec<Signer>> {
		let store = &self.0;
		let (sr, ed, ec) =
			(role.key_type("sr25519")?, role.key_type("ed25519")?, role.key_type("ecdsa")?);
		let keys = store
			.sr25519_public_keys(sr)
			.into_iter()
			.map(|k| (sr, DeviceKey::Sr25519(k)))
			.chain(store.ed25519_public_keys(ed).into_iter().map(|k| (ed, DeviceKey::Ed25519(k))))
			.chain(store.ecdsa_public_keys(ec).into_iter().map(|k| (ec, DeviceKey::Ecdsa(k))));
		let mut signers = Vec::new();
		for (key_type, key) in keys {
			let signer = Signer::Keystore(store.clone(), key_type, key.clone());
			// The wrong password opens the directory but no key: say so now, not at the first
			// anchor.
			let probe = signer.sign(b"city-gateway keystore check").map_err(|_| {
				format!(
					"the keystore's key {:?} does not open: the wrong password?",
					key.device_id()
				)
			})?;
			if !key.verify(b"city-gateway keystore check", &probe) {
				return Err("the keystore's keys do not open: the wrong password?".into());
			}
			signers.push(signer);
		}
		Ok(signers)
	}

	/// The custodial devices' keys, by device id.
	pub fn custodial(&self) -> Result<BTreeMap<DeviceId, DeviceSigner>> {
		Ok(self
			.signers(CUSTODIAL)?
			.into_iter()
			.map(|signer| {
				let id = signer.public().device_id();
				(id, DeviceSigner { id, signer })
			})
			.collect())
	}

	/// The relay key, if there is one (the first, if there are several).
	pub fn relay(&self) -> Result<Option<Signer>> {
		Ok(self.signers(RELAY)?.into_iter().next())
	}

	/// The key of `role` whose device id (its hash) is `id`.
	pub fn find(&self, role: Role, id: &DeviceId) -> Result<Option<Signer>> {
		Ok(self.signers(role)?.into_iter().find(|s| s.public().device_id() == *id))
	}
}

/// The keystore's password: the content of `file`, else `CITY_GATEWAY_KEYSTORE_PASSWORD`.
pub fn password(file: Option<&Path>) -> Result<String> {
	match file {
		Some(file) => Ok(std::fs::read_to_string(file)
			.map_err(|e| format!("{}: {e}", file.display()))?
			.trim_end_matches(['\r', '\n'])
			.to_string()),
		None => std::env::var("CITY_GATEWAY_KEYSTORE_PASSWORD")
			.map_err(|_| {
				"the keystore's password: --keystore-password-file or CITY_GATEWAY_KEYSTORE_PASSWORD".into()
			}),
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

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn each_scheme_signs_what_the_pallet_verifies() {
		for scheme in ["sr25519", "ed25519", "ecdsa"] {
			let signer = Signer::new(scheme, "//Sensor1").expect("a key");
			let signature = signer.sign(b"reading").unwrap();
			assert!(signer.public().verify(b"reading", &signature), "{scheme}");
			assert!(!signer.public().verify(b"another", &signature), "{scheme}");
		}
		assert!(Signer::new("rsa", "//x").is_err());
	}

	#[test]
	fn key_files_name_their_device() {
		let file = KeyFile { scheme: "sr25519".into(), secret: "//Air".into(), device: None };
		let id = Signer::new("sr25519", "//Air").unwrap().public().device_id();
		assert_eq!(DeviceSigner::from_key_file(&file).unwrap().id, id);
		let rotated = KeyFile { device: Some(format!("{:?}", H256::repeat_byte(3))), ..file };
		assert_eq!(DeviceSigner::from_key_file(&rotated).unwrap().id, H256::repeat_byte(3));
		let short = KeyFile { device: Some("0x1234".into()), ..rotated };
		assert!(DeviceSigner::from_key_file(&short).is_err());
	}

	#[test]
	fn the_keystore_keeps_keys_only_its_password_opens() {
		let dir = tempfile::tempdir().expect("a dir");
		let relay;
		let meter;
		{
			let store = Keystore::open(dir.path(), "correct horse").expect("opens");
			relay = store.generate(RELAY, "sr25519").unwrap();
			meter = store.generate(CUSTODIAL, "ecdsa").unwrap();
			assert!(Keystore::open(dir.path(), "").is_err(), "no password, no keystore");
		}
		// Nothing on disk is the key itself: the files hold phrases that give other keys
		// without the password.
		for entry in std::fs::read_dir(dir.path()).unwrap() {
			let phrase: String =
				serde_json::from_slice(&std::fs::read(entry.unwrap().path()).unwrap()).unwrap();
			for scheme in ["sr25519", "ecdsa"] {
				let bare = Signer::new(scheme, &phrase).unwrap().public();
				assert!(bare != relay && bare != meter, "a key readable without the password");
			}
		}
		let store = Keystore::open(dir.path(), "correct horse").expect("reopens");
		let signer = store.relay().unwrap().expect("a relay key");
		assert_eq!(signer.public(), relay);
		assert!(relay.verify(b"m", &signer.sign(b"m").unwrap()));
		let custodial = store.custodial().unwrap();
		assert_eq!(custodial.keys().copied().collect::<Vec<_>>(), vec![meter.device_id()]);
		assert!(store.find(CUSTODIAL, &meter.device_id()).unwrap().is_some());
		// The wrong password is refused when the keys are read, not at the first anchor.
		let wrong = Keystore::open(dir.path(), "battery staple").expect("the directory opens");
		assert!(wrong.relay().is_err());
		assert!(wrong.custodial().is_err());
	}
}
