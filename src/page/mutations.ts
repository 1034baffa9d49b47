/**
 * Turns the page's mutation records into scanner work: which text nodes to
 * re-detect, which subtrees to walk, whether something left the document or
 * went out of sight, and where a paused walk must resume when the page
 * removed the node it was at.
 */
import { isSkippedElement, type TextCursor } from './collect-text';

export interface SkipMemo {
  /** isInSkippedRegion with the answers for ancestors remembered, so a batch walks each ancestor once. */
  skipped(node: Node): boolean;
}

export function createSkipMemo(): SkipMemo {
  const memo = new Map<Node, boolean>();
  return {
    skipped(node) {
      const chain: Node[] = [];
      let result = false;
      for (let n: Node | null = node; n; ) {
        const known = memo.get(n);
        if (known !== undefined) {
          result = known;
          break;
        }
        chain.push(n);
        if (n.nodeType === 1 && isSkippedElement(n as Element)) {
          result = true;
          break;
        }
        if (n.nodeType === 9) {
          result = (n as Document).designMode === 'on';
          break;
        }
        n = n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : n.parentNode;
      }
      for (const c of chain) memo.set(c, result);
      return result;
    },
  };
}

export interface RecordSink {
  /** A text node's data changed: detect it again. */
  textChanged(node: Text): void;
  /** A text node changed or arrived inside a skipped subtree: its mentions go. */
  textHidden(node: Text): void;
  /** A text node arrived (maybe moved): detect it unless already done. */
  textAdded(node: Text): void;
  /** An element arrived or became visible: walk it. */
  subtreeAdded(node: Element): void;
  /** The walks in progress, to be moved back when the page removes the node one is at. */
  walks(): readonly TextCursor[];
}

export interface RecordsResult {
  /** Index of the first record not handled (records.length when all are). */
  next: number;
  /** Nodes were removed: mentions of disconnected nodes must go. */
  removed: boolean;
  /** Something may have gone out of sight (hidden, made editable, moved into a skipped subtree). */
  hidden: boolean;
}

const CHECK_EVERY = 256;

export function applyRecords(
  records: readonly MutationRecord[],
  start: number,
  deadline: number,
  now: () => number,
  memo: SkipMemo,
  sink: RecordSink,
): RecordsResult {
  const result: RecordsResult = { next: start, removed: false, hidden: false };
  const removals: MutationRecord[] = [];
  let i = start;
  for (; i < records.length; i++) {
    if ((i - start) % CHECK_EVERY === CHECK_EVERY - 1 && now() >= deadline) break;
    const r = records[i]!;
    if (r.type === 'characterData') {
      if (r.target.nodeType !== 3 || !r.target.isConnected) continue;
      if (memo.skipped(r.target)) sink.textHidden(r.target as Text);
      else sink.textChanged(r.target as Text);
    } else if (r.type === 'attributes') {
      if (!r.target.isConnected) continue;
      if (memo.skipped(r.target)) result.hidden = true;
      else sink.subtreeAdded(r.target as Element);
    } else {
      if (r.removedNodes.length > 0) {
        result.removed = true;
        removals.push(r);
      }
      for (const n of r.addedNodes) {
        if (!n.isConnected) continue; // removed again later in the batch
        if (n.nodeType !== 1 && n.nodeType !== 3) continue;
        if (n.nodeType === 3) {
          if (memo.skipped(n)) sink.textHidden(n as Text);
          else sink.textAdded(n as Text);
        } else if (memo.skipped(n)) result.hidden = true;
        else sink.subtreeAdded(n as Element);
      }
    }
  }
  result.next = i;
  if (removals.length > 0) for (const walk of sink.walks()) repairWalk(walk, removals);
  return result;
}

/**
 * If the page removed (or moved) the node a paused walk was at, or one of
 * its ancestors, resume from the parent it was removed from: text before
 * that point may be walked twice (the scanner skips what it has seen), none
 * after it is lost.
 */
function repairWalk(walk: TextCursor, removals: readonly MutationRecord[]): void {
  if (!walk.root.isConnected) return walk.moveTo(null);
  let from = 0;
  search: for (;;) {
    const pos = walk.position;
    if (!pos) return;
    const above = new Set<Node>();
    for (let n: Node | null = pos; n && n !== walk.root; n = n.parentNode) above.add(n);
    for (let k = from; k < removals.length; k++) {
      const r = removals[k]!;
      for (const n of r.removedNodes) {
        if (!above.has(n)) continue;
        walk.moveTo(r.target === walk.root || walk.root.contains(r.target) ? r.target : walk.root);
        from = k + 1;
        continue search;
      }
    }
    return;
  }
}

/**
 * After something was hidden or made editable: drop walks whose root is now
 * out of sight, and move a walk paused inside a newly skipped subtree to that
 * subtree's top, so it steps over the rest of it.
 */
export function skipHiddenWalks(walks: TextCursor[], memo: SkipMemo): void {
  for (let i = walks.length - 1; i >= 0; i--) {
    const walk = walks[i]!;
    if (memo.skipped(walk.root)) {
      walks.splice(i, 1);
      continue;
    }
    const pos = walk.position;
    if (!pos || !memo.skipped(pos)) continue;
    let top: Node = pos;
    for (let n: Node | null = pos; n && n !== walk.root; n = n.parentNode) {
      if (n.nodeType === 1 && isSkippedElement(n as Element)) top = n;
    }
    walk.moveTo(top);
  }
}
