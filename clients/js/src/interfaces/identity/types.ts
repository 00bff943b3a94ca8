// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { PalletIdentityRegistryDisclosureDisclosureError } from '@polkadot/types/lookup';
import type { Bytes, Option, Struct, Vec, bool, u32 } from '@polkadot/types-codec';
import type { H256 } from '@polkadot/types/interfaces/runtime';

/** @name CityDisclosure */
export interface CityDisclosure extends Struct {
  readonly key: Bytes;
  readonly value: Bytes;
  readonly salt: H256;
  readonly leafIndex: u32;
  readonly leafCount: u32;
  readonly proof: Vec<H256>;
}

/** @name CityDisclosureVerification */
export interface CityDisclosureVerification extends Struct {
  readonly verified: bool;
  readonly error: Option<PalletIdentityRegistryDisclosureDisclosureError>;
}

export type PHANTOM_IDENTITY = 'identity';
