// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Option, Struct, Text, Vec, bool, u32 } from '@polkadot/types-codec';
import type { AccountId, Balance, BlockNumber, H256 } from '@polkadot/types/interfaces/runtime';

/** @name CityAuthorizedUpgrade */
export interface CityAuthorizedUpgrade extends Struct {
  readonly codeHash: H256;
  readonly checkVersion: bool;
}

/** @name CityCall */
export interface CityCall extends Struct {
  readonly pallet: Text;
  readonly function: Text;
  readonly upgrade: Option<H256>;
  readonly complete: bool;
}

/** @name CityCollective */
export interface CityCollective extends Struct {
  readonly members: Vec<AccountId>;
  readonly prime: Option<AccountId>;
  readonly motions: Vec<CityMotion>;
}

/** @name CityMotion */
export interface CityMotion extends Struct {
  readonly index: u32;
  readonly proposalHash: H256;
  readonly call: Option<CityCall>;
  readonly threshold: u32;
  readonly ayes: Vec<AccountId>;
  readonly nays: Vec<AccountId>;
  readonly end: BlockNumber;
}

/** @name CityReferendum */
export interface CityReferendum extends Struct {
  readonly index: u32;
  readonly proposalHash: H256;
  readonly call: Option<CityCall>;
  readonly threshold: Text;
  readonly ayes: Balance;
  readonly nays: Balance;
  readonly turnout: Balance;
  readonly end: BlockNumber;
  readonly delay: BlockNumber;
}

/** @name CityScheduled */
export interface CityScheduled extends Struct {
  readonly when: BlockNumber;
  readonly callHash: H256;
  readonly call: Option<CityCall>;
}

export type PHANTOM_CITY = 'city';
