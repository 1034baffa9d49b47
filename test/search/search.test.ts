import { describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import type { Article } from '../../src/articles/types';
import { createSearchIndex, loadSearchIndex, type SearchResult } from '../../src/search/index';
import { expectValidResult } from './validity';

const store = compileAssets(new URL('../..', import.meta.url).pathname);
const index = createSearchIndex(store.articles, { entities: store.entities });
const plain = createSearchIndex(store.articles);
const A0 = '000_b209a1a918feb129';
const A1 = '001_eea8bf7e9488cf70';
const A2 = '002_b9df2e1b7dc3a547';
const A3 = '003_d37bea9b1dcd7ee6';

const key = (r: SearchResult) => `${r.article}#${r.paragraph}`;
const top = (query: string, n = 3, ix = index) => ix.search(query, { limit: n }).map(key);
/** Highlighted words of the first result. */
const marked = (query: string, ix = index) => {
  const [r] = ix.search(query, { limit: 1 });
  const text = store.articles.find((a) => a.id === r!.article)!.paragraphs[r!.paragraph - 1]!;
  return r!.ranges.map(([s, e]) => text.slice(s, e));
};

describe('search API', () => {
  it('returns nothing for empty, blank and punctuation-only queries', () => {
    for (const q of ['', '   ', '\u00a0\u200f\t\n', '،.!؟ — ()']) expect(index.search(q, { limit: 5 })).toEqual([]);
  });
  it('never throws on bad arguments', () => {
    const anyIndex = index as unknown as { search(q: unknown, o?: unknown): unknown };
    for (const q of [undefined, null, 42, {}, [], Symbol('x')]) expect(anyIndex.search(q)).toEqual([]);
    for (const o of [null, { limit: -3 }, { limit: NaN }, { limit: 'x' }, { limit: Infinity }]) {
      expect(() => anyIndex.search('Tokayev', o)).not.toThrow();
    }
    expect(index.search('Tokayev', { limit: 0 })).toEqual([]);
    expect(index.search('Tokayev', { limit: 2 })).toHaveLength(2);
  });
  it('returns article ids and paragraph numbers from 1, best first, with valid ranges', () => {
    const results = index.search('كازاخستان', { limit: 50 });
    expect(results.length).toBeGreaterThan(10);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
    for (const r of results) expectValidResult(store.articles, r);
  });
  it('is deterministic', () => {
    expect(index.search('Tokayev 2030', { limit: 10 })).toEqual(createSearchIndex(store.articles, { entities: store.entities }).search('Tokayev 2030', { limit: 10 }));
  });
});

describe('matching', () => {
  it('finds exact phrases and ranks the phrase first', () => {
    expect(top('فيروس كورونا', 1)).toEqual([`${A0}#14`]);
    expect(top('שטיח כחול', 1)).toEqual([`${A2}#2`]);
  });
  it('treats the last word as a prefix while it is typed, and not after a space', () => {
    expect(top('البقولي', 1)).toEqual([`${A0}#12`]);
    expect(top('Lianyun', 1)).toEqual([`${A2}#9`]);
    expect(marked('Lianyun')).toEqual(['Lianyungang']);
    expect(plain.search('Lianyun ', { limit: 3 }).filter((r) => r.paragraph === 9 && r.article === A2)).toEqual([]);
  });
  it('forgives typos', () => {
    expect(top('فيروس كرونا', 1)).toEqual([`${A0}#14`]);
    expect(top('אלקטרוניקה ומוצרי צריקה', 1)).toEqual([`${A2}#7`]);
    expect(marked('فيروس كرونا')).toEqual(['فيروس', 'كورونا']);
  });
  it('ignores diacritics, hamza and ta marbuta spelling', () => {
    expect(top('محطه الابحاث القمريه', 1)).toEqual([`${A1}#15`]);
    expect(top('رُوحِ الشَّرَاكَةِ', 1)).toEqual([`${A1}#28`]);
    expect(top('נֵפְט גּוֹלְמִי', 1)).toEqual([`${A2}#7`]);
  });
  it('matches words through Arabic clitics and Hebrew prefix letters, both ways', () => {
    expect(top('بطاجيكستان', 1)).toEqual([`${A0}#6`]);
    expect(marked('بطاجيكستان')).toEqual(['وطاجيكستان']);
    expect(top('לאוניברסיטת אסטנה', 1)).toEqual([`${A2}#13`]);
    expect(marked('לאוניברסיטת אסטנה', plain)).toEqual(expect.arrayContaining(['באוניברסיטת', 'אסטנה']));
  });
  it('finds numbers, in any digits', () => {
    expect(top('2030', 1)).toEqual([`${A0}#10`]);
    expect(top('٢٠٣٠', 1)).toEqual([`${A0}#10`]);
    expect(top('41 מיליארד', 1)).toEqual([`${A2}#7`]);
  });
});

describe('cross-script entities', () => {
  it('finds Arabic paragraphs for an English, Russian or misspelt name', () => {
    for (const q of ['Tokayev 2030', 'Tokaev 2030', 'Токаев 2030']) expect(top(q, 1)).toEqual([`${A0}#10`]);
    expect(marked('Tokayev 2030')).toEqual(['توكاييف', '2030']);
  });
  it('finds SCO paragraphs in Arabic and Hebrew for the Russian name', () => {
    const found = index.search('Шанхайская организация', { limit: 20 }).map((r) => r.article);
    expect(found).toContain(A2);
    expect(found).toContain(A3);
  });
  it('highlights every word of a multi-word alias (منظمة شانغهاي للتعاون)', () => {
    expect(marked('ШОС 24')).toEqual(['24', 'منظمة', 'شانغهاي', 'للتعاون']);
  });
  it('does not expand without entities', () => {
    const scripts = (ix: typeof index) => new Set(ix.search('Шанхайская организация', { limit: 20 }).map((r) => r.article));
    expect(scripts(plain).size).toBe(0);
    expect(scripts(index).size).toBeGreaterThan(1);
  });
  it('bridges transliterated names without entities (consonant skeletons)', () => {
    expect(top('Samruk-Kazyna', 1, plain)).toEqual([`${A1}#17`]);
    expect(marked('Samruk-Kazyna', plain)).toEqual(['سامروك', 'كازينا']);
  });
  it('keeps a query word that is not part of a name out of the entity', () => {
    // "41" must still be searched: the entity span is "Tokayev" alone.
    expect(top('Tokayev 41 billion', 1)).toEqual([`${A1}#32`]);
  });
});

describe('snippets', () => {
  it('excerpt the original text around the match, with ellipses where cut', () => {
    const [r] = index.search('الاقتصاد الكازاخستاني', { limit: 1 });
    expect(r!.snippet.length).toBeLessThan(260);
    expect(r!.snippet).toMatch(/…/u);
    expectValidResult(store.articles, r!);
  });
  it('return short paragraphs whole', () => {
    const [r] = index.search('آفاق التعاون', { limit: 1 });
    expect(r!.snippet).toBe('آفاق التعاون');
  });
});

describe('serialization', () => {
  it('loads the same index from its serialized form', () => {
    const loaded = loadSearchIndex(index.serialize(), store.articles, { entities: store.entities });
    expect(loaded.fromSerialized).toBe(true);
    for (const q of ['Tokayev 2030', 'בקזחסטן', 'ال', 'Samruk'])
      expect(loaded.search(q, { limit: 10 })).toEqual(index.search(q, { limit: 10 }));
  });
  it('rebuilds instead of trusting an index made for other articles', () => {
    const changed: Article[] = store.articles.map((a, i) => (i === 0 ? { ...a, paragraphs: [...a.paragraphs, 'فقرة جديدة'] } : a));
    const loaded = loadSearchIndex(index.serialize(), changed);
    expect(loaded.fromSerialized).toBe(false);
    expect(loaded.search('فقرة جديدة', { limit: 1 })[0]?.paragraph).toBe(changed[0]!.paragraphs.length);
  });
  it('rebuilds from garbage', () => {
    for (const bad of ['', 'null', '{"format":"steppe-search"}', '{', '[1,2]']) {
      const loaded = loadSearchIndex(bad, store.articles);
      expect(loaded.fromSerialized).toBe(false);
      expect(loaded.search('فيروس كورونا', { limit: 1 })).toHaveLength(1);
    }
  });
  it('indexes an empty corpus and articles with odd paragraphs', () => {
    expect(createSearchIndex([]).search('x')).toEqual([]);
    const odd: Article = { id: 'odd', title: '', lang: 'en', dir: 'ltr', outlet: '', date: '2024', paragraphs: ['', '   ', 'x'.repeat(5000), 'ok words'] };
    const ix = createSearchIndex([odd]);
    expect(ix.search('ok', { limit: 5 })[0]?.paragraph).toBe(4);
    expect(ix.search('xx', { limit: 5 })[0]?.paragraph).toBe(3);
  });
});
