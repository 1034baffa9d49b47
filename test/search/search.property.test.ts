import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex, loadSearchIndex } from '../../src/search/index';
import { termsOf } from '../../src/search/tokenize';
import { anyArticles, anyText, RUNS, SEED } from './arbitraries';
import { expectValidResult } from './validity';

const store = compileAssets(new URL('../..', import.meta.url).pathname);
const index = createSearchIndex(store.articles, { entities: store.entities });
const again = loadSearchIndex(index.serialize(), store.articles, { entities: store.entities });
const options = { seed: SEED, numRuns: RUNS };
const timeout = 20_000 + RUNS * 100;

describe('search (property)', () => {
  it('never throws on any query, is deterministic and returns valid ranges and snippets', () => {
    fc.assert(
      fc.property(anyText(), fc.integer({ min: 1, max: 30 }), (query, limit) => {
        const results = index.search(query, { limit });
        expect(results.length).toBeLessThanOrEqual(limit);
        if (!query.trim()) expect(results).toEqual([]);
        for (const r of results) expectValidResult(store.articles, r);
        expect(again.search(query, { limit })).toEqual(results);
      }),
      options,
    );
  }, timeout);

  it('never throws on any corpus, and finds every paragraph by its own words', () => {
    fc.assert(
      fc.property(anyArticles, anyText(8), (articles, query) => {
        const ix = createSearchIndex(articles, { entities: store.entities });
        const loaded = loadSearchIndex(ix.serialize(), articles);
        expect(loaded.fromSerialized).toBe(true);
        const own = articles[0]!.paragraphs[0]!;
        for (const q of [query, own]) {
          const results = ix.search(q, { limit: 50 });
          for (const r of results) expectValidResult(articles, r);
          expect(loaded.search(q, { limit: 50 }).map((r) => `${r.article}#${r.paragraph}`)).toEqual(
            createSearchIndex(articles).search(q, { limit: 50 }).map((r) => `${r.article}#${r.paragraph}`),
          );
        }
        if (termsOf(own).length) expect(ix.search(own, { limit: 50 }).map((r) => `${r.article}#${r.paragraph}`)).toContain('a0#1');
      }),
      { ...options, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
    );
  }, timeout);

  it('stays fast and valid on huge input', () => {
    const huge = 'قال توكاييف '.repeat(50_000) + '\ud800'.repeat(1000) + 'x'.repeat(100_000);
    const t = performance.now();
    const results = index.search(huge, { limit: 5 });
    expect(performance.now() - t).toBeLessThan(2000);
    for (const r of results) expectValidResult(store.articles, r);
    const big = createSearchIndex([{ id: 'big', title: '', lang: 'ar', dir: 'rtl', outlet: '', date: '2024', paragraphs: [huge] }]);
    for (const r of big.search('توكاييف', { limit: 3 })) expect(r.snippet.length).toBeLessThan(300);
  }, timeout);
});
