// The types of src/definitions.js.
import type { DefinitionRpc, DefinitionRpcSub, OverrideBundleDefinition, RegistryTypes } from '@polkadot/types/types';
import type { ExtDef } from '@polkadot/types/extrinsic/signedExtensions/types';

/** A module as @polkadot/typegen reads it: RPC methods of one namespace and JSON types. */
export interface Module {
  rpc: Record<string, DefinitionRpc | DefinitionRpcSub>;
  types: RegistryTypes;
}

export declare const reserve: Module;
export declare const bonds: Module;
export declare const identity: Module;
export declare const iot: Module;
export declare const vehicles: Module;
export declare const city: Module;
export declare const validators: Module;
export declare const modules: Record<'reserve' | 'bonds' | 'identity' | 'iot' | 'vehicles' | 'city' | 'validators', Module>;
export declare const rpc: Record<string, Record<string, DefinitionRpc | DefinitionRpcSub>>;
export declare const types: RegistryTypes;
export declare const signedExtensions: ExtDef;
export declare const typesBundle: { spec: { 'city-chain': OverrideBundleDefinition } };
