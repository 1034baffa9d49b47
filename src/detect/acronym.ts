/**
 * An abbreviation defined on the spot names what its definition names:
 * "the Scottish Chamber Orchestra (SCO)", "SCO (Scottish Chamber Orchestra)",
 * "Scotland (SCO)". When the words beside the parenthesis spell the
 * abbreviation with their initials, or it is the start of the one word beside
 * it (a country code), and they are not themselves one of our names, the
 * abbreviation is not a mention. Works on any cased script (Шанхайская организация сотрудничества
 * (ШОС) is ours because the words are a name in the lexicon).
 */
import { caseOf } from './case';
import { foldTables, IGNORABLE, SEPARATOR } from './fold';

/** Lower-case words a definition may hold between its capitalised ones (of, and, for, de, la ...): any short word. */
const MAX_SMALL_WORD = 4;
const MAX_WORDS = 12;

interface Word {
  start: number;
  end: number;
}

/**
 * True when the abbreviation [start, end) sits in parentheses right after (or
 * right before) words whose initials spell it and `isName(from, to)` says those
 * words are not one of our names.
 */
export function definedAsSomethingElse(text: string, start: number, end: number, isName: (from: number, to: number) => boolean): boolean {
  const initials = capitalsOf(text, start, end);
  if (initials.length < 2) return false;
  // "Words (ABC)"
  let k = skipSpaces(text, start - 1, -1);
  if (text[k] === '(') {
    const words = wordsBefore(text, skipSpaces(text, k - 1, -1));
    const span = spells(words, [...initials].reverse().join(''), text) ?? codeOf(words[0], initials, text);
    if (span) return !isName(span.start, span.end);
  }
  // "ABC (Words)"
  k = skipSpaces(text, end, 1);
  if (text[k] === '(') {
    const words = wordsAfter(text, skipSpaces(text, k + 1, 1));
    const span = spells(words, initials, text) ?? codeOf(words[0], initials, text);
    if (span) return !isName(span.start, span.end);
  }
  return false;
}

/** The folded capital letters of the abbreviation. */
function capitalsOf(text: string, start: number, end: number): string {
  const { fold } = foldTables();
  let out = '';
  for (let i = start; i < end; i++) if (caseOf(text[i]!) === 'U') out += String.fromCharCode(fold[text.charCodeAt(i)]!);
  return out;
}

/**
 * `words` in reading order outwards from the parenthesis; `initials` in the
 * same order. Capitalised words must give the initials one by one; short
 * lower-case words (of, and, de, la) may sit between them. Returns the span
 * of the defining words, or null.
 */
function spells(words: Word[], initials: string, text: string): Word | null {
  const { fold } = foldTables();
  let i = 0;
  let from = Infinity;
  let to = -1;
  for (const w of words) {
    if (i === initials.length) break;
    const letter = text[w.start]!;
    if (caseOf(letter) !== 'U') {
      if (i === 0 || w.end - w.start > MAX_SMALL_WORD) return null;
      continue;
    }
    if (String.fromCharCode(fold[letter.charCodeAt(0)]!) !== initials[i]) return null;
    i++;
    from = Math.min(from, w.start);
    to = Math.max(to, w.end);
  }
  return i === initials.length ? { start: from, end: to } : null;
}

/**
 * A code cut from one word, as country codes are ("Scotland (SCO)", "Germany (GER)"): the
 * word is longer and begins with the abbreviation's letters. Returns the word, or null.
 */
function codeOf(word: Word | undefined, initials: string, text: string): Word | null {
  if (!word || word.end - word.start <= initials.length) return null;
  const { fold } = foldTables();
  for (let i = 0; i < initials.length; i++) {
    if (String.fromCharCode(fold[text.charCodeAt(word.start + i)]!) !== initials[i]) return null;
  }
  return word;
}

function skipSpaces(text: string, k: number, step: 1 | -1): number {
  const { fold } = foldTables();
  while (k >= 0 && k < text.length && (fold[text.charCodeAt(k)] === SEPARATOR || fold[text.charCodeAt(k)] === IGNORABLE) && text[k] !== '(' && text[k] !== ')') k += step;
  return k;
}

const LETTER = /[\p{L}\p{M}]/u;

/** Words ending at `k` and going back, nearest first; stops at punctuation. */
function wordsBefore(text: string, k: number): Word[] {
  const words: Word[] = [];
  while (k >= 0 && words.length < MAX_WORDS && LETTER.test(text[k]!)) {
    const end = k + 1;
    while (k >= 0 && (LETTER.test(text[k]!) || text[k] === "'" || text[k] === '’')) k--;
    words.push({ start: k + 1, end });
    const gap = skipSpaces(text, k, -1);
    if (gap === k) break; // punctuation, not a space or hyphen
    k = gap;
  }
  return words;
}

/** Words starting at `k` going forward, in text order. */
function wordsAfter(text: string, k: number): Word[] {
  const words: Word[] = [];
  while (k < text.length && words.length < MAX_WORDS && LETTER.test(text[k]!)) {
    const start = k;
    while (k < text.length && (LETTER.test(text[k]!) || text[k] === "'" || text[k] === '’')) k++;
    words.push({ start, end: k });
    const gap = skipSpaces(text, k, 1);
    if (gap === k) break;
    k = gap;
  }
  return words;
}
