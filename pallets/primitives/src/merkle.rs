//! Binary Merkle trees over 32-byte leaf hashes, as polkadot-sdk's `binary-merkle-tree` builds
//! them with BLAKE2-256: the one scheme the chain's commitments use (credential attributes,
//! IoT reading batches), so one verifier serves every proof.
//!
//! - Each level hashes pairs `blake2_256(left ++ right)`; an odd last node is promoted
//!   unchanged to the level above; a single leaf is its own root; no leaves give the zero hash.
//! - A proof of the leaf at `leaf_index` among `leaf_count` leaves is the list of sibling
//!   hashes from the leaf's level up (the leaf and the root not included).
//!
//! Callers hash their leaves themselves, each with its own domain, so a leaf of one kind is
//! never taken for another's.

use alloc::vec::Vec;
use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

/// The root of the tree over `leaves`.
pub fn root(leaves: &[H256]) -> H256 {
	binary_merkle_tree::merkle_root_raw::<BlakeTwo256, _>(leaves.iter().copied())
}

/// The proof that the leaf at `leaf_index` is among `leaves`; `None` if there is no such leaf.
pub fn prove(leaves: &[H256], leaf_index: u32) -> Option<Vec<H256>> {
	if leaf_index as usize >= leaves.len() {
		return None;
	}
	Some(
		binary_merkle_tree::merkle_proof_raw::<BlakeTwo256, _>(leaves.iter().copied(), leaf_index)
			.proof,
	)
}

/// Whether `proof` shows `leaf` at `leaf_index` among `leaf_count` leaves under `root`.
pub fn verify(
	root: &H256,
	proof: impl IntoIterator<Item = H256>,
	leaf_count: u32,
	leaf_index: u32,
	leaf: H256,
) -> bool {
	binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
		root,
		proof,
		leaf_count,
		leaf_index,
		binary_merkle_tree::Leaf::Hash(leaf),
	)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: u8) -> Vec<H256> {
		(0..n).map(|i| H256::repeat_byte(i)).collect()
	}

	#[test]
	fn every_leaf_proves_and_no_other_does() {
		for n in 1..=9u8 {
			let leaves = leaves(n);
			let root = root(&leaves);
			for (i, leaf) in leaves.iter().enumerate() {
				let proof = prove(&leaves, i as u32).expect("a leaf");
				assert!(verify(&root, proof.clone(), n.into(), i as u32, *leaf));
				assert!(!verify(&root, proof.clone(), n.into(), i as u32, H256::repeat_byte(99)));
				if n > 1 {
					assert!(!verify(&root, proof, n.into(), (i as u32 + 1) % n as u32, *leaf));
				}
			}
			assert_eq!(prove(&leaves, n.into()), None);
		}
	}

	#[test]
	fn a_single_leaf_is_its_own_root() {
		assert_eq!(root(&leaves(1)), H256::repeat_byte(0));
		assert_eq!(root(&[]), H256::zero());
	}
}
