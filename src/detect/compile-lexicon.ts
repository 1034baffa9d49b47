/**
 * LexiconEntry[] -> the tables the scanner runs on. Each alias is folded,
 * split into words, each word reduced to its stem where its script inflects
 * by replacing endings, and inserted into one trie; the rules that decide
 * whether a trie hit is a mention (endings, case, context, the given-name
 * rule) are attached to the terminal node as small Rule records.
 */
import { foldString, foldTables, IGNORABLE, ignorableRanges, SCRIPT_MASK, SEPARATOR } from './fold';
import type { DetectRules, LexiconEntry } from './lexicon-types';
import { casePatternOf, isAbbreviation } from './case';
import { EndingSet, isEndingChain } from './endings';
import { buildPrefixes } from './prefixes';
import { MIN_STEM, SCRIPT_RULES, type ScriptId, Script } from './scripts';
import { type DoubleArray, INNER, TrieBuilder } from './trie';
import { validateLexiconEntry } from './validate';

/** Symbol ids: 0 = not in any alias (ends a walk), 1 = separator, 2 = ignorable (skipped), 3.. = letters. */
export const SYM_NONE = 0;
export const SYM_SEP = 1;
export const SYM_IGN = 2;
const FIRST_LETTER_SYM = 3;

/** Scan flags per code unit, above the script bits and IGN of fold.ts. */
export const START = 0x20; // an alias or a clitic prefix can start with it (word-start scripts)
export const SSTART = 0x40; // an alias starts with it in a script without spaces: try at every position
export const PFX = 0x80; // a clitic prefix starts with it

/** A set of folded words plus the stems they lose endings to. */
export type NameSet = ReadonlySet<string>;

export interface Guard {
  own: NameSet;
  others: NameSet;
  titles: NameSet;
}

export interface Rule {
  entity: number;
  /** The alias as written in the data (for debugging and messages). */
  alias: string;
  /** Letter case the text must have, one char per letter: 'U' upper, 'l' lower, '.' caseless; null = any case. */
  casePattern: string | null;
  capitalized: boolean;
  /** The last word was reduced to a stem: an ending must follow. */
  needsEnding: boolean;
  /** Nothing may be glued after it (case-sensitive aliases other than abbreviations). */
  noEndings: boolean;
  /** All capitals (SCO, ШОС): only lower-case suffixes of two letters or more may be glued (ШКУнун). */
  abbreviation: boolean;
  /** Script of the last letter: whose ending rules apply. */
  endScript: ScriptId;
  notFollowedBy: string[] | null;
  notPrecededBy: string[] | null;
  /** Codes as written (not folded): see DetectRules.notBeside. */
  notBeside: string[] | null;
  requireFollowedBy: string[] | null;
  requirePrecededBy: string[] | null;
  /** Set on a person's one-word aliases: the given-name rule applies. */
  guard: Guard | null;
}

export interface CompiledLexicon {
  ids: string[];
  /** Symbol per code unit. */
  sym: Uint16Array;
  /** fold.ts CHAR bits | START | SSTART | PFX per code unit. */
  flags: Uint8Array;
  trie: DoubleArray;
  rules: Rule[];
  /** Per script id: its ending set, or null when nothing may be glued after a name. */
  endings: (EndingSet | null)[];
  /** Per code unit: 1 + index of the clitic prefix letter it is, or 0. */
  prefixLetter: Uint8Array;
  /** Clitic prefix trie: prefixNext[node * prefixLetters + letter] = child, or -1; root is node 0. */
  prefixNext: Int32Array;
  prefixLetters: number;
  /** 1 on prefix trie nodes that end a whole prefix. */
  prefixEnd: Uint8Array;
  /** Letters (folded) of aliases, for statistics. */
  alphabetSize: number;
  nodeCount: number;
}

export interface LexiconProblem {
  entity: string;
  field: string;
  message: string;
}

export class LexiconError extends Error {
  constructor(readonly problems: LexiconProblem[]) {
    super(`lexicon has ${problems.length} problem(s):\n${problems.map((p) => `  - entity "${p.entity}", ${p.field}: ${p.message}`).join('\n')}`);
    this.name = 'LexiconError';
  }
}

interface WordPlan {
  letters: string;
  /** A word inside a multi-word name that may carry an ending before the next word. */
  inner: boolean;
  stripped: boolean;
}

export interface CompileOptions {
  /**
   * The entries were validated already (the bundled lexicon, by the data
   * build): skip re-validating every alias, 7-10 ms of every page's start.
   */
  validated?: boolean;
}

export function compileLexicon(entries: readonly LexiconEntry[], options: CompileOptions = {}): CompiledLexicon {
  const problems: LexiconProblem[] = [];
  const seen = new Set<string>();
  for (const entry of options.validated ? [] : entries) {
    const id = typeof entry?.id === 'string' ? entry.id : '?';
    if (typeof entry?.id !== 'string' || !entry.id) problems.push({ entity: id, field: 'id', message: 'must be a non-empty string' });
    else if (seen.has(entry.id)) problems.push({ entity: id, field: 'id', message: 'appears twice in the lexicon' });
    seen.add(id);
    for (const issue of validateLexiconEntry(entry)) problems.push({ entity: id, ...issue });
  }
  if (problems.length) throw new LexiconError(problems);

  const { fold, char } = foldTables();
  const endings = buildEndings();
  const trie = new TrieBuilder();
  const symOfFolded = new Uint16Array(0x10000);
  let nextSym = FIRST_LETTER_SYM;
  const letters: number[] = []; // folded alias letters, in order of first use
  const symOf = (code: number): number => {
    if (code === SEPARATOR) return SYM_SEP;
    if (!symOfFolded[code]) {
      symOfFolded[code] = nextSym++;
      letters.push(code);
    }
    return symOfFolded[code]!;
  };
  const planCache = new Map<string, WordPlan[]>();
  const rules: Rule[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (rule: Rule): number => {
    // Same behaviour, same rule: aliases differing only in spelling share one record.
    const key = [
      rule.entity,
      rule.casePattern,
      rule.capitalized,
      rule.needsEnding,
      rule.noEndings,
      rule.abbreviation,
      rule.endScript,
      rule.guard ? 1 : 0,
      rule.notFollowedBy?.join('|'),
      rule.notPrecededBy?.join('|'),
      rule.notBeside?.join('|'),
      rule.requireFollowedBy?.join('|'),
      rule.requirePrecededBy?.join('|'),
    ].join('\u0000');
    const found = ruleIndex.get(key);
    if (found !== undefined) return found;
    rules.push(rule);
    ruleIndex.set(key, rules.length - 1);
    return rules.length - 1;
  };

  entries.forEach((entry, entityIndex) => {
    const detect = (entry.detect ?? {}) as DetectRules;
    const caseSensitive = new Set(detect.caseSensitive ?? []);
    const capitalized = new Set(detect.capitalized ?? []);
    const context = (key: keyof DetectRules, alias: string): string[] | null => {
      const map = detect[key] as Record<string, string[]> | undefined;
      const list = map?.[alias];
      return list ? list.map((w) => foldString(w.normalize('NFC'))) : null;
    };
    const guard = detect.givenNames ? buildGuard(detect) : null;

    const plain: string[] = [];
    const listed = new Set<string>();
    for (const list of Object.values(entry.aliases)) {
      for (const alias of list) {
        if (listed.has(alias)) continue;
        listed.add(alias);
        plain.push(alias);
      }
    }
    // A person's one-word aliases (surnames) are guarded by the given-name rule.
    const surnames = guard ? plain.filter((alias) => isOneWord(alias) && !isAbbreviation(alias) && !caseSensitive.has(alias)) : [];
    const surnameRules = new Map<string, number>();

    const ruleFor = (alias: string, plans: WordPlan[], exact: boolean, abbreviation: boolean, guarded: boolean): number => {
      const last = plans[plans.length - 1]!;
      return addRule({
        entity: entityIndex,
        alias,
        casePattern: exact ? casePatternOf(alias.normalize('NFC')) : null,
        capitalized: capitalized.has(alias),
        needsEnding: last.stripped,
        noEndings: exact && !abbreviation,
        abbreviation,
        endScript: (char[last.letters.charCodeAt(last.letters.length - 1)]! & SCRIPT_MASK) as ScriptId,
        notFollowedBy: context('notFollowedBy', alias),
        notPrecededBy: context('notPrecededBy', alias),
        notBeside: detect.notBeside?.[alias] ?? null,
        requireFollowedBy: context('requireFollowedBy', alias),
        requirePrecededBy: context('requirePrecededBy', alias),
        guard: guarded ? guard : null,
      });
    };

    for (const alias of plain) {
      const abbreviation = isAbbreviation(alias.normalize('NFC'));
      const exact = abbreviation || caseSensitive.has(alias);
      const plans = plansOf(alias, exact, false);
      const guarded = surnames.includes(alias);
      insert(plans, ruleFor(alias, plans, exact, abbreviation, guarded));
      if (guarded) surnameRules.set(alias, ruleFor(alias, plans, exact, abbreviation, false));
    }
    // Full names: each own given name joined to each surname of the same script, unguarded.
    for (const names of Object.values(detect.givenNames ?? {})) {
      for (const given of names) {
        const givenPlans = plansOf(given, false, true);
        const script = firstScript(given);
        for (const surname of surnames) {
          if (firstScript(surname) !== script) continue;
          insert([...givenPlans, ...plansOf(surname, false, false)], surnameRules.get(surname)!);
        }
      }
    }
  });

  /** Word plans of an alias (cached: given names and surnames recur in every full name). */
  function plansOf(alias: string, exact: boolean, lastInner: boolean): WordPlan[] {
    const key = `${alias}\u0000${exact}\u0000${lastInner}`;
    let plans = planCache.get(key);
    if (!plans) {
      const words = foldString(alias.normalize('NFC')).split(' ');
      plans = words.map((w, k) => planWord(w, lastInner || k < words.length - 1, exact, words.length > 1));
      planCache.set(key, plans);
    }
    return plans;
  }

  function insert(plans: WordPlan[], rule: number): void {
    for (const variant of joinVariants(plans)) {
      let node = 0;
      variant.forEach((plan, k) => {
        if (k > 0) node = trie.step(node, SYM_SEP);
        for (let i = 0; i < plan.letters.length; i++) node = trie.step(node, symOf(plan.letters.charCodeAt(i)));
        if (plan.inner) trie.mark(node, INNER);
      });
      trie.addOutput(node, rule);
    }
  }

  const alphabetSize = nextSym;
  const da = trie.build(alphabetSize);
  // Symbol and flag tables, filled through the inverse of the fold table: only
  // the code units that fold to an alias letter are touched (no 64K loop per compile).
  const { sources } = foldTables();
  const codesOf = (folded: number): number[] => {
    const list = sources.get(folded) ?? [];
    return fold[folded] === folded ? [folded, ...list] : list;
  };
  const sym = new Uint16Array(0x10000);
  for (const [lo, hi] of ignorableRanges()) sym.fill(SYM_IGN, lo, hi + 1);
  for (const c of sources.get(IGNORABLE) ?? []) sym[c] = SYM_IGN;
  for (const c of codesOf(SEPARATOR)) sym[c] = SYM_SEP;
  for (const f of letters) for (const c of codesOf(f)) sym[c] = symOfFolded[f]!;

  const flags = char.slice();
  const rootSyms = new Set(da.rootSymbols);
  for (const f of letters) {
    if (!rootSyms.has(symOfFolded[f]!)) continue;
    for (const c of codesOf(f)) {
      const script = (char[c]! & SCRIPT_MASK) as ScriptId;
      if (script) flags[c]! |= SCRIPT_RULES[script].substring ? SSTART : START;
    }
  }
  const { prefixNext, prefixEnd, letters: prefixChars } = buildPrefixes();
  const prefixLetter = new Uint8Array(0x10000);
  prefixChars.forEach(({ script, code, first }, index) => {
    for (const c of codesOf(code)) {
      if ((char[c]! & SCRIPT_MASK) !== script) continue;
      prefixLetter[c] = index + 1;
      if (first) flags[c]! |= PFX | START;
    }
  });
  return {
    ids: entries.map((e) => e.id),
    sym,
    flags,
    trie: da,
    rules,
    endings,
    prefixLetter,
    prefixNext,
    prefixLetters: prefixChars.length,
    prefixEnd,
    alphabetSize,
    nodeCount: trie.size,
  };

  function planWord(word: string, inner: boolean, exact: boolean, ofMany: boolean): WordPlan {
    const script = (char[word.charCodeAt(word.length - 1)]! & SCRIPT_MASK) as ScriptId;
    const rules = SCRIPT_RULES[script];
    let letters = word;
    let stripped = false;
    if (!exact && rules.strip && (inner || rules.stripLast || (ofMany && rules.stripLastOfMany))) {
      for (const end of stripList(script)) {
        // Strip only what the text can put back: an ending the script's set does not hold
        // (Cyrillic -о: сътрудничество) would leave the written form itself unmatched.
        if (word.endsWith(end) && word.length - end.length >= MIN_STEM && word.length >= MIN_STEM + 2 && isEndingChain(endings[script], end)) {
          letters = word.slice(0, -end.length);
          stripped = true;
          break;
        }
      }
    }
    return { letters, inner: inner && !exact && !!rules.innerEndings && !!rules.endings && word.length >= 4, stripped };
  }
}

const stripLists: (string[] | undefined)[] = [];

/** The script's strippable endings, folded, longest first. */
function stripList(script: ScriptId): string[] {
  return (stripLists[script] ??= (SCRIPT_RULES[script].strip ?? []).map((e) => foldString(e)).sort((a, b) => b.length - a.length));
}

/** The word plans, plus variants where a separator between two letters of a script without spaces is left out. */
function joinVariants(plans: WordPlan[]): WordPlan[][] {
  let variants: WordPlan[][] = [[plans[0]!]];
  for (let k = 1; k < plans.length; k++) {
    const next: WordPlan[][] = [];
    for (const v of variants) {
      next.push([...v, plans[k]!]);
      const prev = v[v.length - 1]!;
      if (isSubstringScript(prev.letters.charCodeAt(prev.letters.length - 1)) && isSubstringScript(plans[k]!.letters.charCodeAt(0)) && !prev.stripped) {
        next.push([...v.slice(0, -1), { letters: prev.letters + plans[k]!.letters, inner: plans[k]!.inner, stripped: plans[k]!.stripped }]);
      }
    }
    variants = next;
  }
  return variants;
}

function isSubstringScript(code: number): boolean {
  const script = (foldTables().char[code]! & SCRIPT_MASK) as ScriptId;
  return SCRIPT_RULES[script].substring;
}

function buildEndings(): (EndingSet | null)[] {
  const out: (EndingSet | null)[] = [];
  for (const [id, rules] of Object.entries(SCRIPT_RULES)) out[Number(id)] = rules.endings ? new EndingSet(rules.endings, !!rules.singleLetterLast) : null;
  return out;
}

function buildGuard(detect: DetectRules): Guard {
  const words = (map: Record<string, string[]> | undefined, all: boolean): Set<string> => {
    const set = new Set<string>();
    for (const list of Object.values(map ?? {})) {
      for (const name of list) {
        const parts = foldString(name.normalize('NFC')).split(' ');
        for (const w of all ? parts : parts.slice(-1)) addName(set, w);
      }
    }
    return set;
  };
  return { own: words(detect.givenNames, true), others: words(detect.otherGivenNames, false), titles: words(detect.titles, false) };
}

/** Adds a folded word and, where its script replaces endings, its stem. */
function addName(set: Set<string>, word: string): void {
  set.add(word);
  const script = (foldTables().char[word.charCodeAt(word.length - 1)]! & SCRIPT_MASK) as ScriptId;
  const rules = SCRIPT_RULES[script];
  if (!rules.strip || !rules.stripLast) return;
  for (const end of stripList(script)) {
    if (word.endsWith(end) && word.length - end.length >= MIN_STEM) set.add(word.slice(0, -end.length));
  }
}

function isOneWord(alias: string): boolean {
  return !foldString(alias.normalize('NFC')).includes(' ');
}



function firstScript(s: string): ScriptId {
  const folded = foldString(s.normalize('NFC'));
  return (foldTables().char[folded.charCodeAt(0)]! & SCRIPT_MASK) as ScriptId;
}

export { Script };
export { caseOf } from './case';
export { EndingSet, isEndingChain } from './endings';
