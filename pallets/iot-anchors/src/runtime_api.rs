//! The IoT anchors' runtime API: what anyone (a resident checking the air-quality record, a
//! gateway finding its device's next sequence number, the node's `iot_*` RPC methods) reads
//! at any block.

use crate::{AnchorRecord, Device, DeviceId, DeviceKey, Reading, Verdict};
use alloc::vec::Vec;
use codec::Codec;
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Devices, their kept anchors, and the check of a reading against an anchor.
	#[api_version(1)]
	pub trait IotAnchorsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// Device `id`'s record.
		fn device(id: DeviceId) -> Option<Device<AccountId, Balance, BlockNumber>>;

		/// The device `key` signs for, with its id.
		fn device_by_key(key: DeviceKey) -> Option<(DeviceId, Device<AccountId, Balance, BlockNumber>)>;

		/// Device `id`'s kept anchors, oldest first, with their sequence numbers.
		fn anchors(id: DeviceId) -> Vec<(u64, AnchorRecord<BlockNumber>)>;

		/// Checks `reading` and its sibling path `proof` against the anchor kept on the chain.
		fn verify_reading(reading: Reading, proof: Vec<H256>) -> Verdict<BlockNumber>;
	}
}
