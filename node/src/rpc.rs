//! The node's RPC methods beyond Substrate's standard ones (`chain_*`, `state_*`,
//! `author_*`, `system_*` from sc-service): account nonces (`system_accountNextIndex`),
//! fees (`payment_*`), and City Chain's own (`city_*`, `identity_*`, `reserve_*`, `bonds_*`,
//! `vehicles_*`, `iot_*`), each answered by a runtime API.

use std::sync::Arc;

use city_runtime::{
	apis::CityGovernanceApi,
	configs::{BondName, Plate, VehicleText},
	opaque::Block,
	AccountId, Balance, BlockNumber, Hash, Nonce,
};
use jsonrpsee::{
	core::{async_trait, RpcResult},
	proc_macros::rpc,
	types::ErrorObjectOwned,
	RpcModule,
};
use pallet_bonds::{
	runtime_api::BondsApi, DebtStatus, HoldingInfo, SeriesId, SeriesInfo, SeriesState,
};
use pallet_governance_periods::GovernancePeriods;
use pallet_identity_registry::{
	disclosure::{Disclosure, DisclosureError},
	runtime_api::IdentityRegistryApi,
	CredentialId, CredentialView,
};
use pallet_iot_anchors::{
	runtime_api::IotAnchorsApi, AnchorRecord, DeviceId, DeviceKind, DeviceStatus, Reading, Summary,
	Verdict,
};
use pallet_reserve_fund::{runtime_api::ReserveFundApi, FundStatus, Obligation, SpendCategory};
use pallet_vehicle_registry::{runtime_api::VehicleRegistryApi, FineId, VehicleId};
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
/// [`ReserveApiServer`], [`BondsRpcApiServer`], [`VehiclesRpcApiServer`], [`IotRpcApiServer`])
/// from the runtime APIs
/// at the block asked for.
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

/// The bonds' read-only methods (`bonds_*`). Amounts are planck as decimal strings, accounts
/// SS58 (generic prefix), block numbers and counts JSON numbers.
#[rpc(server, namespace = "bonds")]
pub trait BondsRpcApi {
	/// Series `id` (terms, state, periods due, maturity), or `null`, at block `at` or the best
	/// block.
	#[method(name = "series")]
	fn series(&self, id: SeriesId, at: Option<Hash>) -> RpcResult<Option<BondSeries>>;

	/// Every series, closed ones included, by id.
	#[method(name = "allSeries")]
	fn all_series(&self, at: Option<Hash>) -> RpcResult<Vec<BondSeries>>;

	/// What `who` holds of every series, with the coupons accrued and claimable.
	#[method(name = "holdings")]
	fn holdings(&self, who: AccountId, at: Option<Hash>) -> RpcResult<Vec<BondHolding>>;

	/// The city's debt (face value on offer or outstanding) against the ceiling.
	#[method(name = "debt")]
	fn debt(&self, at: Option<Hash>) -> RpcResult<BondDebt>;
}

/// A series as the `bonds_*` methods answer it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BondSeries {
	/// Its id.
	pub id: SeriesId,
	/// Its name (UTF-8; invalid bytes replaced).
	pub name: String,
	/// The hash of the document saying what the money is for.
	pub purpose: H256,
	/// The public works contract it finances, if any.
	pub contract: Option<u32>,
	/// The face value of a unit.
	pub face: String,
	/// The coupon per period as a share of face, in parts per billion.
	pub coupon_rate_ppb: u32,
	/// The coupon of one unit for one period.
	pub coupon_per_unit: String,
	/// A coupon period, in blocks.
	pub coupon_period: BlockNumber,
	/// Coupon periods to maturity.
	pub periods: u32,
	/// Units on offer.
	pub units: u32,
	/// The last block of the subscription window.
	pub subscription_end: BlockNumber,
	/// The fewest units that must sell.
	pub min_units: u32,
	/// Units for residents only during the window.
	pub resident_units: u32,
	/// `subscription`, `active`, `cancelled` or `closed`.
	pub state: String,
	/// Units sold.
	pub sold: u32,
	/// Units not yet redeemed.
	pub outstanding: u32,
	/// Coupon periods ended (and owed).
	pub due_periods: u32,
	/// Coupon periods whose coupons the reserve fund has set aside.
	pub funded_periods: u32,
	/// Coupons paid so far.
	pub coupons_paid: String,
	/// When it matures (the call date if called).
	pub maturity: BlockNumber,
	/// Since when a due coupon could not be set aside, if it cannot.
	pub arrears_since: Option<BlockNumber>,
	/// The call price, if the council called it.
	pub call_price: Option<String>,
	/// When it was declared in default, if it was.
	pub defaulted_at: Option<BlockNumber>,
}

impl From<SeriesInfo<BondName, Balance, BlockNumber>> for BondSeries {
	fn from(info: SeriesInfo<BondName, Balance, BlockNumber>) -> Self {
		let SeriesInfo { id, series, coupon_per_unit, due_periods, maturity } = info;
		let terms = series.terms;
		BondSeries {
			id,
			name: text(&terms.name),
			purpose: terms.purpose,
			contract: terms.contract,
			face: terms.face.to_string(),
			coupon_rate_ppb: terms.coupon_rate.deconstruct(),
			coupon_per_unit: coupon_per_unit.to_string(),
			coupon_period: terms.coupon_period,
			periods: terms.periods,
			units: terms.units,
			subscription_end: terms.subscription_end,
			min_units: terms.min_units,
			resident_units: terms.resident_units,
			state: match series.state {
				SeriesState::Subscription => "subscription",
				SeriesState::Active => "active",
				SeriesState::Cancelled => "cancelled",
				SeriesState::Closed => "closed",
			}
			.into(),
			sold: series.sold,
			outstanding: series.outstanding,
			due_periods,
			funded_periods: series.funded_periods,
			coupons_paid: series.coupons_paid.to_string(),
			maturity,
			arrears_since: series.arrears_since,
			call_price: series.called.map(|(_, price)| price.to_string()),
			defaulted_at: series.defaulted_at,
		}
	}
}

/// One account's holding of one series, as `bonds_holdings` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BondHolding {
	/// The series.
	pub series: SeriesId,
	/// Units held.
	pub units: u32,
	/// Coupons accrued and unpaid, over every period ended.
	pub accrued: String,
	/// What of `accrued` the reserve fund has set aside: a claim pays at least that now.
	pub claimable: String,
	/// Who paid the holding's deposit (returned to them when it goes).
	pub depositor: String,
	/// The deposit.
	pub deposit: String,
}

impl From<HoldingInfo<AccountId, Balance>> for BondHolding {
	fn from(info: HoldingInfo<AccountId, Balance>) -> Self {
		use sp_core::crypto::Ss58Codec;
		BondHolding {
			series: info.series,
			units: info.holding.units,
			accrued: info.accrued.to_string(),
			claimable: info.claimable.to_string(),
			depositor: info.holding.depositor.to_ss58check(),
			deposit: info.holding.deposit.to_string(),
		}
	}
}

/// The city's debt, as `bonds_debt` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BondDebt {
	/// Face value on offer or outstanding, over every series.
	pub total: String,
	/// The most the council may have outstanding.
	pub ceiling: String,
	/// What the council may still issue (zero when over the ceiling, which Root may cause).
	pub headroom: String,
}

impl From<DebtStatus<Balance>> for BondDebt {
	fn from(debt: DebtStatus<Balance>) -> Self {
		BondDebt {
			total: debt.total.to_string(),
			ceiling: debt.ceiling.to_string(),
			headroom: debt.ceiling.saturating_sub(debt.total).to_string(),
		}
	}
}

#[async_trait]
impl<C> BondsRpcApiServer for CityRpc<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: BondsApi<Block, AccountId, Balance, BlockNumber, BondName>,
{
	fn series(&self, id: SeriesId, at: Option<Hash>) -> RpcResult<Option<BondSeries>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.series(at, id)
			.map(|series| series.map(BondSeries::from))
			.map_err(|e| runtime_error("read the series", e))
	}

	fn all_series(&self, at: Option<Hash>) -> RpcResult<Vec<BondSeries>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.all_series(at)
			.map(|all| all.into_iter().map(BondSeries::from).collect())
			.map_err(|e| runtime_error("read the series", e))
	}

	fn holdings(&self, who: AccountId, at: Option<Hash>) -> RpcResult<Vec<BondHolding>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.holdings(at, who)
			.map(|holdings| holdings.into_iter().map(BondHolding::from).collect())
			.map_err(|e| runtime_error("read the holdings", e))
	}

	fn debt(&self, at: Option<Hash>) -> RpcResult<BondDebt> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.debt(at)
			.map(BondDebt::from)
			.map_err(|e| runtime_error("read the city's debt", e))
	}
}

/// The vehicle registry's read-only methods (`vehicles_*`). Plates and VINs are strings;
/// amounts planck as decimal strings; accounts SS58 (generic prefix).
#[rpc(server, namespace = "vehicles")]
pub trait VehiclesRpcApi {
	/// The registered vehicle with `plate`, or `null`, at block `at` or the best block.
	#[method(name = "byPlate")]
	fn by_plate(&self, plate: String, at: Option<Hash>) -> RpcResult<Option<VehicleJson>>;

	/// The vehicle with `vin` (deregistered ones too), or `null`.
	#[method(name = "byVin")]
	fn by_vin(&self, vin: String, at: Option<Hash>) -> RpcResult<Option<VehicleJson>>;

	/// The vehicles `owner` owns or applied for.
	#[method(name = "of")]
	fn of(&self, owner: AccountId, at: Option<Hash>) -> RpcResult<Vec<VehicleJson>>;

	/// The parking permits of the vehicle with `plate` valid now or later.
	#[method(name = "permits")]
	fn permits(&self, plate: String, at: Option<Hash>) -> RpcResult<Vec<PermitJson>>;

	/// The unpaid fines of the vehicle with `plate`.
	#[method(name = "openFines")]
	fn open_fines(&self, plate: String, at: Option<Hash>) -> RpcResult<Vec<FineJson>>;
}

/// A vehicle's record, as the `vehicles_*` methods answer it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct VehicleJson {
	/// Its id.
	pub id: VehicleId,
	/// Its VIN.
	pub vin: String,
	/// Its make.
	pub make: String,
	/// Its model.
	pub model: String,
	/// Its model year.
	pub year: u16,
	/// Its owner.
	pub owner: String,
	/// `pending`, `registered`, `scrapped` or `exported`.
	pub status: String,
	/// Its plate, while registered.
	pub plate: Option<String>,
	/// The last block of its registration.
	pub registered_until: BlockNumber,
	/// The highest odometer reading recorded, in km.
	pub odometer: u32,
	/// A lower reading was reported and awaits a clerk's review.
	pub odometer_flagged: bool,
	/// Flagged stolen (by the owner or the police).
	pub stolen: bool,
	/// Flagged stolen by the police (only the police clear it).
	pub stolen_by_police: bool,
	/// How many times a clerk registered it (re-imports count again).
	pub registrations: u32,
	/// The lender holding a lien, if any.
	pub lien_holder: Option<String>,
	/// The buyer the owner offered it to, if any.
	pub offered_to: Option<String>,
	/// The offer's price, if the offer has one.
	pub offer_price: Option<String>,
}

type VehicleRecord =
	pallet_vehicle_registry::Vehicle<AccountId, Balance, BlockNumber, VehicleText, Plate>;

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

impl From<(VehicleId, VehicleRecord)> for VehicleJson {
	fn from((id, v): (VehicleId, VehicleRecord)) -> Self {
		use pallet_vehicle_registry::{DeregistrationReason, Status};
		use sp_core::crypto::Ss58Codec;
		VehicleJson {
			id,
			vin: text(&v.vin),
			make: text(&v.make),
			model: text(&v.model),
			year: v.year,
			owner: v.owner.to_ss58check(),
			status: match v.status {
				Status::Pending => "pending",
				Status::Registered => "registered",
				Status::Deregistered(DeregistrationReason::Scrapped) => "scrapped",
				Status::Deregistered(DeregistrationReason::Exported) => "exported",
			}
			.into(),
			plate: v.plate.map(|plate| text(&plate)),
			registered_until: v.registered_until,
			odometer: v.odometer,
			odometer_flagged: v.odometer_flagged,
			stolen: v.stolen,
			stolen_by_police: v.stolen_by_police,
			registrations: v.registrations,
			lien_holder: v.lien.map(|lien| lien.lender.to_ss58check()),
			offered_to: v.offer.as_ref().map(|offer| offer.buyer.to_ss58check()),
			offer_price: v.offer.and_then(|offer| offer.price).map(|price| price.to_string()),
		}
	}
}

/// A parking permit, as `vehicles_permits` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PermitJson {
	/// The zone.
	pub zone: u16,
	/// The first block it is valid.
	pub from: BlockNumber,
	/// The last block it is valid.
	pub until: BlockNumber,
}

/// An unpaid fine, as `vehicles_openFines` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FineJson {
	/// Its id.
	pub id: FineId,
	/// What is to be paid.
	pub amount: String,
	/// The offence, by the city's code.
	pub offence: u16,
	/// The hash of the police's evidence.
	pub evidence: H256,
	/// When it was issued.
	pub issued_at: BlockNumber,
	/// The last block to pay it.
	pub deadline: BlockNumber,
	/// The hash of the owner's evidence, while disputed.
	pub disputed_with: Option<H256>,
}

impl From<(FineId, pallet_vehicle_registry::Fine<AccountId, Balance, BlockNumber>)> for FineJson {
	fn from(
		(id, fine): (FineId, pallet_vehicle_registry::Fine<AccountId, Balance, BlockNumber>),
	) -> Self {
		FineJson {
			id,
			amount: fine.amount.to_string(),
			offence: fine.offence,
			evidence: fine.evidence,
			issued_at: fine.issued_at,
			deadline: fine.deadline,
			disputed_with: match fine.status {
				pallet_vehicle_registry::FineStatus::Disputed(evidence) => Some(evidence),
				pallet_vehicle_registry::FineStatus::Open => None,
			},
		}
	}
}

#[async_trait]
impl<C> VehiclesRpcApiServer for CityRpc<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: VehicleRegistryApi<Block, AccountId, Balance, BlockNumber, VehicleText, Plate>,
{
	fn by_plate(&self, plate: String, at: Option<Hash>) -> RpcResult<Option<VehicleJson>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.by_plate(at, plate.into_bytes())
			.map(|found| found.map(VehicleJson::from))
			.map_err(|e| runtime_error("look the plate up", e))
	}

	fn by_vin(&self, vin: String, at: Option<Hash>) -> RpcResult<Option<VehicleJson>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.by_vin(at, vin.into_bytes())
			.map(|found| found.map(VehicleJson::from))
			.map_err(|e| runtime_error("look the VIN up", e))
	}

	fn of(&self, owner: AccountId, at: Option<Hash>) -> RpcResult<Vec<VehicleJson>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.vehicles_of(at, owner)
			.map(|all| all.into_iter().map(VehicleJson::from).collect())
			.map_err(|e| runtime_error("read the owner's vehicles", e))
	}

	fn permits(&self, plate: String, at: Option<Hash>) -> RpcResult<Vec<PermitJson>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.permits(at, plate.into_bytes())
			.map(|all| {
				all.into_iter()
					.map(|p| PermitJson { zone: p.zone, from: p.from, until: p.until })
					.collect()
			})
			.map_err(|e| runtime_error("read the plate's permits", e))
	}

	fn open_fines(&self, plate: String, at: Option<Hash>) -> RpcResult<Vec<FineJson>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.open_fines(at, plate.into_bytes())
			.map(|all| all.into_iter().map(FineJson::from).collect())
			.map_err(|e| runtime_error("read the plate's fines", e))
	}
}

/// The IoT anchors' read-only methods (`iot_*`): devices, their kept anchors, and the check
/// of a reading against an anchor. Device ids and roots are `0x` hex; accounts SS58.
#[rpc(server, namespace = "iot")]
pub trait IotRpcApi {
	/// Device `id`, or `null`, at block `at` or the best block.
	#[method(name = "device")]
	fn device(&self, id: DeviceId, at: Option<Hash>) -> RpcResult<Option<DeviceJson>>;

	/// Device `id`'s kept anchors, oldest first.
	#[method(name = "anchors")]
	fn anchors(&self, id: DeviceId, at: Option<Hash>) -> RpcResult<Vec<AnchorJson>>;

	/// Checks `reading` (`{device, sequence, index, timestamp, value, signature?}`, the
	/// signature as `{"Ed25519" | "Sr25519" | "Ecdsa": hex}` for a reading its device signed)
	/// and its sibling path `proof` against the anchor kept on the chain: `{"verdict":
	/// "proven", "at", "timestamp", "root"}`, or `notProven`, `notSignedByDevice` (an anchor of
	/// the device's relay, a reading without the device's signature), `unknownDevice`,
	/// `anchorNotKept`.
	#[method(name = "verifyReading")]
	fn verify_reading(
		&self,
		reading: Reading,
		proof: Vec<H256>,
		at: Option<Hash>,
	) -> RpcResult<VerdictJson>;
}

/// A device, as `iot_device` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DeviceJson {
	/// Its id.
	pub id: DeviceId,
	/// Its key's scheme: `sr25519`, `ed25519` or `ecdsa`.
	pub scheme: String,
	/// Its public key, hex.
	pub public: String,
	/// Its owner.
	pub owner: String,
	/// Its kind: `airQuality`, `traffic`, `noise`, `weather`, `meter:<kind>`, `other:<code>`.
	pub kind: String,
	/// Its geohash.
	pub location: String,
	/// `active`, `suspended` (by its owner), `suspendedByCity` or `revoked` (by the city).
	pub status: String,
	/// Its deposit, planck.
	pub deposit: String,
	/// The sequence number its next anchor carries.
	pub next_sequence: u64,
	/// The block of its last anchor.
	pub last_anchor_at: Option<BlockNumber>,
	/// Its last anchor's timestamp (ms).
	pub last_timestamp: u64,
	/// A meter's last cumulative reading.
	pub meter_total: Option<u64>,
	/// Who it is offered to, if anyone.
	pub offered_to: Option<String>,
	/// A meter's consumer, who accepted being billed for it.
	pub consumer: Option<String>,
	/// The anchor that is the consumer's baseline (later ones are billed).
	pub consumer_since_sequence: Option<u64>,
	/// The consumer the owner proposed, until they accept.
	pub proposed_consumer: Option<String>,
	/// Relay mode: the key that signs its anchors (`{scheme, public}`) while the device signs
	/// each reading; `null` when the device's own key signs its anchors.
	pub relay: Option<KeyJson>,
}

/// A device key: its scheme (`sr25519`, `ed25519`, `ecdsa`) and public key, hex.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct KeyJson {
	/// `sr25519`, `ed25519` or `ecdsa`.
	pub scheme: String,
	/// The public key, hex.
	pub public: String,
}

impl From<&pallet_iot_anchors::DeviceKey> for KeyJson {
	fn from(key: &pallet_iot_anchors::DeviceKey) -> Self {
		use codec::Encode;
		KeyJson {
			scheme: match key {
				pallet_iot_anchors::DeviceKey::Ed25519(_) => "ed25519",
				pallet_iot_anchors::DeviceKey::Sr25519(_) => "sr25519",
				pallet_iot_anchors::DeviceKey::Ecdsa(_) => "ecdsa",
			}
			.into(),
			public: format!("0x{}", hex::encode(key.encode().get(1..).unwrap_or_default())),
		}
	}
}

/// A kept anchor, as `iot_anchors` answers it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct AnchorJson {
	/// Its sequence number.
	pub sequence: u64,
	/// The batch's Merkle root.
	pub root: H256,
	/// How many readings the batch has.
	pub count: u32,
	/// When the device signed it (ms).
	pub timestamp: u64,
	/// The block it was anchored in.
	pub at: BlockNumber,
	/// `{min, max, mean}`, if the device sent one.
	pub summary: Option<SummaryJson>,
	/// A meter's cumulative reading.
	pub cumulative: Option<u64>,
	/// For an anchor its device's relay signed: the device key each reading is signed with
	/// (a reading is proven only with that signature); `null` for one the device signed.
	pub readings_signed_by: Option<KeyJson>,
}

/// A batch's summary.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct SummaryJson {
	/// The least value.
	pub min: i64,
	/// The greatest value.
	pub max: i64,
	/// The mean value.
	pub mean: i64,
}

/// What `iot_verifyReading` answers.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct VerdictJson {
	/// `proven`, `notProven`, `notSignedByDevice`, `unknownDevice` or `anchorNotKept`.
	pub verdict: String,
	/// For a proven reading: the block of its anchor.
	pub at: Option<BlockNumber>,
	/// ... the anchor's timestamp (ms).
	pub timestamp: Option<u64>,
	/// ... and its root.
	pub root: Option<H256>,
}

fn kind_name(kind: DeviceKind) -> String {
	match kind {
		DeviceKind::AirQuality => "airQuality".into(),
		DeviceKind::Traffic => "traffic".into(),
		DeviceKind::Noise => "noise".into(),
		DeviceKind::Weather => "weather".into(),
		DeviceKind::Meter(meter) => format!("meter:{}", format!("{meter:?}").to_lowercase()),
		DeviceKind::Other(code) => format!("other:{code}"),
	}
}

impl From<(DeviceId, pallet_iot_anchors::Device<AccountId, Balance, BlockNumber>)> for DeviceJson {
	fn from(
		(id, d): (DeviceId, pallet_iot_anchors::Device<AccountId, Balance, BlockNumber>),
	) -> Self {
		use sp_core::crypto::Ss58Codec;
		let KeyJson { scheme, public } = KeyJson::from(&d.key);
		DeviceJson {
			id,
			scheme,
			public,
			owner: d.owner.to_ss58check(),
			kind: kind_name(d.kind),
			location: text(&d.location),
			status: match d.status {
				DeviceStatus::Active => "active",
				DeviceStatus::Suspended => "suspended",
				DeviceStatus::SuspendedByCity => "suspendedByCity",
				DeviceStatus::Revoked => "revoked",
			}
			.into(),
			deposit: d.deposit.to_string(),
			next_sequence: d.next_sequence,
			last_anchor_at: d.last_anchor_at,
			last_timestamp: d.last_timestamp,
			meter_total: d.meter_total,
			offered_to: d.offered_to.map(|to| to.to_ss58check()),
			consumer: d.binding.as_ref().map(|binding| binding.consumer.to_ss58check()),
			consumer_since_sequence: d.binding.as_ref().map(|binding| binding.since_sequence),
			proposed_consumer: d.proposed_consumer.map(|who| who.to_ss58check()),
			relay: d.relay.as_ref().map(KeyJson::from),
		}
	}
}

impl From<(u64, AnchorRecord<BlockNumber>)> for AnchorJson {
	fn from((sequence, a): (u64, AnchorRecord<BlockNumber>)) -> Self {
		AnchorJson {
			sequence,
			root: a.root,
			count: a.count,
			timestamp: a.timestamp,
			at: a.at,
			summary: a.summary.map(|Summary { min, max, mean }| SummaryJson { min, max, mean }),
			cumulative: a.cumulative,
			readings_signed_by: a.readings_signed_by.as_ref().map(KeyJson::from),
		}
	}
}

impl From<Verdict<BlockNumber>> for VerdictJson {
	fn from(verdict: Verdict<BlockNumber>) -> Self {
		let named = |name: &str| VerdictJson {
			verdict: name.into(),
			at: None,
			timestamp: None,
			root: None,
		};
		match verdict {
			Verdict::Proven { at, timestamp, root } => VerdictJson {
				verdict: "proven".into(),
				at: Some(at),
				timestamp: Some(timestamp),
				root: Some(root),
			},
			Verdict::NotProven => named("notProven"),
			Verdict::NotSignedByDevice => named("notSignedByDevice"),
			Verdict::UnknownDevice => named("unknownDevice"),
			Verdict::AnchorNotKept => named("anchorNotKept"),
		}
	}
}

impl<C> IotRpcApiServer for CityRpc<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: IotAnchorsApi<Block, AccountId, Balance, BlockNumber>,
{
	fn device(&self, id: DeviceId, at: Option<Hash>) -> RpcResult<Option<DeviceJson>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.device(at, id)
			.map(|found| found.map(|device| DeviceJson::from((id, device))))
			.map_err(|e| runtime_error("read the device", e))
	}

	fn anchors(&self, id: DeviceId, at: Option<Hash>) -> RpcResult<Vec<AnchorJson>> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.anchors(at, id)
			.map(|all| all.into_iter().map(AnchorJson::from).collect())
			.map_err(|e| runtime_error("read the device's anchors", e))
	}

	fn verify_reading(
		&self,
		reading: Reading,
		proof: Vec<H256>,
		at: Option<Hash>,
	) -> RpcResult<VerdictJson> {
		let at = at_or_best(&*self.client, at);
		self.client
			.runtime_api()
			.verify_reading(at, reading, proof)
			.map(VerdictJson::from)
			.map_err(|e| runtime_error("check the reading", e))
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
		+ BondsApi<Block, AccountId, Balance, BlockNumber, BondName>
		+ VehicleRegistryApi<Block, AccountId, Balance, BlockNumber, VehicleText, Plate>
		+ IotAnchorsApi<Block, AccountId, Balance, BlockNumber>
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
	module.merge(ReserveApiServer::into_rpc(city.clone()))?;
	module.merge(BondsRpcApiServer::into_rpc(city.clone()))?;
	module.merge(VehiclesRpcApiServer::into_rpc(city.clone()))?;
	module.merge(IotRpcApiServer::into_rpc(city))?;

	Ok(module)
}
