/**
 * A script's inflection endings as a small trie, and the test the scanner
 * runs on the letters glued after a name: are they a chain of at most
 * MAX_ENDINGS endings (Қазақстан+дағы, Kazakistan+lı+lar+ın)?
 */
import { foldString } from './fold';
import { MAX_ENDING_LETTERS, MAX_ENDINGS } from './scripts';

const pieces = new Int8Array(MAX_ENDING_LETTERS + 1);

export class EndingSet {
  private readonly next = new Map<number, number>();
  private readonly final: boolean[] = [false];

  /** `singleLetterLast`: a one-letter ending may only close the chain. */
  constructor(
    endings: readonly string[],
    private readonly singleLetterLast: boolean,
  ) {
    for (const ending of endings) {
      const folded = foldString(ending);
      let node = 0;
      for (let i = 0; i < folded.length; i++) {
        const key = node * 0x10000 + folded.charCodeAt(i);
        let child = this.next.get(key);
        if (child === undefined) {
          child = this.final.length;
          this.final.push(false);
          this.next.set(key, child);
        }
        node = child;
      }
      if (node) this.final[node] = true;
    }
  }

  /** True when the folded letters `s` are a chain of at most MAX_ENDINGS endings. */
  isChain(s: string): boolean {
    const n = s.length;
    if (!n || n > MAX_ENDING_LETTERS) return false;
    pieces.fill(MAX_ENDINGS + 1, 0, n + 1);
    pieces[0] = 0;
    for (let i = 0; i < n; i++) {
      const here = pieces[i]!;
      if (here >= MAX_ENDINGS) continue;
      let node = 0;
      for (let k = i; k < n; k++) {
        const child = this.next.get(node * 0x10000 + s.charCodeAt(k));
        if (child === undefined) break;
        node = child;
        if (!this.final[node] || (k === i && this.singleLetterLast && k + 1 < n)) continue;
        if (pieces[k + 1]! > here + 1) pieces[k + 1] = here + 1;
      }
    }
    return pieces[n]! <= MAX_ENDINGS;
  }
}

/** True when `s` is a chain of the set's endings; false without a set. */
export function isEndingChain(es: EndingSet | null | undefined, s: string): boolean {
  return !!es && es.isChain(s);
}
