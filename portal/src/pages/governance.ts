// Governance now (the node: members, open motions with who voted, referenda with tallies and
// time left, an authorized runtime upgrade) and its history (the ledger: motions, upgrades).

import { h, amount, localTime, shortHash, table } from '../lib/dom.ts';
import { BLOCK_SECONDS } from '../lib/chain.ts';
import type { Page } from '../lib/ledger.ts';
import type { Context } from './context.ts';

interface Motion { collective: string; proposal_index: number; hash: string; status: string; ayes: number; nays: number; threshold: number; proposed_time_ms: number; result: string | null }
interface Upgrade { block: number; time_ms: number; event: string; code_hash: string | null; spec_version: number }

function timeLeft (blocks: number): string {
  if (blocks <= 0) return 'ending';
  const minutes = Math.round(blocks * BLOCK_SECONDS / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

async function openMotions ({ chain }: Context, pallet: 'council' | 'technicalCommittee'): Promise<HTMLElement[][]> {
  const q = (chain.api.query as any)[pallet];
  const hashes = await q.proposals();
  const rows: HTMLElement[][] = [];
  for (const hash of hashes) {
    const [voting, proposal] = await Promise.all([q.voting(hash), q.proposalOf(hash)]);
    if (voting.isNone) continue;
    const v = voting.unwrap();
    const call = proposal.isSome ? `${proposal.unwrap().section}.${proposal.unwrap().method}` : '(unknown call)';
    rows.push([h('span', {}, String(v.index.toNumber())), h('span', {}, call),
      h('span', {}, `${v.ayes.length} of ${v.threshold.toNumber()}`),
      h('span', {}, v.ayes.map((a: any) => a.toString().slice(0, 8)).join(', ') || '-'),
      h('span', {}, v.nays.map((a: any) => a.toString().slice(0, 8)).join(', ') || '-'),
      h('span', {}, timeLeft(v.end.toNumber() - chain.heads.best))]);
  }
  return rows;
}

export async function governancePage (ctx: Context): Promise<HTMLElement> {
  const { chain, ledger } = ctx;
  const api = chain.api as any;
  const [council, committee, referenda, authorized] = await Promise.all([
    api.query.council.members(), api.query.technicalCommittee.members(),
    api.query.democracy.referendumInfoOf.entries(), api.query.system.authorizedUpgrade()
  ]);
  const [councilMotions, committeeMotions] = await Promise.all([openMotions(ctx, 'council'), openMotions(ctx, 'technicalCommittee')]);
  const [history, upgrades] = await Promise.all([
    ledger.get<Page<Motion>>('/v1/motions', { limit: 500 }).catch(() => null),
    ledger.get<Page<Upgrade>>('/v1/upgrades', { limit: 500 }).catch(() => null)
  ]);
  const ongoing = referenda
    .filter(([, info]: any[]) => info.isSome && info.unwrap().isOngoing)
    .map(([key, info]: any[]) => {
      const r = info.unwrap().asOngoing;
      return [String(key.args[0].toNumber()), r.threshold.type, amount(r.tally.ayes.toBigInt()), amount(r.tally.nays.toBigInt()),
        amount(r.tally.turnout.toBigInt()), timeLeft(r.end.toNumber() - chain.heads.best)];
    });
  const motionHeaders = ['#', 'Proposal', 'Ayes', 'Voted aye', 'Voted nay', 'Time left'];
  return h('section', {},
    h('h1', {}, 'Governance'),
    table('Council members', ['Member'], council.map((m: any) => [h('code', {}, m.toString())]), 'council-members'),
    table('Technical committee members', ['Member'], committee.map((m: any) => [h('code', {}, m.toString())]), 'committee-members'),
    table('Open council motions', motionHeaders, councilMotions, 'council-motions'),
    table('Open technical committee motions', motionHeaders, committeeMotions, 'committee-motions'),
    table('Referenda in progress', ['#', 'Threshold', 'Aye', 'Nay', 'Turnout', 'Time left'], ongoing, 'referenda'),
    h('h2', {}, 'Runtime upgrades'),
    authorized.isSome
      ? h('p', { 'data-testid': 'authorized-upgrade' }, 'An upgrade is authorized and may be applied: code hash ',
        shortHash(authorized.unwrap().codeHash.toHex()))
      : h('p', { 'data-testid': 'authorized-upgrade' }, 'No upgrade is authorized now.'),
    upgrades
      ? table('Upgrades authorized and applied', ['Time', 'What', 'Code hash', 'Spec version'],
        upgrades.items.map((u) => [localTime(u.time_ms), u.event, u.code_hash ? shortHash(u.code_hash) : '-', String(u.spec_version)]), 'upgrades')
      : h('p', { class: 'muted' }, 'The ledger API is not reachable: no history.'),
    history
      ? table('Motions decided', ['Time', 'Body', '#', 'Status', 'Ayes', 'Nays', 'Result'],
        history.items.filter((m) => m.status !== 'open').reverse().map((m) => [localTime(m.proposed_time_ms), m.collective.replace('_', ' '),
          String(m.proposal_index), m.status, String(m.ayes), String(m.nays), m.result ?? '-']), 'motion-history')
      : null);
}
