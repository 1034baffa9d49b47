/**
 * Properties of findMentions over generated text. Fixed seed in CI;
 * `npm run test:fuzz` runs many more cases from a fresh seed (test/fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { findMentions } from '../../src/detect';
import { createDetector, type Mention } from '../../src/detect/detector';
import { FUZZ_SEED, fuzzParams, fuzzTimeout } from '../fuzz';
import { anyString, expectWellFormed, hugeText } from './arbitraries';
import { CORPUS } from './corpus';
import { OWN, ownDetector } from './fixtures';
import { parseLabeled } from './labels';

const params = fuzzParams(300);
const timeout = fuzzTimeout(300, 5);
const detector = ownDetector();

const OWN_IDS = new Set(OWN.map((e) => e.id));
const BUNDLED_IDS = new Set(compileAssets(new URL('../..', import.meta.url).pathname).entities.map((e) => e.id));
const checkShape = (text: string, mentions: readonly Mention[]) => expectWellFormed(text, mentions, OWN_IDS);

/** Corpus sentences: real mentions to embed. */
const SAMPLES = Object.values(CORPUS)
  .flat()
  .map(parseLabeled)
  .filter((l) => l.mentions.length > 0);

/**
 * Unrelated text: other sentences (lower-case or caseless words, numbers, emoji) ending
 * with a full stop, so a sample's first word stays the first word of its sentence.
 */
const NEUTRAL = ['the', 'and', 'of', '2024', '—', ',', 'данные', 'и', 'في', 'من', 'של', 'גם', '的', '在', 'は', '그리고', 'und', 'est', '😀', '(', ')', '12:30', 'www.example.com'];
const neutralText = fc
  .tuple(fc.array(fc.constantFrom(...NEUTRAL), { maxLength: 12 }), fc.constantFrom('.', '!', '?', '。', '؟', '…'))
  .map(([words, stop]) => (words.length ? words.join(' ') + stop : ''));

describe('findMentions properties', () => {
  it('never throws and returns well-formed mentions on any string', { timeout }, () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkShape(text, detector.findMentions(text));
      }),
      params,
    );
  });

  it('is deterministic, across calls and across detectors', { timeout }, () => {
    const other = createDetector(OWN);
    fc.assert(
      fc.property(anyString, (text) => {
        const a = detector.findMentions(text);
        expect(detector.findMentions(text)).toEqual(a);
        expect(other.findMentions(text)).toEqual(a);
      }),
      params,
    );
  });

  it('finds the same mentions when unrelated text is added around them', { timeout }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), neutralText, neutralText, fc.constantFrom(' ', '\n', '  ', '\u00A0'), (sample, before, after, gap) => {
        const alone = detector.findMentions(sample.text);
        const head = before ? before + gap : '';
        const text = head + sample.text + (after ? gap + after : '');
        const shifted = alone.map((m) => ({ ...m, start: m.start + head.length, end: m.end + head.length }));
        expect(detector.findMentions(text)).toEqual(shifted);
      }),
      params,
    );
  });

  it('keeps mentions whole when the text around them is arbitrary and separated by a line break', { timeout }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), anyString, anyString, (sample, before, after) => {
        const alone = detector.findMentions(sample.text);
        const head = `${before}\n`;
        const text = `${head}${sample.text}\n${after}`;
        const got = detector.findMentions(text);
        checkShape(text, got);
        for (const m of alone) expect(got).toContainEqual({ ...m, start: m.start + head.length, end: m.end + head.length });
      }),
      params,
    );
  });

  it('never throws and returns well-formed, deterministic mentions with the bundled lexicon', { timeout }, () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const mentions = findMentions(text);
        expectWellFormed(text, mentions, BUNDLED_IDS);
        expect(findMentions(text)).toEqual(mentions);
      }),
      params,
    );
  });

  it('handles 1.5 million chars of any Unicode at once: well-formed and deterministic', { timeout: 60_000 }, () => {
    const text = hugeText(1_500_000, FUZZ_SEED);
    const own = detector.findMentions(text);
    checkShape(text, own);
    expect(createDetector(OWN).findMentions(text)).toEqual(own);
    const bundled = findMentions(text);
    expectWellFormed(text, bundled, BUNDLED_IDS);
    expect(findMentions(text)).toEqual(bundled);
  });

  it('handles huge and adversarial inputs in linear time', { timeout: 60_000 }, () => {
    const inputs = [
      'ו'.repeat(1_000_000),
      'ובבב'.repeat(250_000) + 'קזחסטן',
      'Kazakhsta '.repeat(100_000),
      'Shanghai Cooperation '.repeat(50_000),
      'كازاخستا '.repeat(100_000),
      '上海合作组'.repeat(200_000),
      '\u200B'.repeat(1_000_000),
      'a'.repeat(1_000_000),
      '\uD800'.repeat(500_000),
      'Kazakhstan '.repeat(90_000),
    ];
    for (const text of inputs) {
      const t = performance.now();
      const mentions = detector.findMentions(text);
      const ms = performance.now() - t;
      checkShape(text, mentions);
      expect(ms).toBeLessThan(2000);
    }
  });
});
