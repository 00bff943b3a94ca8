// The chain's health: best and finalized blocks, the validators (the node's ValidatorSetApi:
// the council's set and the session's validators, with what each authored), the runtime, the
// ledger's lag.

import { h, amount, stat, table } from '../lib/dom.ts';
import type { Context } from './context.ts';

/**
 * A validator's standing this session, said plainly. A change of the set is queued for a
 * whole session: while it is pending (`changePending`) it acts from the session after next,
 * once queued from the next one.
 */
function standing (v: any, pending: boolean): HTMLElement {
  const when = pending ? 'the session after next' : 'the next session';
  if (!v.keysRegistered.isTrue) return h('span', { class: 'bad' }, 'no session keys: it cannot author');
  if (!v.inSet.isTrue) return h('span', { class: 'warn' }, `leaving: removed by the council, it validates until ${when}`);
  if (!v.inSession.isTrue) return h('span', {}, `joining: it validates from ${when}`);
  return h('span', { class: 'ok' }, 'validating');
}

export async function healthPage ({ chain, ledger }: Context): Promise<HTMLElement> {
  const api = chain.api as any;
  const [set, health, version] = await Promise.all([
    chain.call('validatorSetApi', 'status'), api.rpc.system.health(), api.rpc.state.getRuntimeVersion()
  ]);
  const status = await ledger.get<any>('/v1/status').catch(() => null);
  const threshold = set.offlineThreshold.toNumber();
  return h('section', {},
    h('h1', {}, 'Chain health'),
    h('div', { class: 'stats' },
      stat('Best block', String(chain.heads.best), 'best-block'),
      stat('Finalized block', String(chain.heads.finalized), 'finalized-block'),
      stat('Peers', String(health.peers.toNumber())),
      stat('Runtime', `${version.specName} ${version.specVersion}`),
      stat('Session', String(set.session.toNumber()), 'session', `${set.sessionLength.toNumber()} blocks each`),
      stat('Reward per session', amount(set.rewardPerSession.toBigInt()), 'validator-reward'),
      stat('Ledger indexed to', status ? String(status.last_block) : 'not reachable', 'ledger-block')),
    set.changePending.isTrue ? h('p', { class: 'muted' }, 'The council changed the set: the change takes effect from the session after next.') : null,
    table('Validators', ['Validator', 'Standing', 'Blocks this session', 'Sessions without a block'],
      set.validators.map((v: any) => {
        const silent = v.sessionsWithoutBlocks.toNumber();
        return [h('code', {}, v.account.toString()), standing(v, set.changePending.isTrue), String(v.blocksThisSession.toNumber()),
          h('span', { class: silent >= threshold ? 'bad' : undefined }, String(silent))];
      }), 'validators'),
    h('p', { class: 'muted' }, `A validator of the set that authors nothing for ${threshold} sessions in a row is reported offline; the council decides on the report. ` +
      `The council's removals stop at ${set.minValidators.toNumber()} validators, and the set holds at most ${set.maxValidators.toNumber()}.`));
}
