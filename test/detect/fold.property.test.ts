/**
 * Properties of the detector's folding (src/detect/fold.ts): the table for every
 * code unit, and foldString over any string. Fixed seed in CI; `npm run test:fuzz`
 * runs many more cases from a fresh seed (test/fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APOSTROPHE, foldString, foldTables, IGNORABLE, SEPARATOR, wordScript } from '../../src/detect/fold';
import { FUZZ_SEED, fuzzParams, fuzzTimeout } from '../fuzz';
import { anyString, hugeText } from './arbitraries';

const params = fuzzParams(500);
const timeout = fuzzTimeout(500, 2);
const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

describe('fold table (every code unit)', () => {
  it('is idempotent: a folded char folds to itself, so text folded twice meets an alias folded once', () => {
    const { fold } = foldTables();
    const broken: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const f = fold[c]!;
      if (fold[f] !== f) broken.push(`${hex(c)} -> ${hex(f)} -> ${hex(fold[f]!)}`);
    }
    expect(broken).toEqual([]);
  });

  it('gives separators, apostrophes and ignorables no script, and every code unit a script id', () => {
    const { fold, char } = foldTables();
    for (let c = 0; c < 0x10000; c++) {
      const script = wordScript(c);
      if (!(Number.isInteger(script) && script >= 0 && script <= 15)) expect.fail(`${hex(c)}: script ${script}`);
      if ((fold[c] === SEPARATOR || fold[c] === APOSTROPHE) && char[c] !== 0) expect.fail(`${hex(c)} folds to a separator or apostrophe but has char flags ${char[c]}`);
      if (fold[c] === IGNORABLE && script !== 0) expect.fail(`${hex(c)} is ignorable but has script ${script}`);
    }
  });

  it('folds a code unit like its canonical equivalent (U+0387 ano teleia is U+00B7 middle dot)', () => {
    const { fold, char } = foldTables();
    const special = (f: number) => f === IGNORABLE || f === SEPARATOR || f === APOSTROPHE;
    // Letterlike symbols (Ohm, Kelvin, Angstrom signs) are outside every script range: not word characters.
    const symbols = new Set([0x2126, 0x212a, 0x212b]);
    const broken: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || symbols.has(c)) continue;
      const nfc = String.fromCharCode(c).normalize('NFC');
      if (nfc.length !== 1 || nfc.charCodeAt(0) === c) continue;
      const d = nfc.charCodeAt(0);
      const matters = char[c] || char[d] || special(fold[c]!) || special(fold[d]!);
      if (matters && fold[c] !== fold[d]) broken.push(`${hex(c)} folds to ${hex(fold[c]!)}, its equivalent ${hex(d)} to ${hex(fold[d]!)}`);
    }
    expect(broken).toEqual([]);
  });

  it('treats lone surrogates as themselves (no script, never dropped)', () => {
    for (const c of [0xd800, 0xdbff, 0xdc00, 0xdfff]) {
      expect(foldTables().fold[c]).toBe(c);
      expect(wordScript(c)).toBe(0);
    }
  });
});

describe('foldString (property)', () => {
  it('never throws, is deterministic and gives single spaces between non-ignorable units, never longer than the input', { timeout }, () => {
    const { fold } = foldTables();
    fc.assert(
      fc.property(anyString, (text) => {
        const folded = foldString(text);
        expect(foldString(text)).toBe(folded);
        expect(folded.length).toBeLessThanOrEqual(text.length);
        expect(folded).not.toMatch(/^ | $| {2}/);
        for (let i = 0; i < folded.length; i++) {
          const f = fold[folded.charCodeAt(i)]!;
          if (f === IGNORABLE || (f === SEPARATOR && folded[i] !== ' ')) expect.fail(`unit ${hex(folded.charCodeAt(i))} at ${i} of ${JSON.stringify(folded)}`);
        }
      }),
      params,
    );
  });

  it('is idempotent', { timeout }, () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const once = foldString(text);
        expect(foldString(once)).toBe(once);
      }),
      params,
    );
  });

  it('folds a text the same in any two pieces cut at a separator', { timeout }, () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        const whole = foldString(`${a} ${b}`);
        const parts = [foldString(a), foldString(b)].filter(Boolean).join(' ');
        expect(whole).toBe(parts);
      }),
      params,
    );
  });

  it('handles 1.5 million chars of any Unicode in linear time', { timeout: 60_000 }, () => {
    const text = hugeText(1_500_000, FUZZ_SEED);
    const t = performance.now();
    const folded = foldString(text);
    expect(performance.now() - t).toBeLessThan(5000);
    // A boolean, not toBe: a failure would print both 1.5-million-char strings.
    expect(foldString(folded) === folded, 'foldString is idempotent on the huge text').toBe(true);
  });
});
