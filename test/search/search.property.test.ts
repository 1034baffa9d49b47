import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex, loadSearchIndex } from '../../src/search/index';
import { termsOf } from '../../src/search/tokenize';
import { anyArticles, anyText, hugeText, RUNS, SEED } from './arbitraries';
import { expectValidResult } from './validity';

const store = compileAssets(new URL('../..', import.meta.url).pathname);
const index = createSearchIndex(store.articles, { entities: store.entities });
const serialized = index.serialize();
const again = loadSearchIndex(serialized, store.articles, { entities: store.entities });
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

  it('finds a known word whatever follows it (search swallows errors, so an empty result would hide one)', () => {
    fc.assert(
      fc.property(anyText(), (rest) => {
        const query = `توكاييف ${rest}`;
        const results = index.search(query, { limit: 5 });
        expect(results.length, `no results for ${JSON.stringify(query)}`).toBeGreaterThan(0);
        for (const r of results) expectValidResult(store.articles, r);
      }),
      options,
    );
  }, timeout);

  it('gives the same results whatever was searched before (per-index caches)', () => {
    fc.assert(
      fc.property(fc.array(anyText(6), { minLength: 1, maxLength: 4 }), (queries) => {
        // Every prefix typed in order into one fresh index, and in reverse order into
        // another: the caches see different histories, the results must not differ.
        const prefixes = queries.flatMap((q) => [...q].map((_, k, chars) => chars.slice(0, k + 1).join('')));
        const typed = loadSearchIndex(serialized, store.articles, { entities: store.entities });
        const reversed = loadSearchIndex(serialized, store.articles, { entities: store.entities });
        const forward = prefixes.map((p) => typed.search(p, { limit: 10 }));
        const backward = [...prefixes].reverse().map((p) => reversed.search(p, { limit: 10 })).reverse();
        expect(forward).toEqual(backward);
      }),
      { ...options, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
    );
  }, timeout);

  it('takes any arguments without throwing: non-string queries and odd limits', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), fc.anything()), fc.oneof(fc.anything(), fc.record({ limit: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Infinity, -Infinity, Number.NaN, 0, -1, 1e9)) })), (query, opts) => {
        const results = index.search(query as string, opts as { limit?: number });
        expect(Array.isArray(results)).toBe(true);
        expect(results.length).toBeLessThanOrEqual(500);
        if (typeof query !== 'string' || !query.trim()) expect(results).toEqual([]);
        for (const r of results) expectValidResult(store.articles, r);
      }),
      options,
    );
  }, timeout);

  it('stays valid and deterministic on a million chars of any Unicode as query and as paragraph', () => {
    const huge = hugeText(1_000_000, SEED);
    const results = index.search(huge, { limit: 5 });
    for (const r of results) expectValidResult(store.articles, r);
    expect(again.search(huge, { limit: 5 })).toEqual(results);
    const articles = [{ id: 'huge', title: '', lang: 'ar', dir: 'rtl' as const, outlet: '', date: '2024', paragraphs: [huge, 'قال توكاييف'] }];
    const big = createSearchIndex(articles, { entities: store.entities });
    for (const q of ['توكاييف', huge.slice(0, 40), huge.slice(500_000, 500_030)]) {
      const found = big.search(q, { limit: 3 });
      if (q === 'توكاييف') expect(found.length).toBe(2);
      for (const r of found) expectValidResult(articles, r);
      expect(big.search(q, { limit: 3 })).toEqual(found);
    }
  }, 120_000);

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
