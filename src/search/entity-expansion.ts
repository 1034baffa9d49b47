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
 * is Tokayev and a number, not a longer name).
 */
import Fuse from 'fuse.js';
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
const MAX_SPAN_TERMS = 4;
/** Fuse score (0 exact, 1 nothing alike) at most accepted. */
const THRESHOLD = 0.3;
/** Shortest query span compared fuzzily; 3-letter spans (SCO, ШОС) must equal an alias. */
const MIN_FUZZY_SPAN = 4;
const MIN_COVERAGE = 0.5;
const MEMO_LIMIT = 2_000;

export class EntityMatcher {
  private readonly fuse: Fuse<AliasEntry>;
  private readonly exact = new Map<string, string[]>();
  private readonly aliasTerms = new Map<string, string[][]>();
  private readonly memo = new Map<string, readonly string[]>();

  constructor(entities: readonly EntityInput[]) {
    const entries: AliasEntry[] = [];
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
        entries.push({ entity: entity.id, text, terms });
        const ids = this.exact.get(text) ?? [];
        if (!ids.includes(entity.id)) ids.push(entity.id);
        this.exact.set(text, ids);
      }
      if (lists.length) this.aliasTerms.set(entity.id, [...(this.aliasTerms.get(entity.id) ?? []), ...lists]);
    }
    this.fuse = new Fuse(entries, {
      keys: ['text'],
      includeScore: true,
      includeMatches: true,
      threshold: THRESHOLD,
      ignoreLocation: true,
      ignoreFieldNorm: true,
      isCaseSensitive: true, // already folded
      shouldSort: true,
    });
  }

  get size(): number {
    return this.aliasTerms.size;
  }

  /** Every spelling of an entity, as lists of folded terms. */
  aliasesOf(entity: string): readonly string[][] {
    return this.aliasTerms.get(entity) ?? [];
  }

  /** Entities a folded span ("term term") names. */
  match(span: string): readonly string[] {
    const hit = this.memo.get(span);
    if (hit) return hit;
    const found = this.matchUncached(span);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(span, found);
    return found;
  }

  /** Non-overlapping spans of `terms` that name entities, longest spans first. */
  spans(terms: readonly string[]): EntitySpan[] {
    const taken = new Array<boolean>(terms.length).fill(false);
    const spans: EntitySpan[] = [];
    for (let size = Math.min(MAX_SPAN_TERMS, terms.length); size >= 1; size--) {
      for (let start = 0; start + size <= terms.length; start++) {
        let free = true;
        for (let k = start; k < start + size; k++) free &&= !taken[k];
        if (!free) continue;
        const entities = this.match(terms.slice(start, start + size).join(' '));
        if (!entities.length) continue;
        spans.push({ start, end: start + size, entities });
        for (let k = start; k < start + size; k++) taken[k] = true;
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  }

  private matchUncached(span: string): readonly string[] {
    const exact = this.exact.get(span);
    if (exact) return exact;
    if (span.length < MIN_FUZZY_SPAN) return [];
    const found: string[] = [];
    const spanTerms = span.split(' ');
    for (const result of this.fuse.search(span)) {
      const { entity, text, terms } = result.item;
      if ((result.score ?? 1) > THRESHOLD || found.includes(entity)) continue;
      if (span.length < MIN_COVERAGE * text.length) continue;
      const starts = (result.matches ?? []).flatMap((m) => m.indices.map(([s]) => s));
      if (!starts.length || !startsAtWord(text, Math.min(...starts))) continue;
      if (!spanTerms.every((t, i) => terms.some((a) => termsAlike(t, a, i === spanTerms.length - 1)))) continue;
      found.push(entity);
    }
    return found;
  }
}

/** Same word give or take clitics, inflection or a typo; `typing` also accepts a prefix of it. */
function termsAlike(query: string, alias: string, typing: boolean): boolean {
  const qs = [query, ...stemsOf(query)];
  const as = [alias, ...stemsOf(alias)];
  for (const q of qs) {
    for (const a of as) {
      if (q === a) return true;
      if (typing && q.length >= 3 && a.startsWith(q)) return true;
      const allowed = Math.max(q.length, a.length) >= 8 ? 2 : Math.max(q.length, a.length) >= 4 ? 1 : 0;
      if (allowed && withinEdits(q, a, allowed)) return true;
    }
  }
  return false;
}

/** Levenshtein distance of a and b is at most `max` (short strings only). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
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

/** True when `index` is a word start of `text`, or one letter after it (a typo in the first letter). */
function startsAtWord(text: string, index: number): boolean {
  if (index === 0 || text[index - 1] === ' ') return true;
  return index === 1 || text[index - 2] === ' ';
}
