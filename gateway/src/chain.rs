//! The node, over JSON-RPC (WebSocket): the genesis hash, the finalized head, a device's state
//! and kept anchors (`iot_device`, `iot_anchors`, at the best or a given block, through the
//! IoT anchors' RPC client, [`IotApiClient`], so the gateway reads the types the node writes),
//! the runtime's version and metadata, and `author_submitExtrinsic`. A dropped connection (the
//! node restarting) is reopened at the next request.

use crate::Result;
use jsonrpsee::{
	core::{client::ClientT, params::ArrayParams, ClientError},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use pallet_iot_anchors::DeviceId;
use pallet_iot_anchors_rpc::{AnchorJson, DeviceJson, IotApiClient};
use serde::de::DeserializeOwned;
use sp_core::H256;
use std::sync::Arc;
use tokio::sync::Mutex;

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
	client: Mutex<Option<Arc<WsClient>>>,
}

impl Chain {
	/// The node at `url` (`ws://...`); connects at the first request.
	pub fn new(url: &str) -> Self {
		Chain { url: url.to_string(), client: Mutex::new(None) }
	}

	/// The connection, opened first if there is none or it dropped.
	async fn connection(&self) -> Result<Arc<WsClient>> {
		let mut client = self.client.lock().await;
		match client.as_ref() {
			Some(connected) if connected.is_connected() => Ok(connected.clone()),
			_ => {
				let connected = Arc::new(
					WsClientBuilder::default().max_response_size(64 << 20).build(&self.url).await?,
				);
				*client = Some(connected.clone());
				Ok(connected)
			}
		}
	}

	/// The node's `answer` over `client`; a connection the client must restart is dropped, to be
	/// reopened at the next request. Only that one: another request may have opened a new
	/// connection meanwhile, and it stays.
	async fn answered<R>(
		&self,
		client: &Arc<WsClient>,
		answer: std::result::Result<R, ClientError>,
	) -> Result<R> {
		if matches!(answer, Err(ClientError::RestartNeeded(_))) {
			let mut current = self.client.lock().await;
			if current.as_ref().is_some_and(|current| Arc::ptr_eq(current, client)) {
				*current = None;
			}
		}
		Ok(answer?)
	}

	async fn request<R: DeserializeOwned>(&self, method: &str, params: ArrayParams) -> Result<R> {
		let client = self.connection().await?;
		self.answered(&client, client.request(method, params).await).await
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
	pub async fn device(&self, id: &DeviceId, at: Option<H256>) -> Result<Option<DeviceJson>> {
		let client = self.connection().await?;
		self.answered(&client, IotApiClient::<H256>::device(&*client, *id, at).await).await
	}

	/// Device `id`'s kept anchors at block `at` (the best if `None`).
	pub async fn anchors(&self, id: &DeviceId, at: Option<H256>) -> Result<Vec<AnchorJson>> {
		let client = self.connection().await?;
		self.answered(&client, IotApiClient::<H256>::anchors(&*client, *id, at).await).await
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

#[cfg(test)]
mod tests {
	use super::*;
	use jsonrpsee::server::{RpcModule, Server};

	/// A request that failed on a connection another request has replaced meanwhile leaves the new
	/// one alone; a request that failed on the connection in use drops it, and the next request
	/// opens another.
	#[tokio::test]
	async fn only_the_connection_that_failed_is_dropped() {
		let server = Server::builder().build("127.0.0.1:0").await.expect("a port");
		let url = format!("ws://{}", server.local_addr().expect("an address"));
		let mut module = RpcModule::new(());
		module
			.register_method("chain_getBlockHash", |_, _, _| {
				serde_json::json!(H256::repeat_byte(9))
			})
			.unwrap();
		let _handle = server.start(module);
		let chain = Chain::new(&url);
		let old = chain.connection().await.unwrap();
		let current = Arc::new(WsClientBuilder::default().build(&url).await.unwrap());
		*chain.client.lock().await = Some(current.clone());
		let restart = || {
			Err::<(), _>(ClientError::RestartNeeded(Arc::new(ClientError::Custom(
				"the connection closed".into(),
			))))
		};

		assert!(chain.answered(&old, restart()).await.is_err());
		let kept = chain.client.lock().await.clone().expect("the new connection is kept");
		assert!(Arc::ptr_eq(&kept, &current));

		assert!(chain.answered(&current, restart()).await.is_err());
		assert!(chain.client.lock().await.is_none());
		assert_eq!(chain.genesis().await.unwrap(), H256::repeat_byte(9));
		let reopened = chain.client.lock().await.clone().expect("a connection opened again");
		assert!(!Arc::ptr_eq(&reopened, &current));
	}
}
