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
  // Children as linked lists of edges in flat arrays (no Map per node: thousands of nodes).
  private readonly firstEdge: number[] = [-1];
  private readonly flags: number[] = [0];
  private readonly outs = new Map<number, number[]>();
  private readonly edgeSym: number[] = [];
  private readonly edgeTo: number[] = [];
  private readonly edgeNext: number[] = [];
  /** The root has many children: indexed by symbol. */
  private readonly rootKids = new Map<number, number>();

  /** The child of `node` on `sym`, created when missing. */
  step(node: number, sym: number): number {
    if (node === 0) {
      const known = this.rootKids.get(sym);
      if (known !== undefined) return known;
    } else {
      for (let e = this.firstEdge[node]!; e !== -1; e = this.edgeNext[e]!) if (this.edgeSym[e] === sym) return this.edgeTo[e]!;
    }
    const child = this.firstEdge.length;
    this.firstEdge.push(-1);
    this.flags.push(0);
    this.edgeSym.push(sym);
    this.edgeTo.push(child);
    this.edgeNext.push(this.firstEdge[node]!);
    this.firstEdge[node] = this.edgeSym.length - 1;
    if (node === 0) this.rootKids.set(sym, child);
    return child;
  }

  mark(node: number, flag: number): void {
    this.flags[node]! |= flag;
  }

  addOutput(node: number, rule: number): void {
    const list = this.outs.get(node);
    if (!list) this.outs.set(node, [rule]);
    else if (!list.includes(rule)) list.push(rule);
  }

  get size(): number {
    return this.firstEdge.length;
  }

  /**
   * Packs the trie: nodes in breadth-first order, each one's children placed at
   * the first free stretch past everything placed so far (no search for holes:
   * linear time; the holes left inside a node's spread of symbols are few).
   */
  build(alphabetSize: number): DoubleArray {
    const count = this.firstEdge.length;
    const pos = new Int32Array(count);
    let cap = Math.max(1024, count * 2 + alphabetSize * 2);
    let base = new Int32Array(cap);
    let check = new Int32Array(cap).fill(-1);
    check[0] = -2; // the root is taken and has no parent
    let frontier = 1;
    const queue = new Int32Array(count);
    let tail = 1;
    const syms: number[] = [];
    const kids: number[] = [];
    for (let q = 0; q < tail; q++) {
      const node = queue[q]!;
      const here = pos[node]!;
      syms.length = 0;
      kids.length = 0;
      for (let e = this.firstEdge[node]!; e !== -1; e = this.edgeNext[e]!) {
        // insertion by symbol keeps children sorted (few per node)
        const sym = this.edgeSym[e]!;
        let k = syms.length;
        syms.push(sym);
        kids.push(this.edgeTo[e]!);
        while (k > 0 && syms[k - 1]! > sym) {
          syms[k] = syms[k - 1]!;
          kids[k] = kids[k - 1]!;
          k--;
        }
        syms[k] = sym;
        kids[k] = this.edgeTo[e]!;
      }
      if (!syms.length) continue;
      const first = syms[0]!;
      const last = syms[syms.length - 1]!;
      let b = Math.max(1, frontier - first);
      for (;;) {
        if (b + last + alphabetSize >= cap) {
          let next = cap;
          while (next <= b + last + alphabetSize) next *= 2;
          const nb = new Int32Array(next);
          nb.set(base);
          const nc = new Int32Array(next).fill(-1);
          nc.set(check);
          base = nb;
          check = nc;
          cap = next;
        }
        let fits = true;
        for (let k = 0; k < syms.length && fits; k++) fits = check[b + syms[k]!] === -1;
        if (fits) break;
        b++;
      }
      base[here] = b;
      for (let k = 0; k < syms.length; k++) {
        const at = b + syms[k]!;
        check[at] = here;
        pos[kids[k]!] = at;
        queue[tail++] = kids[k]!;
      }
      frontier = Math.max(frontier, b + last + 1);
    }
    const size = frontier + alphabetSize + 1;
    const info = new Int32Array(size);
    const outputs: number[] = [0];
    for (let i = 0; i < count; i++) {
      const list = this.outs.get(i);
      let ptr = 0;
      if (list) {
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
      rootSymbols: [...this.rootKids.keys()],
    };
  }
}
