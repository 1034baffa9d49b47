/**
 * The scanner: one pass over the original text, folding each char through a
 * table. A trie walk starts only where a name can start: at the first letter
 * of a word (a letter after a non-letter or a letter of another script) when
 * some alias or clitic prefix begins with it, and at every position of a
 * script without spaces (Han, Kana, Thai) when some alias begins with it.
 * A walk is bounded by MAX_MENTION_LENGTH, so the scan is linear whatever the
 * text. Hits become mentions through boundaries.ts and given-name.ts; among
 * the hits from one start the longest mention wins, and the scan resumes
 * after it (leftmost-longest, non-overlapping, sorted).
 *
 * No DOM, no browser API: runs in Node, a worker or a content script.
 */
import { mentionEnd } from './boundaries';
import { type CompiledLexicon, compileLexicon, PFX, SSTART, START, SYM_IGN, SYM_SEP } from './compile-lexicon';
import { foldTables, IGN, SCRIPT_MASK } from './fold';
import { guardAllows } from './given-name';
import type { LexiconEntry } from './lexicon-types';
import { MAX_MENTION_LENGTH } from './limits';
import { MAX_ENDING_LETTERS } from './scripts';
import { INNER } from './trie';
import { isEndingChain } from './endings';

export interface Mention {
  /** Entity id. */
  entity: string;
  /** UTF-16 offsets into the text; end exclusive. */
  start: number;
  end: number;
}

export interface Detector {
  findMentions(text: string): Mention[];
  readonly lexicon: CompiledLexicon;
}

/** Compiles the lexicon once (throws LexiconError naming entity and field) and returns its scanner. */
export function createDetector(entries: readonly LexiconEntry[]): Detector {
  const lexicon = compileLexicon(entries);
  const scanner = new Scanner(lexicon);
  return { lexicon, findMentions: (text) => scanner.scan(text) };
}

// Flag and symbol constants copied into module scope: read in the per-char loop, where an
// imported binding can cost a property lookup (CommonJS interop in Node tools).
const IGN_BIT = IGN;
const SCRIPT_BITS = SCRIPT_MASK;
const START_BIT = START;
const SSTART_BIT = SSTART;
const PFX_BIT = PFX;
const SEP = SYM_SEP;
const SKIP = SYM_IGN;
const INNER_BIT = INNER;
const MAX_LEN = MAX_MENTION_LENGTH;

/** Hits recorded per start position; a walk records at most one per node it passes. */
const MAX_HITS = 64;
const MAX_BRANCHES = 16;

class Scanner {
  private readonly hitStart = new Int32Array(MAX_HITS);
  private readonly hitNode = new Int32Array(MAX_HITS);
  private readonly hitEnd = new Int32Array(MAX_HITS);
  private readonly order = new Int32Array(MAX_HITS);
  private hits = 0;
  private readonly branchNode = new Int32Array(MAX_BRANCHES);
  private readonly branchPos = new Int32Array(MAX_BRANCHES);

  constructor(private readonly lx: CompiledLexicon) {}

  scan(text: string): Mention[] {
    const out: Mention[] = [];
    if (typeof text !== 'string') return out;
    const flags = this.lx.flags;
    const n = text.length;
    let prev = 0; // script of the previous letter, 0 after a non-letter
    for (let i = 0; i < n; i++) {
      const f = flags[text.charCodeAt(i)]!;
      if (f === 0) {
        prev = 0;
        continue;
      }
      if (f & IGN_BIT) continue;
      const script = f & SCRIPT_BITS;
      if ((f & SSTART_BIT) !== 0 || ((f & START_BIT) !== 0 && script !== prev)) {
        const end = this.tryAt(text, i, f, out);
        if (end > 0) {
          i = end - 1;
          prev = flags[text.charCodeAt(end - 1)]! & SCRIPT_BITS;
          continue;
        }
      }
      prev = script;
    }
    return out;
  }

  /**
   * Walks from `i` (and after each clitic prefix there); pushes the best mention and returns its end, or -1.
   * Hits are judged per start, longest first: the first valid one wins its start (a shorter alias from
   * the same start cannot reach further, since glued endings run to the end of the word anyway).
   */
  private tryAt(text: string, i: number, f: number, out: Mention[]): number {
    this.hits = 0;
    this.walk(text, i);
    if (f & PFX_BIT) this.afterPrefixes(text, i, f & SCRIPT_BITS);
    const hits = this.hits;
    if (hits === 0) return -1;
    const { lx, hitStart, hitEnd, hitNode, order } = this;
    // Order: start ascending, then hit end descending (insertion sort: a handful of hits).
    for (let h = 0; h < hits; h++) {
      let k = h;
      while (k > 0) {
        const o = order[k - 1]!;
        if (hitStart[o]! < hitStart[h]! || (hitStart[o] === hitStart[h] && hitEnd[o]! >= hitEnd[h]!)) break;
        order[k] = o;
        k--;
      }
      order[k] = h;
    }
    const { info, outputs } = lx.trie;
    let bestStart = -1;
    let bestEnd = -1;
    let bestEntity = -1;
    let doneStart = -1;
    for (let k = 0; k < hits; k++) {
      const h = order[k]!;
      const start = hitStart[h]!;
      if (start === doneStart) continue;
      const ptr = info[hitNode[h]!]! >> 1;
      for (let r = 0; r < outputs[ptr]!; r++) {
        const rule = lx.rules[outputs[ptr + 1 + r]!]!;
        const end = mentionEnd(lx, text, rule, start, hitEnd[h]!);
        if (end < 0) continue;
        if (rule.guard && !guardAllows(lx, text, rule.guard, start, hitEnd[h]!)) continue;
        doneStart = start;
        if (end - start > bestEnd - bestStart) {
          bestStart = start;
          bestEnd = end;
          bestEntity = rule.entity;
        }
        break;
      }
    }
    if (bestEntity < 0) return -1;
    out.push({ entity: lx.ids[bestEntity]!, start: bestStart, end: bestEnd });
    return bestEnd;
  }

  /** Follows the trie from `start`, recording every node with outputs; explores inflected inner words as branches. */
  private walk(text: string, start: number): void {
    const { sym: SYM } = this.lx;
    const { base, check, info } = this.lx.trie;
    const limit = Math.min(text.length, start + MAX_LEN);
    let branches = 0;
    let node = 0;
    let j = start;
    let spaced = false;
    for (;;) {
      for (; j < limit; j++) {
        const s = SYM[text.charCodeAt(j)]!;
        if (s <= SKIP) {
          if (s === SKIP) continue;
          if (s !== SEP) break;
          if (spaced) continue; // a run of separators is one
        }
        const t = base[node]! + s;
        if (check[t] !== node) break;
        node = t;
        spaced = s === SEP;
        const inf = info[t]!;
        if (inf === 0) continue;
        if (inf >> 1 && this.hits < MAX_HITS) {
          this.hitStart[this.hits] = start;
          this.hitNode[this.hits] = t;
          this.hitEnd[this.hits++] = j + 1;
        }
        if (inf & INNER_BIT && branches < MAX_BRANCHES) {
          const resume = this.innerEnding(text, j + 1, limit);
          if (resume > 0) {
            this.branchNode[branches] = t;
            this.branchPos[branches++] = resume;
          }
        }
      }
      if (!branches) return;
      branches--;
      node = this.branchNode[branches]!;
      j = this.branchPos[branches]!;
      spaced = false;
    }
  }

  /**
   * After a word inside a multi-word name: when the text glues an ending to it
   * (Касым-Жомарта, Шанхайской) and a separator follows, the position of that
   * separator, where the walk resumes; else -1.
   */
  private innerEnding(text: string, from: number, limit: number): number {
    const { flags, endings, sym } = this.lx;
    const { fold } = foldTables();
    const script = flags[text.charCodeAt(from - 1)]! & SCRIPT_MASK;
    let folded = '';
    let k = from;
    for (; k < limit; k++) {
      const c = text.charCodeAt(k);
      const f = flags[c]!;
      if (f & IGN) continue;
      if ((f & SCRIPT_MASK) !== script || !script) break;
      if (folded.length >= MAX_ENDING_LETTERS) return -1;
      folded += String.fromCharCode(fold[c]!);
    }
    if (!folded || k >= limit || sym[text.charCodeAt(k)] !== SYM_SEP) return -1;
    return isEndingChain(endings[script], folded) ? k : -1;
  }

  /** Walks again after each clitic prefix glued at the start of the word (بال, ול, ...). */
  private afterPrefixes(text: string, i: number, script: number): void {
    const { flags, prefixNext, prefixEnd } = this.lx;
    const { fold } = foldTables();
    let node = 0;
    for (let j = i, letters = 0; j < text.length && letters < 4; j++) {
      const c = text.charCodeAt(j);
      const f = flags[c]!;
      if (f & IGN) continue;
      if ((f & SCRIPT_MASK) !== script) return;
      const next = prefixNext.get(node * 0x10000 + fold[c]!);
      if (next === undefined) return;
      node = next;
      letters++;
      if (prefixEnd.has(node)) {
        let k = j + 1;
        while (k < text.length && flags[text.charCodeAt(k)]! & IGN) k++;
        if (k < text.length && (flags[text.charCodeAt(k)]! & SCRIPT_MASK) === script) this.walk(text, k);
      }
    }
  }
}
