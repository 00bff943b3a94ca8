//! The check that the live runtime still reads the anchors the gateway encodes
//! ([`crate::extrinsic`]): the pallet and call index by name, the call's fields, the
//! transaction extensions in order, and the `transaction_version`. The gateway runs it at
//! start and whenever the runtime's `spec_version` changes (an upgrade by referendum), and
//! submits nothing while it fails: an anchor encoded for another layout would at best be
//! refused, at worst be read as another call.

use crate::extrinsic::{ANCHOR_CALL_INDEX, IOT_ANCHORS_INDEX};
use codec::Decode;
use frame_metadata::{RuntimeMetadata, RuntimeMetadataPrefixed};
use scale_info::TypeDef;

/// The `transaction_version` the gateway encodes for.
pub const TRANSACTION_VERSION: u32 = 2;

/// The transaction extensions, in order, whose explicit data [`crate::extrinsic`] encodes.
pub const EXTENSIONS: [&str; 12] = [
	"AuthorizeCall",
	"CheckNonZeroSender",
	"CheckSpecVersion",
	"CheckTxVersion",
	"CheckGenesis",
	"CheckMortality",
	"CheckNonce",
	"CheckWeight",
	"ChargeTransactionPayment",
	"CheckResidentVote",
	"CheckMetadataHash",
	"WeightReclaim",
];

/// Checks `metadata` (SCALE, as `state_getMetadata` answers) and `transaction_version`
/// against what the gateway encodes; answers what differs.
pub fn check(metadata: &[u8], transaction_version: u32) -> Result<(), String> {
	if transaction_version != TRANSACTION_VERSION {
		return Err(format!(
			"the runtime's transaction_version is {transaction_version}, the gateway encodes for {TRANSACTION_VERSION}"
		));
	}
	let prefixed = RuntimeMetadataPrefixed::decode(&mut &metadata[..])
		.map_err(|e| format!("the runtime's metadata does not decode: {e}"))?;
	let RuntimeMetadata::V14(metadata) = prefixed.1 else {
		return Err("the runtime's metadata is not V14".into());
	};
	let pallet = metadata
		.pallets
		.iter()
		.find(|p| p.name == "IotAnchors")
		.ok_or("the runtime has no IotAnchors pallet")?;
	if pallet.index != IOT_ANCHORS_INDEX {
		return Err(format!(
			"IotAnchors is pallet {} of the runtime, the gateway encodes {IOT_ANCHORS_INDEX}",
			pallet.index
		));
	}
	let calls = pallet.calls.as_ref().ok_or("IotAnchors has no calls")?;
	let ty = metadata.types.resolve(calls.ty.id).ok_or("IotAnchors' call type is missing")?;
	let TypeDef::Variant(variants) = &ty.type_def else {
		return Err("IotAnchors' calls are not an enum".into());
	};
	let anchor = variants
		.variants
		.iter()
		.find(|v| v.name == "anchor")
		.ok_or("IotAnchors has no anchor call")?;
	if anchor.index != ANCHOR_CALL_INDEX {
		return Err(format!(
			"anchor is call {} of IotAnchors, the gateway encodes {ANCHOR_CALL_INDEX}",
			anchor.index
		));
	}
	let fields: Vec<_> = anchor.fields.iter().filter_map(|f| f.name.as_deref()).collect();
	if fields != ["anchor", "signature"] {
		return Err(format!("anchor takes {fields:?}, the gateway encodes [anchor, signature]"));
	}
	let extensions: Vec<_> =
		metadata.extrinsic.signed_extensions.iter().map(|e| e.identifier.as_str()).collect();
	if extensions != EXTENSIONS {
		return Err(format!(
			"the runtime's transaction extensions are {extensions:?}, the gateway encodes {EXTENSIONS:?}"
		));
	}
	Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;
	use codec::Encode;

	/// The runtime's metadata, as `state_getMetadata` answers it.
	pub(crate) fn runtime_metadata() -> Vec<u8> {
		sp_io::TestExternalities::default()
			.execute_with(|| city_runtime::Runtime::metadata().encode())
	}

	#[test]
	fn the_runtime_reads_what_the_gateway_encodes() {
		assert_eq!(check(&runtime_metadata(), city_runtime::VERSION.transaction_version), Ok(()));
	}

	#[test]
	fn another_layout_is_refused_with_what_differs() {
		let metadata = runtime_metadata();
		assert!(check(&metadata, TRANSACTION_VERSION + 1)
			.is_err_and(|e| e.contains("transaction_version is 3")));
		assert!(check(&metadata[..100], TRANSACTION_VERSION).is_err_and(|e| e.contains("decode")));
		// The same metadata with the anchor call moved: refused, naming the call.
		let RuntimeMetadata::V14(mut v14) =
			RuntimeMetadataPrefixed::decode(&mut &metadata[..]).unwrap().1
		else {
			panic!("V14")
		};
		let pallet = v14.pallets.iter_mut().find(|p| p.name == "IotAnchors").unwrap();
		pallet.index += 1;
		let moved = RuntimeMetadataPrefixed::from(v14.clone()).encode();
		assert!(check(&moved, TRANSACTION_VERSION).is_err_and(|e| e.contains("pallet 26")));
		let pallet = v14.pallets.iter_mut().find(|p| p.name == "IotAnchors").unwrap();
		pallet.index -= 1;
		v14.extrinsic.signed_extensions.pop();
		let fewer = RuntimeMetadataPrefixed::from(v14).encode();
		assert!(check(&fewer, TRANSACTION_VERSION).is_err_and(|e| e.contains("extensions")));
	}
}
