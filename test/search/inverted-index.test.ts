import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeVarints, encodeVarints, fromBase64, toBase64 } from '../../src/search/codec';
import { Accumulator, InvertedIndex, InvertedIndexBuilder } from '../../src/search/inverted-index';

const RUNS = Number(process.env.FC_RUNS) || 100;

describe('codec', () => {
  it('round-trips varints through base64', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (values) => {
        expect(decodeVarints(fromBase64(toBase64(encodeVarints(values))))).toEqual(values);
      }),
      { seed: 1, numRuns: RUNS },
    );
  });
  it('skips garbage in base64 instead of throwing', () => {
    expect(() => fromBase64('@@@!!\u05d0')).not.toThrow();
  });
});

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

function indexOf(docs: string[][]): InvertedIndex {
  const builder = new InvertedIndexBuilder();
  docs.forEach((words, r) => builder.add(r, words.map((w) => [w])));
  return builder.build(docs.length);
}

describe('inverted index', () => {
  const docs = [['kazakhstan', 'china', 'trade'], ['kazakh', 'steppe'], ['tokayev', 'kazakhstan', 'kazakhstan'], ['tokaev']];
  const index = indexOf(docs);

  it('finds exact terms and survives serialization', () => {
    const again = InvertedIndex.deserialize(index.serialize(), docs.length);
    for (const ix of [index, again]) {
      const acc = new Accumulator(docs.length);
      ix.accumulate(ix.find('kazakhstan'), 1, acc);
      expect([...acc.records()].sort()).toEqual([0, 2]);
      expect(acc.scores[2]).toBeGreaterThan(acc.scores[0]!); // tf 2 beats tf 1
      expect(ix.find('nothing')).toBe(-1);
    }
  });

  it('expands prefixes to the most frequent completions, not the prefix itself', () => {
    const ids = index.withPrefix('kazakh', 10).map((id) => index.terms[id]);
    expect(ids).toEqual(['kazakhstan']);
    expect(index.withPrefix('kaz', 1).map((id) => index.terms[id])).toEqual(['kazakhstan']);
  });

  it('finds typo neighbours with the same first letter, nearest first', () => {
    const near = index.withinEdits('tokayev', 1, 10).map(([id, d]) => [index.terms[id], d]);
    expect(near).toEqual([['tokaev', 1]]);
  });

  it('agrees with brute-force Levenshtein on random vocabularies', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ק', 'ז'), minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 60 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ק', 'ז'), minLength: 2, maxLength: 7 }),
        fc.integer({ min: 1, max: 2 }),
        (vocab, query, edits) => {
          const ix = indexOf(vocab.map((w) => [w]));
          const got = new Set(ix.withinEdits(query, edits, 1000).map(([id]) => ix.terms[id]));
          const want = new Set(vocab.filter((w) => w !== query && w[0] === query[0] && levenshtein(w, query) <= edits));
          expect(got).toEqual(want);
        },
      ),
      { seed: 7, numRuns: RUNS },
    );
  });
});
