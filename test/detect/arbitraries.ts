/** fast-check arbitraries and checks for detector property tests: any Unicode, weighted towards what breaks a scanner. */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Mention } from '../../src/detect/detector';
import { MAX_MENTION_LENGTH } from '../../src/detect/limits';

/** Characters that stress the scanner: alias letters, prefix letters, marks, controls, separators, surrogate halves. */
export const TRICKY = [
  ...'KazakhstanTokayevSCOsco’\'- ',
  ...'كازاخستانتوكاييفمنظمةشنغهايللتعاونوالبـًّٰ',
  ...'קזחסטןטוקאייבארגוןשנגחאיוהבכלמש׳״־ְ',
  ...'КазахстанаТокаевШОСШЫҰқ',
  ...'哈萨克斯坦托卡耶夫上海合作组织上合カザフスタントカエフ카자흐스탄의',
  '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF',
  '\u0301', '\u0308', '\u093C', '\n', '\r', '\t', '\u00A0', '\u3000', '\u0000', '\u001F',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '𝐀',
];
export const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 200 });
/** Any string: any code unit sequence (lone surrogates included), grapheme clusters, or scanner-tricky text. */
export const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), trickyString);

/**
 * About `chars` characters of `anyString` samples joined, the same for the same
 * seed: a huge input of everything at once (marks, bidi controls, lone
 * surrogates, names and near-names).
 */
export function hugeText(chars: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    for (const s of fc.sample(anyString, { seed: seed + parts.length, numRuns: 1000 })) {
      parts.push(s);
      length += s.length;
    }
  }
  return parts.join('');
}

/**
 * Mentions are sorted, non-overlapping, non-empty, in bounds, never cut a
 * surrogate pair, at most MAX_MENTION_LENGTH long, of known entities. One
 * expect.fail for the first bad one, not one expect per mention (huge inputs
 * return ~10^5 of them).
 */
export function expectWellFormed(text: string, mentions: readonly Mention[], entities: ReadonlySet<string>): void {
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
      entities.has(m.entity);
    if (!ok) expect.fail(`bad mention ${JSON.stringify(m)} (previous ended at ${last}) in ${JSON.stringify(text.slice(0, 200))}`);
    last = m.end;
  }
}

function isCodePointBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  return !(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff);
}
