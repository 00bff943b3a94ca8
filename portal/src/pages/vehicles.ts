// A plate: registration valid until, permits, open fines, from the node's VehicleRegistryApi.
// Never its owner: the API returns one, the page shows none.

import { h, amount, localTime, table } from '../lib/dom.ts';
import type { Context } from './context.ts';

export async function vehiclesPage (ctx: Context, params: URLSearchParams): Promise<HTMLElement> {
  const plate = (params.get('plate') || '').toUpperCase();
  const form = h('form', { class: 'filters', 'data-testid': 'plate-form', 'on:submit': (e: Event) => {
    e.preventDefault();
    const value = ((e.target as HTMLFormElement).elements.namedItem('plate') as HTMLInputElement).value.trim().toUpperCase();
    location.hash = `#/vehicles?plate=${encodeURIComponent(value)}`;
  } },
  h('label', {}, 'Plate ', h('input', { name: 'plate', value: plate, placeholder: 'CITY-123', autocomplete: 'off', 'data-testid': 'plate-input' })),
  h('button', { type: 'submit' }, 'Look up'));
  const section = h('section', {}, h('h1', {}, 'Vehicles'), form);
  if (!plate) return section;
  const { chain } = ctx;
  const [found, permits, fines] = await Promise.all([
    chain.call('vehicleRegistryApi', 'byPlate', plate),
    chain.call('vehicleRegistryApi', 'permits', plate),
    chain.call('vehicleRegistryApi', 'openFines', plate)
  ]);
  if (found.isNone) {
    section.append(h('p', { 'data-testid': 'plate-result' }, `No vehicle is registered with the plate ${plate}.`));
    return section;
  }
  const vehicle = found.unwrap()[1];
  const until = vehicle.registeredUntil.toNumber();
  const valid = until > chain.heads.best;
  section.append(
    h('div', { class: 'card', 'data-testid': 'plate-result' },
      h('h2', {}, plate),
      h('p', {}, `Status: ${vehicle.status.type}. `,
        h('span', { class: valid ? 'ok' : 'warn', 'data-testid': 'registration' },
          valid ? `Registration valid until ${localTime(chain.blockTimeMs(until))} (block ${until})` : `Registration expired at block ${until}`)),
      vehicle.stolen.isTrue ? h('p', { class: 'bad' }, 'Reported stolen.') : null),
    table('Parking permits', ['Zone', 'From', 'Until'],
      permits.map((p: any) => [String(p.zone.toNumber()), localTime(chain.blockTimeMs(p.from.toNumber())), localTime(chain.blockTimeMs(p.until.toNumber()))]),
      'permits'),
    table('Open fines', ['Fine', 'Amount', 'Offence', 'Pay by', 'Status'],
      fines.map(([id, f]: any[]) => [String(id.toNumber()), amount(f.amount.toBigInt()), String(f.offence.toNumber()),
        localTime(chain.blockTimeMs(f.deadline.toNumber())), f.status.type]),
      'fines'));
  return section;
}
