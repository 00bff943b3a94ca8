//! The node's RPC methods beyond Substrate's standard ones (`chain_*`, `state_*`,
//! `author_*`, `system_*` from sc-service): account nonces (`system_accountNextIndex`),
//! fees (`payment_*`), and City Chain's own, each answered by a pallet's runtime API and
//! defined, with its JSON, in that pallet's RPC crate (`pallets/<pallet>/rpc`):
//! `city_*` ([`pallet_governance_periods_rpc`]), `identity_*`
//! ([`pallet_identity_registry_rpc`]), `reserve_*` ([`pallet_reserve_fund_rpc`]), `bonds_*`
//! ([`pallet_bonds_rpc`]), `vehicles_*` ([`pallet_vehicle_registry_rpc`]), `iot_*`
//! ([`pallet_iot_anchors_rpc`]) and `validators_*` ([`pallet_validator_set_rpc`]). This file
//! only merges them.

use std::sync::Arc;

use city_runtime::{
	configs::{BondName, Plate, VehicleText},
	opaque::Block,
	AccountId, Balance, BlockNumber, Hash, Nonce,
};
use jsonrpsee::RpcModule;
use pallet_bonds_rpc::{Bonds, BondsApiServer};
use pallet_governance_periods_rpc::{Governance, GovernanceApiServer};
use pallet_identity_registry_rpc::{Identity, IdentityApiServer};
use pallet_iot_anchors_rpc::{Iot, IotApiServer};
use pallet_reserve_fund_rpc::{Reserve, ReserveApiServer};
use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
use pallet_validator_set_rpc::{Validators, ValidatorsApiServer};
use pallet_vehicle_registry_rpc::{Vehicles, VehiclesApiServer};
use sc_transaction_pool_api::TransactionPool;
use sp_api::{CallApiAt, ProvideRuntimeApi};
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use substrate_frame_rpc_system::{System, SystemApiServer};

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client, to call runtime APIs.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
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
	C::Api: pallet_governance_periods::runtime_api::CityGovernanceApi<Block>
		+ pallet_identity_registry::runtime_api::IdentityRegistryApi<Block, AccountId, BlockNumber>
		+ pallet_reserve_fund::runtime_api::ReserveFundApi<Block, AccountId, Balance>
		+ pallet_bonds::runtime_api::BondsApi<Block, AccountId, Balance, BlockNumber, BondName>
		+ pallet_vehicle_registry::runtime_api::VehicleRegistryApi<
			Block,
			AccountId,
			Balance,
			BlockNumber,
			VehicleText,
			Plate,
		> + pallet_iot_anchors::runtime_api::IotAnchorsApi<Block, AccountId, Balance, BlockNumber>
		+ pallet_validator_set::runtime_api::ValidatorSetApi<Block, AccountId, Balance, BlockNumber>
		+ sp_block_builder::BlockBuilder<Block>
		+ substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	P: TransactionPool + 'static,
{
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
	module.merge(Governance::<C, Block>::new(client.clone()).into_rpc())?;
	module.merge(Identity::<C, Block>::new(client.clone()).into_rpc())?;
	module.merge(Reserve::<C, Block>::new(client.clone()).into_rpc())?;
	module.merge(Bonds::<C, Block, BondName>::new(client.clone()).into_rpc())?;
	module.merge(Vehicles::<C, Block, VehicleText, Plate>::new(client.clone()).into_rpc())?;
	module.merge(Iot::<C, Block>::new(client.clone()).into_rpc())?;
	module.merge(Validators::<C, Block>::new(client).into_rpc())?;

	Ok(module)
}
