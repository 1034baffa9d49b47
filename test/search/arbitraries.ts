/** fast-check arbitraries for search property tests: any Unicode, weighted towards what breaks text code. */
import fc from 'fast-check';
import type { Article } from '../../src/articles/types';
import { FUZZ_SEED, fuzzRuns } from '../fuzz';

/** Runs per property: FC_RUNS for a long run, else a quick default (test/fuzz.ts). */
export const RUNS = fuzzRuns(60);
/** The shared seed: fixed in CI, FC_SEED or a fresh one on demand (test/fuzz.ts). */
export const SEED = FUZZ_SEED;

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

const pieces = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }, // any code point, astral included
  { weight: 2, arbitrary: range(0xd800, 0xdfff) }, // lone surrogates
  { weight: 2, arbitrary: range(0x0300, 0x036f) }, // combining marks
  { weight: 3, arbitrary: range(0x0621, 0x064a) }, // Arabic letters
  { weight: 2, arbitrary: range(0x064b, 0x065f) }, // harakat
  { weight: 3, arbitrary: range(0x05d0, 0x05ea) }, // Hebrew letters
  { weight: 2, arbitrary: range(0x0591, 0x05c7) }, // niqqud, cantillation, maqaf, sof pasuq
  { weight: 2, arbitrary: range(0x0410, 0x044f) }, // Cyrillic
  { weight: 2, arbitrary: fc.constantFrom('\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\u0640', '\u00a0', '\u00ad', '\ufeff', '\u200b') },
  { weight: 2, arbitrary: fc.constantFrom("'", '"', '׳', '״', '’', '-', '־', '.', '،', ' ', '  ', '\t', '\n', '…') },
  { weight: 2, arbitrary: fc.constantFrom('Tokayev', 'توكاييف', 'קזחסטן', 'Шанхайская', 'SCO', 'ШОС', 'كازاخستان', 'وكازاخستان', 'בקזחסטן', '2030', '٢٠٣٠', 'ﻻ', 'ß', '𝒜', '上海', 'קאסים-ז\'ומרט') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 6 }) },
);

/** Any Unicode text, lone surrogates, marks and bidi controls included. */
export const anyText = (maxPieces = 24) => fc.array(pieces, { maxLength: maxPieces }).map((p) => p.join(''));

/** About `chars` characters of `anyText()` samples, the same for the same seed: every hard case at once, huge. */
export function hugeText(chars: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < chars; round++) {
    for (const s of fc.sample(anyText(), { seed: seed + round, numRuns: 5000 })) {
      parts.push(s);
      length += s.length + 1;
    }
  }
  return parts.join(' ').slice(0, chars);
}

/** A small corpus of random articles. */
export const anyArticles = fc
  .array(fc.array(anyText(40), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 })
  .map((list): Article[] =>
    list.map((paragraphs, i) => ({ id: `a${i}`, title: '', lang: 'ar', dir: 'rtl', outlet: '', date: '2024', paragraphs })),
  );
