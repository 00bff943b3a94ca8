//! Pins the JSON of the `identity_*` methods through the real server over a mocked runtime API.

use super::*;
use city_rpc_common::testing::{
	dev::{ALICE, BOB},
	Block, TestClient, BEST,
};
use pallet_identity_registry::{
	Credential, CredentialKind, CredentialState, CredentialStatus, Department, IssuedBy,
	SuspensionReason,
};
use serde_json::{json, Value};
use sp_api::ApiError;

/// An older block, before Alice's credentials were issued.
const PAST: H256 = H256::repeat_byte(0x11);

/// Credential 7: Alice lives in the city, says issuer 0; in force.
fn residency() -> CredentialView<AccountId, BlockNumber> {
	CredentialView {
		id: 7,
		credential: Credential {
			subject: ALICE.account(),
			kind: CredentialKind::Resident,
			issued_by: IssuedBy::Issuer(0),
			commitment: Some(H256::repeat_byte(0x5a)),
			issued_at: 12,
			expires_at: None,
			state: CredentialState::Active,
			erased_at: None,
		},
		status: CredentialStatus::Active,
	}
}

/// Credential 8: Alice works for the finance department, says the council; suspended at her
/// request.
fn employment() -> CredentialView<AccountId, BlockNumber> {
	CredentialView {
		id: 8,
		credential: Credential {
			subject: ALICE.account(),
			kind: CredentialKind::Employee { department: Department::Finance, role: 1 },
			issued_by: IssuedBy::Council,
			commitment: Some(H256::repeat_byte(0x6b)),
			issued_at: 40,
			expires_at: Some(5_256_000),
			state: CredentialState::Suspended {
				since: 90,
				reason: SuspensionReason::RequestedBySubject,
			},
			erased_at: None,
		},
		status: CredentialStatus::Suspended,
	}
}

/// The disclosure of Alice's birth date, as the runtime API must receive it.
fn birth_date() -> Disclosure {
	Disclosure {
		key: b"birth_date".to_vec().try_into().expect("within the bound"),
		value: b"2001-04-17".to_vec().try_into().expect("within the bound"),
		salt: [0x5c; 32],
		leaf_index: 3,
		leaf_count: 5,
		proof: vec![H256::repeat_byte(0xa1), H256::repeat_byte(0xa2), H256::repeat_byte(0xa3)]
			.try_into()
			.expect("within the bound"),
	}
}

/// The same disclosure, as a wallet sends it.
fn birth_date_json() -> Value {
	json!({
		"key": "0x62697274685f64617465",
		"value": "0x323030312d30342d3137",
		"salt": H256::repeat_byte(0x5c),
		"leafIndex": 3,
		"leafCount": 5,
		"proof": [H256::repeat_byte(0xa1), H256::repeat_byte(0xa2), H256::repeat_byte(0xa3)]
	})
}

/// The runtime API over credentials 7 and 8 (none at [`PAST`]; no state at other blocks).
#[derive(Clone)]
struct Api;

sp_api::mock_impl_runtime_apis! {
	impl IdentityRegistryRuntimeApi<Block, AccountId, BlockNumber> for Api {
		#[advanced]
		fn credentials_of(
			&self,
			at: <Block as BlockT>::Hash,
			who: AccountId,
		) -> Result<Vec<CredentialView<AccountId, BlockNumber>>, ApiError> {
			if at == BEST {
				Ok(if who == ALICE.account() { vec![residency(), employment()] } else { vec![] })
			} else if at == PAST {
				Ok(vec![])
			} else {
				Err(ApiError::UnknownBlock("pruned".into()))
			}
		}

		fn credential(id: CredentialId) -> Option<CredentialView<AccountId, BlockNumber>> {
			[residency(), employment()].into_iter().find(|view| view.id == id)
		}

		fn verify_attribute(id: CredentialId, disclosure: Disclosure) -> Result<(), DisclosureError> {
			match id {
				7 if disclosure == birth_date() => Ok(()),
				7 => Err(DisclosureError::ProofInvalid),
				8 => Err(DisclosureError::CredentialNotActive(CredentialStatus::Suspended)),
				_ => Err(DisclosureError::CredentialNotFound),
			}
		}
	}
}

/// Calls `method` with `params` on the server over [`Api`]; the whole JSON-RPC response.
async fn call(method: &str, params: Value) -> Value {
	city_rpc_common::testing::call(
		&Identity::<_, Block>::new(TestClient::new(Api)).into_rpc(),
		method,
		params,
	)
	.await
}

/// Credential 7 as the methods answer it.
fn residency_json() -> Value {
	json!({
		"id": 7,
		"credential": {
			"subject": ALICE.address,
			"kind": "Resident",
			"issuedBy": { "issuer": 0 },
			"commitment": "0x5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a",
			"issuedAt": 12,
			"expiresAt": null,
			"state": "active",
			"erasedAt": null
		},
		"status": "active"
	})
}

/// Credential 8 as the methods answer it.
fn employment_json() -> Value {
	json!({
		"id": 8,
		"credential": {
			"subject": ALICE.address,
			"kind": { "Employee": { "department": "Finance", "role": 1 } },
			"issuedBy": "council",
			"commitment": "0x6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b",
			"issuedAt": 40,
			"expiresAt": 5256000,
			"state": { "suspended": { "since": 90, "reason": "requestedBySubject" } },
			"erasedAt": null
		},
		"status": "suspended"
	})
}

/// A successful response carrying `result`.
fn answer(result: Value) -> Value {
	json!({ "jsonrpc": "2.0", "id": 1, "result": result })
}

/// An error response.
fn refusal(error: Value) -> Value {
	json!({ "jsonrpc": "2.0", "id": 1, "error": error })
}

#[tokio::test]
async fn credentials_of_lists_each_view_with_its_status() {
	assert_eq!(
		call("identity_credentialsOf", json!([ALICE.address])).await,
		answer(json!([residency_json(), employment_json()]))
	);
	assert_eq!(call("identity_credentialsOf", json!([BOB.address])).await, answer(json!([])));
}

#[tokio::test]
async fn credentials_of_at_a_given_block() {
	assert_eq!(
		call("identity_credentialsOf", json!([ALICE.address, PAST])).await,
		answer(json!([]))
	);
	assert_eq!(
		call("identity_credentialsOf", json!([ALICE.address, BEST])).await,
		answer(json!([residency_json(), employment_json()]))
	);
}

#[tokio::test]
async fn a_failed_runtime_call_says_what_could_not_be_read() {
	assert_eq!(
		call("identity_credentialsOf", json!([ALICE.address, H256::repeat_byte(0x22)])).await,
		refusal(json!({
			"code": 1,
			"message": "Unable to read the credentials",
			"data": "Api called for an unknown Block: pruned"
		}))
	);
}

#[tokio::test]
async fn credential_is_one_view_or_null() {
	assert_eq!(call("identity_credential", json!([7])).await, answer(residency_json()));
	assert_eq!(call("identity_credential", json!([8])).await, answer(employment_json()));
	assert_eq!(call("identity_credential", json!([999_999])).await, answer(Value::Null));
}

#[tokio::test]
async fn verify_attribute_answers_verified_and_why_not() {
	assert_eq!(
		call("identity_verifyAttribute", json!([7, birth_date_json()])).await,
		answer(json!({ "verified": true, "error": null }))
	);
	let mut lie = birth_date_json();
	lie["value"] = json!("0x66616c7365");
	assert_eq!(
		call("identity_verifyAttribute", json!([7, lie])).await,
		answer(json!({ "verified": false, "error": "proofInvalid" }))
	);
	assert_eq!(
		call("identity_verifyAttribute", json!([8, birth_date_json()])).await,
		answer(json!({ "verified": false, "error": { "credentialNotActive": "suspended" } }))
	);
	assert_eq!(
		call("identity_verifyAttribute", json!([999_999, birth_date_json(), BEST])).await,
		answer(json!({ "verified": false, "error": "credentialNotFound" }))
	);
}

#[tokio::test]
async fn too_long_a_disclosure_is_invalid_params() {
	let mut key = birth_date_json();
	key["key"] = json!(format!("0x{}", "61".repeat(65)));
	let mut value = birth_date_json();
	value["value"] = json!(format!("0x{}", "62".repeat(257)));
	let mut proof = birth_date_json();
	proof["proof"] = json!(vec![H256::repeat_byte(0xa1); 33]);
	for (disclosure, message) in [
		(key, "The key is too long"),
		(value, "The value is too long"),
		(proof, "The proof is too long"),
	] {
		assert_eq!(
			call("identity_verifyAttribute", json!([7, disclosure])).await,
			refusal(json!({ "code": -32602, "message": message }))
		);
	}
}
