/** How a card picks and orders an entity's facts, and how a series reads over time. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssetFiles } from '../../scripts/lib/read-assets';
import { compileStore } from '../../src/facts/compile';
import { compareIsoDates, factsForEntity, seriesFor } from '../../src/facts/lookup';
import type { Article } from '../../src/articles/types';
import type { Fact, Store } from '../../src/facts/types';

const article = (id: string, date: string): Article => ({ id, date, title: id, lang: 'en', dir: 'ltr', outlet: 'Wire', paragraphs: ['p'] });
const text = (en: string) => ({ en, ar: 'نص', he: 'טקסט' });
const cited = (id: string, entities: string[], art: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  entities,
  text: text(id),
  source: { article: art, paragraph: 1, quote: 'p' },
  ...extra,
});
const background = (id: string, entities: string[], date: string): Fact => ({ id, entities, text: text(id), date, background: true });

const store: Pick<Store, 'articles' | 'facts'> = {
  articles: [article('old', '2016-06-24'), article('mid', '2023-05-17'), article('new', '2024-07-05'), article('month', '2024-07')],
  facts: [
    background('bg-about', ['kz'], '1991-12-16'),
    cited('old-about', ['kz'], 'old'),
    cited('new-mentions', ['cn', 'kz'], 'new'),
    cited('new-about-busy', ['kz', 'cn', 'sco'], 'new'),
    cited('new-about', ['kz'], 'new'),
    cited('trade-2022', ['kz', 'cn'], 'mid', { series: 'trade', date: '2022' }),
    cited('trade-2030', ['kz', 'cn'], 'mid', { series: 'trade', date: '2030' }),
    cited('trade-2023', ['kz', 'cn'], 'new', { series: 'trade', date: '2023' }),
    cited('trade-2023-other', ['cn', 'kz'], 'month', { series: 'trade', date: '2023' }),
    background('bg-mentions', ['sco', 'kz'], '2001-06-15'),
    cited('month-about', ['kz'], 'month'),
  ],
};

const ids = (facts: Fact[]) => facts.map((f) => f.id);

describe('factsForEntity', () => {
  it('ranks cited facts about the entity, then cited facts that mention it, then background; series first, newer first within each', () => {
    expect(ids(factsForEntity(store, 'kz'))).toEqual([
      // cited, about kz: the trade series (one member), then by article date, the more focused first
      'trade-2023',
      'new-about',
      'new-about-busy',
      'month-about',
      'old-about',
      // cited, mentions kz
      'new-mentions',
      // background: about kz, then mentioning it
      'bg-about',
      'bg-mentions',
    ]);
  });

  it('shows a series once, as its best-ranked member', () => {
    const shown = factsForEntity(store, 'cn');
    expect(shown.filter((f) => f.series === 'trade').map((f) => f.id)).toEqual(['trade-2023-other']);
  });

  it('applies the limit after folding series', () => {
    expect(ids(factsForEntity(store, 'kz', { limit: 3 }))).toEqual(['trade-2023', 'new-about', 'new-about-busy']);
    expect(factsForEntity(store, 'kz', { limit: 0 })).toEqual([]);
  });

  it('returns nothing for an entity no fact names', () => {
    expect(factsForEntity(store, 'nobody')).toEqual([]);
  });

  it('does not reorder the store', () => {
    const before = ids(store.facts);
    factsForEntity(store, 'kz');
    expect(ids(store.facts)).toEqual(before);
  });
});

describe('seriesFor', () => {
  it('lists a series oldest first; equal dates keep the order of their reports', () => {
    expect(ids(seriesFor(store, 'trade'))).toEqual(['trade-2022', 'trade-2023-other', 'trade-2023', 'trade-2030']);
  });

  it('returns nothing for an unknown series', () => {
    expect(seriesFor(store, 'none')).toEqual([]);
  });
});

describe('compareIsoDates', () => {
  it('sorts a partial date as the start of its period', () => {
    const dates = ['2024-07-03', '2024', '2023-12-31', '2024-07', '', '2024-01-01'];
    expect([...dates].sort(compareIsoDates)).toEqual(['', '2023-12-31', '2024', '2024-01-01', '2024-07', '2024-07-03']);
  });
});

describe('on the real data', () => {
  const result = compileStore(readAssetFiles(resolve(import.meta.dirname, '../..')));
  if (!result.ok) throw new Error('the real data does not compile');
  const real = result.store;

  it.each(['kazakhstan', 'tokayev', 'sco'])('fills a five-fact card for %s with cited facts, at most one per series', (id) => {
    const card = factsForEntity(real, id, { limit: 5 });
    expect(card).toHaveLength(5);
    expect(card.every((f) => f.source)).toBe(true);
    const series = card.map((f) => f.series).filter(Boolean);
    expect(new Set(series).size).toBe(series.length);
  });

  it('leads the SCO card with the 2024 Astana summit, whose series starts at Tashkent 2016', () => {
    const [first] = factsForEntity(real, 'sco');
    expect(first?.id).toBe('sco-astana-summit-2024');
    expect(seriesFor(real, first?.series ?? '').map((f) => f.date)).toEqual(['2016-06', '2024-07', '2024-07-04']);
  });

  it('shows the trade series on the Kazakhstan card', () => {
    const card = factsForEntity(real, 'kazakhstan', { limit: 3 });
    expect(card.map((f) => f.series)).toContain('china-kazakhstan-trade');
  });
});
