// Building the pages: elements, tables, amounts in CITY, dates in the reader's local time.

type Child = Node | string | number | null | undefined | false;

/** An element with attributes (`class`, `data-*`, `on:click`…) and children. */
export function h (tag: string, attrs: Record<string, unknown> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on:')) el.addEventListener(key.slice(3), value as EventListener);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** A table: a header row and rows of cells (text or elements), with a caption for readers. */
export function table (caption: string, headers: string[], rows: Child[][], testId?: string): HTMLElement {
  return h('div', { class: 'table-wrap' },
    h('table', { 'data-testid': testId },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...(rows.length
        ? rows.map((r) => h('tr', {}, ...r.map((c, i) => h('td', { 'data-label': headers[i] }, c))))
        : [h('tr', { class: 'empty' }, h('td', { colspan: headers.length, class: 'muted' }, 'Nothing yet.'))]))));
}

/** A figure with its label: "Balance: 1,234.5 CITY". */
export function stat (label: string, value: Child, testId?: string, note?: string): HTMLElement {
  return h('div', { class: 'stat' }, h('div', { class: 'stat-label' }, label),
    h('div', { class: 'stat-value', 'data-testid': testId }, value), note ? h('div', { class: 'muted' }, note) : null);
}

export const DECIMALS = 12n;
const UNIT = 10n ** DECIMALS;

/** Planck as CITY for people: "1,234.5 CITY" (up to 4 decimals; exact in the title). */
export function city (planck: bigint | string | number, symbol = true): string {
  const p = BigInt(planck);
  const negative = p < 0n;
  const abs = negative ? -p : p;
  const whole = (abs / UNIT).toLocaleString('en-US');
  const fraction = (abs % UNIT).toString().padStart(Number(DECIMALS), '0').slice(0, 4).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}${symbol ? ' CITY' : ''}`;
}

/** Planck as the exact CITY decimal: "1234.500000000001". */
export function cityExact (planck: bigint | string): string {
  const p = BigInt(planck);
  const fraction = (p % UNIT).toString().padStart(Number(DECIMALS), '0').replace(/0+$/, '');
  return `${p / UNIT}${fraction ? `.${fraction}` : ''}`;
}

/** An amount element: rounded CITY, the exact value on hover. */
export function amount (planck: bigint | string | number, testId?: string): HTMLElement {
  return h('span', { class: 'amount', title: `${cityExact(BigInt(planck))} CITY`, 'data-testid': testId, 'data-planck': String(planck) }, city(planck));
}

/** Milliseconds since 1970 in the reader's local time. */
export function localTime (ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A hash, shortened, whole on hover and when copied. */
export function shortHash (hash: string): HTMLElement {
  return h('code', { title: hash, class: 'hash' }, hash.length > 18 ? `${hash.slice(0, 10)}…${hash.slice(-6)}` : hash);
}

/** A loading note, then the page or an error that says what failed. */
export async function load (container: HTMLElement, what: string, build: () => Promise<HTMLElement>): Promise<void> {
  container.replaceChildren(h('p', { class: 'muted' }, `Loading ${what}…`));
  try {
    container.replaceChildren(await build());
  } catch (e) {
    container.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not load ${what}: ${(e as Error).message}`));
  }
}
