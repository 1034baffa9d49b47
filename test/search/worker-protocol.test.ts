import { describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex } from '../../src/search/index';
import { createSearchHandler, SearchClient, type SearchRequest, type SearchResponse } from '../../src/search/worker-protocol';

const store = compileAssets(new URL('../..', import.meta.url).pathname);

describe('worker protocol', () => {
  it('loads once, answers searches and reports errors as messages', () => {
    let loads = 0;
    const handle = createSearchHandler(() => {
      loads++;
      return createSearchIndex(store.articles, { entities: store.entities });
    });
    const ready = handle({ type: 'warm', id: 1 });
    expect(ready).toMatchObject({ type: 'ready', id: 1, fromSerialized: false });
    const found = handle({ type: 'search', id: 2, query: 'Tokayev 2030', limit: 3 });
    expect(found.type === 'results' && found.results[0]?.paragraph).toBe(10);
    expect(handle({ type: 'search', id: 3, query: '' })).toMatchObject({ type: 'results', results: [] });
    expect(handle({ type: 'nope', id: 4 })).toMatchObject({ type: 'error', id: 4 });
    expect(handle(null)).toMatchObject({ type: 'error', id: -1 });
    expect(loads).toBe(1);
  });

  it('keeps one search in flight and only the latest waiting', async () => {
    const sent: SearchRequest[] = [];
    const client = new SearchClient((r) => sent.push(r));
    const reply = (r: SearchRequest): SearchResponse =>
      r.type === 'search' ? { type: 'results', id: r.id, query: r.query, results: [], ms: 0 } : { type: 'error', id: r.id, message: '' };
    const a = client.search('t');
    const b = client.search('to');
    const c = client.search('tok');
    expect(sent.map((r) => r.type === 'search' && r.query)).toEqual(['t']);
    client.receive(reply(sent[0]!));
    expect(await a).toEqual([]);
    expect(await b).toBeUndefined(); // superseded before it was sent
    expect(sent.map((r) => r.type === 'search' && r.query)).toEqual(['t', 'tok']);
    client.receive(reply(sent[0]!)); // stale answer: ignored
    client.receive(reply(sent[1]!));
    expect(await c).toEqual([]);
  });
});
