//! The node's RPC methods beyond Substrate's standard ones (`chain_*`, `state_*`,
//! `author_*`, `system_*` from sc-service): account nonces (`system_accountNextIndex`),
//! fees (`payment_*`), and City Chain's own (`city_*`), each answered by a runtime API.

use std::sync::Arc;

use city_runtime::{
	apis::CityGovernanceApi, opaque::Block, AccountId, Balance, BlockNumber, Hash, Nonce,
};
use jsonrpsee::{
	core::{async_trait, RpcResult},
	proc_macros::rpc,
	types::ErrorObjectOwned,
	RpcModule,
};
use pallet_governance_periods::GovernancePeriods;
use sc_transaction_pool_api::TransactionPool;
use sp_api::{CallApiAt, ProvideRuntimeApi};
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client, to call runtime APIs.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
}

/// City Chain's own RPC methods.
#[rpc(server, namespace = "city")]
pub trait CityApi {
	/// The governance periods in force (in blocks) at block `at`, or at the best block.
	#[method(name = "governancePeriods")]
	fn governance_periods(&self, at: Option<Hash>) -> RpcResult<GovernancePeriods<BlockNumber>>;
}

/// Answers [`CityApiServer`] from the runtime APIs.
pub struct City<C> {
	client: Arc<C>,
}

/// The JSON-RPC error code of a failed runtime-API call.
const RUNTIME_ERROR: i32 = 1;

#[async_trait]
impl<C> CityApiServer for City<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CityGovernanceApi<Block>,
{
	fn governance_periods(&self, at: Option<Hash>) -> RpcResult<GovernancePeriods<BlockNumber>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		self.client.runtime_api().governance_periods(at).map_err(|e| {
			ErrorObjectOwned::owned(
				RUNTIME_ERROR,
				"Unable to read the governance periods",
				Some(e.to_string()),
			)
		})
	}
}

/// Builds the node's extra RPC methods.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ CallApiAt<Block>
		+ Send
		+ Sync
		+ 'static,
	C::Api: CityGovernanceApi<Block>
		+ sp_block_builder::BlockBuilder<Block>
		+ substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(SystemApiServer::<Hash, AccountId, Nonce>::into_rpc(System::new(
		client.clone(),
		pool,
	)))?;
	module.merge(TransactionPaymentApiServer::<
		Hash,
		pallet_transaction_payment::RuntimeDispatchInfo<Balance, sp_runtime::Weight>,
	>::into_rpc(TransactionPayment::new(client.clone())))?;
	module.merge(City { client }.into_rpc())?;

	Ok(module)
}
