/** The real data in assets/: it compiles cleanly and covers what the product promises. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssetFiles } from '../../scripts/lib/read-assets';
import { compileStore } from '../../src/facts/compile';
import { formatDataError } from '../../src/facts/errors';
import { seriesFor } from '../../src/facts/lookup';
import { REQUIRED_LANGS, type Store } from '../../src/facts/types';

const root = resolve(import.meta.dirname, '../..');

function realStore(): Store {
  const result = compileStore(readAssetFiles(root));
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result.store;
}

const store = realStore();
const CORE = ['kazakhstan', 'tokayev', 'sco'] as const;

describe('the real data', () => {
  it('compiles with no warnings', () => {
    const result = compileStore(readAssetFiles(root));
    expect(result.warnings.map(formatDataError)).toEqual([]);
  });

  it.each(CORE)('has at least 10 cited facts about %s, from at least 4 of the articles', (id) => {
    const cited = store.facts.filter((f) => f.source && f.entities.includes(id));
    const articles = new Set(cited.map((f) => f.source?.article));
    expect(cited.length).toBeGreaterThanOrEqual(10);
    expect(articles.size).toBeGreaterThanOrEqual(4);
  });

  it.each(CORE)('has background facts about %s', (id) => {
    expect(store.facts.filter((f) => f.background && f.entities.includes(id)).length).toBeGreaterThanOrEqual(3);
  });

  it('cites every article', () => {
    const cited = new Set(store.facts.map((f) => f.source?.article));
    expect(store.articles.filter((a) => !cited.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('writes every fact, name and summary in English, Arabic and Hebrew', () => {
    for (const lang of REQUIRED_LANGS) {
      for (const fact of store.facts) expect(fact.text[lang].trim(), `${fact.id} text.${lang}`).not.toBe('');
      for (const entity of store.entities) {
        expect(entity.names[lang].trim(), `${entity.id} names.${lang}`).not.toBe('');
        expect(entity.summary[lang].trim(), `${entity.id} summary.${lang}`).not.toBe('');
      }
    }
  });

  it('gives aliases in English, Arabic, Hebrew and Russian for every entity', () => {
    for (const entity of store.entities) {
      for (const lang of ['en', 'ar', 'he', 'ru']) expect(entity.aliases[lang]?.length, `${entity.id} aliases.${lang}`).toBeGreaterThan(0);
    }
  });

  it('shows China–Kazakhstan trade as a series: over $31bn in 2022, $41bn in 2023 (two sources), a $40bn target for 2030', () => {
    const trade = seriesFor(store, 'china-kazakhstan-trade');
    expect(trade.map((f) => [f.date, f.source?.article.slice(0, 3)])).toEqual([
      ['2022', '000'],
      ['2023', '001'],
      ['2023', '002'],
      ['2030', '000'],
    ]);
    expect(trade.map((f) => f.source?.quote)).toEqual([
      expect.stringContaining('31 مليار دولار في عام 2022'),
      expect.stringContaining('41 مليار دولار'),
      expect.stringContaining('41 מיליארד דולר'),
      expect.stringContaining('40 مليار دولار'),
    ]);
    for (const fact of trade) expect(fact.entities).toEqual(expect.arrayContaining(['kazakhstan', 'china']));
  });

  it('keeps the upgrades of China–Kazakhstan relations in order, from two articles', () => {
    expect(seriesFor(store, 'china-kazakhstan-partnership').map((f) => f.date)).toEqual(['1992', '2005', '2011', '2011', '2019']);
  });

  it('uses article 004 (2016) for Nazarbayev, the Tashkent summit and Kazakhstan’s SCO presidency', () => {
    const from004 = store.facts.filter((f) => f.source?.article.startsWith('004_'));
    expect(from004.filter((f) => f.entities.includes('nazarbayev')).length).toBeGreaterThanOrEqual(5);
    expect(from004.filter((f) => f.entities.includes('sco')).length).toBeGreaterThanOrEqual(4);
    expect(seriesFor(store, 'sco-summits')[0]?.source?.article.startsWith('004_')).toBe(true);
  });

  it('keeps cited quotes short', () => {
    const long = store.facts.filter((f) => (f.source?.quote.length ?? 0) > 260).map((f) => f.id);
    expect(long).toEqual([]);
  });
});
