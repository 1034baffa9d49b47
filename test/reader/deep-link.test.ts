import { describe, expect, it } from 'vitest';
import { libraryQuery, parseLibraryFilter, parseReaderTarget, readerQuery } from '../../src/reader/deep-link';

describe('reader deep links', () => {
  it('round-trips article, paragraph and highlight ranges', () => {
    const target = { article: '002_b9df2e1b7dc3a547', paragraph: 3, ranges: [[4, 9], [12, 20]] as [number, number][] };
    expect(parseReaderTarget(readerQuery(target))).toEqual(target);
  });

  it('drops malformed parts', () => {
    expect(parseReaderTarget('?article=a&paragraph=0&hl=5-2,x-3,1-4')).toEqual({ article: 'a', ranges: [[1, 4]] });
    expect(parseReaderTarget('?paragraph=2')).toBeUndefined();
  });

  it('keeps the library filter in the query', () => {
    expect(parseLibraryFilter(libraryQuery('sco'))).toBe('sco');
    expect(libraryQuery(undefined)).toBe('');
    expect(parseLibraryFilter('?entity=')).toBeUndefined();
  });
});
