// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { CityPrimitivesTreasuryObligation, CityPrimitivesTreasurySpendCategory } from '@polkadot/types/lookup';
import type { Option, Struct, Vec, u128, u32 } from '@polkadot/types-codec';
import type { AccountId, Balance } from '@polkadot/types/interfaces/runtime';

/** @name CityReserveBudget */
export interface CityReserveBudget extends Struct {
  readonly category: CityPrimitivesTreasurySpendCategory;
  readonly limit: Balance;
  readonly spent: Balance;
}

/** @name CityReserveObligation */
export interface CityReserveObligation extends Struct {
  readonly obligation: CityPrimitivesTreasuryObligation;
  readonly amount: Balance;
}

/** @name CityReserveStatus */
export interface CityReserveStatus extends Struct {
  readonly account: AccountId;
  readonly balance: Balance;
  readonly obligations: Vec<CityReserveObligation>;
  readonly totalObligations: Balance;
  readonly free: Balance;
  readonly coveragePpm: Option<u128>;
  readonly reserveFloorPpm: u32;
  readonly period: u32;
  readonly budgets: Vec<CityReserveBudget>;
}

export type PHANTOM_RESERVE = 'reserve';
