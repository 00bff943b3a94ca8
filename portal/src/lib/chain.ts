// The node: what is on chain now, read through the runtime APIs (no trust in the indexer), and
// the chain's heads.

import type { ApiPromise } from '@polkadot/api';
import { createCityApi } from '@city-chain/api';

/** Seconds per block (Aura, 6 s). */
export const BLOCK_SECONDS = 6;

export interface Heads { best: number; finalized: number; bestTimeMs: number }

export class Chain {
  heads: Heads = { best: 0, finalized: 0, bestTimeMs: Date.now() };
  private listeners: Array<(h: Heads) => void> = [];

  private constructor (readonly url: string, readonly api: ApiPromise) {}

  static async connect (url: string): Promise<Chain> {
    const api = await createCityApi(url, { throwOnConnect: true, noInitWarn: true } as never);
    const chain = new Chain(url, api);
    const [best, finalizedHash, now] = await Promise.all([api.rpc.chain.getHeader(), api.rpc.chain.getFinalizedHead(), api.query.timestamp.now()]);
    const finalized = await api.rpc.chain.getHeader(finalizedHash);
    chain.heads = { best: best.number.toNumber(), finalized: finalized.number.toNumber(), bestTimeMs: Number(now.toString()) || Date.now() };
    await api.rpc.chain.subscribeNewHeads(async (header) => {
      const now = await api.query.timestamp.now();
      chain.heads = { ...chain.heads, best: header.number.toNumber(), bestTimeMs: Number(now.toString()) || Date.now() };
      chain.listeners.forEach((l) => l(chain.heads));
    });
    await api.rpc.chain.subscribeFinalizedHeads((header) => {
      chain.heads = { ...chain.heads, finalized: header.number.toNumber() };
      chain.listeners.forEach((l) => l(chain.heads));
    });
    return chain;
  }

  onHeads (listener: (h: Heads) => void): void {
    this.listeners.push(listener);
  }

  /** The time of block `n`: past blocks from the best block's time back, future ones ahead. */
  blockTimeMs (n: number): number {
    return this.heads.bestTimeMs + (n - this.heads.best) * BLOCK_SECONDS * 1000;
  }

  /** A runtime API call (`api.call.<api>.<method>`), typed loosely: the pages read fields. */
  call (apiName: string, method: string, ...args: unknown[]): Promise<any> {
    const call = (this.api.call as any)[apiName]?.[method];
    if (!call) throw new Error(`the node does not offer the runtime API ${apiName}.${method}`);
    return call(...args);
  }
}

/** Bytes (a name, a plate) as text. */
export function text (codec: any): string {
  try {
    return codec.toUtf8 ? codec.toUtf8() : new TextDecoder().decode(codec.toU8a(true));
  } catch {
    return codec.toString();
  }
}

/** An enum as a label: `PublicWorks`, `Other(3)`. */
export function label (codec: any): string {
  const inner = codec.value;
  return inner && inner.toRawType && inner.toRawType() !== 'Null' ? `${codec.type}(${inner.toString()})` : codec.type ?? codec.toString();
}
