// Money flows, from the ledger API: a filterable table with the reference of each document, the
// CSV export of the same rows, and a chart of the totals per category for a fiscal period.

import { h, amount, localTime, shortHash, table } from '../lib/dom.ts';
import { barChart } from '../lib/chart.ts';
import type { Page } from '../lib/ledger.ts';
import type { Context } from './context.ts';

interface Flow { block: number; time_ms: number; period: number; direction: string; event: string; category: string; account: string; amount: string; reference: string }
interface Total { period: number; direction: string; category: string; flows: number; amount: string }

const PAGE = 25;

export async function flowsPage (ctx: Context, params: URLSearchParams): Promise<HTMLElement> {
  const filters = {
    direction: params.get('direction') || undefined,
    category: params.get('category') || undefined,
    period: params.get('period') || undefined
  };
  const offset = Number(params.get('offset') || 0);
  const page = await ctx.ledger.get<Page<Flow>>('/v1/flows', { ...filters, limit: PAGE, offset });
  const totals = await ctx.ledger.get<Page<Total>>('/v1/flows/totals', { limit: 500 });
  const periods = [...new Set(totals.items.map((t) => t.period))];
  const period = filters.period !== undefined ? Number(filters.period) : periods[periods.length - 1];
  const categories = [...new Set(totals.items.map((t) => t.category))].sort();

  const go = (change: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, offset: 0, ...change })) if (v !== undefined && v !== '' && v !== 0) next.set(k, String(v));
    location.hash = `#/flows?${next}`;
  };
  const select = (name: string, options: string[], value: string | undefined, all: string) =>
    h('label', {}, `${name[0].toUpperCase()}${name.slice(1)} `,
      h('select', { name, 'data-testid': `filter-${name}`, 'on:change': (e: Event) => go({ [name]: (e.target as HTMLSelectElement).value }) },
        h('option', { value: '' }, all),
        ...options.map((o) => h('option', { value: o, selected: o === value }, o))));

  const periodTotals = totals.items.filter((t) => t.period === period);
  return h('section', {},
    h('h1', {}, 'Money flows'),
    h('p', { class: 'muted' }, 'Every payment into and out of the reserve fund, with the hash of the document behind it (an invoice, a contract, a decision).'),
    h('form', { class: 'filters', 'on:submit': (e: Event) => e.preventDefault() },
      select('direction', ['in', 'out'], filters.direction, 'in and out'),
      select('category', categories, filters.category, 'every category'),
      select('period', periods.map(String), filters.period, 'every period'),
      h('a', { class: 'button', href: ctx.ledger.href('/v1/flows.csv', filters), download: 'city-money-flows.csv', 'data-testid': 'csv-link' }, 'Download CSV')),
    table(`${page.total} flows`, ['Block', 'Time', 'In/out', 'Category', 'Amount', 'Account', 'Reference'],
      page.items.map((f) => [String(f.block), localTime(f.time_ms), f.direction, f.category, amount(f.amount), shortHash(f.account), shortHash(f.reference)]),
      'flows'),
    h('div', { class: 'pager' },
      offset > 0 ? h('button', { 'on:click': () => go({ offset: Math.max(0, offset - PAGE) }) }, 'Newer') : null,
      offset + PAGE < page.total ? h('button', { 'on:click': () => go({ offset: offset + PAGE }) }, 'Older') : null),
    h('h2', {}, period === undefined ? 'Totals' : `Totals of fiscal period ${period}`),
    barChart(`Money in and out per category, period ${period}`,
      periodTotals.map((t) => ({ label: `${t.direction === 'in' ? '↓' : '↑'} ${t.category}`, value: BigInt(t.amount) })), 'totals-chart'));
}
