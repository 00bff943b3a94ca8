// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Option, Struct, Text, u32 } from '@polkadot/types-codec';
import type { AccountId, Balance, BlockNumber, H256 } from '@polkadot/types/interfaces/runtime';

/** @name CityBondDebt */
export interface CityBondDebt extends Struct {
  readonly total: Balance;
  readonly ceiling: Balance;
  readonly headroom: Balance;
}

/** @name CityBondHolding */
export interface CityBondHolding extends Struct {
  readonly series: u32;
  readonly units: u32;
  readonly accrued: Balance;
  readonly claimable: Balance;
  readonly depositor: AccountId;
  readonly deposit: Balance;
}

/** @name CityBondSeries */
export interface CityBondSeries extends Struct {
  readonly id: u32;
  readonly name: Text;
  readonly purpose: H256;
  readonly contract: Option<u32>;
  readonly face: Balance;
  readonly couponRatePpb: u32;
  readonly couponPerUnit: Balance;
  readonly couponPeriod: BlockNumber;
  readonly periods: u32;
  readonly units: u32;
  readonly subscriptionEnd: BlockNumber;
  readonly minUnits: u32;
  readonly residentUnits: u32;
  readonly state: Text;
  readonly sold: u32;
  readonly outstanding: u32;
  readonly duePeriods: u32;
  readonly fundedPeriods: u32;
  readonly couponsPaid: Balance;
  readonly maturity: BlockNumber;
  readonly arrearsSince: Option<BlockNumber>;
  readonly callPrice: Option<Balance>;
  readonly defaultedAt: Option<BlockNumber>;
}

export type PHANTOM_BONDS = 'bonds';
