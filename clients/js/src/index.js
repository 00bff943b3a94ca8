// @city-chain/api: City Chain for @polkadot/api. `createCityApi(endpoint)` connects with the
// city's RPC methods, their types and the runtime's transaction extensions declared, so no
// "Unknown signed extensions" warning is logged, no city method is among those "not decorated"
// (what remains there is the node's new JSON-RPC interface, chainHead_v1_* and the like, which
// @polkadot/api does not implement), and `api.rpc.reserve.status()`,
// `api.rpc.identity.credentialsOf(who)` and the others answer typed values. TypeScript: importing this package brings the types generated from the
// runtime's metadata (calls, events, errors, storage, constants, runtime APIs, RPC methods).

import { ApiPromise, WsProvider } from '@polkadot/api';
import { rpc, signedExtensions, types } from './definitions.js';

export { modules, rpc, signedExtensions, types, typesBundle } from './definitions.js';

/** `options` with the city's definitions added (for `ApiPromise.create`, `ApiRx.create`). */
export function cityOptions (options = {}) {
  return {
    ...options,
    rpc: { ...rpc, ...options.rpc },
    types: { ...types, ...options.types },
    signedExtensions: { ...signedExtensions, ...options.signedExtensions }
  };
}

/** Connects to `endpoint` (a ws:// URL or a provider); `options` as `ApiPromise.create`'s. */
export function createCityApi (endpoint, options = {}) {
  const provider = typeof endpoint === 'string' ? new WsProvider(endpoint) : endpoint;
  return ApiPromise.create(cityOptions({ ...options, provider }));
}
