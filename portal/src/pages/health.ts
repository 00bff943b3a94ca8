// The chain's health: best and finalized blocks, the validators, the runtime, the ledger's lag.

import { h, stat, table } from '../lib/dom.ts';
import type { Context } from './context.ts';

export async function healthPage ({ chain, ledger }: Context): Promise<HTMLElement> {
  const api = chain.api as any;
  const [validators, set, health, version] = await Promise.all([
    api.query.session.validators(), api.query.validatorSet.validators(), api.rpc.system.health(), api.rpc.state.getRuntimeVersion()
  ]);
  const status = await ledger.get<any>('/v1/status').catch(() => null);
  const active = new Set(validators.map((v: any) => v.toString()));
  return h('section', {},
    h('h1', {}, 'Chain health'),
    h('div', { class: 'stats' },
      stat('Best block', String(chain.heads.best), 'best-block'),
      stat('Finalized block', String(chain.heads.finalized), 'finalized-block'),
      stat('Peers', String(health.peers.toNumber())),
      stat('Runtime', `${version.specName} ${version.specVersion}`),
      stat('Ledger indexed to', status ? String(status.last_block) : 'not reachable', 'ledger-block')),
    table('Validators', ['Validator', 'Authoring this session'],
      set.map((v: any) => [h('code', {}, v.toString()), active.has(v.toString()) ? 'yes' : 'from the next session']), 'validators'));
}
