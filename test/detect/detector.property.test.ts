/**
 * Properties of findMentions over generated text. Fixed seed by default;
 * FC_RUNS=<n> runs more cases (and a fresh seed unless FC_SEED is set).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector, type Mention } from '../../src/detect/detector';
import { MAX_MENTION_LENGTH } from '../../src/detect/limits';
import { CORPUS } from './corpus';
import { OWN, ownDetector } from './fixtures';
import { parseLabeled } from './labels';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : process.env.FC_RUNS ? Date.now() : 20250901;
const params = { numRuns: RUNS, seed: SEED };
const detector = ownDetector();

/** Characters that stress the scanner: alias letters, prefix letters, marks, controls, separators, surrogate halves. */
const TRICKY = [
  ...'KazakhstanTokayevSCOsco’\'- ',
  ...'كازاخستانتوكاييفمنظمةشنغهايللتعاونوالبـًّٰ',
  ...'קזחסטןטוקאייבארגוןשנגחאיוהבכלמש׳״־ְ',
  ...'КазахстанаТокаевШОСШЫҰқ',
  ...'哈萨克斯坦托卡耶夫上海合作组织上合カザフスタントカエフ카자흐스탄의',
  '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF',
  '\u0301', '\u0308', '\u093C', '\n', '\r', '\t', '\u00A0', '\u3000', '\u0000', '\u001F',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '𝐀',
];
const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 200 });
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), trickyString);

/** Shape checks without one expect() per mention (huge inputs return ~10^5 mentions). */
function checkShape(text: string, mentions: readonly Mention[]): void {
  let last = 0;
  for (const m of mentions) {
    const ok =
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      m.start >= last && // sorted, non-overlapping
      m.end > m.start &&
      m.end <= text.length &&
      m.end - m.start <= MAX_MENTION_LENGTH &&
      isCodePointBoundary(text, m.start) &&
      isCodePointBoundary(text, m.end) &&
      ENTITIES.has(m.entity);
    if (!ok) expect.fail(`bad mention ${JSON.stringify(m)} (previous ended at ${last}) in ${JSON.stringify(text.slice(0, 200))}`);
    last = m.end;
  }
}

const ENTITIES = new Set(['kazakhstan', 'tokayev', 'sco']);

function isCodePointBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  return !(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff);
}

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
  it('never throws and returns well-formed mentions on any string', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkShape(text, detector.findMentions(text));
      }),
      params,
    );
  });

  it('is deterministic, across calls and across detectors', () => {
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

  it('finds the same mentions when unrelated text is added around them', () => {
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

  it('keeps mentions whole when the text around them is arbitrary and separated by a line break', () => {
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
