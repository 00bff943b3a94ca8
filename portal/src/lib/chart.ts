// Bar charts as SVG: readable on a phone, printable, and inspectable by the browser tests.

import { city } from './dom.ts';

export interface Bar { label: string; value: bigint; limit?: bigint }

/**
 * Horizontal bars, one per `bars` item: its value, and when it has a limit, the limit as the
 * bar's full width (spent against budget).
 */
export function barChart (title: string, bars: Bar[], testId?: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const rowHeight = 34;
  const width = 640;
  const labelWidth = 170;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(1, bars.length) * rowHeight + 10}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('class', 'chart');
  if (testId) svg.setAttribute('data-testid', testId);
  const max = bars.reduce((m, b) => {
    const v = b.limit !== undefined && b.limit > b.value ? b.limit : b.value;
    return v > m ? v : m;
  }, 1n);
  const scale = (v: bigint) => Number((v * 10_000n) / max) / 10_000 * (width - labelWidth - 150);
  const el = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    svg.append(e);
    return e;
  };
  bars.forEach((b, i) => {
    const y = i * rowHeight + 6;
    el('text', { x: 0, y: y + 17, class: 'chart-label' }, b.label);
    if (b.limit !== undefined) el('rect', { x: labelWidth, y, width: scale(b.limit), height: 22, class: 'chart-limit' });
    const bar = el('rect', { x: labelWidth, y, width: Math.max(1, scale(b.value)), height: 22, class: b.limit !== undefined && b.value > b.limit ? 'chart-over' : 'chart-bar' });
    bar.setAttribute('data-label', b.label);
    bar.setAttribute('data-value', b.value.toString());
    const text = b.limit !== undefined ? `${city(b.value, false)} of ${city(b.limit)}` : city(b.value);
    el('text', { x: labelWidth + Math.max(scale(b.limit ?? 0n), scale(b.value)) + 6, y: y + 17, class: 'chart-value' }, text);
  });
  return svg;
}
