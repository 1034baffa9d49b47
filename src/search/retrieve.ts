/**
 * Evaluates query alternatives against the inverted index: a group is an OR of
 * alternatives (the words as typed, each alias of a named entity), each an AND
 * of conjuncts (one per word), each an OR of leaves (exact, stems, skeletons,
 * with prefix and typo expansion). Returns each record's BM25 score for the
 * group and, per conjunct, the index terms it expanded to, which is what
 * proximity.ts needs to find the matching tokens in a paragraph.
 */
import type { Accumulator, AccumulatorPool, InvertedIndex } from './inverted-index';
import type { Alternative, Leaf } from './query-plan';

export interface GroupMatches {
  /** Records that match the group, with their scores at the same index. */
  readonly records: Int32Array;
  readonly scores: Float64Array;
  /** expanded[alternative][conjunct]: index terms that conjunct matched anywhere. */
  readonly expanded: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>;
}

/** Most prefix completions a typed word expands to (the most frequent win). */
const PREFIX_CAP = 40;
const SHORT_PREFIX_CAP = 16;
/** Most typo neighbours a word expands to. */
const FUZZY_CAP = 24;
/** Weights of expansions relative to an exact match, as MiniSearch weighs them. */
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.5;

export function retrieve(index: InvertedIndex, alternatives: readonly Alternative[], pool: AccumulatorPool): GroupMatches {
  const total = pool.take();
  const expanded = alternatives.map((alternative) => evaluateAlternative(index, alternative, total, pool));
  const records = Int32Array.from(total.records());
  const scores = Float64Array.from(records, (r) => total.scores[r]!);
  pool.release(total);
  return { records, scores, expanded };
}

/** Adds the alternative's scores (records matching every conjunct) to `total`; returns each conjunct's terms. */
function evaluateAlternative(index: InvertedIndex, alternative: Alternative, total: Accumulator, pool: AccumulatorPool): Set<string>[] {
  const sets: Set<string>[] = [];
  const expansions = alternative.map((conjunct) => expandConjunct(index, conjunct));
  for (const terms of expansions) sets.push(new Set([...terms.keys()].map((id) => index.terms[id]!)));
  if (expansions.length === 1) {
    // One word: no intersection needed, score straight into the total.
    for (const [id, weight] of expansions[0]!) index.accumulate(id, weight, total);
    return sets;
  }
  // A word with no term in the index: nothing can match all of them (a Hindi alias in an Arabic corpus).
  if (expansions.some((terms) => terms.size === 0)) return sets;
  const accumulators = expansions.map((terms) => {
    const own = pool.take();
    for (const [id, weight] of terms) index.accumulate(id, weight, own);
    return own;
  });
  // AND: walk the smallest conjunct's records and keep those every other conjunct has.
  const smallest = accumulators.reduce((a, b) => (b.size < a.size ? b : a));
  for (const record of smallest.records()) {
    let sum = 0;
    let all = true;
    for (const acc of accumulators) {
      const s = acc.scores[record]!;
      if (s === 0) {
        all = false;
        break;
      }
      sum += s;
    }
    if (all) total.add(record, sum);
  }
  for (const acc of accumulators) pool.release(acc);
  return sets;
}

/** Term id → weight for every index term the conjunct's leaves reach (best weight when reached twice). */
function expandConjunct(index: InvertedIndex, leaves: readonly Leaf[]): Map<number, number> {
  const out = new Map<number, number>();
  const offer = (id: number, weight: number) => {
    if (id >= 0 && weight > (out.get(id) ?? 0)) out.set(id, weight);
  };
  for (const leaf of leaves) {
    for (const term of leaf.terms) {
      offer(index.find(term), leaf.weight);
      if (leaf.prefix) {
        const cap = term.length <= 2 ? SHORT_PREFIX_CAP : PREFIX_CAP;
        for (const id of index.withPrefix(term, cap)) {
          const length = index.terms[id]!.length;
          offer(id, (leaf.weight * PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)));
        }
      }
      if (leaf.fuzzy > 0) {
        for (const [id, distance] of index.withinEdits(term, leaf.fuzzy, FUZZY_CAP)) {
          const length = index.terms[id]!.length;
          offer(id, (leaf.weight * FUZZY_WEIGHT * length) / (length + distance));
        }
      }
    }
  }
  return out;
}
