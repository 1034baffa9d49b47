/**
 * The search engine: the inverted index (inverted-index.ts) finds the records
 * of each query group in time that grows with the matches, not with the
 * corpus; paragraphs are then ranked by
 *
 *   10 × coverage       share of the query's groups the paragraph satisfies,
 *                       each weighted by match quality (exact 1 … typo 0.7, skeleton 0.5)
 *  + 3 × phrase         adjacent query words found next to each other
 *  + 1.5 × proximity    how tightly the matches cluster
 *  + 1.5 × relevance    BM25 (term frequency, shorter windows),
 *                       relative to the best paragraph of each group
 *
 * Only the best few dozen paragraphs by coverage and BM25 are analysed for
 * quality, phrase and proximity, so a keystroke's cost is bounded however many
 * records match a common prefix. Work that does not change while the user
 * types is cached: each word's matches, each entity's alias matches, and the
 * analysis of each paragraph.
 */
import type { Article } from '../articles/types';
import { AnalysisCache } from './analyze';
import type { EntityMatcher } from './entity-expansion';
import { AccumulatorPool, type InvertedIndex } from './inverted-index';
import { place, type GroupEvidence } from './proximity';
import { entityAlternatives, planQuery, type QueryGroup, type QueryPlan } from './query-plan';
import { retrieve, type GroupMatches } from './retrieve';
import { paragraphText, type ParagraphTable } from './records';
import { makeSnippet, type Range } from './snippet';

export interface SearchOptions {
  /** Most results returned; default 20. */
  limit?: number;
}

export interface SearchResult {
  /** Article id. */
  article: string;
  /** Paragraph number, from 1. */
  paragraph: number;
  score: number;
  /** Excerpt of the original paragraph around the best match, with … where cut. */
  snippet: string;
  /** Matched text in the original paragraph: UTF-16 [start, end), sorted, non-overlapping. */
  ranges: Range[];
  /** The same matches as offsets within `snippet`. */
  snippetRanges: Range[];
}

export interface EngineParts {
  readonly articles: readonly Article[];
  readonly table: ParagraphTable;
  /** Flat [paragraph, start, end] per record id. */
  readonly windows: Int32Array;
  readonly index: InvertedIndex;
  readonly entities: EntityMatcher | undefined;
}

export const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;
/** Paragraphs analysed for quality, phrase and proximity per query. */
const CANDIDATES = 40;
/** Word results kept across keystrokes: typing changes only the last word's. */
const WORD_CACHE = 32;
const ENTITY_CACHE = 64;

const SCORE = { coverage: 10, phrase: 3, proximity: 1.5, relevance: 1.5 } as const;

/** A group's matches plus what ranking needs to judge them. */
interface Evidence extends GroupMatches, GroupEvidence {}

interface Candidate {
  readonly paragraph: number;
  /** Slot in the per-query score table. */
  readonly slot: number;
  score: number;
}

export class SearchEngine {
  private readonly analyses = new AnalysisCache();
  private readonly words = new Map<string, GroupMatches>();
  private readonly entities = new Map<string, Evidence>();
  private readonly pool: AccumulatorPool;

  constructor(readonly parts: EngineParts) {
    this.pool = new AccumulatorPool(parts.index.recordCount);
  }

  search(query: unknown, options?: SearchOptions): SearchResult[] {
    try {
      if (typeof query !== 'string' || !query.trim()) return [];
      const limit = limitOf(options);
      if (limit === 0) return [];
      const plan = planQuery(query, this.parts.entities);
      return plan ? this.run(plan, limit) : [];
    } catch {
      // A search box must never break the page it sits in.
      return [];
    }
  }

  private run(plan: QueryPlan, limit: number): SearchResult[] {
    const { groups, totalWeight } = plan;
    const G = groups.length;
    const evidence = groups.map((group) => this.evidence(group));

    // Best score per paragraph (over its windows) per group, in a flat table.
    const slotOf = new Map<number, number>();
    const paragraphs: number[] = [];
    let table = new Float64Array(64 * G);
    const best = new Float64Array(G);
    evidence.forEach(({ records, scores }, g) => {
      for (let k = 0; k < records.length; k++) {
        const paragraph = this.parts.windows[records[k]! * 3];
        if (paragraph === undefined) continue;
        let slot = slotOf.get(paragraph);
        if (slot === undefined) {
          slot = paragraphs.length;
          slotOf.set(paragraph, slot);
          paragraphs.push(paragraph);
          if ((slot + 1) * G > table.length) {
            const grown = new Float64Array(table.length * 2);
            grown.set(table);
            table = grown;
          }
        }
        const score = scores[k]!;
        if (score > table[slot * G + g]!) table[slot * G + g] = score;
        if (score > best[g]!) best[g] = score;
      }
    });

    // Scores are not comparable across groups (an entity group sums many
    // alternatives), so each group's score is taken relative to its best.
    const relevanceOf = (slot: number) => {
      let r = 0;
      for (let g = 0; g < G; g++) if (best[g]! > 0) r += (groups[g]!.weight * table[slot * G + g]!) / best[g]!;
      return totalWeight ? r / totalWeight : 0;
    };
    const top = new TopK(Math.max(CANDIDATES, limit));
    for (let slot = 0; slot < paragraphs.length; slot++) {
      let covered = 0;
      for (let g = 0; g < G; g++) if (table[slot * G + g]! > 0) covered += groups[g]!.weight;
      const coverage = totalWeight ? covered / totalWeight : 0;
      top.offer({ paragraph: paragraphs[slot]!, slot, score: SCORE.coverage * coverage + SCORE.relevance * relevanceOf(slot) });
    }

    const placed = top.sorted().map((c) => {
      const tokens = this.analyses.get(c.paragraph, () => this.text(c.paragraph));
      const placement = place(
        tokens,
        evidence.map((e, g) => (table[c.slot * G + g]! > 0 ? e : undefined)),
      );
      // Coverage again, now weighted by how well each group matched (exact beats typo).
      let covered = 0;
      groups.forEach((group, g) => (covered += group.weight * placement.quality[g]!));
      c.score =
        SCORE.coverage * (totalWeight ? covered / totalWeight : 0) +
        SCORE.phrase * placement.phrase +
        SCORE.proximity * placement.proximity +
        SCORE.relevance * relevanceOf(c.slot);
      return { c, placement };
    });
    placed.sort((a, b) => byScore(a.c, b.c));

    return placed.slice(0, limit).map(({ c, placement }) => {
      const p = c.paragraph;
      const { table: paragraphTable, articles } = this.parts;
      const { snippet, snippetRanges } = makeSnippet(this.text(p), placement.ranges, placement.focus);
      return {
        article: articles[paragraphTable.article[p]!]!.id,
        paragraph: paragraphTable.number[p]!,
        score: Math.round(c.score * 1000) / 1000,
        snippet,
        ranges: placement.ranges,
        snippetRanges,
      };
    });
  }

  /** The group's matches: its words (cached per word search) plus its entities' aliases (cached per entity). */
  private evidence(group: QueryGroup): Evidence {
    const words = cached(this.words, group.key, WORD_CACHE, () => retrieve(this.parts.index, group.alternatives, this.pool));
    const own: Evidence = { ...words, quality: group.quality, prefixes: group.prefixes };
    const matcher = this.parts.entities;
    if (!group.entities.length || !matcher) return own;
    const parts = [own, ...group.entities.map((id) => cached(this.entities, id, ENTITY_CACHE, () => this.entityEvidence(matcher, id)))];
    return merge(parts, this.pool);
  }

  private entityEvidence(matcher: EntityMatcher, id: string): Evidence {
    const { alternatives, quality } = entityAlternatives(matcher.aliasesOf(id));
    return { ...retrieve(this.parts.index, alternatives, this.pool), quality, prefixes: [] };
  }

  private text(paragraph: number): string {
    return paragraphText(this.parts.articles, this.parts.table, paragraph);
  }
}

/** One group's evidence from several sources: scores add up, terms and qualities pool. */
function merge(parts: readonly Evidence[], pool: AccumulatorPool): Evidence {
  const total = pool.take();
  for (const { records, scores } of parts) for (let k = 0; k < records.length; k++) total.add(records[k]!, scores[k]!);
  const records = Int32Array.from(total.records());
  const scores = Float64Array.from(records, (r) => total.scores[r]!);
  pool.release(total);
  const quality = new Map<string, number>();
  for (const part of parts) for (const [term, q] of part.quality) quality.set(term, Math.max(q, quality.get(term) ?? 0));
  return { records, scores, expanded: parts.flatMap((p) => p.expanded), quality, prefixes: parts.flatMap((p) => p.prefixes) };
}

/** Get-or-compute in a map used as a small LRU (insertion order is recency). */
function cached<V>(map: Map<string, V>, key: string, limit: number, compute: () => V): V {
  const hit = map.get(key);
  if (hit !== undefined) {
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const value = compute();
  if (map.size >= limit) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/** Keeps the k best candidates (a bounded min-heap). */
class TopK {
  private readonly heap: Candidate[] = [];
  constructor(private readonly k: number) {}

  offer(c: Candidate): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push(c);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (byScore(h[parent]!, h[i]!) >= 0) break;
        [h[parent], h[i]] = [h[i]!, h[parent]!];
        i = parent;
      }
      return;
    }
    if (byScore(c, h[0]!) >= 0) return;
    h[0] = c;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && byScore(h[l]!, h[worst]!) > 0) worst = l;
      if (r < h.length && byScore(h[r]!, h[worst]!) > 0) worst = r;
      if (worst === i) break;
      [h[worst], h[i]] = [h[i]!, h[worst]!];
      i = worst;
    }
  }

  sorted(): Candidate[] {
    return [...this.heap].sort(byScore);
  }
}

/** Best first; ties in store order, so results are deterministic. */
function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.paragraph - b.paragraph;
}

function limitOf(options: SearchOptions | undefined): number {
  const limit = options && typeof options === 'object' ? options.limit : undefined;
  if (typeof limit !== 'number' || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}
