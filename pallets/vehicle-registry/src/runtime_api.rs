//! The vehicle registry's runtime API: what anyone (a parking warden, a buyer, the node's
//! `vehicles_*` RPC methods) reads at any block. Plates and VINs are taken as bytes; one that
//! is too long to be stored finds nothing.

use crate::{Fine, FineId, Inspection, Permit, Vehicle, VehicleId};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Vehicles by id, plate, VIN and owner; a plate's permits and unpaid fines.
	///
	/// `Text` and `Plate` are the runtime's bounded make/model and plate (they encode as
	/// bytes).
	#[api_version(1)]
	pub trait VehicleRegistryApi<AccountId, Balance, BlockNumber, Text, Plate>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
		Text: Codec,
		Plate: Codec,
	{
		/// Vehicle `id`'s record.
		fn vehicle(id: VehicleId) -> Option<Vehicle<AccountId, Balance, BlockNumber, Text, Plate>>;

		/// The registered vehicle with `plate`, with its id.
		fn by_plate(plate: Vec<u8>) -> Option<(VehicleId, Vehicle<AccountId, Balance, BlockNumber, Text, Plate>)>;

		/// The vehicle with `vin` (deregistered ones too), with its id.
		fn by_vin(vin: Vec<u8>) -> Option<(VehicleId, Vehicle<AccountId, Balance, BlockNumber, Text, Plate>)>;

		/// The vehicles `owner` owns or applied for.
		fn vehicles_of(owner: AccountId) -> Vec<(VehicleId, Vehicle<AccountId, Balance, BlockNumber, Text, Plate>)>;

		/// The permits of the vehicle with `plate` valid now or later.
		fn permits(plate: Vec<u8>) -> Vec<Permit<BlockNumber>>;

		/// The unpaid fines of the vehicle with `plate`.
		fn open_fines(plate: Vec<u8>) -> Vec<(FineId, Fine<AccountId, Balance, BlockNumber>)>;

		/// The inspections kept for vehicle `id`, oldest first.
		fn inspections(id: VehicleId) -> Vec<Inspection<AccountId, BlockNumber>>;
	}
}
