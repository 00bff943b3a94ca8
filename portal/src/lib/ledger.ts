// The ledger API (city-indexer): the city's history, which a node does not keep.

export interface Page<T> { total: number; limit: number; offset: number; items: T[] }

export class Ledger {
  constructor (readonly url: string) {}

  /** GET a path of the API; a 400's reason or a network failure is thrown as an error. */
  async get<T> (path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
    const response = await fetch(this.href(path, params), { signal: AbortSignal.timeout(15_000) });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || `the ledger API answered ${response.status}`);
    return body as T;
  }

  /** The URL of `path` with `params` (empty ones left out): for links such as the CSV export. */
  href (path: string, params: Record<string, string | number | undefined> = {}): string {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
    const q = query.toString();
    return `${this.url}${path}${q ? `?${q}` : ''}`;
  }
}
