//! Selective disclosure: one attribute proven against a credential's commitment.

use super::*;
use crate::disclosure::{attribute_leaf, prove, Disclosure, DisclosureError};

fn attributes() -> Vec<(&'static [u8], &'static [u8], [u8; 32])> {
	vec![
		(b"name", b"Alice Example", [1; 32]),
		(b"birth_date", b"2001-04-17", [2; 32]),
		(b"address", b"12 Harbour Street", [3; 32]),
		(b"born_before_2008_01_01", b"true", [4; 32]),
		(b"licence_class", b"B", [5; 32]),
	]
}

fn leaves() -> Vec<H256> {
	attributes().iter().map(|(k, v, s)| attribute_leaf(k, v, s)).collect()
}

fn disclose(index: u32) -> Disclosure {
	let (key, value, salt) = attributes()[index as usize];
	Disclosure {
		key: bounded(key),
		value: bounded(value),
		salt,
		leaf_index: index,
		leaf_count: attributes().len() as u32,
		proof: prove(&leaves(), index).try_into().expect("short proof"),
	}
}

fn issue_with_attributes() -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Registry::issue(signed(CLERK), ALICE, Kind::Adult, commitment(&leaves()), None));
	id
}

fn commitment(leaves: &[H256]) -> H256 {
	crate::disclosure::commitment(leaves)
}

#[test]
fn each_attribute_is_proven_alone() {
	ExtBuilder::default().build_and_execute(|| {
		let id = issue_with_attributes();
		for index in 0..attributes().len() as u32 {
			assert_eq!(
				Registry::verify_attribute(id, &disclose(index)),
				Ok(()),
				"attribute {index}"
			);
		}
	});
}

#[test]
fn a_tampered_value_salt_or_position_fails() {
	ExtBuilder::default().build_and_execute(|| {
		let id = issue_with_attributes();
		let mut wrong_value = disclose(3);
		wrong_value.value = bounded(b"false");
		assert_eq!(
			Registry::verify_attribute(id, &wrong_value),
			Err(DisclosureError::ProofInvalid)
		);
		let mut wrong_salt = disclose(3);
		wrong_salt.salt = [9; 32];
		assert_eq!(Registry::verify_attribute(id, &wrong_salt), Err(DisclosureError::ProofInvalid));
		let mut wrong_index = disclose(3);
		wrong_index.leaf_index = 2;
		assert_eq!(
			Registry::verify_attribute(id, &wrong_index),
			Err(DisclosureError::ProofInvalid)
		);
		let mut out_of_range = disclose(3);
		out_of_range.leaf_index = 5;
		assert_eq!(
			Registry::verify_attribute(id, &out_of_range),
			Err(DisclosureError::ProofInvalid)
		);
	});
}

#[test]
fn only_an_active_credential_discloses() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(
			Registry::verify_attribute(9, &disclose(0)),
			Err(DisclosureError::CredentialNotFound)
		);
		let id = issue_with_attributes();
		assert_ok!(Registry::suspend(signed(CLERK), id, SuspensionReason::UnderInvestigation));
		assert_eq!(
			Registry::verify_attribute(id, &disclose(0)),
			Err(DisclosureError::CredentialNotActive(CredentialStatus::Suspended))
		);
		assert_ok!(Registry::reinstate(signed(CLERK), id));
		assert_ok!(Registry::erase(signed(ALICE), id));
		assert_eq!(
			Registry::verify_attribute(id, &disclose(0)),
			Err(DisclosureError::CredentialNotActive(CredentialStatus::Erased))
		);
	});
}

#[test]
fn a_single_attribute_is_its_own_root() {
	let leaf = attribute_leaf(b"resident", b"true", &[7; 32]);
	assert_eq!(crate::disclosure::commitment(&[leaf]), leaf);
	assert!(prove(&[leaf], 0).is_empty());
}

#[test]
fn the_leaf_encoding_is_the_documented_one() {
	// DOMAIN ++ SCALE(key) ++ SCALE(value) ++ salt, hashed with BLAKE2-256.
	let mut preimage = b"city-chain/attribute/v1".to_vec();
	preimage.extend_from_slice(&[4 << 2]);
	preimage.extend_from_slice(b"name");
	preimage.extend_from_slice(&[3 << 2]);
	preimage.extend_from_slice(b"Bob");
	preimage.extend_from_slice(&[0xAB; 32]);
	assert_eq!(
		attribute_leaf(b"name", b"Bob", &[0xAB; 32]),
		H256(sp_io::hashing::blake2_256(&preimage))
	);
}
