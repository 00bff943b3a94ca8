//! The node's RPC methods beyond Substrate's standard ones (`chain_*`, `state_*`,
//! `author_*`, `system_*` from sc-service): account nonces (`system_accountNextIndex`),
//! fees (`payment_*`), and City Chain's own (`city_*`, `identity_*`, `reserve_*`), each
//! answered by a runtime API.

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
use pallet_identity_registry::{
	disclosure::{Disclosure, DisclosureError},
	runtime_api::IdentityRegistryApi,
	CredentialId, CredentialView,
};
use pallet_reserve_fund::{runtime_api::ReserveFundApi, FundStatus, Obligation, SpendCategory};
use sc_transaction_pool_api::TransactionPool;
use serde::{Deserialize, Serialize};
use sp_api::{CallApiAt, ProvideRuntimeApi};
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_core::{Bytes, H256};

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

/// Answers City Chain's own methods ([`CityApiServer`], [`IdentityApiServer`],
/// [`ReserveApiServer`]) from the runtime APIs at the block asked for.
pub struct CityRpc<C> {
	client: Arc<C>,
}

impl<C> Clone for CityRpc<C> {
	fn clone(&self) -> Self {
		CityRpc { client: self.client.clone() }
	}
}

/// Block `at`, or the best block if none is given.
fn at_or_best<C: HeaderBackend<Block>>(client: &C, at: Option<Hash>) -> Hash {
	at.unwrap_or_else(|| client.info().best_hash)
}

/// The JSON-RPC error code of a failed runtime-API call.
const RUNTIME_ERROR: i32 = 1;

#[async_trait]
impl<C> CityApiServer for CityRpc<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CityGovernanceApi<Block>,
{
	fn governance_periods(&self, at: Option<Hash>) -> RpcResult<GovernancePeriods<BlockNumber>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.governance_periods(at)
			.map_err(|e| runtime_error("read the governance periods", e))
	}
}

/// A disclosed attribute as the `identity_verifyAttribute` method takes it: bytes as hex, as
/// `e2e/lib/credentials.mjs` (`disclose`) builds it.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DisclosureRequest {
	/// The attribute's name (hex bytes).
	pub key: Bytes,
	/// Its value (hex bytes).
	pub value: Bytes,
	/// Its 32-byte salt.
	pub salt: H256,
	/// Its leaf's position in the tree.
	pub leaf_index: u32,
	/// How many leaves the tree has.
	pub leaf_count: u32,
	/// The sibling hashes from the leaf up.
	pub proof: Vec<H256>,
}

/// The answer of `identity_verifyAttribute`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Verification {
	/// Whether the attribute is proven to belong to the credential, which is active.
	pub verified: bool,
	/// Why not, if it is not.
	pub error: Option<DisclosureError>,
}

/// The JSON-RPC error code of a request the runtime API cannot take (too long a key, value
/// or proof).
const INVALID_PARAMS: i32 = -32602;

impl TryFrom<DisclosureRequest> for Disclosure {
	type Error = ErrorObjectOwned;

	fn try_from(request: DisclosureRequest) -> Result<Self, Self::Error> {
		let too_long = |what: &str| {
			ErrorObjectOwned::owned(INVALID_PARAMS, format!("The {what} is too long"), None::<()>)
		};
		Ok(Disclosure {
			key: request.key.0.try_into().map_err(|_| too_long("key"))?,
			value: request.value.0.try_into().map_err(|_| too_long("value"))?,
			salt: request.salt.0,
			leaf_index: request.leaf_index,
			leaf_count: request.leaf_count,
			proof: request.proof.try_into().map_err(|_| too_long("proof"))?,
		})
	}
}

/// The identity registry's read-only methods (`identity_*`).
#[rpc(server, namespace = "identity")]
pub trait IdentityApi {
	/// The credentials of `who`, with their status, at block `at` or the best block.
	#[method(name = "credentialsOf")]
	fn credentials_of(
		&self,
		who: AccountId,
		at: Option<Hash>,
	) -> RpcResult<Vec<CredentialView<AccountId, BlockNumber>>>;

	/// Credential `id` with its status, at block `at` or the best block.
	#[method(name = "credential")]
	fn credential(
		&self,
		id: CredentialId,
		at: Option<Hash>,
	) -> RpcResult<Option<CredentialView<AccountId, BlockNumber>>>;

	/// Checks one disclosed attribute against credential `id`'s commitment.
	#[method(name = "verifyAttribute")]
	fn verify_attribute(
		&self,
		id: CredentialId,
		disclosure: DisclosureRequest,
		at: Option<Hash>,
	) -> RpcResult<Verification>;
}

fn runtime_error(what: &str, e: sp_api::ApiError) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, format!("Unable to {what}"), Some(e.to_string()))
}

#[async_trait]
impl<C> IdentityApiServer for CityRpc<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: IdentityRegistryApi<Block, AccountId, BlockNumber>,
{
	fn credentials_of(
		&self,
		who: AccountId,
		at: Option<Hash>,
	) -> RpcResult<Vec<CredentialView<AccountId, BlockNumber>>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.credentials_of(at, who)
			.map_err(|e| runtime_error("read the credentials", e))
	}

	fn credential(
		&self,
		id: CredentialId,
		at: Option<Hash>,
	) -> RpcResult<Option<CredentialView<AccountId, BlockNumber>>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.credential(at, id)
			.map_err(|e| runtime_error("read the credential", e))
	}

	fn verify_attribute(
		&self,
		id: CredentialId,
		disclosure: DisclosureRequest,
		at: Option<Hash>,
	) -> RpcResult<Verification> {
		let at = at_or_best(&*self.client, at);
		let disclosure = Disclosure::try_from(disclosure)?;
		let result = self
			.client
			.runtime_api()
			.verify_attribute(at, id, disclosure)
			.map_err(|e| runtime_error("verify the attribute", e))?;
		Ok(Verification { verified: result.is_ok(), error: result.err() })
	}
}

/// The reserve fund's RPC methods.
#[rpc(server, namespace = "reserve")]
pub trait ReserveApi {
	/// The reserve fund's state at block `at`, or at the best block.
	#[method(name = "status")]
	fn status(&self, at: Option<Hash>) -> RpcResult<ReserveStatus>;
}

/// The reserve fund's state, as `reserve_status` answers it. Amounts are in planck, as
/// decimal strings (JSON numbers lose precision above 2^53).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ReserveStatus {
	/// The fund's account (SS58, generic prefix).
	pub account: String,
	/// What the fund's account holds, beyond its existential deposit.
	pub balance: String,
	/// What is set aside, by kind.
	pub obligations: Vec<ObligationAmount>,
	/// The sum of the obligations.
	pub total_obligations: String,
	/// Balance minus obligations.
	pub free: String,
	/// Balance over obligations in parts per million; `null` without obligations.
	pub coverage_ppm: Option<String>,
	/// The share of obligations free funds must stay above, in parts per million.
	pub reserve_floor_ppm: u32,
	/// The current fiscal period.
	pub period: u32,
	/// Each category's budget and what it spent this period.
	pub budgets: Vec<BudgetUse>,
}

/// One kind of obligation and its amount.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ObligationAmount {
	/// The kind.
	pub obligation: Obligation,
	/// Planck, as a decimal string.
	pub amount: String,
}

/// One category's budget this fiscal period.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct BudgetUse {
	/// The category.
	pub category: SpendCategory,
	/// The most it may spend per period (planck, decimal).
	pub limit: String,
	/// What it spent this period (planck, decimal).
	pub spent: String,
}

impl From<FundStatus<AccountId, Balance>> for ReserveStatus {
	fn from(status: FundStatus<AccountId, Balance>) -> Self {
		use sp_core::crypto::Ss58Codec;
		ReserveStatus {
			account: status.account.to_ss58check(),
			balance: status.balance.to_string(),
			obligations: status
				.obligations
				.into_iter()
				.map(|(obligation, amount)| ObligationAmount {
					obligation,
					amount: amount.to_string(),
				})
				.collect(),
			total_obligations: status.total_obligations.to_string(),
			free: status.free.to_string(),
			coverage_ppm: status.coverage_ppm.map(|ppm| ppm.to_string()),
			reserve_floor_ppm: status.reserve_floor.deconstruct(),
			period: status.period,
			budgets: status
				.budgets
				.into_iter()
				.map(|(category, limit, spent)| BudgetUse {
					category,
					limit: limit.to_string(),
					spent: spent.to_string(),
				})
				.collect(),
		}
	}
}

#[async_trait]
impl<C> ReserveApiServer for CityRpc<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ReserveFundApi<Block, AccountId, Balance>,
{
	fn status(&self, at: Option<Hash>) -> RpcResult<ReserveStatus> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.status(at)
			.map(ReserveStatus::from)
			.map_err(|e| runtime_error("read the reserve fund's status", e))
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
		+ IdentityRegistryApi<Block, AccountId, BlockNumber>
		+ ReserveFundApi<Block, AccountId, Balance>
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
	let city = CityRpc { client };
	module.merge(CityApiServer::into_rpc(city.clone()))?;
	module.merge(IdentityApiServer::into_rpc(city.clone()))?;
	module.merge(ReserveApiServer::into_rpc(city))?;

	Ok(module)
}
