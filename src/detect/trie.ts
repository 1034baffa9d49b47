/**
 * The alias trie, built with Maps and then packed into a double array
 * (base/check), so a transition in the scan loop is two typed-array loads and
 * a compare: next = base[node] + symbol, valid when check[next] === node.
 */

/** Node flag: a word of a multi-word name ends here and may carry an inflection ending before the space. */
export const INNER = 1;

export interface DoubleArray {
  base: Int32Array;
  check: Int32Array;
  /** Per node: (index into `outputs` << 1) | INNER; 0 when the node is neither. */
  info: Int32Array;
  /** Runs of [count, rule, rule, ...]; index 0 is unused so 0 can mean "none". */
  outputs: Int32Array;
  /** Symbols leaving the root (the letters an alias can start with). */
  rootSymbols: number[];
}

export class TrieBuilder {
  private readonly kids: Map<number, number>[] = [new Map()];
  private readonly flags: number[] = [0];
  private readonly outs: (number[] | undefined)[] = [undefined];

  /** The child of `node` on `sym`, created when missing. */
  step(node: number, sym: number): number {
    const kids = this.kids[node]!;
    let next = kids.get(sym);
    if (next === undefined) {
      next = this.kids.length;
      kids.set(sym, next);
      this.kids.push(new Map());
      this.flags.push(0);
      this.outs.push(undefined);
    }
    return next;
  }

  /** Follows (creating) a path of symbols from `node`. */
  path(node: number, syms: readonly number[]): number {
    for (const s of syms) node = this.step(node, s);
    return node;
  }

  mark(node: number, flag: number): void {
    this.flags[node]! |= flag;
  }

  addOutput(node: number, rule: number): void {
    const list = (this.outs[node] ??= []);
    if (!list.includes(rule)) list.push(rule);
  }

  get size(): number {
    return this.kids.length;
  }

  build(alphabetSize: number): DoubleArray {
    const count = this.kids.length;
    const pos = new Int32Array(count);
    let cap = Math.max(1024, count * 2 + alphabetSize + 1);
    let base = new Int32Array(cap);
    let check = new Int32Array(cap).fill(-1);
    check[0] = -2; // the root is taken and has no parent
    let nextCheck = 1;
    const grow = (need: number) => {
      if (need < cap) return;
      let next = cap;
      while (next <= need) next *= 2;
      const b = new Int32Array(next);
      b.set(base);
      const c = new Int32Array(next).fill(-1);
      c.set(check);
      base = b;
      check = c;
      cap = next;
    };
    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      const here = pos[node]!;
      const map = this.kids[node]!;
      if (!map.size) continue;
      const kids = [...map.entries()];
      if (kids.length > 1) kids.sort((a, b) => a[0] - b[0]);
      // Darts-style placement: scan free slots from nextCheck; move nextCheck on once the scanned region is nearly full.
      const first = kids[0]![0];
      const last = kids[kids.length - 1]![0];
      let p = Math.max(first + 1, nextCheck);
      let occupied = 0;
      let firstFreeSeen = false;
      let b: number;
      for (;; p++) {
        grow(p + last + alphabetSize);
        if (check[p] !== -1) {
          occupied++;
          continue;
        }
        if (!firstFreeSeen) {
          nextCheck = p;
          firstFreeSeen = true;
        }
        b = p - first;
        let fits = true;
        for (let k = 1; k < kids.length && fits; k++) fits = check[b + kids[k]![0]] === -1;
        if (fits) break;
      }
      if (occupied / (p - nextCheck + 1) >= 0.95) nextCheck = p;
      base[here] = b;
      for (const [sym, child] of kids) {
        check[b + sym] = here;
        pos[child] = b + sym;
        queue.push(child);
      }
    }
    let used = 0;
    for (let i = 0; i < count; i++) used = Math.max(used, pos[i]!, base[pos[i]!]!);
    const size = used + alphabetSize + 1;
    const info = new Int32Array(size);
    const outputs: number[] = [0];
    for (let i = 0; i < count; i++) {
      const list = this.outs[i];
      let ptr = 0;
      if (list?.length) {
        ptr = outputs.length;
        outputs.push(list.length, ...list);
      }
      info[pos[i]!] = (ptr << 1) | this.flags[i]!;
    }
    return {
      base: base.slice(0, size),
      check: check.slice(0, size),
      info,
      outputs: Int32Array.from(outputs),
      rootSymbols: [...this.kids[0]!.keys()],
    };
  }
}
