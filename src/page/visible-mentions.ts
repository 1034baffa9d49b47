/**
 * Which mentions get underlined: those within about a viewport of what is on
 * screen. Chromium redraws every registered highlight range on every
 * highlight change (a 50-65 ms frame at ~1,250 ranges, ~10 ms at ~100), so
 * only the mentions near the viewport are registered, and they come and go as
 * the page scrolls. Every mention stays hoverable and counted: hit-testing
 * and counts read the scanner's index, not the highlights.
 *
 * Visibility comes from an IntersectionObserver on the mentions' parent
 * elements (one target per element, however many mentions it holds), with a
 * generous margin: no layout reads of our own. An element without a layout
 * box (display: contents or none, inside a closed <details>, removed) cannot
 * say where its text is, so its mentions move to its parent's target.
 */
import type { MentionChange, PageMention } from './types';

export interface VisibilityEntry {
  target: Element;
  /** Within the margin around the viewport. */
  isIntersecting: boolean;
  /** The target has a layout box (a non-empty bounding rect). Only read when it is not intersecting. */
  hasBox: boolean;
}

export interface VisibilityObserver {
  observe(target: Element): void;
  unobserve(target: Element): void;
  disconnect(): void;
}

export type CreateVisibilityObserver = (onEntries: (entries: readonly VisibilityEntry[]) => void) => VisibilityObserver;

/**
 * IntersectionObserver with `margin` around the document's viewport. The
 * document as root (not the implicit root) so the margin also applies in
 * cross-origin frames; scrollMargin extends it into nested scrollers where
 * supported. Null where there is no IntersectionObserver.
 */
export function intersectionVisibility(doc: Document, margin = '100%'): CreateVisibilityObserver | null {
  const IO = doc.defaultView?.IntersectionObserver;
  if (typeof IO !== 'function') return null;
  return (onEntries) => {
    const init = { root: doc, rootMargin: margin, scrollMargin: margin } as IntersectionObserverInit;
    let io: IntersectionObserver;
    // The first callback lists every target of a long page: each rect read allocates, so read it
    // once, and only for targets out of range (the only ones whose box matters).
    const hasBox = (rect: DOMRectReadOnly) => rect.width > 0 || rect.height > 0;
    const callback = (entries: IntersectionObserverEntry[]) =>
      onEntries(entries.map((e) => ({ target: e.target, isIntersecting: e.isIntersecting, hasBox: e.isIntersecting || hasBox(e.boundingClientRect) })));
    try {
      io = new IO(callback, init);
    } catch {
      io = new IO(callback, { rootMargin: margin }); // a document root unsupported: the implicit root
    }
    return io;
  };
}

/** A change for the highlighter: `released` mentions went far from the viewport (their removal may wait). */
export interface VisibleChange extends MentionChange {
  released: readonly PageMention[];
}

export interface VisibleMentions {
  /** A scanner change: mentions near the viewport are passed on at once, the rest when they come near. */
  apply(change: MentionChange): void;
  /** Mentions currently passed on (near the viewport). */
  readonly shownCount: number;
  /** Elements observed. */
  readonly targetCount: number;
  dispose(): void;
}

/**
 * Passes on to `onChange` the part of each scanner change that is near the
 * viewport, and adds or removes mentions as their elements come near or go
 * away. Without an observer (`create` null) every mention is passed on.
 */
export function createVisibleMentions(
  onChange: (change: VisibleChange) => void,
  create: CreateVisibilityObserver | null,
): VisibleMentions {
  if (!create) {
    let shown = 0;
    return {
      apply(change) {
        shown += change.added.length - change.removed.length;
        onChange({ ...change, released: [] });
      },
      get shownCount() {
        return shown;
      },
      targetCount: 0,
      dispose: () => undefined,
    };
  }

  /** Observed element -> the mentions whose visibility it stands for. */
  const members = new Map<Element, PageMention[]>();
  /** Which target a text node's mentions are filed under (weak: removed nodes are simply forgotten). */
  let targetOf = new WeakMap<Text, Element>();
  const near = new Set<Element>();
  let shown = 0;
  let added: PageMention[] = [];
  let removed: PageMention[] = [];
  let released: PageMention[] = [];

  const observer = create(onEntries);

  function emit(): void {
    if (added.length === 0 && removed.length === 0 && released.length === 0) return;
    const change = { added, removed, released };
    shown += added.length - removed.length - released.length;
    added = [];
    removed = [];
    released = [];
    onChange(change);
  }

  /** Files `m` under `target` (observing it if new). Queues it to be shown when the target is near and it was not shown. */
  function file(m: PageMention, target: Element, wasShown = false): boolean {
    let list = members.get(target);
    if (!list) {
      members.set(target, (list = []));
      observer.observe(target);
    }
    list.push(m);
    targetOf.set(m.node, target);
    const shows = near.has(target);
    if (shows && !wasShown) added.push(m);
    return shows;
  }

  function unfile(m: PageMention): void {
    const target = targetOf.get(m.node);
    const list = target && members.get(target);
    if (!list) return;
    const i = list.indexOf(m);
    if (i < 0) return;
    list.splice(i, 1);
    if (near.has(target)) removed.push(m);
    if (list.length === 0) drop(target);
  }

  function drop(target: Element): void {
    members.delete(target);
    near.delete(target);
    observer.unobserve(target);
  }

  function onEntries(entries: readonly VisibilityEntry[]): void {
    for (const { target, isIntersecting, hasBox } of entries) {
      const list = members.get(target);
      if (!list) continue;
      if (isIntersecting) {
        if (!near.has(target)) {
          near.add(target);
          for (const m of list) added.push(m);
        }
        continue;
      }
      const wasNear = near.delete(target);
      if (hasBox) {
        if (wasNear) for (const m of list) released.push(m);
        continue;
      }
      // No layout box (display: contents or none, a closed <details>, removed): the text's own
      // element cannot tell where it is. Its parent can; or, if the page moved the text, its new element.
      const up = parentOf(target);
      const stay: PageMention[] = [];
      const moving: [PageMention, Element][] = [];
      for (const m of list) {
        const home = parentOf(m.node);
        const next = home && home.isConnected && !target.contains(home) ? home : up;
        if (next) moving.push([m, next]);
        else stay.push(m); // the top of a document without layout (a hidden frame): wait for a box
      }
      if (stay.length === 0) drop(target);
      else members.set(target, stay);
      for (const m of stay) if (wasNear) released.push(m);
      for (const [m, next] of moving) if (!file(m, next, wasNear) && wasNear) released.push(m);
    }
    emit();
  }

  return {
    apply(change) {
      // Additions first: a rescanned node keeps its target observed (and known to be near) throughout.
      for (const m of change.added) {
        const home = parentOf(m.node);
        if (!home) continue;
        // Filed higher up before (its element had no box): stay there while the node is still below it.
        const filed = targetOf.get(m.node);
        file(m, filed && filed !== home && filed.contains(home) ? filed : home);
      }
      for (const m of change.removed) unfile(m);
      emit();
    },
    get shownCount() {
      return shown;
    },
    get targetCount() {
      return members.size;
    },
    dispose() {
      observer.disconnect();
      members.clear();
      near.clear();
      targetOf = new WeakMap();
      added = [];
      removed = [];
      released = [];
      shown = 0;
    },
  };
}

/** The element a node's box belongs to: its parent, or the host when it sits directly in a shadow root. */
function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}
