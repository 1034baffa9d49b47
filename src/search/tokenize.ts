/**
 * Splits folded text (normalize.ts) into terms.
 *
 * Terms are runs of letters or of digits: a letter-digit boundary splits a run
 * too, so "الـ24" gives "ال" and "24" and "ב2023" gives "ב" and "2023", and a
 * query for the number finds it. Han and kana have no spaces between words, so
 * each of those characters is a term of its own and a multi-character query
 * becomes a phrase of them.
 */
import { fold } from './normalize';

export interface Token {
  /** Folded text of the term, cut to MAX_TERM_LENGTH. */
  readonly term: string;
  /** Offsets in the folded string, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Longer runs are garbage (or an attack) and would make fuzzy lookups slow. */
export const MAX_TERM_LENGTH = 40;

const enum Kind {
  Space,
  Letter,
  Digit,
  Ideograph,
}

const DIGIT = /\p{N}/u;
const digitCache = new Map<number, boolean>();

function kindOf(text: string, i: number): Kind {
  const u = text.charCodeAt(i);
  if (u === 32) return Kind.Space;
  if (u < 128) return u >= 48 && u <= 57 ? Kind.Digit : Kind.Letter;
  if ((u >= 0x3040 && u <= 0x30ff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff)) {
    return Kind.Ideograph;
  }
  // Cyrillic, Hebrew and Arabic blocks hold no digits once folded (Arabic-Indic digits became ASCII).
  if (u >= 0x0400 && u < 0x0700) return Kind.Letter;
  if (u >= 0xd840 && u <= 0xd87f) return Kind.Ideograph; // high surrogate of U+20000–U+2FFFF (CJK extensions)
  if (u >= 0xd800 && u <= 0xdfff) return Kind.Letter;
  let digit = digitCache.get(u);
  if (digit === undefined) {
    digit = DIGIT.test(String.fromCharCode(u));
    digitCache.set(u, digit);
  }
  return digit ? Kind.Digit : Kind.Letter;
}

/** Tokens of an already folded string. */
export function tokenizeFolded(folded: string): Token[] {
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const kind = kindOf(folded, i);
    if (kind === Kind.Space) {
      i++;
      continue;
    }
    const start = i;
    if (kind === Kind.Ideograph) {
      const hi = folded.charCodeAt(i);
      i += hi >= 0xd800 && hi <= 0xdbff && i + 1 < n ? 2 : 1;
    } else {
      i++;
      while (i < n && kindOf(folded, i) === kind) i++;
      // Never end a term between the halves of a surrogate pair.
      if (i < n && isLowSurrogate(folded.charCodeAt(i)) && i > start && isHighSurrogate(folded.charCodeAt(i - 1))) i++;
    }
    const end = i;
    let cut = Math.min(end, start + MAX_TERM_LENGTH);
    if (cut < end && isHighSurrogate(folded.charCodeAt(cut - 1))) cut--;
    tokens.push({ term: folded.slice(start, cut), start, end });
  }
  return tokens;
}

function isHighSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function isLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Folds and tokenizes: the terms of a raw text, in order. */
export function termsOf(text: string): string[] {
  return tokenizeFolded(fold(text)).map((t) => t.term);
}
