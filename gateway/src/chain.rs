//! The node, over JSON-RPC (WebSocket): the genesis hash, the finalized head, a device's state
//! and kept anchors (`iot_device`, `iot_anchors`, at the best or a given block), the runtime's
//! version and metadata, and `author_submitExtrinsic`. A dropped connection (the node
//! restarting) is reopened at the next request.

use crate::Result;
use jsonrpsee::{
	core::client::ClientT,
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use pallet_iot_anchors::{DeviceId, DeviceKey};
use serde::de::DeserializeOwned;
use sp_core::H256;
use tokio::sync::Mutex;

/// A key as the node's RPC answers it.
#[derive(serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct KeyJson {
	/// `sr25519`, `ed25519` or `ecdsa`.
	pub scheme: String,
	/// The public key, `0x` hex.
	pub public: String,
}

impl KeyJson {
	/// The key.
	pub fn key(&self) -> Option<DeviceKey> {
		use codec::Decode;
		let bytes = hex::decode(self.public.strip_prefix("0x")?).ok()?;
		let variant = match self.scheme.as_str() {
			"ed25519" => 0u8,
			"sr25519" => 1,
			"ecdsa" => 2,
			_ => return None,
		};
		let encoded: Vec<u8> = std::iter::once(variant).chain(bytes).collect();
		DeviceKey::decode(&mut &encoded[..]).ok()
	}
}

/// A device, as `iot_device` answers (the fields the gateway reads).
#[derive(serde::Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct DeviceState {
	/// Its kind, e.g. `airQuality`, `meter:water`.
	pub kind: String,
	/// Its key (`scheme`, `public`: flattened, as `iot_device` answers them).
	#[serde(flatten)]
	pub key: KeyJson,
	/// `active`, `suspended`, `suspendedByCity` or `revoked`.
	pub status: String,
	/// The sequence number its next anchor carries.
	pub next_sequence: u64,
	/// Its last anchor's timestamp (ms).
	pub last_timestamp: u64,
	/// The key that signs its anchors in relay mode.
	#[serde(default)]
	pub relay: Option<KeyJson>,
}

impl DeviceState {
	/// Whether it is a meter (its anchors carry a cumulative reading).
	pub fn is_meter(&self) -> bool {
		self.kind.starts_with("meter")
	}
}

/// A kept anchor, as `iot_anchors` answers (the fields the gateway reads).
#[derive(serde::Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct AnchorState {
	/// Its sequence number.
	pub sequence: u64,
	/// Its root.
	pub root: H256,
	/// The block it was anchored in.
	pub at: u32,
}

/// A block header's number (the field the gateway reads).
#[derive(serde::Deserialize)]
struct Header {
	number: String,
}

/// The runtime's version (the fields the gateway reads).
#[derive(serde::Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RuntimeVersion {
	/// Its name.
	pub spec_name: String,
	/// Its version.
	pub spec_version: u32,
	/// The version of its transactions' format.
	pub transaction_version: u32,
}

/// The node.
pub struct Chain {
	url: String,
	client: Mutex<Option<WsClient>>,
}

impl Chain {
	/// The node at `url` (`ws://...`); connects at the first request.
	pub fn new(url: &str) -> Self {
		Chain { url: url.to_string(), client: Mutex::new(None) }
	}

	async fn request<R: DeserializeOwned>(
		&self,
		method: &str,
		params: jsonrpsee::core::params::ArrayParams,
	) -> Result<R> {
		let mut client = self.client.lock().await;
		if client.as_ref().is_none_or(|c| !c.is_connected()) {
			*client = Some(
				WsClientBuilder::default().max_response_size(64 << 20).build(&self.url).await?,
			);
		}
		let Some(connected) = client.as_ref() else { return Err("not connected".into()) };
		match connected.request(method, params).await {
			Ok(answer) => Ok(answer),
			Err(error) => {
				if matches!(error, jsonrpsee::core::ClientError::RestartNeeded(_)) {
					*client = None;
				}
				Err(error.into())
			}
		}
	}

	/// The chain's genesis hash.
	pub async fn genesis(&self) -> Result<H256> {
		self.request("chain_getBlockHash", rpc_params![0u32]).await
	}

	/// The best block's hash.
	pub async fn best(&self) -> Result<H256> {
		self.request("chain_getBlockHash", rpc_params![]).await
	}

	/// The finalized head: its hash and number.
	pub async fn finalized(&self) -> Result<(H256, u32)> {
		let hash: H256 = self.request("chain_getFinalizedHead", rpc_params![]).await?;
		let header: Header = self.request("chain_getHeader", rpc_params![hash]).await?;
		let number = u32::from_str_radix(header.number.trim_start_matches("0x"), 16)?;
		Ok((hash, number))
	}

	/// Device `id` at block `at` (the best if `None`), if registered.
	pub async fn device(&self, id: &DeviceId, at: Option<H256>) -> Result<Option<DeviceState>> {
		self.request("iot_device", rpc_params![id, at]).await
	}

	/// Device `id`'s kept anchors at block `at` (the best if `None`).
	pub async fn anchors(&self, id: &DeviceId, at: Option<H256>) -> Result<Vec<AnchorState>> {
		self.request("iot_anchors", rpc_params![id, at]).await
	}

	/// The runtime's version at the best block.
	pub async fn runtime_version(&self) -> Result<RuntimeVersion> {
		self.request("state_getRuntimeVersion", rpc_params![]).await
	}

	/// The runtime's metadata at the best block, SCALE-encoded.
	pub async fn metadata(&self) -> Result<Vec<u8>> {
		let hex_metadata: String = self.request("state_getMetadata", rpc_params![]).await?;
		Ok(hex::decode(hex_metadata.trim_start_matches("0x"))?)
	}

	/// Submits an encoded extrinsic; answers its hash.
	pub async fn submit(&self, extrinsic: &[u8]) -> Result<H256> {
		self.request("author_submitExtrinsic", rpc_params![format!("0x{}", hex::encode(extrinsic))])
			.await
	}
}
