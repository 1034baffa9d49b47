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
import { type CompiledLexicon, type CompileOptions, compileLexicon, PFX, SSTART, START, SYM_IGN, SYM_SEP } from './compile-lexicon';
import { foldTables, IGN, SCRIPT_MASK } from './fold';
import { definedAsSomethingElse } from './acronym';
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
export function createDetector(entries: readonly LexiconEntry[], options: CompileOptions = {}): Detector {
  const lexicon = compileLexicon(entries, options);
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

const CANDIDATE = 0x80;
const AFTER_PREFIX = 0x40;

/** Hits recorded per start position; a walk records at most one per node it passes. */
const MAX_HITS = 64;
const MAX_BRANCHES = 16;

class Scanner {
  // The lexicon's tables, held directly: the scan loop reads them per char.
  private readonly flags: Uint8Array;
  private readonly sym: Uint16Array;
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly info: Int32Array;
  private readonly hitStart = new Int32Array(MAX_HITS);
  private readonly hitNode = new Int32Array(MAX_HITS);
  private readonly hitEnd = new Int32Array(MAX_HITS);
  private readonly order = new Int32Array(MAX_HITS);
  private hits = 0;
  private readonly branchNode = new Int32Array(MAX_BRANCHES);
  private readonly branchPos = new Int32Array(MAX_BRANCHES);

  /**
   * The scan state machine: step[(flags << 4) | prev] = next prev (the script of the last
   * letter, 0 after a non-letter; unchanged over ignorables) | CANDIDATE when a name may
   * start at this char | AFTER_PREFIX when a clitic prefix may.
   */
  private readonly step = new Uint8Array(256 * 16);

  constructor(private readonly lx: CompiledLexicon) {
    for (let f = 0; f < 256; f++) {
      for (let prev = 0; prev < 16; prev++) {
        const script = f & SCRIPT_BITS;
        let v: number;
        if (f === IGN_BIT) v = prev;
        else if (!script) v = 0;
        else {
          v = script;
          if ((f & SSTART_BIT) !== 0 || ((f & START_BIT) !== 0 && script !== prev)) v |= CANDIDATE;
          if (v & CANDIDATE && f & PFX_BIT) v |= AFTER_PREFIX;
        }
        this.step[(f << 4) | prev] = v;
      }
    }
    this.flags = lx.flags;
    this.sym = lx.sym;
    this.base = lx.trie.base;
    this.check = lx.trie.check;
    this.info = lx.trie.info;
  }

  scan(text: string): Mention[] {
    const out: Mention[] = [];
    this.abbreviations.length = 0;
    if (typeof text !== 'string') return out;
    this.scanInto(text, out);
    return this.abbreviations.length ? this.dropOtherAbbreviations(text, out) : out;
  }

  /**
   * The per-char loop, alone in its function with the rare work behind one call: on a
   * long text V8 compiles it while it runs (on-stack replacement), before any mention
   * was seen, and code beside it with no type feedback yet deoptimized it on each call.
   */
  private scanInto(text: string, out: Mention[]): void {
    const { flags, step } = this;
    const n = text.length;
    let prev = 0; // script of the previous letter, 0 after a non-letter
    for (let i = 0; i < n; i++) {
      // One table lookup per char gives the next state and whether a name may start here.
      const v = step[(flags[text.charCodeAt(i)]! << 4) | prev]!;
      prev = v & SCRIPT_BITS;
      if (v < CANDIDATE) continue;
      const end = this.mentionAt(text, i, v, out);
      if (end > 0) {
        i = end - 1;
        prev = flags[text.charCodeAt(end - 1)]! & SCRIPT_BITS;
      }
    }
  }

  /** A name may start at `i` (its scan state `v`): pushes the mention found there and returns its end, or -1. */
  private mentionAt(text: string, i: number, v: number, out: Mention[]): number {
    // Most candidate starts fail within three letters: test those before the full walk.
    const prefixed = (v & AFTER_PREFIX) !== 0;
    if (this.mayStart(text, i) || (prefixed && this.mayStartAfterPrefix(text, i, v & SCRIPT_BITS))) return this.tryAt(text, i, prefixed, out);
    return -1;
  }

  /** Abbreviation mentions (indexes into the scan's output) whose definition nearby may name something else. */
  private readonly abbreviations: number[] = [];

  /** "Scottish Chamber Orchestra (SCO)": an abbreviation defined by words that are not one of our names is not a mention. */
  private dropOtherAbbreviations(text: string, out: Mention[]): Mention[] {
    const drop = new Set<number>();
    const isName = (from: number, to: number) => {
      // The last mention starting at or before `from` (out is sorted): does it cover the words?
      let lo = 0;
      let hi = out.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (out[mid]!.start <= from) lo = mid + 1;
        else hi = mid - 1;
      }
      return hi >= 0 && out[hi]!.end >= to;
    };
    for (const k of this.abbreviations) {
      const m = out[k]!;
      if (definedAsSomethingElse(text, m.start, m.end, isName)) drop.add(k);
    }
    this.abbreviations.length = 0;
    return drop.size ? out.filter((_, k) => !drop.has(k)) : out;
  }

  /** The trie goes on from the letter at `i` with the next two letters, or an alias ends before. */
  private mayStart(text: string, i: number): boolean {
    const { sym, base, check, info } = this;
    const n = text.length;
    let s = SKIP;
    while (i < n && (s = sym[text.charCodeAt(i)]!) === SKIP) i++;
    let t = base[0]! + s;
    if (check[t] !== 0) return false;
    for (let letters = 1; letters < 3; letters++) {
      if (info[t] !== 0) return true;
      while (++i < n && (s = sym[text.charCodeAt(i)]!) === SKIP);
      if (i >= n) return false;
      const next = base[t]! + s;
      if (check[next] !== t) return false;
      t = next;
    }
    return true;
  }

  /** Like mayStart, after some clitic prefix glued at `i`. */
  private mayStartAfterPrefix(text: string, i: number, script: number): boolean {
    const { flags } = this;
    const { prefixLetter, prefixNext, prefixLetters, prefixEnd } = this.lx;
    const n = text.length;
    let node = 0;
    for (let j = i, letters = 0; j < n && letters < 4; j++) {
      const c = text.charCodeAt(j);
      const f = flags[c]!;
      if (f === IGN_BIT) continue;
      const letter = prefixLetter[c]!;
      if (letter === 0 || (f & SCRIPT_BITS) !== script) return false;
      node = prefixNext[node * prefixLetters + letter - 1]!;
      if (node < 0) return false;
      letters++;
      if (prefixEnd[node] && j + 1 < n && this.mayStart(text, j + 1)) return true;
    }
    return false;
  }

  /**
   * Walks from `i` (and after each clitic prefix there); pushes the best mention and returns its end, or -1.
   * Hits are judged per start, longest first: the first valid one wins its start (a shorter alias from
   * the same start cannot reach further, since glued endings run to the end of the word anyway).
   */
  private tryAt(text: string, i: number, prefixed: boolean, out: Mention[]): number {
    this.hits = 0;
    this.walk(text, i);
    if (prefixed) this.afterPrefixes(text, i, this.flags[text.charCodeAt(i)]! & SCRIPT_BITS);
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
    let bestAbbreviation = false;
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
          bestAbbreviation = rule.abbreviation;
        }
        break;
      }
    }
    if (bestEntity < 0) return -1;
    if (bestAbbreviation) this.abbreviations.push(out.length);
    out.push({ entity: lx.ids[bestEntity]!, start: bestStart, end: bestEnd });
    return bestEnd;
  }

  /** Follows the trie from `start`, recording every node with outputs; explores inflected inner words as branches. */
  private walk(text: string, start: number): void {
    const { sym, base, check, info } = this;
    const limit = Math.min(text.length, start + MAX_LEN);
    let branches = 0;
    let node = 0;
    let j = start;
    let spaced = false;
    for (;;) {
      for (; j < limit; j++) {
        const s = sym[text.charCodeAt(j)]!;
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
    const { flags, sym } = this;
    const { fold } = foldTables();
    const script = flags[text.charCodeAt(from - 1)]! & SCRIPT_BITS;
    let folded = '';
    let k = from;
    for (; k < limit; k++) {
      const c = text.charCodeAt(k);
      const f = flags[c]!;
      if (f & IGN_BIT) continue;
      if ((f & SCRIPT_BITS) !== script || !script) break;
      if (folded.length >= MAX_ENDING_LETTERS) return -1;
      folded += String.fromCharCode(fold[c]!);
    }
    if (!folded || k >= limit || sym[text.charCodeAt(k)] !== SEP) return -1;
    return isEndingChain(this.lx.endings[script], folded) ? k : -1;
  }

  /** Walks again after each clitic prefix glued at the start of the word (بال, ול, ...). */
  private afterPrefixes(text: string, i: number, script: number): void {
    const { flags, sym, base, check } = this;
    const { prefixLetter, prefixNext, prefixLetters, prefixEnd } = this.lx;
    const n = text.length;
    let node = 0;
    for (let j = i, letters = 0; j < n && letters < 4; j++) {
      const c = text.charCodeAt(j);
      const f = flags[c]!;
      if (f & IGN_BIT) continue;
      const letter = prefixLetter[c]!;
      if (letter === 0 || (f & SCRIPT_BITS) !== script) return;
      node = prefixNext[node * prefixLetters + letter - 1]!;
      if (node < 0) return;
      letters++;
      if (prefixEnd[node]) {
        let k = j + 1;
        while (k < n && flags[text.charCodeAt(k)]! & IGN_BIT) k++;
        // Walk only when an alias can start there (one root lookup).
        if (k < n && (flags[text.charCodeAt(k)]! & SCRIPT_BITS) === script && check[base[0]! + sym[text.charCodeAt(k)]!] === 0) this.walk(text, k);
      }
    }
  }
}
