/**
 * Finds the page's readable text nodes. A plain firstChild/nextSibling loop:
 * no recursion (pages nest 5,000+ deep), no TreeWalker (a JS acceptNode
 * filter measured 5-7x slower), no layout reads. Resumable, so the scanner
 * can walk a huge page in idle slices.
 */
import type { ShadowRootOf } from './types';

/** Subtrees whose text is not prose a person reads, or is not ours to mark. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template',
  'textarea', 'input', 'select', 'option', 'optgroup', 'datalist',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'audio', 'video',
  'steppe-lens', // our own UI host
]);

/** Attribute changes that can turn a subtree's text on or off (the scanner observes these). */
export const VISIBILITY_ATTRIBUTES = ['hidden', 'contenteditable'] as const;

/**
 * Whether the element's whole subtree is left alone. Attribute checks only:
 * `isContentEditable` forces a style update in Blink, the attribute does not.
 * aria-hidden text is still visible, so it is kept.
 */
export function isSkippedElement(el: Element): boolean {
  return isSkippedNamed(el, el.localName);
}

/** isSkippedElement with the localName already read: the walk reads it once per element (each DOM read costs). */
function isSkippedNamed(el: Element, name: string): boolean {
  if (SKIPPED_TAGS.has(name)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable === null) return false;
  const v = editable.toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}

/**
 * Whether `node` lies in a skipped subtree, looking up to (not including) `stop`
 * and across shadow boundaries (a shadow tree under a hidden host is hidden too).
 */
export function isInSkippedRegion(node: Node, stop: Node | null = null): boolean {
  for (let n: Node | null = node; n && n !== stop; ) {
    if (n.nodeType === 1 && isSkippedElement(n as Element)) return true;
    if (n.nodeType === 9) return (n as Document).designMode === 'on';
    n = n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : n.parentNode;
  }
  return false;
}

/** Returned by `TextCursor.next` when it stopped after `maxSteps` nodes without finding text. */
export const PAUSED = 'paused';

export interface WalkHooks {
  /** An open shadow root the walk passed (it is not entered). */
  onShadowRoot?(root: ShadowRoot): void;
  /**
   * A custom element (a name with a dash) without a shadow root yet: it may
   * attach one when its definition loads, which no MutationObserver reports.
   */
  onPendingHost?(el: Element): void;
  /**
   * A custom element's closed shadow root, where the browser lets us see it.
   * Asked only of custom elements (names with a dash), where closed roots
   * live in practice: one more DOM call per element would slow every walk.
   */
  closedRoot?: ShadowRootOf;
}

/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT (literal: no NodeFilter global in Node tests). */
const ELEMENTS_AND_TEXT = 0x1 | 0x4;

/**
 * Walks `root` in document order, yielding non-empty visible text nodes one
 * at a time. Open shadow roots it passes are reported, not entered: the
 * scanner scans and observes each as a root of its own.
 *
 * A TreeWalker without a filter steps: one native call per node instead of
 * firstChild/nextSibling/parentNode from script (the content script's first
 * walk of a page runs cold: the 1 MB bench page walked in 5-10 ms this way,
 * 7-22 ms the other, in an isolated world). Comments are not shown to it.
 */
export class TextCursor {
  readonly root: Node;
  private node: Node | null;
  private readonly hooks: WalkHooks;
  private readonly walker: TreeWalker | null;
  /** The walker's currentNode is `node` (moveTo breaks this until the next step). */
  private synced = true;

  constructor(root: Node, hooks: WalkHooks = {}) {
    this.root = root;
    this.hooks = hooks;
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    // designMode makes the whole document editable.
    this.node = doc?.designMode === 'on' ? null : root;
    this.walker = doc ? doc.createTreeWalker(root, ELEMENTS_AND_TEXT) : null;
    if (!this.walker) this.node = null;
  }

  /** The next node the walk will visit; null when done. */
  get position(): Node | null {
    return this.node;
  }

  get done(): boolean {
    return this.node === null;
  }

  /** Continue from `node` (re-entering it) — used when the page removed the node we were at. */
  moveTo(node: Node | null): void {
    this.node = node;
    this.synced = false;
  }

  /** The next text node; null when the walk is over; PAUSED after `maxSteps` nodes without one. */
  next(maxSteps = Infinity): Text | null | typeof PAUSED {
    let node = this.node;
    const walker = this.walker!;
    if (node && !this.synced) walker.currentNode = node;
    this.synced = true;
    let steps = 0;
    // Invariant: walker.currentNode === node.
    while (node) {
      if (steps++ >= maxSteps) {
        this.node = node;
        return PAUSED;
      }
      const type = node.nodeType;
      if (type === 3) {
        const text = node as Text;
        node = walker.nextNode();
        if (text.length > 0) {
          this.node = node;
          return text;
        }
        continue;
      }
      if (type === 1) {
        const el = node as Element;
        const name = el.localName;
        if (isSkippedNamed(el, name)) {
          node = afterSubtree(walker);
          continue;
        }
        const custom = name.includes('-'); // closed roots and late shadow roots: custom elements only
        const shadow = el.shadowRoot ?? (custom && this.hooks.closedRoot ? this.hooks.closedRoot(el) : null);
        if (shadow) this.hooks.onShadowRoot?.(shadow);
        else if (custom) this.hooks.onPendingHost?.(el);
      }
      node = walker.nextNode(); // an element's first child, or a Document, ShadowRoot or fragment root's
    }
    this.node = null;
    return null;
  }
}

/** Moves the walker past its current node's subtree (never above its root); the node there, or null. */
function afterSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

export interface CollectedText {
  texts: Text[];
  shadowRoots: ShadowRoot[];
}

/**
 * Everything at once: the visible text nodes under `root` and the open shadow
 * roots passed on the way. With `deep`, the shadow roots' text is collected too.
 */
export function collectText(root: Node, { deep = false } = {}): CollectedText {
  const texts: Text[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const pending: Node[] = [root];
  for (let r = pending.pop(); r; r = pending.pop()) {
    const cursor = new TextCursor(r, {
      onShadowRoot(s) {
        shadowRoots.push(s);
        if (deep) pending.push(s);
      },
    });
    for (let t = cursor.next(); t; t = cursor.next()) if (t !== PAUSED) texts.push(t);
  }
  return { texts, shadowRoots };
}
