//! # Vehicle registry RPC
//!
//! The vehicle registry's read-only JSON-RPC methods (`vehicles_*`): what a parking warden, a
//! buyer or a resident looks up, answered from the pallet's runtime API
//! ([`VehicleRegistryRuntimeApi`]) at the block asked for or the best block.
//!
//! - [`VehiclesApiServer`]: the methods (`#[rpc(client, server)]`), served by [`Vehicles`].
//! - The wire types: [`VehicleJson`], [`PermitJson`], [`FineJson`]. Plates, VINs, makes and
//!   models are strings (UTF-8, invalid bytes replaced); amounts planck as decimal strings;
//!   accounts SS58 (generic prefix); blocks and counts JSON numbers.
//!
//! The runtime's bounded make/model and plate types are the server's `Text` and `Plate`
//! parameters, so this crate does not depend on the runtime.

use std::{marker::PhantomData, sync::Arc};

use city_primitives::{AccountId, Balance, BlockNumber};
use city_rpc_common::{account, planck, read, text};
use codec::Codec;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_vehicle_registry::{
	DeregistrationReason, Fine, FineId, FineStatus, Permit, Status, Vehicle, VehicleId,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

pub use pallet_vehicle_registry::runtime_api::VehicleRegistryApi as VehicleRegistryRuntimeApi;

#[cfg(test)]
mod tests;

/// The vehicle registry's read-only methods (`vehicles_*`). Plates and VINs are strings;
/// amounts planck as decimal strings; accounts SS58 (generic prefix).
#[rpc(client, server, namespace = "vehicles")]
pub trait VehiclesApi<BlockHash> {
	/// The registered vehicle with `plate`, or `null`, at block `at` or the best block.
	#[method(name = "byPlate")]
	fn by_plate(&self, plate: String, at: Option<BlockHash>) -> RpcResult<Option<VehicleJson>>;

	/// The vehicle with `vin` (deregistered ones too), or `null`.
	#[method(name = "byVin")]
	fn by_vin(&self, vin: String, at: Option<BlockHash>) -> RpcResult<Option<VehicleJson>>;

	/// The vehicles `owner` owns or applied for.
	#[method(name = "of")]
	fn of(&self, owner: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<VehicleJson>>;

	/// The parking permits of the vehicle with `plate` valid now or later.
	#[method(name = "permits")]
	fn permits(&self, plate: String, at: Option<BlockHash>) -> RpcResult<Vec<PermitJson>>;

	/// The unpaid fines of the vehicle with `plate`.
	#[method(name = "openFines")]
	fn open_fines(&self, plate: String, at: Option<BlockHash>) -> RpcResult<Vec<FineJson>>;
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

impl<Text, Plate> From<(VehicleId, Vehicle<AccountId, Balance, BlockNumber, Text, Plate>)>
	for VehicleJson
where
	Text: AsRef<[u8]>,
	Plate: AsRef<[u8]>,
{
	fn from((id, v): (VehicleId, Vehicle<AccountId, Balance, BlockNumber, Text, Plate>)) -> Self {
		VehicleJson {
			id,
			vin: text(&v.vin),
			make: text(v.make.as_ref()),
			model: text(v.model.as_ref()),
			year: v.year,
			owner: account(&v.owner),
			status: match v.status {
				Status::Pending => "pending",
				Status::Registered => "registered",
				Status::Deregistered(DeregistrationReason::Scrapped) => "scrapped",
				Status::Deregistered(DeregistrationReason::Exported) => "exported",
			}
			.into(),
			plate: v.plate.as_ref().map(|plate| text(plate.as_ref())),
			registered_until: v.registered_until,
			odometer: v.odometer,
			odometer_flagged: v.odometer_flagged,
			stolen: v.stolen,
			stolen_by_police: v.stolen_by_police,
			registrations: v.registrations,
			lien_holder: v.lien.as_ref().map(|lien| account(&lien.lender)),
			offered_to: v.offer.as_ref().map(|offer| account(&offer.buyer)),
			offer_price: v.offer.and_then(|offer| offer.price).map(planck),
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

impl From<Permit<BlockNumber>> for PermitJson {
	fn from(Permit { zone, from, until }: Permit<BlockNumber>) -> Self {
		PermitJson { zone, from, until }
	}
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

impl From<(FineId, Fine<AccountId, Balance, BlockNumber>)> for FineJson {
	fn from((id, fine): (FineId, Fine<AccountId, Balance, BlockNumber>)) -> Self {
		FineJson {
			id,
			amount: planck(fine.amount),
			offence: fine.offence,
			evidence: fine.evidence,
			issued_at: fine.issued_at,
			deadline: fine.deadline,
			disputed_with: match fine.status {
				FineStatus::Disputed(evidence) => Some(evidence),
				FineStatus::Open => None,
			},
		}
	}
}

/// Answers [`VehiclesApiServer`] from the runtime API of `client` at the block asked for. `Text` and
/// `Plate` are the runtime's bounded make/model and plate types.
pub struct Vehicles<C, Block, Text, Plate> {
	client: Arc<C>,
	_types: PhantomData<(Block, Text, Plate)>,
}

impl<C, Block, Text, Plate> Vehicles<C, Block, Text, Plate> {
	/// Answers from `client`'s runtime API.
	pub fn new(client: Arc<C>) -> Self {
		Vehicles { client, _types: PhantomData }
	}
}

impl<C, Block, Text, Plate> VehiclesApiServer<<Block as BlockT>::Hash>
	for Vehicles<C, Block, Text, Plate>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: VehicleRegistryRuntimeApi<Block, AccountId, Balance, BlockNumber, Text, Plate>,
	Text: Codec + AsRef<[u8]> + Send + Sync + 'static,
	Plate: Codec + AsRef<[u8]> + Send + Sync + 'static,
{
	fn by_plate(&self, plate: String, at: Option<Block::Hash>) -> RpcResult<Option<VehicleJson>> {
		let found = read::<Block, _, _>(&*self.client, at, "look the plate up", |api, at| {
			api.by_plate(at, plate.into_bytes())
		})?;
		Ok(found.map(VehicleJson::from))
	}

	fn by_vin(&self, vin: String, at: Option<Block::Hash>) -> RpcResult<Option<VehicleJson>> {
		let found = read::<Block, _, _>(&*self.client, at, "look the VIN up", |api, at| {
			api.by_vin(at, vin.into_bytes())
		})?;
		Ok(found.map(VehicleJson::from))
	}

	fn of(&self, owner: AccountId, at: Option<Block::Hash>) -> RpcResult<Vec<VehicleJson>> {
		let owned =
			read::<Block, _, _>(&*self.client, at, "read the owner's vehicles", |api, at| {
				api.vehicles_of(at, owner)
			})?;
		Ok(owned.into_iter().map(VehicleJson::from).collect())
	}

	fn permits(&self, plate: String, at: Option<Block::Hash>) -> RpcResult<Vec<PermitJson>> {
		let permits =
			read::<Block, _, _>(&*self.client, at, "read the plate's permits", |api, at| {
				api.permits(at, plate.into_bytes())
			})?;
		Ok(permits.into_iter().map(PermitJson::from).collect())
	}

	fn open_fines(&self, plate: String, at: Option<Block::Hash>) -> RpcResult<Vec<FineJson>> {
		let fines = read::<Block, _, _>(&*self.client, at, "read the plate's fines", |api, at| {
			api.open_fines(at, plate.into_bytes())
		})?;
		Ok(fines.into_iter().map(FineJson::from).collect())
	}
}
