/**
 * The inverted index: a sorted vocabulary and, per term, the records that
 * contain it with their term frequency.
 *
 * Why not a library index (see README): it must load from its serialized form
 * in well under 300 ms at 5 MB of text and answer a two-letter prefix without
 * touching thousands of terms. So:
 *
 *  - the vocabulary is one sorted array of strings; a prefix is a binary-searched
 *    range, capped to its most frequent terms, and the sorted array doubles as an
 *    implicit trie for typo lookup (Levenshtein rows, pruned, as in a trie walk);
 *  - posting lists stay varint-encoded bytes (codec.ts) and are decoded only for
 *    the terms a query touches, so loading is one pass over the bytes.
 *
 * Postings are [record delta × 4 + min(tf, 4) − 1]: BM25 saturates long before
 * a word occurs four times in one window.
 */
import { decodeVarints, encodeVarints, fromBase64, toBase64, VarintWriter } from './codec';
import { MAX_TERM_LENGTH } from './tokenize';

export interface SerializedInvertedIndex {
  /** Sorted vocabulary joined by "\n". */
  terms: string;
  /** Base64 varints: postings per term. */
  counts: string;
  /** Base64 bytes: posting lists, term after term. */
  postings: string;
  /** Base64 varints: tokens per record. */
  lengths: string;
}

const MAX_TF = 4;
/** BM25+ parameters (as MiniSearch's defaults, with less length normalisation for short windows). */
const BM25 = { k: 1.2, b: 0.5, d: 0.5 } as const;

export class InvertedIndexBuilder {
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];

  /** Adds record `record` (ids must increase); `tokens` holds each token's index terms. */
  add(record: number, tokens: ReadonlyArray<readonly string[]>): void {
    const tf = new Map<string, number>();
    for (const terms of tokens) for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    this.lengths[record] = tokens.length;
    for (const [term, n] of tf) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(record, n);
    }
  }

  build(recordCount: number): InvertedIndex {
    const terms = [...this.postings.keys()].sort(compare);
    const counts = new Uint32Array(terms.length);
    const writer = new VarintWriter();
    terms.forEach((term, i) => {
      const list = this.postings.get(term)!;
      counts[i] = list.length / 2;
      let prev = 0;
      for (let k = 0; k < list.length; k += 2) {
        writer.write((list[k]! - prev) * MAX_TF + Math.min(list[k + 1]!, MAX_TF) - 1);
        prev = list[k]!;
      }
    });
    const lengths = new Uint16Array(recordCount);
    for (let r = 0; r < recordCount; r++) lengths[r] = Math.min(0xffff, this.lengths[r] ?? 0);
    return new InvertedIndex(terms, counts, writer.finish(), lengths);
  }
}

/** Code-unit order, the order binary search and the trie walk rely on. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class InvertedIndex {
  private readonly starts: Uint32Array;
  private readonly avgLength: number;
  private readonly rows: Int32Array[];

  constructor(
    readonly terms: readonly string[],
    private readonly counts: Uint32Array,
    private readonly bytes: Uint8Array,
    private readonly lengths: Uint16Array,
  ) {
    // Byte offset of each term's list: one pass over the varints.
    this.starts = new Uint32Array(terms.length + 1);
    const cursor = { pos: 0 };
    for (let i = 0; i < terms.length; i++) {
      this.starts[i] = cursor.pos;
      for (let k = counts[i]!; k > 0; k--) {
        while (cursor.pos < bytes.length && bytes[cursor.pos]! >= 0x80) cursor.pos++;
        cursor.pos++;
      }
    }
    this.starts[terms.length] = cursor.pos;
    let total = 0;
    for (let r = 0; r < lengths.length; r++) total += lengths[r]!;
    this.avgLength = lengths.length ? Math.max(1, total / lengths.length) : 1;
    this.rows = Array.from({ length: MAX_TERM_LENGTH + 2 }, () => new Int32Array(MAX_TERM_LENGTH + 2));
  }

  static deserialize(data: SerializedInvertedIndex, recordCount: number): InvertedIndex {
    const terms = data.terms ? data.terms.split('\n') : [];
    const counts = Uint32Array.from(decodeVarints(fromBase64(data.counts), terms.length));
    const lengths = Uint16Array.from(decodeVarints(fromBase64(data.lengths), recordCount));
    if (counts.length !== terms.length) throw new Error('search index: term counts do not match the vocabulary');
    return new InvertedIndex(terms, counts, fromBase64(data.postings), lengths);
  }

  serialize(): SerializedInvertedIndex {
    return {
      terms: this.terms.join('\n'),
      counts: toBase64(encodeVarints(this.counts)),
      postings: toBase64(this.bytes),
      lengths: toBase64(encodeVarints(this.lengths)),
    };
  }

  get recordCount(): number {
    return this.lengths.length;
  }

  /** Id of `term`, or -1. */
  find(term: string): number {
    const i = this.lowerBound(term);
    return this.terms[i] === term ? i : -1;
  }

  /** Ids of terms that start with `prefix` (not the prefix itself), the `cap` most frequent. */
  withPrefix(prefix: string, cap: number): number[] {
    if (!prefix) return [];
    const lo = this.lowerBound(prefix);
    const hi = this.lowerBound(prefix + '\uffff');
    const best: number[] = [];
    for (let i = lo; i < hi; i++) {
      if (this.terms[i]!.length === prefix.length) continue;
      insertByCount(best, i, this.counts, cap);
    }
    return best;
  }

  /**
   * Terms within `maxEdits` (Levenshtein) of `query`, not the query itself, as
   * [id, distance], nearest and most frequent first, at most `cap`. Walks the
   * sorted vocabulary as a trie: a run of terms sharing a prefix is one node,
   * and a node whose best row entry exceeds `maxEdits` is skipped whole. The
   * first letter must match (as in most engines' fuzzy prefix length of 1):
   * typos there are rare, and it divides the walk by the alphabet's size.
   */
  withinEdits(query: string, maxEdits: number, cap: number): Array<[id: number, distance: number]> {
    const n = query.length;
    if (maxEdits <= 0 || n < 2 || n > MAX_TERM_LENGTH || !this.terms.length) return [];
    const first = query[0]!;
    const lo = this.lowerBound(first);
    const hi = this.lowerBound(first + '\uffff');
    if (lo >= hi) return [];
    const found: Array<[number, number]> = [];
    // Row after the shared first letter.
    const row1 = this.rows[1]!;
    for (let k = 0; k <= n; k++) row1[k] = k === 0 ? 1 : k - 1;
    const walk = (lo: number, hi: number, depth: number): void => {
      const prev = this.rows[depth]!;
      let i = lo;
      if (this.terms[i]!.length === depth) {
        if (prev[n]! <= maxEdits && prev[n]! > 0) found.push([i, prev[n]!]);
        i++;
      }
      if (depth > MAX_TERM_LENGTH) return;
      const row = this.rows[depth + 1]!;
      while (i < hi) {
        const c = this.terms[i]!.charCodeAt(depth);
        const j = this.runEnd(i, hi, depth, c);
        row[0] = prev[0]! + 1;
        let min = row[0]!;
        for (let k = 1; k <= n; k++) {
          const v = Math.min(prev[k]! + 1, row[k - 1]! + 1, prev[k - 1]! + (query.charCodeAt(k - 1) === c ? 0 : 1));
          row[k] = v;
          if (v < min) min = v;
        }
        if (min <= maxEdits) walk(i, j, depth + 1);
        i = j;
      }
    };
    walk(lo, hi, 1);
    found.sort((a, b) => a[1] - b[1] || this.counts[b[0]]! - this.counts[a[0]]!);
    return found.slice(0, cap);
  }

  /** Adds the BM25+ score of term `id`, times `weight`, to every record that holds it. */
  accumulate(id: number, weight: number, into: Accumulator): void {
    const df = this.counts[id];
    if (df === undefined || weight <= 0) return;
    const idf = Math.log(1 + (this.lengths.length - df + 0.5) / (df + 0.5));
    const bytes = this.bytes;
    const lengths = this.lengths;
    const base = weight * idf;
    const slope = BM25.b / this.avgLength;
    let pos = this.starts[id]!;
    let record = 0;
    for (let k = 0; k < df; k++) {
      // Inline varint read: this loop is the hot path of every query.
      let v = 0;
      let scale = 1;
      let b = bytes[pos++]!;
      while (b >= 0x80) {
        v += (b & 0x7f) * scale;
        scale *= 0x80;
        b = bytes[pos++]!;
      }
      v += b * scale;
      record += Math.floor(v / MAX_TF);
      const tf = (v % MAX_TF) + 1;
      const norm = 1 - BM25.b + slope * lengths[record]!;
      into.add(record, base * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm)));
    }
  }

  /** Number of records holding term `id`. */
  frequency(id: number): number {
    return this.counts[id] ?? 0;
  }

  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** End of the run of terms in [lo, hi) whose unit at `depth` is `c` (the range shares a prefix, so units ascend). */
  private runEnd(lo: number, hi: number, depth: number, c: number): number {
    let a = lo + 1;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (this.terms[mid]!.charCodeAt(depth) <= c) a = mid + 1;
      else b = mid;
    }
    return a;
  }
}

/** Scores per record, dense, with the list of records touched so reading them back is cheap. */
export class Accumulator {
  readonly scores: Float64Array;
  private readonly touched: Int32Array;
  private count = 0;

  constructor(records: number) {
    this.scores = new Float64Array(records);
    this.touched = new Int32Array(records);
  }

  add(record: number, score: number): void {
    if (!(record >= 0 && record < this.scores.length)) return;
    const before = this.scores[record]!;
    if (before === 0) this.touched[this.count++] = record;
    this.scores[record] = before + score;
  }

  get size(): number {
    return this.count;
  }

  /** Touched record ids, in the order first touched. */
  records(): Int32Array {
    return this.touched.subarray(0, this.count);
  }

  /** Back to all zeros, in time proportional to the records touched. */
  clear(): void {
    for (let k = 0; k < this.count; k++) this.scores[this.touched[k]!] = 0;
    this.count = 0;
  }
}

/** Reuses accumulators: one query needs a few, and each is as long as the corpus. */
export class AccumulatorPool {
  private readonly free: Accumulator[] = [];
  constructor(private readonly records: number) {}

  take(): Accumulator {
    return this.free.pop() ?? new Accumulator(this.records);
  }

  release(acc: Accumulator): void {
    acc.clear();
    if (this.free.length < 8) this.free.push(acc);
  }
}

/** Keeps `best` as the `cap` ids with the highest counts, highest first. */
function insertByCount(best: number[], id: number, counts: Uint32Array, cap: number): void {
  const c = counts[id]!;
  if (best.length >= cap && c <= counts[best[best.length - 1]!]!) return;
  let at = best.length;
  while (at > 0 && counts[best[at - 1]!]! < c) at--;
  best.splice(at, 0, id);
  if (best.length > cap) best.pop();
}
