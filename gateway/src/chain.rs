//! The node, over JSON-RPC (WebSocket): the genesis hash, a device's state and kept anchors
//! (`iot_device`, `iot_anchors`), and `author_submitExtrinsic`. A dropped connection (the node
//! restarting) is reopened at the next request.

use crate::Result;
use jsonrpsee::{
	core::client::ClientT,
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use pallet_iot_anchors::DeviceId;
use serde::de::DeserializeOwned;
use sp_core::H256;
use tokio::sync::Mutex;

/// A device, as `iot_device` answers (the fields the gateway reads).
#[derive(serde::Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct DeviceState {
	/// Its kind, e.g. `airQuality`, `meter:water`.
	pub kind: String,
	/// `active`, `suspended`, `suspendedByCity` or `revoked`.
	pub status: String,
	/// The sequence number its next anchor carries.
	pub next_sequence: u64,
	/// Its last anchor's timestamp (ms).
	pub last_timestamp: u64,
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
			*client = Some(WsClientBuilder::default().build(&self.url).await?);
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

	/// Device `id`, if registered.
	pub async fn device(&self, id: &DeviceId) -> Result<Option<DeviceState>> {
		self.request("iot_device", rpc_params![id]).await
	}

	/// Device `id`'s kept anchors.
	pub async fn anchors(&self, id: &DeviceId) -> Result<Vec<AnchorState>> {
		self.request("iot_anchors", rpc_params![id]).await
	}

	/// Submits an encoded extrinsic; answers its hash.
	pub async fn submit(&self, extrinsic: &[u8]) -> Result<H256> {
		self.request("author_submitExtrinsic", rpc_params![format!("0x{}", hex::encode(extrinsic))])
			.await
	}
}
