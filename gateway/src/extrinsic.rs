//! The anchor transaction: a general (version 5) extrinsic without a signature, its origin
//! authorized by the pallet (`#[pallet::authorize]`) through the runtime's `AuthorizeCall`
//! extension. Encoded here from the runtime's layout so the gateway does not link the runtime:
//!
//! `compact(length) ++ 0x45 ++ extension version (0) ++ the extensions' explicit data ++ call`
//!
//! where `0x45` is "general, version 5", the call is `pallet index ++ call index (1) ++
//! SCALE(anchor) ++ SCALE(signature)`, and City Chain's extensions' explicit data for an
//! unsigned origin is [`CITY_EXTENSION`]: an immortal era, nonce 0, tip 0 and no metadata hash
//! (each one zero byte; the other extensions carry none). A test checks these bytes against the
//! runtime's own `UncheckedExtrinsic`.

use codec::{Compact, Encode};
use pallet_iot_anchors::Anchor;
use sp_runtime::MultiSignature;

/// The runtime's index of `IotAnchors`.
pub const IOT_ANCHORS_INDEX: u8 = 25;

/// The index of the `anchor` call.
pub const ANCHOR_CALL_INDEX: u8 = 1;

/// City Chain's transaction extensions' explicit data for a general transaction: `CheckEra`
/// immortal, `CheckNonce` 0, `ChargeTransactionPayment` tip 0, `CheckMetadataHash` disabled.
pub const CITY_EXTENSION: [u8; 4] = [0, 0, 0, 0];

/// "A general transaction, extrinsic format 5".
const GENERAL_V5: u8 = 0b0100_0000 | 5;

/// The encoded extrinsic that anchors `anchor` with the device's `signature`.
pub fn anchor_extrinsic(pallet_index: u8, anchor: &Anchor, signature: &MultiSignature) -> Vec<u8> {
	let mut body = vec![GENERAL_V5, 0];
	body.extend_from_slice(&CITY_EXTENSION);
	body.push(pallet_index);
	body.push(ANCHOR_CALL_INDEX);
	anchor.encode_to(&mut body);
	signature.encode_to(&mut body);
	let mut extrinsic = Compact(body.len() as u32).encode();
	extrinsic.extend(body);
	extrinsic
}

#[cfg(test)]
mod tests {
	use super::*;
	use city_runtime::{RuntimeCall, TxExtension, UncheckedExtrinsic};
	use codec::Decode;
	use sp_core::H256;

	#[test]
	fn the_runtime_reads_the_gateway_s_anchor_as_a_general_transaction() {
		let anchor = Anchor {
			device: H256::repeat_byte(1),
			sequence: 7,
			timestamp: 1_800_000_000_000,
			root: H256::repeat_byte(2),
			count: 3,
			summary: None,
			cumulative: Some(5),
		};
		let signature = MultiSignature::Sr25519(sp_core::sr25519::Signature::from_raw([3; 64]));
		let call = RuntimeCall::IotAnchors(pallet_iot_anchors::Call::anchor {
			anchor: anchor.clone(),
			signature: signature.clone(),
		});
		let tx_ext: TxExtension = city_runtime::immortal_tx_extension(0, 0);
		let expected = UncheckedExtrinsic::new_transaction(call, tx_ext);
		let ours = anchor_extrinsic(IOT_ANCHORS_INDEX, &anchor, &signature);
		assert_eq!(ours, expected.encode());
		let decoded = UncheckedExtrinsic::decode(&mut &ours[..]).expect("decodes");
		assert!(matches!(decoded.preamble, sp_runtime::generic::Preamble::General(..)));
	}
}
