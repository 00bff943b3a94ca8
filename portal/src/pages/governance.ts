// Governance now, from the node's CityGovernanceApi (members, open motions with who voted,
// referenda with tallies and time left, the upgrade authorized and the upgrades scheduled or
// proposed, with their code hash), and its history from the ledger (motions decided, upgrades).

import { h, amount, localTime, shortHash, table } from '../lib/dom.ts';
import { BLOCK_SECONDS, type Chain } from '../lib/chain.ts';
import type { Page } from '../lib/ledger.ts';
import type { Context } from './context.ts';

interface Motion { collective: string; proposal_index: number; hash: string; status: string; ayes: number; nays: number; threshold: number; proposed_time_ms: number; result: string | null }
interface Upgrade { block: number; time_ms: number; event: string; code_hash: string | null; spec_version: number }

function timeLeft (blocks: number): string {
  if (blocks <= 0) return 'ending';
  const minutes = Math.round(blocks * BLOCK_SECONDS / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

/** A proposed call (`Option<CallSummary>`): "System.authorize_upgrade", or why it is not known. */
function callName (call: any): string {
  if (call.isNone) return '(call not on chain)';
  const c = call.unwrap();
  return `${c.pallet.toString()}.${c.function.toString()}`;
}

/** The code hash a call would install, if it is an upgrade. */
function upgradeOf (call: any): string | null {
  return call.isSome && call.unwrap().upgrade.isSome ? call.unwrap().upgrade.unwrap().toHex() : null;
}

/** Whether a call may hold an upgrade the chain could not read (nested too deep, a preimage missing). */
function unread (call: any): boolean {
  return call.isSome && !call.unwrap().complete.isTrue && call.unwrap().upgrade.isNone;
}

function proposal (call: any): HTMLElement {
  const upgrade = upgradeOf(call);
  return h('span', {}, callName(call),
    upgrade ? h('span', { class: 'muted' }, ' upgrades the runtime to ', shortHash(upgrade)) : null,
    unread(call) ? h('span', { class: 'warn' }, ' (parts of it could not be read: it may upgrade the runtime)') : null);
}

const voters = (accounts: any[]): HTMLElement =>
  h('span', {}, ...(accounts.length ? accounts.map((a) => h('code', { title: a.toString() }, `${a.toString().slice(0, 8)} `)) : ['-']));

/** A block to come, in the reader's local time, with its number. */
function when (chain: Chain, block: number): string {
  return `${localTime(chain.blockTimeMs(block))} (block ${block})`;
}

function members (caption: string, collective: any, testId: string): HTMLElement {
  const prime = collective.prime.isSome ? collective.prime.unwrap().toString() : null;
  return table(caption, ['Member', 'Role'], collective.members.map((m: any) =>
    [h('code', {}, m.toString()), m.toString() === prime ? 'prime (silent members vote with it)' : 'member']), testId);
}

function motions (chain: Chain, caption: string, collective: any, testId: string): HTMLElement {
  return table(caption, ['#', 'Proposal', 'Ayes', 'Voted aye', 'Voted nay', 'Time left'],
    collective.motions.map((m: any) => [String(m.index.toNumber()), proposal(m.call),
      `${m.ayes.length} of ${m.threshold.toNumber()}`, voters(m.ayes), voters(m.nays),
      timeLeft(m.end.toNumber() - chain.heads.best)]), testId);
}

export async function governancePage ({ chain, ledger }: Context): Promise<HTMLElement> {
  const call = (method: string) => chain.call('cityGovernanceApi', method);
  const [council, committee, referenda, scheduled, authorized] = await Promise.all(
    ['council', 'technicalCommittee', 'referenda', 'scheduled', 'authorizedUpgrade'].map(call));
  const [history, upgrades] = await Promise.all([
    ledger.get<Page<Motion>>('/v1/motions', { limit: 500 }).catch(() => null),
    ledger.get<Page<Upgrade>>('/v1/upgrades', { limit: 500 }).catch(() => null)
  ]);

  // Upgrades on their way: scheduled for enactment, in a referendum, in a motion; and calls
  // that may hold one the chain could not read.
  const coming: HTMLElement[][] = [];
  const upcoming = (status: HTMLElement | string, call: any): void => {
    const hash = upgradeOf(call);
    if (hash || unread(call)) {
      coming.push([typeof status === 'string' ? h('span', {}, status) : status,
        hash ? shortHash(hash) : h('span', { class: 'warn' }, 'could not be read'), h('span', {}, callName(call))]);
    }
  };
  for (const s of scheduled) upcoming(h('span', {}, 'Passed; enacted at ', when(chain, s.when.toNumber())), s.call);
  for (const r of referenda) upcoming(`In referendum ${r.index.toNumber()}; the vote ends in ${timeLeft(r.end.toNumber() - chain.heads.best)}`, r.call);
  for (const [body, collective] of [['council', council], ['technical committee', committee]] as const) {
    for (const m of collective.motions) upcoming(`Proposed in ${body} motion ${m.index.toNumber()}`, m.call);
  }

  return h('section', {},
    h('h1', {}, 'Governance'),
    members('Council members', council, 'council-members'),
    members('Technical committee members', committee, 'committee-members'),
    motions(chain, 'Open council motions', council, 'council-motions'),
    motions(chain, 'Open technical committee motions', committee, 'committee-motions'),
    table('Referenda in progress', ['#', 'Proposal', 'Threshold', 'Aye', 'Nay', 'Turnout', 'Time left'],
      referenda.map((r: any) => [String(r.index.toNumber()), proposal(r.call), r.threshold.type,
        amount(r.ayes.toBigInt()), amount(r.nays.toBigInt()), amount(r.turnout.toBigInt()),
        timeLeft(r.end.toNumber() - chain.heads.best)]), 'referenda'),
    h('h2', {}, 'Runtime upgrades'),
    authorized.isSome
      ? h('p', { 'data-testid': 'authorized-upgrade' }, 'An upgrade is authorized: anyone may now supply the code with hash ',
        shortHash(authorized.unwrap().codeHash.toHex()), ', and the chain installs it.')
      : h('p', { 'data-testid': 'authorized-upgrade' }, 'No upgrade is authorized now.'),
    table('Upgrades scheduled or proposed', ['Status', 'Code hash', 'Call'], coming, 'scheduled-upgrades'),
    table('Calls scheduled for enactment', ['When', 'Call'],
      scheduled.map((s: any) => [when(chain, s.when.toNumber()), proposal(s.call)]), 'scheduled'),
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
