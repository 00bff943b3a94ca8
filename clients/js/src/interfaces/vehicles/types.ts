// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Option, Struct, Text, bool, u16, u32, u64 } from '@polkadot/types-codec';
import type { AccountId, Balance, BlockNumber, H256 } from '@polkadot/types/interfaces/runtime';

/** @name CityVehicle */
export interface CityVehicle extends Struct {
  readonly id: u32;
  readonly vin: Text;
  readonly make: Text;
  readonly model: Text;
  readonly year: u16;
  readonly owner: AccountId;
  readonly status: Text;
  readonly plate: Option<Text>;
  readonly registeredUntil: BlockNumber;
  readonly odometer: u32;
  readonly odometerFlagged: bool;
  readonly stolen: bool;
  readonly stolenByPolice: bool;
  readonly registrations: u32;
  readonly lienHolder: Option<AccountId>;
  readonly offeredTo: Option<AccountId>;
  readonly offerPrice: Option<Balance>;
}

/** @name CityVehicleFine */
export interface CityVehicleFine extends Struct {
  readonly id: u64;
  readonly amount: Balance;
  readonly offence: u16;
  readonly evidence: H256;
  readonly issuedAt: BlockNumber;
  readonly deadline: BlockNumber;
  readonly disputedWith: Option<H256>;
}

/** @name CityVehiclePermit */
export interface CityVehiclePermit extends Struct {
  readonly zone: u16;
  readonly from: BlockNumber;
  readonly until: BlockNumber;
}

export type PHANTOM_VEHICLES = 'vehicles';
