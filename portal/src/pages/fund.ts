// The reserve fund now, from the node's ReserveFundApi: balance, obligations, free funds, coverage
// against the floor, and each budget's use this fiscal period.

import { h, stat, amount, table } from '../lib/dom.ts';
import { barChart } from '../lib/chart.ts';
import { label } from '../lib/chain.ts';
import type { Context } from './context.ts';

export async function fundPage ({ chain }: Context): Promise<HTMLElement> {
  const s = await chain.call('reserveFundApi', 'status');
  const balance: bigint = s.balance.toBigInt();
  const floorPpm = Number(s.reserveFloor.toString());
  const coverage = s.coveragePpm.isSome ? Number(s.coveragePpm.unwrap().toString()) : null;
  const covered = coverage === null || coverage >= 1_000_000 + floorPpm;
  const budgets = s.budgets.map(([category, limit, spent]: any[]) => ({
    label: label(category), limit: limit.toBigInt(), value: spent.toBigInt()
  }));
  return h('section', {},
    h('h1', {}, 'The reserve fund'),
    h('p', { class: 'muted' }, 'What the city holds, what it has promised, and what it may still spend this fiscal period, as the chain says now.'),
    h('div', { class: 'stats' },
      stat('Balance', amount(balance, 'reserve-balance')),
      stat('Set aside for obligations', amount(s.totalObligations.toBigInt(), 'reserve-obligations')),
      stat('Free funds', amount(s.free.toBigInt(), 'reserve-free')),
      stat('Coverage', h('span', { class: covered ? 'ok' : 'warn', 'data-testid': 'reserve-coverage' },
        coverage === null ? 'no obligations' : `${(coverage / 10_000).toFixed(1)} %`),
      undefined, `floor: obligations plus ${(floorPpm / 10_000).toFixed(1)} %`),
      stat('Fiscal period', String(s.period.toNumber()), 'reserve-period')),
    table('Obligations by kind', ['Kind', 'Set aside'],
      s.obligations.map(([kind, value]: any[]) => [label(kind), amount(value.toBigInt())]), 'obligations'),
    h('h2', {}, 'Budgets this fiscal period'),
    h('p', { class: 'muted' }, 'Spent against each category\'s limit. A spend beyond a budget is refused by the chain, whoever asks.'),
    barChart('Budgets: spent this period against the limit', budgets, 'budget-chart'),
    table('Budgets', ['Category', 'Spent', 'Limit'],
      budgets.map((b: any) => [b.label, amount(b.value), amount(b.limit)]), 'budgets'));
}
