/**
 * Decides whether a trie hit [start, end) is a mention, and where it ends:
 * letter case for abbreviations, what may be glued after it (per script),
 * and the context rules of the entity data. Runs only on trie hits, so it
 * favours clarity over speed.
 */
import { caseOf, SYM_IGN, SYM_SEP, type CompiledLexicon, type Rule } from './compile-lexicon';
import { isEndingChain } from './endings';
import { APOSTROPHE, foldTables, IGN, IGNORABLE, SCRIPT_MASK, SEPARATOR } from './fold';
import { MAX_MENTION_LENGTH } from './limits';
import { MAX_ENDING_LETTERS, SCRIPT_RULES, type ScriptId } from './scripts';

/** The end of the mention (after glued endings), or -1 when the hit is not a mention. Guard excluded. */
export function mentionEnd(lx: CompiledLexicon, text: string, rule: Rule, start: number, end: number): number {
  if (rule.casePattern !== null && !caseMatches(text, start, end, rule.casePattern)) return -1;
  if (rule.capitalized && caseOf(text[start]!) !== 'U') return -1;
  const script = rule.endScript;
  const rules = SCRIPT_RULES[script];
  let stop = end;
  if (rules.substring) {
    if (rules.ownRun && (scriptBefore(lx, text, start) === script || scriptAfter(lx, text, end) === script)) return -1;
  } else if (script) {
    const { fold } = foldTables();
    let folded = '';
    for (let k = end; k < text.length; k++) {
      const f = lx.flags[text.charCodeAt(k)]!;
      if (f & IGN) continue;
      if ((f & SCRIPT_MASK) !== script) break;
      if (folded.length >= MAX_ENDING_LETTERS) return -1; // a longer word, not an inflected name
      folded += String.fromCharCode(fold[text.charCodeAt(k)]!);
      stop = k + 1;
    }
    if (folded) {
      // An abbreviation takes only lower-case suffixes of two letters or more (ШКУнун, ShHTga; not SCOs).
      if (rule.noEndings) return -1;
      if (rule.abbreviation && (folded.length < 2 || !isLowerRun(text, end, stop))) return -1;
      if (!isEndingChain(lx.endings[script], folded)) return -1;
      if (rules.detachedEndings) stop = end;
    } else if (rule.needsEnding) return -1;
  }
  // Combining marks after the last letter belong to it (कज़ाख़, توكاييفَ); invisible controls do not.
  while (stop < text.length && lx.flags[text.charCodeAt(stop)]! & IGN && COMBINING.test(text[stop]!)) stop++;
  if (stop - start > MAX_MENTION_LENGTH) return -1;
  if (rule.notFollowedBy && anyFollows(lx, text, stop, rule.notFollowedBy)) return -1;
  if (rule.requireFollowedBy && !anyFollows(lx, text, stop, rule.requireFollowedBy)) return -1;
  if (rule.notPrecededBy && anyPrecedes(lx, text, start, rule.notPrecededBy)) return -1;
  if (rule.requirePrecededBy && !anyPrecedes(lx, text, start, rule.requirePrecededBy)) return -1;
  if (rule.notBeside && besideAny(lx, text, start, stop, rule.notBeside)) return -1;
  return stop;
}

/** How far (chars) a code may stand from the match, with only digits, spaces and punctuation between. */
const BESIDE_GAP = 12;

/** One of `codes`, written exactly so and a whole word, is the nearest word on either side within BESIDE_GAP non-letters. */
function besideAny(lx: CompiledLexicon, text: string, start: number, stop: number, codes: readonly string[]): boolean {
  const isLetter = (k: number) => (lx.flags[text.charCodeAt(k)]! & SCRIPT_MASK) !== 0;
  let k = start - 1;
  while (k >= 0 && start - k <= BESIDE_GAP && !isLetter(k)) k--;
  if (k >= 0 && isLetter(k)) {
    let from = k;
    while (from > 0 && isLetter(from - 1)) from--;
    if (codes.includes(text.slice(from, k + 1))) return true;
  }
  k = stop;
  while (k < text.length && k - stop < BESIDE_GAP && !isLetter(k)) k++;
  if (k < text.length && isLetter(k)) {
    let to = k;
    while (to < text.length && isLetter(to)) to++;
    if (codes.includes(text.slice(k, to))) return true;
  }
  return false;
}

function isLowerRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (caseOf(text[k]!) === 'U') return false;
  return true;
}

const COMBINING = /\p{M}/u;

/** Letter case of the text equals the pattern ('U', 'l', '.'), letter by letter. */
function caseMatches(text: string, start: number, end: number, pattern: string): boolean {
  const { fold } = foldTables();
  let p = 0;
  for (let k = start; k < end; k++) {
    const f = fold[text.charCodeAt(k)]!;
    if (f === IGNORABLE || f === SEPARATOR || f === APOSTROPHE) continue;
    const want = pattern[p++];
    if (want === undefined) return false;
    if (want !== '.' && caseOf(text[k]!) !== want) return false;
  }
  return p === pattern.length;
}

/** Script of the nearest non-ignorable char before `pos` if it is a letter, else 0. */
export function scriptBefore(lx: CompiledLexicon, text: string, pos: number): ScriptId | 0 {
  for (let k = pos - 1; k >= 0; k--) {
    const f = lx.flags[text.charCodeAt(k)]!;
    if (f & IGN) continue;
    return (f & SCRIPT_MASK) as ScriptId;
  }
  return 0;
}

/** Script of the nearest non-ignorable char at or after `pos` if it is a letter, else 0. */
export function scriptAfter(lx: CompiledLexicon, text: string, pos: number): ScriptId | 0 {
  for (let k = pos; k < text.length; k++) {
    const f = lx.flags[text.charCodeAt(k)]!;
    if (f & IGN) continue;
    return (f & SCRIPT_MASK) as ScriptId;
  }
  return 0;
}

/** One of the folded `words` follows `pos`; words whose first letter differs from the text's are skipped cheaply. */
function anyFollows(lx: CompiledLexicon, text: string, pos: number, words: readonly string[]): boolean {
  const { fold } = foldTables();
  let k = pos;
  while (k < text.length && isGap(fold[text.charCodeAt(k)]!)) k++;
  if (k >= text.length) return false;
  const first = fold[text.charCodeAt(k)]!;
  for (const w of words) if (w.charCodeAt(0) === first && followedBy(lx, text, pos, w)) return true;
  return false;
}

/** One of the folded `words` precedes `pos`. */
function anyPrecedes(lx: CompiledLexicon, text: string, pos: number, words: readonly string[]): boolean {
  const { fold } = foldTables();
  let k = pos - 1;
  while (k >= 0 && isGap(fold[text.charCodeAt(k)]!)) k--;
  if (k < 0) return false;
  const last = fold[text.charCodeAt(k)]!;
  for (const w of words) if (w.charCodeAt(w.length - 1) === last && precededBy(lx, text, pos, w)) return true;
  return false;
}

/**
 * The folded words `w` stand right after `pos` (separators allowed before
 * and between them), ending at a word boundary when `w` ends with a letter.
 */
export function followedBy(lx: CompiledLexicon, text: string, pos: number, w: string): boolean {
  const { fold } = foldTables();
  let k = pos;
  while (k < text.length && isGap(fold[text.charCodeAt(k)]!)) k++;
  for (let i = 0; i < w.length; i++) {
    const want = w.charCodeAt(i);
    if (want === SEPARATOR) {
      const before = k;
      while (k < text.length && isGap(fold[text.charCodeAt(k)]!)) k++;
      if (k === before) return false;
      continue;
    }
    while (k < text.length && fold[text.charCodeAt(k)] === IGNORABLE) k++;
    if (k >= text.length || fold[text.charCodeAt(k)] !== want) return false;
    k++;
  }
  const lastScript = lx.flags[w.charCodeAt(w.length - 1)]! & SCRIPT_MASK;
  return !lastScript || SCRIPT_RULES[lastScript as ScriptId].substring || scriptAfter(lx, text, k) !== lastScript;
}

/** The folded words `w` stand right before `pos`, starting at a word boundary when `w` starts with a letter. */
export function precededBy(lx: CompiledLexicon, text: string, pos: number, w: string): boolean {
  const { fold } = foldTables();
  let k = pos - 1;
  while (k >= 0 && isGap(fold[text.charCodeAt(k)]!)) k--;
  for (let i = w.length - 1; i >= 0; i--) {
    const want = w.charCodeAt(i);
    if (want === SEPARATOR) {
      const before = k;
      while (k >= 0 && isGap(fold[text.charCodeAt(k)]!)) k--;
      if (k === before) return false;
      continue;
    }
    while (k >= 0 && fold[text.charCodeAt(k)] === IGNORABLE) k--;
    if (k < 0 || fold[text.charCodeAt(k)] !== want) return false;
    k--;
  }
  const firstScript = lx.flags[w.charCodeAt(0)]! & SCRIPT_MASK;
  return !firstScript || SCRIPT_RULES[firstScript as ScriptId].substring || scriptBefore(lx, text, k + 1) !== firstScript;
}

function isGap(f: number): boolean {
  return f === SEPARATOR || f === IGNORABLE;
}

/** [from, to) is exactly a name in the lexicon (any entity), ignoring the given-name rule. */
export function isNameSpan(lx: CompiledLexicon, text: string, from: number, to: number): boolean {
  const { base, check, info, outputs } = lx.trie;
  let node = 0;
  let spaced = false;
  for (let j = from; j < to; j++) {
    const sym = lx.sym[text.charCodeAt(j)]!;
    if (sym === SYM_IGN) continue;
    if (sym === SYM_SEP) {
      if (spaced) continue; // a run of separators is one symbol, as in the trie
      spaced = true;
    } else if (sym === 0) return false;
    else spaced = false;
    const t = base[node]! + sym;
    if (check[t] !== node) return false;
    node = t;
    const ptr = info[t]! >> 1;
    if (!ptr) continue;
    for (let r = 0; r < outputs[ptr]!; r++) {
      const rule = lx.rules[outputs[ptr + 1 + r]!]!;
      if (mentionEnd(lx, text, rule, from, j + 1) === to) return true;
    }
  }
  return false;
}
