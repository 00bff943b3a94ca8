// Municipal bonds, from the node's BondsApi: each series, debt against the ceiling, coupons paid,
// arrears or default said plainly.

import { h, stat, amount, table } from '../lib/dom.ts';
import { barChart } from '../lib/chart.ts';
import { text } from '../lib/chain.ts';
import type { Context } from './context.ts';

export async function bondsPage ({ chain }: Context): Promise<HTMLElement> {
  const [series, debt] = await Promise.all([chain.call('bondsApi', 'allSeries'), chain.call('bondsApi', 'debt')]);
  const total: bigint = debt.total.toBigInt();
  const ceiling: bigint = debt.ceiling.toBigInt();
  const rows = series.map((info: any) => {
    const s = info.series;
    const standing = s.defaultedAt.isSome && s.arrearsSince.isSome
      ? h('span', { class: 'bad' }, `In default since block ${s.defaultedAt.unwrap()}`)
      : s.arrearsSince.isSome
        ? h('span', { class: 'warn' }, `Coupons in arrears since block ${s.arrearsSince.unwrap()}`)
        : s.called.isSome ? h('span', {}, 'Called early') : h('span', { class: 'ok' }, 'Current');
    return [String(info.id.toNumber()), text(s.terms.name), s.state.type, String(s.sold.toNumber()), String(s.outstanding.toNumber()),
      amount(s.terms.face.toBigInt()), amount(s.couponsPaid.toBigInt()), standing];
  });
  return h('section', {},
    h('h1', {}, 'Municipal bonds'),
    h('div', { class: 'stats' },
      stat('Debt on offer or outstanding', amount(total, 'bonds-debt')),
      stat('Debt ceiling', amount(ceiling, 'bonds-ceiling'))),
    barChart('Debt against the ceiling', [{ label: 'Debt', value: total, limit: ceiling }], 'debt-chart'),
    table('Bond series', ['Series', 'Name', 'State', 'Units sold', 'Outstanding', 'Face per unit', 'Coupons paid', 'Standing'], rows, 'series'));
}
