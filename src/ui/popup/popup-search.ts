/**
 * How the popup searches: in its own thread while the corpus is small (the
 * bundled five articles answer in well under 2 ms, less than a worker's
 * message round trip), in a Web Worker once it is large enough that a
 * keystroke could stall typing.
 */
import type { Store } from '../../facts/types';
import { searchBundled } from '../../search/bundled';
import { SearchClient } from '../../search/worker-protocol';
import type { SearchHit } from './SearchPanel';

/** Above this many characters of article text, search runs in a worker. */
export const WORKER_THRESHOLD_CHARS = 1_000_000;

export function corpusChars(store: Store): number {
  return store.articles.reduce((sum, a) => sum + a.paragraphs.reduce((s, p) => s + p.length, 0), 0);
}

export function createPopupSearch(store: Store, forceWorker = false): (query: string, limit: number) => SearchHit[] | Promise<SearchHit[]> {
  if (!forceWorker && corpusChars(store) <= WORKER_THRESHOLD_CHARS) return (query, limit) => searchBundled(query, { limit });
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const client = new SearchClient((request) => worker.postMessage(request));
  worker.onmessage = (e: MessageEvent) => client.receive(e.data);
  // A superseded query resolves undefined: keep showing the current results until the newest arrive.
  let last: SearchHit[] = [];
  return async (query, limit) => {
    const results = await client.search(query, { limit });
    if (results) last = results;
    return last;
  };
}
