//! Selective disclosure: a credential commits to many attributes of its subject (name, birth
//! date, address, licence class, ...) with one 32-byte root; the subject later reveals one
//! attribute, with its salt and a Merkle proof, and anyone checks it against the root without
//! learning the others.
//!
//! ## Encoding (what a wallet must reproduce)
//! - An attribute is `(key, value, salt)`: `key` and `value` are bytes (UTF-8 text by
//!   convention, e.g. `b"birth_date"`, `b"2001-04-17"`), `salt` is 32 random bytes the
//!   subject keeps. A fresh salt per attribute keeps a value from being guessed from its
//!   leaf.
//! - Its leaf is `blake2_256(DOMAIN ++ SCALE(key) ++ SCALE(value) ++ salt)`, where
//!   [`DOMAIN`] is `b"city-chain/attribute/v1"` and `SCALE(bytes)` is the SCALE encoding of a
//!   byte vector (compact length prefix, then the bytes).
//! - The commitment is the root of a binary Merkle tree over the leaves, in the order the
//!   subject chose, as polkadot-sdk's `binary-merkle-tree` builds it with BLAKE2-256: each
//!   level hashes pairs `blake2_256(left ++ right)`; an odd last node is promoted unchanged to
//!   the level above; a single leaf is its own root.
//! - A proof of the leaf at `leaf_index` among `leaf_count` leaves is the list of sibling
//!   hashes from the leaf's level up: `city_primitives::merkle`, shared with the IoT anchors.
//!
//! [`attribute_leaf`], [`commitment`] and [`prove`] build these in Rust; `e2e/lib/credentials.mjs`
//! does the same for @polkadot/api users.

use alloc::vec::Vec;
use city_primitives::merkle;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use scale_info::TypeInfo;
use sp_core::{ConstU32, H256};

use crate::types::CredentialStatus;

/// Separates attribute leaves from every other hash on the chain.
pub const DOMAIN: &[u8] = b"city-chain/attribute/v1";

/// The longest attribute key, in bytes.
pub const MAX_KEY_LEN: u32 = 64;
/// The longest attribute value, in bytes.
pub const MAX_VALUE_LEN: u32 = 256;
/// The longest proof: a tree of up to 2^32 leaves.
pub const MAX_PROOF_LEN: u32 = 32;

/// One revealed attribute with what proves it belongs to a credential.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Disclosure {
	/// The attribute's name.
	pub key: BoundedVec<u8, ConstU32<MAX_KEY_LEN>>,
	/// Its value.
	pub value: BoundedVec<u8, ConstU32<MAX_VALUE_LEN>>,
	/// Its salt.
	pub salt: [u8; 32],
	/// Its leaf's position in the tree.
	pub leaf_index: u32,
	/// How many leaves the tree has.
	pub leaf_count: u32,
	/// The sibling hashes from the leaf up.
	pub proof: BoundedVec<H256, ConstU32<MAX_PROOF_LEN>>,
}

/// Why a disclosure was not verified.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum DisclosureError {
	/// No credential has that id.
	CredentialNotFound,
	/// The credential is not in force (suspended, revoked, expired or erased).
	CredentialNotActive(CredentialStatus),
	/// The attribute, its salt or its proof do not lead to the credential's commitment.
	ProofInvalid,
}

/// The leaf of an attribute.
pub fn attribute_leaf(key: &[u8], value: &[u8], salt: &[u8; 32]) -> H256 {
	let mut preimage = Vec::with_capacity(DOMAIN.len() + key.len() + value.len() + 32 + 10);
	preimage.extend_from_slice(DOMAIN);
	key.encode_to(&mut preimage);
	value.encode_to(&mut preimage);
	preimage.extend_from_slice(salt);
	H256(sp_io::hashing::blake2_256(&preimage))
}

/// The commitment (Merkle root) of `leaves`.
pub fn commitment(leaves: &[H256]) -> H256 {
	merkle::root(leaves)
}

/// The proof that the leaf at `leaf_index` is among `leaves`.
pub fn prove(leaves: &[H256], leaf_index: u32) -> Vec<H256> {
	merkle::prove(leaves, leaf_index).unwrap_or_default()
}

/// Whether `disclosure` proves an attribute committed to by `root`.
pub fn verify(root: &H256, disclosure: &Disclosure) -> bool {
	let leaf = attribute_leaf(&disclosure.key, &disclosure.value, &disclosure.salt);
	merkle::verify(
		root,
		disclosure.proof.iter().copied(),
		disclosure.leaf_count,
		disclosure.leaf_index,
		leaf,
	)
}
