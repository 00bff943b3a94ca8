// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Struct, Vec, bool, u32 } from '@polkadot/types-codec';
import type { AccountId, Balance, BlockNumber } from '@polkadot/types/interfaces/runtime';

/** @name CityValidator */
export interface CityValidator extends Struct {
  readonly account: AccountId;
  readonly inSet: bool;
  readonly inSession: bool;
  readonly keysRegistered: bool;
  readonly blocksThisSession: u32;
  readonly sessionsWithoutBlocks: u32;
}

/** @name CityValidatorsStatus */
export interface CityValidatorsStatus extends Struct {
  readonly validators: Vec<CityValidator>;
  readonly session: u32;
  readonly sessionLength: BlockNumber;
  readonly changePending: bool;
  readonly rewardPerSession: Balance;
  readonly offlineThreshold: u32;
  readonly minValidators: u32;
  readonly maxValidators: u32;
}

export type PHANTOM_VALIDATORS = 'validators';
