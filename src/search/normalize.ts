/**
 * Folds text so that spellings a reader treats as the same word compare equal:
 *
 *   Arabic   harakat and Quranic marks dropped, tatweel dropped, أ إ آ ٱ → ا,
 *            ؤ → و, ئ → ي, ى → ي, ة → ه, Persian ی ک → ي ك, Arabic-Indic digits → 0-9
 *   Hebrew   niqqud and cantillation dropped, final letters → base letters,
 *            geresh and gershayim inside a word dropped (בייג'ינג → בייגינג, או"ם → אום)
 *   Latin    lower case, accents dropped (NFKD), ß → ss, æ → ae ...
 *   Cyrillic lower case, ё → е (NFKD)
 *   all      compatibility forms (ligatures, presentation forms, full width) decomposed,
 *            zero-width joiners and bidi controls dropped without splitting the word,
 *            everything that is not a letter or digit becomes one space.
 *
 * The folded string keeps a unit-by-unit map back to the original (offset-map.ts),
 * so matches found in folded text highlight the original characters.
 */
import { OffsetMapBuilder, type OffsetMap } from './offset-map';

export interface Folded {
  /** Letters, digits and single spaces only. */
  readonly text: string;
  readonly map: OffsetMap;
}

/** Folds `input` and records where every folded unit came from. */
export function foldWithMap(input: string): Folded {
  const map = new OffsetMapBuilder(input.length + 8);
  const text = foldInto(input, map);
  return { text, map: map.finish() };
}

/** Folds `input` without an offset map: for queries and alias lists. */
export function fold(input: string): string {
  return foldInto(input, undefined);
}

// Fold classes, stored in the per-code-point cache as reserved strings.
const ATTACH = ''; // dropped; belongs to the previous character (marks, tatweel, ZWJ/ZWNJ)
const DROP = '\u0001'; // dropped; joins its neighbours (bidi controls, soft hyphen, BOM)
const APOS = '\u0002'; // apostrophe: dropped between two letters, else a space
const QUOTE = '\u0003'; // gershayim or ": dropped between two Hebrew letters, else a space
const SPACE = ' ';

/** Letters that NFKD leaves alone but readers treat as another letter. */
const LETTER_MAP: Record<string, string> = {
  // Arabic
  'ة': 'ه', 'ۃ': 'ه', 'ھ': 'ه', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ک': 'ك', 'ٴ': '',
  // Hebrew final letters and Yiddish ligatures
  'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ', 'װ': 'וו', 'ױ': 'וי', 'ײ': 'יי',
  // Latin letters without a canonical decomposition
  'ß': 'ss', 'ẞ': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ı': 'i',
  'þ': 'th', 'ħ': 'h', 'ŧ': 't',
  // Greek final sigma
  'ς': 'σ',
};

const MARK = /\p{M}/u;
const FORMAT = /\p{Cf}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

const cache = new Map<number, string>();
const CACHE_LIMIT = 50_000;
const ASCII: string[] = [];
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) ASCII.push(String.fromCharCode(c));
  else if (c >= 65 && c <= 90) ASCII.push(String.fromCharCode(c + 32));
  else if (c === 39 || c === 96) ASCII.push(APOS);
  else if (c === 34) ASCII.push(QUOTE);
  else ASCII.push(SPACE);
}

/** How one code point folds: text, or one of the reserved classes above. */
function classify(cp: number, depth = 0): string {
  if (cp < 128) return ASCII[cp]!;
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const value = classifyUncached(cp, depth);
  if (cache.size < CACHE_LIMIT) cache.set(cp, value);
  return value;
}

function classifyUncached(cp: number, depth: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) return SPACE; // lone surrogate
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(cp - 0x0660 + 48);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(cp - 0x06f0 + 48);
  switch (cp) {
    case 0x0640: // tatweel
    case 0x200c: // ZWNJ
    case 0x200d: // ZWJ
      return ATTACH;
    case 0x200b: // zero-width space is a word break
      return SPACE;
    case 0x2019: case 0x2018: case 0x02bc: case 0x02b9: case 0x00b4: case 0x05f3: case 0x2032:
      return APOS;
    case 0x05f4: case 0x201c: case 0x201d:
      return QUOTE;
  }
  const ch = String.fromCodePoint(cp);
  if (MARK.test(ch)) return ATTACH;
  if (FORMAT.test(ch)) return DROP;
  const direct = LETTER_MAP[ch];
  if (direct !== undefined) return direct;
  // Compatibility forms and upper case fold through the same rules, part by part,
  // so folding twice changes nothing (ﹻ is tatweel + kasra: both dropped).
  const decomposed = ch.normalize('NFKD');
  const lower = decomposed === ch ? ch.toLowerCase() : decomposed;
  if (lower !== ch && depth < 4) {
    let out = '';
    for (const part of lower) {
      const c = classify(part.codePointAt(0)!, depth + 1);
      if (c === ATTACH || c === DROP || c === APOS || c === QUOTE) continue;
      out += c;
    }
    if (out === '') return ATTACH;
    return out.trim() === '' ? SPACE : out.replace(/ {2,}/gu, ' ');
  }
  return WORD_CHAR.test(ch) ? ch : SPACE;
}

function isLetterUnit(u: number): boolean {
  if (u === 32) return false;
  if (u < 128) return u >= 97 && u <= 122;
  if (u >= 0xd800 && u <= 0xdfff) return true; // half of an astral letter (separators are spaces)
  return LETTER.test(String.fromCharCode(u));
}

function isHebrewLetterUnit(u: number): boolean {
  return u >= 0x05d0 && u <= 0x05ea;
}

/** Buffer of UTF-16 units turned into a string in chunks (fromCharCode has an argument limit). */
class UnitBuffer {
  private units: Uint16Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(16, capacity));
  }
  push(u: number): void {
    if (this.length === this.units.length) {
      const next = new Uint16Array(this.units.length * 2);
      next.set(this.units);
      this.units = next;
    }
    this.units[this.length++] = u;
  }
  last(): number {
    return this.length ? this.units[this.length - 1]! : -1;
  }
  toString(): string {
    let s = '';
    for (let i = 0; i < this.length; i += 8192) {
      s += String.fromCharCode.apply(null, this.units.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[]);
    }
    return s;
  }
}

function foldInto(input: string, map: OffsetMapBuilder | undefined): string {
  const out = new UnitBuffer(input.length + 8);
  const n = input.length;
  let i = 0;
  while (i < n) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let cls = classify(cp);
    if (cls === APOS || cls === QUOTE) {
      const prev = out.last();
      const nextCls = i + width < n ? classify(input.codePointAt(i + width)!) : SPACE;
      const next = nextCls.length > 0 && nextCls.charCodeAt(0) > 3 ? nextCls.charCodeAt(0) : 32;
      const between =
        cls === APOS ? isLetterUnit(prev) && isLetterUnit(next) : isHebrewLetterUnit(prev) && isHebrewLetterUnit(next);
      cls = between ? DROP : SPACE;
    }
    if (cls === ATTACH) {
      map?.extendLast(i + width);
    } else if (cls === SPACE) {
      // Collapse runs of separators into one space.
      if (out.length > 0 && out.last() !== 32) {
        out.push(32);
        map?.push(i, i + width);
      }
    } else if (cls !== DROP) {
      for (let k = 0; k < cls.length; k++) {
        const u = cls.charCodeAt(k);
        if (u === 32 && (out.length === 0 || out.last() === 32)) continue;
        out.push(u);
        map?.push(i, i + width);
      }
    }
    i += width;
  }
  return out.toString();
}
