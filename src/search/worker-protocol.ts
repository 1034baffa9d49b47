/**
 * Messages between a page (popup, side panel) and a Web Worker that runs the
 * search, for corpora large enough that a keystroke's search should leave the
 * UI thread. Both halves are plain functions over plain objects, so they are
 * tested in Node and wired with a few lines:
 *
 *   // search.worker.ts
 *   import { getBundledSearchIndex } from '~/src/search/bundled';
 *   import { createSearchHandler } from '~/src/search/worker-protocol';
 *   const handle = createSearchHandler(getBundledSearchIndex);
 *   self.onmessage = (e) => self.postMessage(handle(e.data));
 *
 *   // page
 *   const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
 *   const client = new SearchClient((request) => worker.postMessage(request));
 *   worker.onmessage = (e) => client.receive(e.data);
 *   const results = await client.search(input.value, { limit: 20 }); // undefined when superseded
 *
 * The client keeps at most one search in flight and one waiting: typing faster
 * than the worker answers replaces the waiting query, so the worker never
 * works through a backlog of stale keystrokes.
 */
import type { SearchIndex, SearchOptions, SearchResult } from './index';

export type SearchRequest =
  /** Loads the index ahead of the first keystroke. */
  | { type: 'warm'; id: number }
  | { type: 'search'; id: number; query: string; limit?: number };

export type SearchResponse =
  | { type: 'ready'; id: number; records: number; fromSerialized: boolean; loadMs: number }
  | { type: 'results'; id: number; query: string; results: SearchResult[]; ms: number }
  | { type: 'error'; id: number; message: string };

/** Worker side: answers each request with the index `load()` returns, loaded once on first use. */
export function createSearchHandler(load: () => SearchIndex, now: () => number = () => performance.now()): (request: unknown) => SearchResponse {
  let index: SearchIndex | undefined;
  let loadMs = 0;
  const ensure = (): SearchIndex => {
    if (!index) {
      const t = now();
      index = load();
      loadMs = now() - t;
    }
    return index;
  };
  return (request) => {
    const id = isObject(request) && typeof request.id === 'number' ? request.id : -1;
    try {
      if (!isObject(request)) return { type: 'error', id, message: 'request is not an object' };
      if (request.type === 'warm') {
        const i = ensure();
        return { type: 'ready', id, records: i.records, fromSerialized: i.fromSerialized, loadMs };
      }
      if (request.type === 'search') {
        const query = typeof request.query === 'string' ? request.query : '';
        const limit = typeof request.limit === 'number' ? request.limit : undefined;
        const i = ensure();
        const t = now();
        const results = i.search(query, limit === undefined ? {} : { limit });
        return { type: 'results', id, query, results, ms: now() - t };
      }
      return { type: 'error', id, message: `unknown request type ${String(request.type)}` };
    } catch (error) {
      return { type: 'error', id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}

interface Pending {
  request: Extract<SearchRequest, { type: 'search' }>;
  resolve: (results: SearchResult[] | undefined) => void;
}

/** Page side: latest-wins searches over `post`; feed the worker's messages to `receive`. */
export class SearchClient {
  private nextId = 1;
  private inFlight: Pending | undefined;
  private waiting: Pending | undefined;

  constructor(private readonly post: (request: SearchRequest) => void) {}

  /** Asks the worker to load its index now. */
  warm(): void {
    this.post({ type: 'warm', id: this.nextId++ });
  }

  /** Results for `query`, or undefined when a newer search replaced it before it ran. */
  search(query: string, options: SearchOptions = {}): Promise<SearchResult[] | undefined> {
    return new Promise((resolve) => {
      const request = { type: 'search' as const, id: this.nextId++, query, ...(options.limit === undefined ? {} : { limit: options.limit }) };
      const pending = { request, resolve };
      if (!this.inFlight) {
        this.send(pending);
      } else {
        this.waiting?.resolve(undefined);
        this.waiting = pending;
      }
    });
  }

  receive(response: SearchResponse): void {
    if (!this.inFlight || response.id !== this.inFlight.request.id) return;
    const done = this.inFlight;
    this.inFlight = undefined;
    done.resolve(response.type === 'results' ? response.results : []);
    const next = this.waiting;
    this.waiting = undefined;
    if (next) this.send(next);
  }

  private send(pending: Pending): void {
    this.inFlight = pending;
    this.post(pending.request);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
