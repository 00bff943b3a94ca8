//! The runtime APIs: what the node, wallets and tools call into the runtime for.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_version::RuntimeVersion;

use crate::{
	configs::{BondName, Plate, VehicleText},
	genesis_config_presets, governance_views,
	opaque::SessionKeys,
	AccountId, Aura, Balance, Block, BlockNumber, Executive, Grandpa, InherentDataExt, Nonce,
	Runtime, RuntimeCall, RuntimeGenesisConfig, System, TransactionPayment, VERSION,
};
use pallet_governance_periods::{
	views::{AuthorizedUpgrade, Collective, Referendum, Scheduled},
	GovernancePeriods,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// No staking, hence no key-ownership proofs: equivocations are dealt with by
			// governance, which chooses the validators.
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_governance_periods::runtime_api::CityGovernanceApi<Block> for Runtime {
		fn governance_periods() -> GovernancePeriods<BlockNumber> {
			pallet_governance_periods::Pallet::<Runtime>::periods()
		}

		fn council() -> Collective<AccountId, BlockNumber> {
			governance_views::collective::<crate::configs::CouncilCollective>()
		}

		fn technical_committee() -> Collective<AccountId, BlockNumber> {
			governance_views::collective::<crate::configs::TechnicalCollective>()
		}

		fn referenda() -> Vec<Referendum<Balance, BlockNumber>> {
			governance_views::referenda()
		}

		fn scheduled() -> Vec<Scheduled<BlockNumber>> {
			governance_views::scheduled()
		}

		fn authorized_upgrade() -> Option<AuthorizedUpgrade> {
			governance_views::authorized_upgrade()
		}
	}

	impl pallet_validator_set::runtime_api::ValidatorSetApi<Block, AccountId, Balance, BlockNumber>
		for Runtime
	{
		fn status() -> pallet_validator_set::SetStatus<AccountId, Balance, BlockNumber> {
			crate::ValidatorSet::status()
		}
	}

	impl pallet_identity_registry::runtime_api::IdentityRegistryApi<Block, AccountId, BlockNumber>
		for Runtime
	{
		fn credentials_of(
			who: AccountId,
		) -> Vec<pallet_identity_registry::CredentialView<AccountId, BlockNumber>> {
			crate::IdentityRegistry::credentials_of(&who)
		}

		fn credential(
			id: pallet_identity_registry::CredentialId,
		) -> Option<pallet_identity_registry::CredentialView<AccountId, BlockNumber>> {
			crate::IdentityRegistry::credential(id)
		}

		fn verify_attribute(
			id: pallet_identity_registry::CredentialId,
			disclosure: pallet_identity_registry::disclosure::Disclosure,
		) -> Result<(), pallet_identity_registry::disclosure::DisclosureError> {
			crate::IdentityRegistry::verify_attribute(id, &disclosure)
		}
	}

	impl pallet_reserve_fund::runtime_api::ReserveFundApi<Block, AccountId, Balance> for Runtime {
		fn status() -> pallet_reserve_fund::FundStatus<AccountId, Balance> {
			crate::ReserveFund::status()
		}
	}

	impl pallet_citycoin::runtime_api::CityCoinApi<Block, AccountId, Balance, BlockNumber>
		for Runtime
	{
		fn services() -> Vec<(pallet_citycoin::ServiceId, pallet_citycoin::Service<Vec<u8>, Balance>)> {
			crate::CityCoin::services()
		}

		fn receipt(
			id: pallet_citycoin::ReceiptId,
		) -> Option<pallet_citycoin::Receipt<AccountId, Balance, BlockNumber>> {
			pallet_citycoin::Receipts::<Runtime>::get(id)
		}

		fn issuance() -> pallet_citycoin::IssuanceStatus<Balance> {
			crate::CityCoin::issuance_status()
		}

		fn payroll() -> pallet_citycoin::PayrollStatus<Balance> {
			crate::CityCoin::payroll_status()
		}

		fn open_bills(
			owner: AccountId,
		) -> Vec<(pallet_citycoin::MeterId, pallet_citycoin::OpenBill<Balance, BlockNumber>)> {
			crate::CityCoin::open_bills(&owner)
		}
	}

	impl pallet_bonds::runtime_api::BondsApi<Block, AccountId, Balance, BlockNumber, BondName>
		for Runtime
	{
		fn series(id: pallet_bonds::SeriesId) -> Option<pallet_bonds::SeriesInfoOf<Runtime>> {
			crate::Bonds::series_info(id)
		}

		fn all_series() -> Vec<pallet_bonds::SeriesInfoOf<Runtime>> {
			crate::Bonds::all_series_info()
		}

		fn holdings(who: AccountId) -> Vec<pallet_bonds::HoldingInfo<AccountId, Balance>> {
			crate::Bonds::holdings_of(&who)
		}

		fn debt() -> pallet_bonds::DebtStatus<Balance> {
			crate::Bonds::debt()
		}
	}

	impl pallet_vehicle_registry::runtime_api::VehicleRegistryApi<
		Block,
		AccountId,
		Balance,
		BlockNumber,
		VehicleText,
		Plate,
	> for Runtime {
		fn vehicle(id: pallet_vehicle_registry::VehicleId) -> Option<pallet_vehicle_registry::VehicleOf<Runtime>> {
			pallet_vehicle_registry::Vehicles::<Runtime>::get(id)
		}

		fn by_plate(plate: Vec<u8>) -> Option<(pallet_vehicle_registry::VehicleId, pallet_vehicle_registry::VehicleOf<Runtime>)> {
			crate::VehicleRegistry::find_by_plate(&plate)
		}

		fn by_vin(vin: Vec<u8>) -> Option<(pallet_vehicle_registry::VehicleId, pallet_vehicle_registry::VehicleOf<Runtime>)> {
			crate::VehicleRegistry::find_by_vin(&vin)
		}

		fn vehicles_of(owner: AccountId) -> Vec<(pallet_vehicle_registry::VehicleId, pallet_vehicle_registry::VehicleOf<Runtime>)> {
			crate::VehicleRegistry::vehicles_of(&owner)
		}

		fn permits(plate: Vec<u8>) -> Vec<pallet_vehicle_registry::Permit<BlockNumber>> {
			crate::VehicleRegistry::permits_of(&plate)
		}

		fn open_fines(plate: Vec<u8>) -> Vec<(pallet_vehicle_registry::FineId, pallet_vehicle_registry::FineOf<Runtime>)> {
			crate::VehicleRegistry::open_fines_of(&plate)
		}

		fn inspections(id: pallet_vehicle_registry::VehicleId) -> Vec<pallet_vehicle_registry::Inspection<AccountId, BlockNumber>> {
			pallet_vehicle_registry::Inspections::<Runtime>::get(id).into_inner()
		}
	}

	impl pallet_iot_anchors::runtime_api::IotAnchorsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn device(id: pallet_iot_anchors::DeviceId) -> Option<pallet_iot_anchors::DeviceOf<Runtime>> {
			pallet_iot_anchors::Devices::<Runtime>::get(id)
		}

		fn device_by_key(key: pallet_iot_anchors::DeviceKey) -> Option<(pallet_iot_anchors::DeviceId, pallet_iot_anchors::DeviceOf<Runtime>)> {
			let id = pallet_iot_anchors::DeviceByKey::<Runtime>::get(key)?;
			pallet_iot_anchors::Devices::<Runtime>::get(id).map(|device| (id, device))
		}

		fn anchors(id: pallet_iot_anchors::DeviceId) -> Vec<(u64, pallet_iot_anchors::AnchorRecord<BlockNumber>)> {
			crate::IotAnchors::anchors_of(id)
		}

		fn verify_reading(reading: pallet_iot_anchors::Reading, proof: Vec<sp_core::H256>) -> pallet_iot_anchors::Verdict<BlockNumber> {
			crate::IotAnchors::verify_reading(&reading, proof)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			crate::benchmarks::benchmark_metadata(extra)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			crate::benchmarks::dispatch_benchmark(config)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an off-chain tool: a failed migration check must stop it loudly.
			let weight = Executive::try_runtime_upgrade(checks)
				.expect("try-runtime runs off chain, where a failed migration check must stop the tool; qed");
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try-runtime runs off chain, where a block that fails must stop the tool; qed")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}
}
