/** Checks every invariant of a search result against the articles it came from. */
import { expect } from 'vitest';
import type { Article } from '../../src/articles/types';
import type { SearchResult } from '../../src/search/index';

export function expectValidResult(articles: readonly Article[], r: SearchResult): void {
  const article = articles.find((a) => a.id === r.article);
  expect(article, `article ${r.article}`).toBeDefined();
  expect(Number.isInteger(r.paragraph) && r.paragraph >= 1).toBe(true);
  const text = article!.paragraphs[r.paragraph - 1];
  expect(typeof text).toBe('string');
  expect(Number.isFinite(r.score)).toBe(true);
  expectValidRanges(text!, r.ranges);
  expectValidRanges(r.snippet, r.snippetRanges);
  // Every snippet range shows the same characters as some paragraph range.
  const body = r.snippet.replace(/^…/u, '').replace(/…$/u, '');
  const offset = text!.indexOf(body);
  expect(offset, 'snippet is an excerpt of the paragraph').toBeGreaterThanOrEqual(0);
  const lead = r.snippet.startsWith('…') ? 1 : 0;
  for (const [s, e] of r.snippetRanges) {
    const start = s - lead + offset;
    const end = e - lead + offset;
    expect(r.ranges.some(([rs, re]) => rs <= start && end <= re), `snippet range ${s}-${e} is a match`).toBe(true);
  }
}

/** Sorted, non-overlapping, non-empty, in bounds, never cutting a surrogate pair. */
export function expectValidRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): void {
  let last = -1;
  for (const [s, e] of ranges) {
    expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(e).toBeGreaterThan(s);
    expect(e).toBeLessThanOrEqual(text.length);
    expect(s).toBeGreaterThanOrEqual(last);
    last = e;
    expect(isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))).toBe(false);
    expect(e < text.length && isLowSurrogate(text.charCodeAt(e)) && isHighSurrogate(text.charCodeAt(e - 1))).toBe(false);
  }
}

function isHighSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function isLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}
