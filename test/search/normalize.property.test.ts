import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../src/search/normalize';
import { toOriginalRange } from '../../src/search/offset-map';
import { mergeRanges } from '../../src/search/proximity';
import { tokenizeFolded } from '../../src/search/tokenize';
import { anyText, hugeText, RUNS, SEED } from './arbitraries';
import { expectValidRanges } from './validity';

const options = { seed: SEED, numRuns: RUNS };
const timeout = 20_000 + RUNS * 20;

describe('folding (property)', () => {
  it('never throws, gives letters, digits and single spaces, and agrees with and without a map', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const { text: folded, map } = foldWithMap(text);
        expect(fold(text)).toBe(folded);
        expect(folded).not.toMatch(/^ | {2}/u);
        expect(folded).toMatch(/^[\p{L}\p{N} \ud800-\udfff]*$/u);
        expect(map.starts.length).toBe(folded.length);
        expect(map.ends.length).toBe(folded.length);
      }),
      options,
    );
  }, timeout);

  it('is idempotent, so a folded query meets folded text', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const once = fold(text);
        expect(fold(once)).toBe(once);
      }),
      options,
    );
  }, timeout);

  it('maps every folded unit into the original, in order, without cutting a surrogate pair', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const { map } = foldWithMap(text);
        for (let i = 0; i < map.starts.length; i++) {
          const s = map.starts[i]!;
          const e = map.ends[i]!;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(s).toBeGreaterThanOrEqual(map.starts[i - 1]!);
        }
      }),
      options,
    );
  }, timeout);

  it('folds a million chars of any Unicode in linear time, with a map into the original', () => {
    const text = hugeText(1_000_000, SEED);
    const t = performance.now();
    const { text: folded, map } = foldWithMap(text);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(map.starts.length).toBe(folded.length);
    let ok = true;
    for (let i = 0; i < map.starts.length && ok; i++) {
      ok = map.starts[i]! >= (i ? map.starts[i - 1]! : 0) && map.ends[i]! > map.starts[i]! && map.ends[i]! <= text.length;
    }
    expect(ok, 'every folded unit maps into the original, in order').toBe(true);
    // Booleans, not toBe on the strings: a failure would print a million chars.
    expect(fold(text) === folded, 'fold agrees with foldWithMap').toBe(true);
    expect(fold(folded) === folded, 'fold is idempotent').toBe(true);
  }, 60_000);

  it('gives every token a valid original range', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const { text: folded, map } = foldWithMap(text);
        const ranges = tokenizeFolded(folded).map((t) => toOriginalRange(map, t.start, t.end)!);
        for (const r of ranges) {
          expect(r).toBeDefined();
          expectValidRanges(text, [r]);
        }
        // Tokens of one expanded character (㋿ → 令和) share its range; merged, they are valid as a set.
        expectValidRanges(text, mergeRanges(ranges.map(([s, e]) => [s, e])));
      }),
      options,
    );
  }, timeout);
});
