// IoT: devices by kind and neighbourhood and their latest anchors (the ledger), and "verify a
// reading": a reading and its proof (as the gateway's `gateway_prove` gives them) checked by the
// node's IotAnchorsApi against the anchored root.

import { h, localTime, shortHash, table } from '../lib/dom.ts';
import type { Page } from '../lib/ledger.ts';
import type { Context } from './context.ts';

interface Device { device: string; kind: string; neighbourhood: string; location: string | null; status: string; anchors: number }
interface Anchor { device: string; sequence: number; root: string; readings: number; timestamp_ms: number; block: number }

/** The verdict of a reading and its proof, as a sentence. */
async function verify (ctx: Context, input: string): Promise<HTMLElement> {
  let parsed: any;
  try {
    parsed = JSON.parse(input);
  } catch {
    return h('p', { class: 'bad', 'data-testid': 'verdict' }, 'That is not JSON: paste what the gateway\'s gateway_prove returned, {"reading": …, "proof": […]}.');
  }
  if (!parsed || typeof parsed.reading !== 'object' || !Array.isArray(parsed.proof)) {
    return h('p', { class: 'bad', 'data-testid': 'verdict' }, 'Expected an object with "reading" and "proof".');
  }
  let verdict: any;
  try {
    verdict = await ctx.chain.call('iotAnchorsApi', 'verifyReading', parsed.reading, parsed.proof);
  } catch (e) {
    return h('p', { class: 'bad', 'data-testid': 'verdict' }, `The reading could not be read: ${(e as Error).message}`);
  }
  if (verdict.isProven) {
    const p = verdict.asProven;
    return h('p', { class: 'ok', 'data-testid': 'verdict', 'data-verdict': 'Proven' },
      `Proven: this reading is in the batch anchored in block ${p.at.toNumber()}, signed at ${localTime(Number(p.timestamp.toString()))}, root `,
      shortHash(p.root.toHex()), '.');
  }
  const why: Record<string, string> = {
    NotProven: 'Not proven: the reading and proof do not lead to the anchored root (the reading was changed, or the proof is not its own).',
    UnknownDevice: 'Not proven: no such device is registered.',
    AnchorNotKept: 'Not proven: the chain does not keep that anchor (not anchored yet, or too old).',
    NotSignedByDevice: 'Not proven as the device\'s own: the reading is in a batch its relay signed, without the device\'s signature.'
  };
  return h('p', { class: 'bad', 'data-testid': 'verdict', 'data-verdict': verdict.type }, why[verdict.type] ?? verdict.type);
}

export async function iotPage (ctx: Context, params: URLSearchParams): Promise<HTMLElement> {
  const filters = { kind: params.get('kind') || undefined, neighbourhood: params.get('neighbourhood') || undefined };
  const [devices, anchors] = await Promise.all([
    ctx.ledger.get<Page<Device>>('/v1/devices', { ...filters, limit: 200 }),
    ctx.ledger.get<Page<Anchor>>('/v1/anchors', { limit: 20 })
  ]);
  const result = h('div', { 'aria-live': 'polite' });
  const input = h('textarea', { rows: 8, 'data-testid': 'reading-input', placeholder: '{"reading": {"device": "0x…", "sequence": 1, "index": 0, "timestamp": …, "value": …, "signature": null}, "proof": ["0x…"]}' }) as HTMLTextAreaElement;
  const file = h('input', { type: 'file', accept: 'application/json,.json', 'data-testid': 'reading-file', 'on:change': async (e: Event) => {
    const f = (e.target as HTMLInputElement).files?.[0];
    if (f) input.value = await f.text();
  } });
  const kinds = [...new Set(devices.items.map((d) => d.kind))].sort();
  const filter = h('form', { class: 'filters', 'data-testid': 'device-filters', 'on:submit': (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const next = new URLSearchParams();
    for (const name of ['kind', 'neighbourhood']) {
      const value = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
      if (value) next.set(name, value);
    }
    location.hash = `#/iot?${next}`;
  } },
  h('label', {}, 'Kind ', h('select', { name: 'kind' }, h('option', { value: '' }, 'every kind'),
    ...[...new Set([...kinds, ...(filters.kind ? [filters.kind] : [])])].map((k) => h('option', { value: k, selected: k === filters.kind }, k)))),
  h('label', {}, 'Neighbourhood ', h('input', { name: 'neighbourhood', value: filters.neighbourhood ?? '', placeholder: 'u33db', size: 6, maxlength: 5 })),
  h('button', { type: 'submit' }, 'Show'));
  return h('section', {},
    h('h1', {}, 'Sensors and readings'),
    h('h2', {}, 'Verify a reading'),
    h('p', { class: 'muted' }, 'Paste a reading with its proof (or open the file the city published), and the chain says whether the device signed it as published.'),
    h('form', { class: 'verify', 'on:submit': async (e: Event) => {
      e.preventDefault();
      result.replaceChildren(h('p', { class: 'muted' }, 'Checking…'));
      result.replaceChildren(await verify(ctx, input.value));
    } }, input, file, h('button', { type: 'submit', 'data-testid': 'verify-button' }, 'Verify')),
    result,
    h('h2', {}, 'Devices'),
    filter,
    table(`${devices.total} devices`, ['Device', 'Kind', 'Neighbourhood', 'Status', 'Anchors'],
      devices.items.map((d) => [shortHash(d.device), d.kind, d.neighbourhood, d.status, String(d.anchors)]), 'devices'),
    table('Latest anchors', ['Time', 'Device', 'Sequence', 'Readings', 'Root', 'Block'],
      anchors.items.map((a) => [localTime(a.timestamp_ms), shortHash(a.device), String(a.sequence), String(a.readings), shortHash(a.root), String(a.block)]), 'anchors'));
}
