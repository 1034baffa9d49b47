/**
 * Where in a paragraph each query group matched, and how closely: phrase and
 * proximity bonuses, the ranges to highlight and the cluster the snippet is
 * centred on. Works on token positions of the analysed paragraph (analyze.ts)
 * and the index terms each group expanded to (retrieve.ts), so exact, stem,
 * prefix, typo, skeleton and alias matches are all found the same way.
 */
import type { AnalyzedToken } from './analyze';
import { FUZZY_QUALITY } from './query-plan';
import type { GroupMatches } from './retrieve';
import type { Range } from './snippet';

export interface Placement {
  /** Per group: quality (0..1] of its best match in the paragraph, 0 when it has none. */
  readonly quality: number[];
  /** 0..1: share of adjacent query groups found next to each other, in order. */
  readonly phrase: number;
  /** 0..1: how tightly the matched groups cluster (1 = adjacent). */
  readonly proximity: number;
  /** Original-text ranges of every matched token, sorted and merged. */
  readonly ranges: Range[];
  /** The tightest cluster holding one match of each matched group. */
  readonly focus: Range | undefined;
}

/** Tokens between two adjacent query words still count as a phrase (a particle, a clitic split off). */
const PHRASE_GAP = 2;

/** What a query group matched, as place() needs it. */
export interface GroupEvidence {
  readonly expanded: GroupMatches['expanded'];
  /** Quality of each index term the group asked for. */
  readonly quality: ReadonlyMap<string, number>;
  /** Prefixes being typed, with the quality of a token that starts with one. */
  readonly prefixes: ReadonlyArray<readonly [string, number]>;
}

/** Places each group (undefined: it did not match this paragraph) among the paragraph's tokens. */
export function place(tokens: readonly AnalyzedToken[], groups: ReadonlyArray<GroupEvidence | undefined>): Placement {
  const quality = groups.map(() => 0);
  const positions: number[][] = groups.map((group, g) => {
    if (!group) return [];
    const list = groupPositions(tokens, group);
    for (const i of list) quality[g] = Math.max(quality[g]!, qualityOf(tokens[i]!, group));
    return list;
  });

  const ranges = mergeRanges(positions.flat().map((i) => [tokens[i]!.start, tokens[i]!.end] as Range));

  let pairs = 0;
  let adjacent = 0;
  for (let g = 0; g + 1 < positions.length; g++) {
    const a = positions[g]!;
    const b = positions[g + 1]!;
    pairs++;
    if (a.length && b.length && a.some((p) => b.some((q) => q > p && q - p <= PHRASE_GAP))) adjacent++;
  }
  const phrase = pairs ? adjacent / pairs : 0;

  const window = tightestWindow(positions);
  let proximity = 0;
  let focus: Range | undefined;
  if (window) {
    const [first, last, groups] = window;
    proximity = groups > 1 ? Math.min(1, (groups - 1) / Math.max(1, last - first)) : 0;
    focus = [tokens[first]!.start, tokens[last]!.end];
  }
  return { quality, phrase, proximity, ranges, focus };
}

/**
 * Index term → what it satisfies: `direct` when some one-word alternative has
 * it (the token matches outright), else the (alternative, conjunct) pairs of
 * multi-word alternatives. Built once per group's term sets.
 */
interface TermUse {
  direct: boolean;
  pairs: Array<readonly [alternative: number, conjunct: number]>;
}
const lookups = new WeakMap<object, Map<string, TermUse>>();

function lookupOf(expanded: GroupMatches['expanded']): Map<string, TermUse> {
  let lookup = lookups.get(expanded);
  if (lookup) return lookup;
  const map = new Map<string, TermUse>();
  const use = (term: string) => {
    let u = map.get(term);
    if (!u) map.set(term, (u = { direct: false, pairs: [] }));
    return u;
  };
  expanded.forEach((conjuncts, a) =>
    conjuncts.forEach((terms, c) => {
      for (const term of terms) {
        if (conjuncts.length === 1) use(term).direct = true;
        else use(term).pairs.push([a, c]);
      }
    }),
  );
  lookups.set(expanded, map);
  return map;
}

/**
 * Tokens that match the group. A multi-word alternative counts only where all
 * of its words occur (both words of "Kassym Jomart"), so one pass over the
 * tokens records which conjunct each token satisfies, then complete
 * alternatives add their tokens.
 */
function groupPositions(tokens: readonly AnalyzedToken[], group: GroupEvidence): number[] {
  const lookup = lookupOf(group.expanded);
  const found = new Set<number>();
  let hits: Map<number, Map<number, number[]>> | undefined; // alternative → conjunct → token indexes
  for (let i = 0; i < tokens.length; i++) {
    const terms = tokens[i]!.terms;
    for (let t = 0; t < terms.length; t++) {
      const u = lookup.get(terms[t]!);
      if (!u) continue;
      if (u.direct) found.add(i);
      for (const [a, c] of u.pairs) {
        hits ??= new Map();
        let byConjunct = hits.get(a);
        if (!byConjunct) hits.set(a, (byConjunct = new Map()));
        const list = byConjunct.get(c);
        if (!list) byConjunct.set(c, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }
  for (const [a, byConjunct] of hits ?? []) {
    if (byConjunct.size < group.expanded[a]!.length) continue;
    for (const list of byConjunct.values()) for (const i of list) found.add(i);
  }
  return [...found].sort((x, y) => x - y);
}

/** How well a matched token answers a group: exact, stem, alias, prefix or skeleton; else it was a typo match. */
function qualityOf(token: AnalyzedToken, group: GroupEvidence): number {
  let best = 0;
  for (const term of token.terms) {
    best = Math.max(best, group.quality.get(term) ?? 0);
    for (const [prefix, q] of group.prefixes) if (q > best && term.startsWith(prefix)) best = q;
  }
  return best || FUZZY_QUALITY;
}

/** Smallest [first, last] token window that holds a position of every group that has one. */
function tightestWindow(positions: readonly number[][]): [number, number, number] | undefined {
  const events: Array<[pos: number, group: number]> = [];
  positions.forEach((list, g) => list.forEach((p) => events.push([p, g])));
  if (!events.length) return undefined;
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const need = positions.filter((l) => l.length).length;
  const counts = new Map<number, number>();
  let have = 0;
  let best: [number, number, number] | undefined;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    const g = events[right]![1];
    counts.set(g, (counts.get(g) ?? 0) + 1);
    if (counts.get(g) === 1) have++;
    while (have === need) {
      const span = events[right]![0] - events[left]![0];
      if (!best || span < best[1] - best[0]) best = [events[left]![0], events[right]![0], need];
      const lg = events[left]![1];
      counts.set(lg, counts.get(lg)! - 1);
      if (counts.get(lg) === 0) have--;
      left++;
    }
  }
  return best;
}

/** Sorted, non-overlapping ranges; touching ranges stay separate words. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
