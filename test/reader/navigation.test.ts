import { describe, expect, it } from 'vitest';
import { corpusIndex } from '../../src/reader/corpus';
import { analyzeArticle, rankEntities } from '../../src/reader/mentions';
import { stepOccurrence } from '../../src/reader/navigation';
import { canStep, DEFAULT_FONT_SIZE, FONT_SIZES, sanitizeFontSize, stepFontSize } from '../../src/reader/font-size';

/** A toy detector: every "A", "B" or "C" is a mention of entity a, b or c. */
let calls = 0;
const find = (text: string) => {
  calls++;
  return [...text.matchAll(/[ABC]/g)].map((m) => ({ entity: m[0].toLowerCase(), start: m.index, end: m.index + 1 }));
};

describe('occurrence stepping', () => {
  it('visits every occurrence once, in order, and wraps both ways', () => {
    const seen: (number | undefined)[] = [];
    let i: number | undefined;
    for (let n = 0; n < 4; n++) seen.push((i = stepOccurrence(i, 3, 1)));
    expect(seen).toEqual([0, 1, 2, 0]);
    expect(stepOccurrence(undefined, 3, -1)).toBe(2);
    expect(stepOccurrence(0, 3, -1)).toBe(2);
    expect(stepOccurrence(0, 1, 1)).toBe(0);
    expect(stepOccurrence(5, 3, 1)).toBe(0);
    expect(stepOccurrence(undefined, 0, 1)).toBeUndefined();
  });
});

describe('article mentions', () => {
  const article = { id: 'x', paragraphs: ['A and B', 'nothing', 'B, A, A'] };

  it('lists each entity in document order with paragraph numbers and stable keys', () => {
    const m = analyzeArticle(article, find);
    expect(m.occurrences.get('a')!.map((r) => r.key)).toEqual(['1:0', '3:3', '3:6']);
    expect(m.occurrences.get('b')!.map((r) => [r.paragraph, r.start])).toEqual([[1, 6], [3, 0]]);
    expect(m.byParagraph.map((p) => p.length)).toEqual([2, 0, 3]);
  });

  it('runs the detector once per article', () => {
    const fresh = { id: 'y', paragraphs: ['A', 'B'] };
    calls = 0;
    analyzeArticle(fresh, find);
    analyzeArticle(fresh, find);
    expect(calls).toBe(2);
  });

  it('ranks featured entities first, then by count', () => {
    const ranked = rankEntities(
      [{ entity: 'china', count: 9 }, { entity: 'sco', count: 1 }, { entity: 'astana', count: 2 }, { entity: 'kazakhstan', count: 3 }, { entity: 'brics', count: 2 }],
      ['kazakhstan', 'tokayev', 'sco'],
    );
    expect(ranked.map((r) => r.entity)).toEqual(['kazakhstan', 'sco', 'china', 'astana', 'brics']);
  });
});

describe('corpus index', () => {
  const articles = [
    { id: 'one', paragraphs: ['A', 'A B'] },
    { id: 'two', paragraphs: ['C'] },
    { id: 'three', paragraphs: ['B B'] },
  ];

  it('counts the articles that mention each entity, and the mentions in each', () => {
    const index = corpusIndex(articles, find);
    expect(Object.fromEntries(index.entities.map((e) => [e.entity, e.count]))).toEqual({ a: 1, b: 2, c: 1 });
    expect([...index.articlesWith('b')]).toEqual(['one', 'three']);
    expect(index.articlesWith('zzz').size).toBe(0);
    expect(index.mentionsIn('three', 'b')).toBe(2);
    expect(index.mentionsIn('two', 'b')).toBe(0);
    expect(corpusIndex(articles, find)).toBe(index); // memoized
  });
});

describe('font size', () => {
  it('steps along the scale and stops at its ends', () => {
    expect(stepFontSize(DEFAULT_FONT_SIZE, 1)).toBe(20);
    expect(stepFontSize(DEFAULT_FONT_SIZE, -1)).toBe(17);
    expect(stepFontSize(FONT_SIZES[0], -1)).toBe(FONT_SIZES[0]);
    expect(canStep(FONT_SIZES.at(-1)!, 1)).toBe(false);
    expect(canStep(DEFAULT_FONT_SIZE, 1)).toBe(true);
  });

  it('repairs stored values', () => {
    expect(sanitizeFontSize('big')).toBe(DEFAULT_FONT_SIZE);
    expect(sanitizeFontSize(Number.NaN)).toBe(DEFAULT_FONT_SIZE);
    expect(sanitizeFontSize(19)).toBe(18);
    expect(sanitizeFontSize(500)).toBe(30);
  });
});
