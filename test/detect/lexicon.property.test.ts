/**
 * createDetector over generated lexicons: any aliases and rules either compile or
 * throw a LexiconError naming the problem, and a compiled detector never throws
 * and returns well-formed mentions on any text, its own aliases included.
 * Fixed seed in CI; `npm run test:fuzz` runs many more cases (test/fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../src/detect/compile-lexicon';
import { createDetector, type Detector } from '../../src/detect/detector';
import type { LexiconEntry } from '../../src/detect/lexicon-types';
import { fuzzParams, fuzzRuns, fuzzTimeout } from '../fuzz';
import { anyString, expectWellFormed, TRICKY } from './arbitraries';

const QUICK = 150;
const params = fuzzParams(QUICK);
const timeout = fuzzTimeout(QUICK, 40);

/**
 * Alias-like strings: mostly plausible spellings (a letter, then letters of several
 * scripts, marks, invisibles and separators), now and then anything at all.
 */
const LETTERS = ['Kaz', 'akh', 'stan', 'To', 'kayev', 'SCO', 'Sco', 'Шан', 'хай', 'ШОС', 'كاز', 'اخستان', 'ال', 'קזח', 'סטן', '上海', '合作', 'カザフ', '카자', 'Σαγ', 'कज़', 'ไทย', 'ß', 'İ', 'ı'];
const INNER = [' ', '-', "'", '·', '\u00AD', '\u200C', '\u0301', '\u0640', '\u064B'];
const plausibleAlias = fc
  .tuple(fc.constantFrom(...LETTERS), fc.array(fc.constantFrom(...LETTERS, ...INNER), { maxLength: 4 }))
  .map(([first, rest]) => (first + rest.join('')).trim());
const anyAlias = fc.oneof(fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 10 }));
const aliasText = fc.oneof({ weight: 40, arbitrary: plausibleAlias }, { weight: 1, arbitrary: anyAlias });
const lang = fc.oneof({ weight: 40, arbitrary: fc.constantFrom('en', 'ru', 'ar', 'he', 'zh', 'ja', 'ko', 'el', 'hi', 'th', 'zh-Hant') }, { weight: 1, arbitrary: fc.constantFrom('EN', '', 'x') });
const words = fc.array(aliasText, { minLength: 1, maxLength: 3 });

const entry = fc
  .record({
    kind: fc.constantFrom('country', 'person', 'organisation', 'place'),
    aliases: fc.dictionary(lang, fc.array(aliasText, { minLength: 1, maxLength: 4 }), { minKeys: 1, maxKeys: 3 }),
  })
  .chain((e) => {
    const own = Object.values(e.aliases).flat();
    const alias = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...own) }, { weight: 1, arbitrary: aliasText });
    const byAlias = fc.dictionary(alias, words, { maxKeys: 2 });
    const byLang = fc.dictionary(lang, words, { maxKeys: 2 });
    const detect = fc.record(
      {
        caseSensitive: fc.array(alias, { maxLength: 2 }),
        capitalized: fc.array(alias, { maxLength: 2 }),
        notFollowedBy: byAlias,
        notPrecededBy: byAlias,
        notBeside: byAlias,
        requireFollowedBy: byAlias,
        requirePrecededBy: byAlias,
        ...(e.kind === 'person' ? { givenNames: byLang } : {}),
        otherGivenNames: byLang,
        titles: byLang,
      },
      { requiredKeys: [] },
    );
    return fc.option(detect, { nil: undefined, freq: 2 }).map((d) => ({ ...e, ...(d ? { detect: d } : {}) }));
  });
/** Entities with distinct ids, now and then a repeated or empty one. */
const lexicon = fc
  .array(fc.tuple(entry, fc.oneof({ weight: 30, arbitrary: fc.constant('own') }, { weight: 1, arbitrary: fc.constantFrom('repeat', 'empty') })), { minLength: 1, maxLength: 4 })
  .map((list) => list.map(([e, id], i): LexiconEntry => ({ ...e, id: id === 'own' ? `e${i}` : id === 'repeat' ? 'e0' : '' }) as LexiconEntry));

/** Text made of the lexicon's own aliases and rule words, glued or spaced, with tricky characters between. */
function textOf(entries: readonly LexiconEntry[]): fc.Arbitrary<string> {
  const own = entries.flatMap((e) => [
    ...Object.values(e.aliases ?? {}).flat(),
    ...Object.values((e.detect ?? {}) as Record<string, unknown>).flatMap((v) => (Array.isArray(v) ? v : Object.values(v as object).flat())),
  ]).filter((s): s is string => typeof s === 'string' && s.length > 0);
  const piece = own.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...own) }, { weight: 2, arbitrary: fc.constantFrom(...TRICKY, ' ', ' ', '\n') }) : fc.constantFrom(...TRICKY);
  return fc.oneof({ weight: 4, arbitrary: fc.array(piece, { maxLength: 30 }).map((p) => p.join('')) }, { weight: 1, arbitrary: anyString });
}

describe('createDetector over generated lexicons (property)', () => {
  it('compiles or throws a LexiconError, and a compiled detector never throws and returns well-formed, deterministic mentions', { timeout }, () => {
    let compiled = 0;
    fc.assert(
      fc.property(
        lexicon.chain((entries) => fc.tuple(fc.constant(entries), textOf(entries))),
        ([entries, text]) => {
          let detector: Detector;
          try {
            detector = createDetector(entries);
          } catch (error) {
            expect(error).toBeInstanceOf(LexiconError);
            expect((error as LexiconError).problems.length).toBeGreaterThan(0);
            return;
          }
          compiled++;
          const ids = new Set(entries.map((e) => e.id));
          const mentions = detector.findMentions(text);
          expectWellFormed(text, mentions, ids);
          expect(detector.findMentions(text)).toEqual(mentions);
          expect(createDetector(entries).findMentions(text)).toEqual(mentions);
        },
      ),
      params,
    );
    // Not vacuous: a good share of the generated lexicons compile.
    expect(compiled).toBeGreaterThan(fuzzRuns(QUICK) / 5);
  });
});
