/**
 * The page's mentions, keyed by text node: the source of truth for
 * highlighting and hit-testing. Keeps per-entity counts as it goes and
 * collects what changed until the scanner flushes it.
 */
import type { Mention, MentionChange, PageMention } from './types';

export class MentionStore {
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly counts = new Map<string, number>();
  private added: PageMention[] = [];
  private removed: PageMention[] = [];

  get size(): number {
    return this.byNode.size;
  }

  get(node: Text): readonly PageMention[] | undefined {
    return this.byNode.get(node);
  }

  nodes(): IterableIterator<Text> {
    return this.byNode.keys();
  }

  /** Replaces `node`'s mentions. Records a change only when they differ. */
  set(node: Text, found: readonly Mention[]): void {
    const old = this.byNode.get(node);
    if (old ? sameMentions(old, found) : found.length === 0) return;
    if (old) this.drop(node, old);
    if (found.length === 0) return;
    const fresh = found.map((m): PageMention => ({ entity: m.entity, node, start: m.start, end: m.end }));
    this.byNode.set(node, fresh);
    for (const m of fresh) this.bump(m.entity, 1);
    for (const m of fresh) this.added.push(m);
  }

  /** Adds mentions after `node`'s current ones: a huge node's results arrive window by window. */
  append(node: Text, found: readonly Mention[]): void {
    if (found.length === 0) return;
    let list = this.byNode.get(node);
    if (!list) this.byNode.set(node, (list = []));
    for (const m of found) {
      const pm: PageMention = { entity: m.entity, node, start: m.start, end: m.end };
      list.push(pm);
      this.bump(pm.entity, 1);
      this.added.push(pm);
    }
  }

  delete(node: Text): void {
    const old = this.byNode.get(node);
    if (old) this.drop(node, old);
  }

  /** Drops every node `test` rejects, e.g. nodes no longer in the document. */
  retain(test: (node: Text) => boolean): void {
    for (const [node, old] of this.byNode) if (!test(node)) this.drop(node, old);
  }

  clear(): void {
    for (const [node, old] of this.byNode) this.drop(node, old);
  }

  countsByEntity(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** What changed since the last call, or null when nothing did. */
  takeChange(): MentionChange | null {
    if (this.added.length === 0 && this.removed.length === 0) return null;
    let { added, removed } = this;
    this.added = [];
    this.removed = [];
    // A mention added and removed since the last flush never reached anyone.
    const fresh = new Set(added);
    const stale = removed.filter((m) => fresh.has(m));
    if (stale.length > 0) {
      const gone = new Set(stale);
      added = added.filter((m) => !gone.has(m));
      removed = removed.filter((m) => !gone.has(m));
    }
    return added.length === 0 && removed.length === 0 ? null : { added, removed };
  }

  private drop(node: Text, old: readonly PageMention[]): void {
    this.byNode.delete(node);
    for (const m of old) {
      this.bump(m.entity, -1);
      this.removed.push(m);
    }
  }

  private bump(entity: string, by: number): void {
    const n = (this.counts.get(entity) ?? 0) + by;
    if (n === 0) this.counts.delete(entity);
    else this.counts.set(entity, n);
  }
}

function sameMentions(a: readonly PageMention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.entity !== y.entity || x.start !== y.start || x.end !== y.end) return false;
  }
  return true;
}
