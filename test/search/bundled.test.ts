import { describe, expect, it } from 'vitest';
import { getBundledSearchIndex, searchBundled } from '../../src/search/bundled';

describe('bundled search index', () => {
  it('loads the build-time index (not a rebuild) and searches the bundled articles', () => {
    const index = getBundledSearchIndex();
    expect(index.fromSerialized).toBe(true);
    expect(index).toBe(getBundledSearchIndex());
    const [hit] = searchBundled('Tokayev 2030', { limit: 1 });
    expect(hit).toMatchObject({ article: '000_b209a1a918feb129', paragraph: 10 });
  });
});
