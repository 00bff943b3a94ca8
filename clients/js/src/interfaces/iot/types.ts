// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { Bytes, Json, Option, Struct, Text, i64, u32, u64 } from '@polkadot/types-codec';
import type { AccountId, Balance, BlockNumber, H256 } from '@polkadot/types/interfaces/runtime';

/** @name CityIotAnchor */
export interface CityIotAnchor extends Struct {
  readonly sequence: u64;
  readonly root: H256;
  readonly count: u32;
  readonly timestamp: u64;
  readonly at: BlockNumber;
  readonly summary: Option<CityIotSummary>;
  readonly cumulative: Option<u64>;
  readonly readingsSignedBy: Option<CityIotKey>;
}

/** @name CityIotDevice */
export interface CityIotDevice extends Struct {
  readonly id: H256;
  readonly scheme: Text;
  readonly public: Bytes;
  readonly owner: AccountId;
  readonly kind: Text;
  readonly location: Text;
  readonly status: Text;
  readonly deposit: Balance;
  readonly nextSequence: u64;
  readonly lastAnchorAt: Option<BlockNumber>;
  readonly lastTimestamp: u64;
  readonly meterTotal: Option<u64>;
  readonly offeredTo: Option<AccountId>;
  readonly consumer: Option<AccountId>;
  readonly consumerSinceSequence: Option<u64>;
  readonly proposedConsumer: Option<AccountId>;
  readonly relay: Option<CityIotKey>;
}

/** @name CityIotKey */
export interface CityIotKey extends Struct {
  readonly scheme: Text;
  readonly public: Bytes;
}

/** @name CityIotReading */
export interface CityIotReading extends Struct {
  readonly device: H256;
  readonly sequence: u64;
  readonly index: u32;
  readonly timestamp: u64;
  readonly value: i64;
  readonly signature: Option<Json>;
}

/** @name CityIotSummary */
export interface CityIotSummary extends Struct {
  readonly min: i64;
  readonly max: i64;
  readonly mean: i64;
}

/** @name CityIotVerdict */
export interface CityIotVerdict extends Struct {
  readonly verdict: Text;
  readonly at: Option<BlockNumber>;
  readonly timestamp: Option<u64>;
  readonly root: Option<H256>;
}

export type PHANTOM_IOT = 'iot';
