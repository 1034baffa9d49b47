/**
 * The given-name rule, for a person's surname matched alone ("Tokayev"):
 * the word directly before it (only spaces between) decides whether the
 * surname is someone else's.
 *
 *   1. one of the person's own given names or patronymic   -> him
 *   2. a listed given name of other people (any script)    -> someone else ("Ivan Tokayev", "إيفان توكاييف")
 *   3. in a cased script, a capitalised word               -> someone else ("met Marat Tokayev"),
 *      unless it is a listed title ("President", "Präsident"), a mention itself
 *      ("Kazakh Tokayev"), an initial, an all-capitals headline, a possessive
 *      ("Kazakhstan's Tokayev"), the first word of a sentence ("Yesterday Tokayev"),
 *      where capitals say nothing (rule 2 still catches "Ivan Tokayev said" there),
 *      or another surname ("Жапаров Токаев менен": Turkic word order puts the
 *      subject right before the object; surname endings are listed per script)
 *   4. anything else (lower-case word, punctuation, no word, a line break) -> him
 */
import { isNameSpan } from './boundaries';
import { caseOf, type CompiledLexicon, type Guard, type NameSet } from './compile-lexicon';
import { isEndingChain } from './endings';
import { APOSTROPHE, foldString, foldTables, IGN, IGNORABLE, SCRIPT_MASK, SEPARATOR } from './fold';
import { MAX_ENDING_LETTERS, SCRIPT_RULES, type ScriptId } from './scripts';

/** Punctuation after which the next word is not a sentence start. */
const MID_SENTENCE = new Set([',', '،', '、', '，', '&', '+', '٫']);

export function guardAllows(lx: CompiledLexicon, text: string, guard: Guard, start: number, end: number): boolean {
  const { fold } = foldTables();
  let k = start - 1;
  let gap = false;
  while (k >= 0) {
    const c = text.charCodeAt(k);
    const f = fold[c]!;
    if (f === IGNORABLE) k--;
    else if (f === SEPARATOR) {
      if (isLineBreak(c)) return true; // a word on the line before is not part of this name
      gap = true;
      k--;
    } else break;
  }
  if (!gap || k < 0) return true; // glued to a prefix or punctuation, or at the start: no word before it
  const script = (lx.flags[text.charCodeAt(k)]! & SCRIPT_MASK) as ScriptId;
  if (!script) return true;
  const wordEnd = k + 1;
  let wordStart = wordEnd;
  let word = '';
  for (let i = k; i >= 0; i--) {
    const c = text.charCodeAt(i);
    const f = lx.flags[c]!;
    if (f & IGN) continue;
    if ((f & SCRIPT_MASK) !== script) break;
    word = String.fromCharCode(fold[c]!) + word;
    wordStart = i;
    if (word.length > 40) return true; // not a name
  }
  const rules = SCRIPT_RULES[script];
  if (hasName(lx, guard.own, word, script)) return true;
  if (hasName(lx, guard.others, word, script)) return false;
  if (!rules.cased) return true;
  if (caseOf(text[wordStart]!) !== 'U') return true;
  if (word.length === 1) return true; // an initial
  if (allUpper(text, wordStart, wordEnd) && allUpper(text, start, end)) return true; // a headline
  if (hasName(lx, guard.titles, word, script)) return true;
  if (wordStart > 0 && fold[text.charCodeAt(wordStart - 1)] === APOSTROPHE) return true; // Kazakhstan's Tokayev
  if (sentenceStart(text, wordStart)) return true;
  if (surnameEndings(script).some((e) => word.length > e.length + 2 && word.endsWith(e))) return true; // Mirziyoyev Toʻqayev bilan
  if (isNameSpan(lx, text, wordStart, wordEnd)) return true;
  return false;
}

const prefixSets: (Set<string> | undefined)[] = [];

function prefixSet(script: ScriptId): Set<string> {
  return (prefixSets[script] ??= new Set((SCRIPT_RULES[script].prefixes ?? []).map((p) => foldString(p))));
}

const foldedSurnameEndings: (string[] | undefined)[] = [];

function surnameEndings(script: ScriptId): string[] {
  return (foldedSurnameEndings[script] ??= (SCRIPT_RULES[script].surnameEndings ?? []).map((e) => foldString(e)));
}

/** The folded word, minus a clitic prefix or plus inflection endings, is in the set. */
function hasName(lx: CompiledLexicon, set: NameSet, word: string, script: ScriptId): boolean {
  if (!set.size || !word) return false;
  if (set.has(word)) return true;
  const rules = SCRIPT_RULES[script];
  if (rules.substring) {
    for (const name of set) if (word.endsWith(name)) return true;
    return false;
  }
  const prefixes = prefixSet(script);
  for (let k = 1; k <= 4 && k < word.length - 1; k++) {
    if (prefixes.has(word.slice(0, k)) && set.has(word.slice(k))) return true;
  }
  const endings = lx.endings[script];
  for (let cut = 1; cut <= MAX_ENDING_LETTERS && cut < word.length - 1; cut++) {
    if (set.has(word.slice(0, -cut)) && isEndingChain(endings, word.slice(-cut))) return true;
  }
  return false;
}

function allUpper(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (caseOf(text[i]!) === 'l') return false;
  return true;
}

const DIGIT = /\p{N}/u;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0x1680;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Nothing but whitespace, a line break or sentence punctuation before `pos`. */
function sentenceStart(text: string, pos: number): boolean {
  const { fold } = foldTables();
  for (let k = pos - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    const f = fold[c]!;
    if (f === IGNORABLE) continue;
    if (isLineBreak(c)) return true;
    if (f === SEPARATOR && c !== 0x2d && c !== 0x2010 && c !== 0x2011) {
      if (isSpace(c)) continue;
      return true; // an opening quote, a dash
    }
    if (foldTables().char[c]! & SCRIPT_MASK || DIGIT.test(text[k]!)) return false;
    return !MID_SENTENCE.has(text[k]!);
  }
  return true;
}
