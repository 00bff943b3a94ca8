import type { Chain } from '../lib/chain.ts';
import type { Ledger } from '../lib/ledger.ts';

/** What every page reads from: the node and the ledger API. */
export interface Context { chain: Chain; ledger: Ledger }
