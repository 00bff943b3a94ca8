// The types of src/index.js. Importing the package augments @polkadot/api with the types
// generated from the runtime's metadata and the city's RPC definitions (src/interfaces/).
import './interfaces/augment-api.js';
import './interfaces/augment-types.js';
import './interfaces/types-lookup.js';

import type { ApiPromise } from '@polkadot/api';
import type { ApiOptions } from '@polkadot/api/types';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';

export * from './interfaces/types.js';
export { modules, rpc, signedExtensions, types, typesBundle } from './definitions.js';
export type { Module } from './definitions.js';

/** `options` with the city's definitions added (for `ApiPromise.create`, `ApiRx.create`). */
export declare function cityOptions (options?: ApiOptions): ApiOptions;
/** Connects to `endpoint` (a ws:// URL or a provider); `options` as `ApiPromise.create`'s. */
export declare function createCityApi (endpoint: string | ProviderInterface, options?: ApiOptions): Promise<ApiPromise>;
