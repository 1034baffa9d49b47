/**
 * Cross-script entity expansion: a query that names an entity in any script or
 * spelling (Tokayev, Tokaev, Токаев, توكاييف) also searches for every other
 * name and alias of that entity, so English "Tokayev" finds Arabic paragraphs
 * that write توكاييف.
 *
 * Entity names are a few hundred short strings, which is what fuse.js is good
 * at: its Bitap matcher forgives typos and inflection (Токаева, Шанхайской
 * организации) that an exact lookup would miss. Three checks keep it from
 * matching fragments or swallowing neighbours: the query span must start at a
 * word of the alias ("stan" is not Kazakhstan), cover at least half of it
 * ("Shanghai" alone is a city, not the SCO), and every word of the span must
 * be a word of the alias give or take a clitic or two edits ("Tokayev 41"
 * is Tokayev and a number, not a longer name). That last check runs first,
 * on memoised words, and picks the handful of aliases fuse.js then scores, so
 * a keystroke costs a fraction of a millisecond with a thousand aliases.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { stemsOf } from './clitics';
import { fold } from './normalize';
import { tokenizeFolded } from './tokenize';

/** What expansion reads of an entity: any object with these fields (the store's Entity fits). */
export interface EntityInput {
  readonly id: string;
  readonly names?: Readonly<Record<string, string>>;
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

export interface EntitySpan {
  /** Query term indexes [start, end). */
  readonly start: number;
  readonly end: number;
  readonly entities: readonly string[];
}

interface AliasEntry {
  readonly entity: string;
  /** Folded alias, terms joined by one space. */
  readonly text: string;
  readonly terms: readonly string[];
}

/** Longest alias (in terms) that a query span is compared with. */
const MAX_SPAN_TERMS = 6;
/** Fuse score (0 exact, 1 nothing alike) at most accepted. */
const THRESHOLD = 0.3;
/** Shortest query span compared fuzzily; 3-letter spans (SCO, ШОС) must equal an alias. */
const MIN_FUZZY_SPAN = 4;
const MIN_COVERAGE = 0.5;
const MEMO_LIMIT = 2_000;

const FUSE_OPTIONS: IFuseOptions<AliasEntry> = {
  keys: ['text'],
  includeScore: true,
  includeMatches: true,
  threshold: THRESHOLD,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true, // already folded
  shouldSort: true,
};

/** A distinct word of the aliases, with the entries (alias spellings) that use it. */
interface AliasWord {
  /** The word and its clitic stems. */
  readonly forms: readonly string[];
  readonly entries: number[];
}

export class EntityMatcher {
  private readonly entries: AliasEntry[] = [];
  private readonly exact = new Map<string, string[]>();
  private readonly aliasTerms = new Map<string, string[][]>();
  /** Alias words per script: a Latin query word is only compared with Latin alias words. */
  private readonly words = new Map<string, AliasWord[]>();
  private readonly memo = new Map<string, readonly string[]>();
  private readonly wordMemo = new Map<string, ReadonlySet<number>>();

  constructor(entities: readonly EntityInput[]) {
    const seen = new Set<string>();
    for (const entity of entities) {
      if (!entity || typeof entity.id !== 'string') continue;
      const spellings = [
        ...Object.values(entity.names ?? {}),
        ...Object.values(entity.aliases ?? {}).flatMap((list) => (Array.isArray(list) ? list : [])),
      ];
      const lists: string[][] = [];
      for (const spelling of spellings) {
        if (typeof spelling !== 'string') continue;
        const terms = tokenizeFolded(fold(spelling)).map((t) => t.term);
        if (!terms.length) continue;
        const text = terms.join(' ');
        const key = `${entity.id}\u0000${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        lists.push(terms);
        this.entries.push({ entity: entity.id, text, terms });
        const ids = this.exact.get(text) ?? [];
        if (!ids.includes(entity.id)) ids.push(entity.id);
        this.exact.set(text, ids);
      }
      if (lists.length) this.aliasTerms.set(entity.id, [...(this.aliasTerms.get(entity.id) ?? []), ...lists]);
    }
    const byText = new Map<string, AliasWord>();
    this.entries.forEach((entry, e) => {
      for (const term of entry.terms) {
        let word = byText.get(term);
        if (!word) {
          word = { forms: [term, ...stemsOf(term)], entries: [] };
          byText.set(term, word);
          const script = scriptOf(term);
          const list = this.words.get(script);
          if (list) list.push(word);
          else this.words.set(script, [word]);
        }
        if (!word.entries.includes(e)) word.entries.push(e);
      }
    });
  }

  get size(): number {
    return this.aliasTerms.size;
  }

  /** Every spelling of an entity, as lists of folded terms. */
  aliasesOf(entity: string): readonly string[][] {
    return this.aliasTerms.get(entity) ?? [];
  }

  /** Entities a folded span ("term term") names; `typing`: its last word may be unfinished. */
  match(span: string, typing = false): readonly string[] {
    const key = typing ? `${span}\u0001` : span;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const found = this.matchUncached(span, typing);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, found);
    return found;
  }

  /** Non-overlapping spans of `terms` that name entities, longest spans first. */
  spans(terms: readonly string[], lastIsPrefix = false): EntitySpan[] {
    const taken = new Array<boolean>(terms.length).fill(false);
    const spans: EntitySpan[] = [];
    for (let size = Math.min(MAX_SPAN_TERMS, terms.length); size >= 1; size--) {
      for (let start = 0; start + size <= terms.length; start++) {
        let free = true;
        for (let k = start; k < start + size; k++) free &&= !taken[k];
        if (!free) continue;
        const typing = lastIsPrefix && start + size === terms.length;
        const entities = this.match(terms.slice(start, start + size).join(' '), typing);
        if (!entities.length) continue;
        spans.push({ start, end: start + size, entities });
        for (let k = start; k < start + size; k++) taken[k] = true;
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  }

  /**
   * Exact aliases first. Otherwise every word of the span must be a word of
   * the alias, give or take a clitic or an edit or two ("Tokayev 41" is
   * Tokayev and a number, not a longer name); this cheap word test also picks
   * the few aliases fuse.js then scores as whole strings.
   */
  private matchUncached(span: string, typing: boolean): readonly string[] {
    const exact = this.exact.get(span);
    if (exact) return exact;
    if (span.length < MIN_FUZZY_SPAN) return [];
    const spanTerms = span.split(' ');
    let candidates: Set<number> | undefined;
    spanTerms.forEach((term, i) => {
      const own = this.entriesWithWord(term, typing && i === spanTerms.length - 1);
      candidates = candidates ? new Set([...candidates].filter((e) => own.has(e))) : new Set(own);
    });
    const entries = [...(candidates ?? [])]
      .map((e) => this.entries[e]!)
      .filter((entry) => span.length >= MIN_COVERAGE * entry.text.length);
    if (!entries.length) return [];
    const found: string[] = [];
    for (const result of new Fuse(entries, FUSE_OPTIONS).search(span)) {
      const { entity, text } = result.item;
      if ((result.score ?? 1) > THRESHOLD || found.includes(entity)) continue;
      const starts = (result.matches ?? []).flatMap((m) => m.indices.map(([s]) => s));
      if (!starts.length || !startsAtWord(text, Math.min(...starts))) continue;
      found.push(entity);
    }
    return found;
  }

  /** Alias entries that contain a word like `term` (memoised: a query repeats its words in many spans). */
  private entriesWithWord(term: string, typing: boolean): ReadonlySet<number> {
    const key = typing ? `${term}\u0001` : term;
    const hit = this.wordMemo.get(key);
    if (hit) return hit;
    const found = new Set<number>();
    const forms = [term, ...stemsOf(term)];
    for (const word of this.words.get(scriptOf(term)) ?? []) {
      if (formsAlike(forms, word.forms, typing)) for (const e of word.entries) found.add(e);
    }
    if (this.wordMemo.size >= MEMO_LIMIT) this.wordMemo.clear();
    this.wordMemo.set(key, found);
    return found;
  }
}

/** Same word give or take clitics, inflection or a typo; `typing` also accepts a prefix of it. */
function formsAlike(query: readonly string[], alias: readonly string[], typing: boolean): boolean {
  for (const q of query) {
    for (const a of alias) {
      if (q === a) return true;
      if (typing && q.length >= 3 && a.startsWith(q)) return true;
      const longest = Math.max(q.length, a.length);
      const allowed = longest >= 8 ? 2 : longest >= 4 ? 1 : 0;
      if (allowed && Math.abs(q.length - a.length) <= allowed && withinEdits(q, a, allowed)) return true;
    }
  }
  return false;
}

/** Levenshtein distance of a and b is at most `max` (short strings only). */
function withinEdits(a: string, b: string, max: number): boolean {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/** Script of a folded string's first character: a coarse Unicode block name. */
function scriptOf(text: string): string {
  const u = text.charCodeAt(0);
  if (u < 0x0250) return 'latin';
  if (u >= 0x0370 && u < 0x0400) return 'greek';
  if (u >= 0x0400 && u < 0x0530) return 'cyrillic';
  if (u >= 0x0590 && u < 0x0600) return 'hebrew';
  if (u >= 0x0600 && u < 0x0780) return 'arabic';
  if (u >= 0x1e00 && u < 0x1f00) return 'latin';
  return `u${u >> 8}`;
}

/** True when `index` is a word start of `text`, or one letter after it (a typo in the first letter). */
function startsAtWord(text: string, index: number): boolean {
  if (index === 0 || text[index - 1] === ' ') return true;
  return index === 1 || text[index - 2] === ' ';
}
