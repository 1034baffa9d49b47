/**
 * The folding table: one entry per UTF-16 code unit, so the scanner reads the
 * ORIGINAL text and folds each char with one array load (offsets need no map
 * back). Folding makes spellings that writers use interchangeably equal:
 * case, accents, Arabic alef/hamza/ya/kaf/ta-marbuta forms, Hebrew final
 * letters, Greek final sigma, Turkic dotless i, apostrophe and hyphen and
 * quote variants. Invisible characters (vowel points, tatweel, soft hyphen,
 * zero-width and bidi controls) fold to IGNORABLE and are skipped.
 *
 * The tables are computed from Unicode data in fold-rules.ts and ship
 * precomputed (fold-data.ts): decoded once per process in well under a
 * millisecond, shared by every detector.
 */
import { decodeCaseTable, decodeFoldTables, forEachFolded } from './fold-codec';
import { FOLD_DATA } from './fold-data';
import { IGNORABLE, IGNORABLE_RANGES, SCRIPT_MASK, SEPARATOR } from './fold-rules';
import { type ScriptId, Script } from './scripts';

export { APOSTROPHE, IGN, IGNORABLE, SCRIPT_MASK, SEPARATOR } from './fold-rules';

export interface FoldTables {
  /** Folded code unit per code unit (IGNORABLE, SEPARATOR, APOSTROPHE or a letter/other char). */
  fold: Uint16Array;
  /** Script id of word characters, plus IGN. */
  char: Uint8Array;
  /** Folded code unit -> the other code units that fold to it (the inverse of `fold`, identity left out). */
  sources: Map<number, number[]>;
}

let tables: FoldTables | undefined;

export function foldTables(): FoldTables {
  return (tables ??= withSources(decodeFoldTables(FOLD_DATA)));
}

/** Adds the inverse of `fold`: for each folded unit, the other units that fold to it (only the units the runs moved). */
function withSources({ fold, char }: { fold: Uint16Array; char: Uint8Array }): FoldTables {
  const sources = new Map<number, number[]>();
  forEachFolded(FOLD_DATA, (c) => {
    const f = fold[c]!;
    if (f === c) return;
    const list = sources.get(f);
    if (list) list.push(c);
    else sources.set(f, [c]);
  });
  return { fold, char, sources };
}

let cases: Uint8Array | undefined;

/** Letter case per code unit: 0 none, 1 lower, 2 upper. Decoded on first use (only mention checks need it). */
export function caseTable(): Uint8Array {
  return (cases ??= decodeCaseTable(FOLD_DATA));
}

/** Ranges of code units that fold to IGNORABLE. */
export function ignorableRanges(): readonly (readonly [number, number])[] {
  return IGNORABLE_RANGES;
}

/** Folds a string the way the scanner folds text: ignorables dropped, separator runs collapsed to one space, trimmed. */
export function foldString(s: string): string {
  const { fold } = foldTables();
  let out = '';
  let space = true; // drops leading separators
  for (let i = 0; i < s.length; i++) {
    const f = fold[s.charCodeAt(i)]!;
    if (f === IGNORABLE) continue;
    if (f === SEPARATOR) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    out += String.fromCharCode(f);
    space = false;
  }
  return space && out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** Script of the code unit if it is a word character (letter or mark), else Script.None. */
export function wordScript(code: number): ScriptId {
  return (foldTables().char[code]! & SCRIPT_MASK) as ScriptId;
}

export { Script };
