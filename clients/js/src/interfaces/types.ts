// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

export * from './bonds/types.js';
export * from './city/types.js';
export * from './identity/types.js';
export * from './iot/types.js';
export * from './reserve/types.js';
export * from './validators/types.js';
export * from './vehicles/types.js';

export type PHANTOM_GENERATED = 'generated';
