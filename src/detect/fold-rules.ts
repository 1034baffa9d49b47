/**
 * What folds to what, and how the tables are computed from Unicode data
 * (decomposition, lower-casing, letter classes). Running this takes 10-25 ms in
 * a fresh content script, so the tables ship precomputed (fold-data.ts,
 * written by `npm run data:fold`); a unit test recomputes them here and fails
 * when the two differ.
 */
import { SCRIPT_RANGES } from './scripts';

/** FOLD value of characters skipped inside words. */
export const IGNORABLE = 0;
/** FOLD value of word separators: whitespace, hyphens, double quotes, middle dots. */
export const SEPARATOR = 0x20;
/** FOLD value of apostrophes, ASCII or typographic, geresh, Uzbek okina. */
export const APOSTROPHE = 0x27;

/** CHAR flags: low 4 bits = script of a word character (letter or mark), 0 for anything else. */
export const SCRIPT_MASK = 0x0f;
/** CHAR flag: an ignorable (FOLD is IGNORABLE). */
export const IGN = 0x10;

export interface ComputedTables {
  fold: Uint16Array;
  char: Uint8Array;
}

export const IGNORABLE_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x0300, 0x036f], // combining diacritics (decomposed accents, stress marks)
  [0x034f, 0x034f],
  [0x0483, 0x0489], // Cyrillic combining marks
  [0x0591, 0x05bd], // Hebrew cantillation and points
  [0x05bf, 0x05bf],
  [0x05c1, 0x05c2],
  [0x05c4, 0x05c5],
  [0x05c7, 0x05c7],
  [0x0610, 0x061a], // Arabic honorifics and small marks
  [0x061c, 0x061c], // Arabic letter mark
  [0x0640, 0x0640], // tatweel
  [0x064b, 0x065f], // harakat, shadda, sukun
  [0x0670, 0x0670], // superscript alef
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08e1],
  [0x08e3, 0x08ff],
  [0x093c, 0x093c], // Devanagari nukta (ज़ = ज)
  [0x09bc, 0x09bc],
  [0x0a3c, 0x0a3c],
  [0x0abc, 0x0abc],
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x206f], // bidi isolates
  [0x20d0, 0x20ff],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe20, 0xfe2f],
  [0xfeff, 0xfeff], // BOM / ZWNBSP
  [0xffa0, 0xffa0],
];

export const SEPARATORS = [
  // whitespace
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  // hyphens and dashes used inside compound names (Kassym-Jomart, ב־), Hebrew maqaf
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0x05be, 0xfe63, 0xff0d,
  // double quotes that split a name (منظمة "شنغهاي" للتعاون), gershayim
  0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x05f4, 0xff02, 0x2039, 0x203a,
  // middle dots and Japanese double hyphen between the parts of a foreign name (托卡耶夫·, カシム＝ジョマルト)
  0xb7, 0x30fb, 0xff65, 0x2027, 0x30a0, 0xff1d,
];

export const APOSTROPHES = [0x27, 0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0x02bb, 0x02bd, 0x60, 0xb4, 0x1ffd, 0x05f3, 0xff07, 0x02b9]; // U+1FFD is U+00B4 (NFC)

/** Letters folded beyond what Unicode decomposition and lower-casing do. */
export const EXTRA: Record<string, string> = {
  // Arabic script: alef wasla, ya forms, kaf forms, heh and ta marbuta forms, veh
  'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ۍ': 'ي', 'ې': 'ي', 'ے': 'ي', 'ک': 'ك', 'ڪ': 'ك',
  'ة': 'ه', 'ۃ': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه', 'ڤ': 'ف',
  // Hebrew final letters
  'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ',
  // Greek final sigma, Turkic dotless i, Latin letters without a decomposition
  'ς': 'σ', 'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h',
};

/** Ranges where decomposition + lower-casing is computed (elsewhere a char folds to itself). */
const COMPUTED_RANGES: readonly [number, number][] = [
  [0x0041, 0x024f],
  [0x1e00, 0x1eff],
  [0x0370, 0x03ff],
  [0x1f00, 0x1fff],
  [0x0400, 0x052f],
  [0x0531, 0x0587],
  [0x10a0, 0x10ff],
  [0x1c90, 0x1cbf],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x0958, 0x095f],
  [0x09dc, 0x09df],
  [0x0a59, 0x0a5e],
  [0xfb1d, 0xfb4f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
  [0xff01, 0xff5e],
  [0xff61, 0xff9f],
  [0xf900, 0xfad9], // CJK compatibility ideographs: the same characters as the unified ones
];

/** The fold and char tables computed from Unicode (normalize, toLowerCase, \\p{L}): 10-25 ms in a fresh page. */
export function computeFoldTables(): ComputedTables {
  const fold = new Uint16Array(0x10000);
  for (let i = 0; i < 0x10000; i++) fold[i] = i;
  const extra = new Map<number, number>();
  for (const [from, to] of Object.entries(EXTRA)) extra.set(from.charCodeAt(0), to.charCodeAt(0));
  const ignorable = new Uint8Array(0x10000);
  for (const [lo, hi] of IGNORABLE_RANGES) ignorable.fill(1, lo, hi + 1);

  // Decompose and lower-case every char of the computed ranges in one call each: a
  // control char between them stops canonical reordering from moving marks across.
  const codes: number[] = [];
  for (const [lo, hi] of COMPUTED_RANGES) for (let c = lo; c <= hi; c++) codes.push(c);
  const pieces = fromCodes(codes).split('').join('\u0001').normalize('NFKD').toLowerCase().split('\u0001');
  codes.forEach((c, i) => {
    const s = pieces[i]!;
    let out = -1;
    for (let k = 0; k < s.length; k++) {
      const u = s.charCodeAt(k);
      if (ignorable[u]) continue;
      if (out !== -1) {
        out = -2; // folds to several letters (ligatures): keep the char itself
        break;
      }
      out = u;
    }
    if (out === -1) fold[c] = IGNORABLE;
    else if (out >= 0) fold[c] = extra.get(out) ?? out;
  });
  for (const [from, to] of extra) fold[from] = to;
  for (const [lo, hi] of IGNORABLE_RANGES) fold.fill(IGNORABLE, lo, hi + 1);
  for (const c of SEPARATORS) fold[c] = SEPARATOR;
  for (const c of APOSTROPHES) fold[c] = APOSTROPHE;
  // Fold all the way, so folding is idempotent and canonically equivalent text folds
  // alike: ano teleia (U+0387) decomposes to a middle dot, which is a separator.
  for (const c of codes) {
    let f = fold[c]!;
    for (let k = 0; k < 4 && fold[f] !== f; k++) f = fold[f]!;
    fold[c] = f;
  }

  // Word characters: letters and marks of the scripts the detector knows; big blocks that
  // are all letters are filled, the rest found as runs by one regex pass per range.
  const char = new Uint8Array(0x10000);
  const letterRun = /[\p{L}\p{M}]+/gu;
  for (const [lo, hi, script] of SCRIPT_RANGES) {
    if (hi - lo > 2000) {
      char.fill(script, lo, hi + 1);
      continue;
    }
    const run: number[] = [];
    for (let c = lo; c <= hi; c++) run.push(c);
    for (const m of fromCodes(run).matchAll(letterRun)) char.fill(script, lo + m.index, lo + m.index + m[0].length);
  }
  for (const [lo, hi] of IGNORABLE_RANGES) char.fill(IGN, lo, hi + 1);
  for (const c of SEPARATORS) char[c] = 0;
  for (const c of APOSTROPHES) char[c] = 0;
  // Presentation forms that decompose to marks alone (ﹱ tatweel with fathatan) are
  // ignorables, and to a space plus marks (ﹰ) separators: their flags agree with their fold.
  for (const c of codes) {
    if (fold[c] === IGNORABLE) char[c] = IGN;
    else if (fold[c] === SEPARATOR || fold[c] === APOSTROPHE) char[c] = 0;
  }

  return { fold, char };
}

const CASED_RANGES: readonly [number, number][] = [
  [0x0041, 0x024f],
  [0x1e00, 0x1eff],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
  [0xff21, 0xff5a],
  [0x0370, 0x03ff],
  [0x1f00, 0x1fff],
  [0x0400, 0x052f],
  [0xa640, 0xa69f],
  [0x0531, 0x0587],
  [0x10a0, 0x10ff],
  [0x1c90, 0x1cbf],
];

/** Letter case per code unit, from Unicode: 0 none, 1 lower, 2 upper. */
export function computeCaseTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const codes: number[] = [];
  for (const [lo, hi] of CASED_RANGES) for (let c = lo; c <= hi; c++) codes.push(c);
  const joined = fromCodes(codes).split('').join('\u0001');
  const lower = joined.toLowerCase().split('\u0001');
  const upper = joined.toUpperCase().split('\u0001');
  codes.forEach((c, i) => {
    const ch = String.fromCharCode(c);
    if (lower[i] !== upper[i]) table[c] = ch === lower[i] ? 1 : 2;
  });
  return table;
}

export function fromCodes(codes: readonly number[]): string {
  let s = '';
  for (let k = 0; k < codes.length; k += 4096) s += String.fromCharCode(...codes.slice(k, k + 4096));
  return s;
}

