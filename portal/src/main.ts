// The portal: a page per concern, chosen by the URL's hash (#/fund, #/flows?period=3 …), so a
// page's address can be shared. The node and the ledger API are found from the address bar
// (?node=ws://…&ledger=http://…) or next to the page.

import './style.css';
import { h, load } from './lib/dom.ts';
import { Chain } from './lib/chain.ts';
import { Ledger } from './lib/ledger.ts';
import type { Context } from './pages/context.ts';
import { fundPage } from './pages/fund.ts';
import { flowsPage } from './pages/flows.ts';
import { bondsPage } from './pages/bonds.ts';
import { governancePage } from './pages/governance.ts';
import { vehiclesPage } from './pages/vehicles.ts';
import { iotPage } from './pages/iot.ts';
import { healthPage } from './pages/health.ts';

type Render = (ctx: Context, params: URLSearchParams) => Promise<HTMLElement>;

const PAGES: Array<[string, string, Render]> = [
  ['fund', 'Reserve fund', fundPage],
  ['flows', 'Money flows', flowsPage],
  ['bonds', 'Bonds', bondsPage],
  ['governance', 'Governance', governancePage],
  ['vehicles', 'Vehicles', vehiclesPage],
  ['iot', 'Sensors', iotPage],
  ['health', 'Chain health', healthPage]
];

function endpoints (): { node: string; ledger: string } {
  const query = new URLSearchParams(location.search);
  const host = location.hostname || '127.0.0.1';
  const served = location.protocol.startsWith('http');
  return {
    node: query.get('node') || `ws://${host}:9944`,
    // Served by the indexer (scripts/dev-node.sh does): the API is at the same origin.
    ledger: (query.get('ledger') || (served ? location.origin : 'http://127.0.0.1:8090')).replace(/\/$/, '')
  };
}

async function main (): Promise<void> {
  const { node, ledger } = endpoints();
  document.getElementById('node-url')!.textContent = node;
  document.getElementById('ledger-url')!.textContent = ledger;
  const nav = document.getElementById('nav')!;
  nav.replaceChildren(...PAGES.map(([id, title]) => h('a', { href: `#/${id}`, 'data-page': id }, title)));
  const page = document.getElementById('page')!;
  const connection = document.getElementById('connection')!;

  let chain: Chain;
  try {
    chain = await Chain.connect(node);
  } catch (e) {
    connection.textContent = 'no node';
    page.replaceChildren(h('p', { class: 'error', role: 'alert' }, `Could not reach the node at ${node}: ${(e as Error).message}`));
    return;
  }
  chain.onHeads((heads) => {
    connection.textContent = `block ${heads.best} · finalized ${heads.finalized}`;
  });
  const ctx: Context = { chain, ledger: new Ledger(ledger) };

  const route = async () => {
    const [path, query] = (location.hash.replace(/^#\/?/, '') || 'fund').split('?');
    const entry = PAGES.find(([id]) => id === path) ?? PAGES[0];
    for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', a.dataset.page === entry[0]);
    document.title = `${entry[1]} · City Chain`;
    page.dataset.page = entry[0];
    page.dataset.ready = 'false';
    await load(page, entry[1].toLowerCase(), () => entry[2](ctx, new URLSearchParams(query || '')));
    page.dataset.ready = 'true';
  };
  window.addEventListener('hashchange', () => { void route(); });
  await route();
}

void main();
