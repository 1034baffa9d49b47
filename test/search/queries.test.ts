import { describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex } from '../../src/search/index';
import { evaluate, formatEvaluation } from './evaluate';
import { QUERIES } from './queries';

const store = compileAssets(new URL('../..', import.meta.url).pathname);
const index = createSearchIndex(store.articles, { entities: store.entities });

describe('labeled query set', () => {
  it('has at least 60 queries in Arabic, Hebrew, English and Russian, each naming a real paragraph', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['ar', 'he', 'en', 'ru']) expect(QUERIES.some((q) => q.lang === lang)).toBe(true);
    for (const q of QUERIES) {
      for (const [article, paragraph] of [[q.article, q.paragraph] as const, ...(q.also ?? [])]) {
        const a = store.articles.find((x) => x.id === article);
        expect(a?.paragraphs[paragraph - 1], `${q.q}: ${article}#${paragraph}`).toBeTypeOf('string');
      }
    }
  });

  it('puts the wanted paragraph in the top 3 for at least 95% of queries', () => {
    const result = evaluate(index, QUERIES);
    console.log(formatEvaluation(result));
    expect(result.top3Rate).toBeGreaterThanOrEqual(0.95);
  });
});
