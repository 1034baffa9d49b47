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

/**
 * Walks `root` in document order, yielding non-empty visible text nodes one
 * at a time. Open shadow roots it passes are reported, not entered: the
 * scanner scans and observes each as a root of its own.
 */
export class TextCursor {
  readonly root: Node;
  private node: Node | null;
  private readonly hooks: WalkHooks;

  constructor(root: Node, hooks: WalkHooks = {}) {
    this.root = root;
    this.hooks = hooks;
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    // designMode makes the whole document editable.
    this.node = doc?.designMode === 'on' ? null : root;
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
  }

  /** The next text node; null when the walk is over; PAUSED after `maxSteps` nodes without one. */
  next(maxSteps = Infinity): Text | null | typeof PAUSED {
    let node = this.node;
    let steps = 0;
    while (node) {
      if (steps++ >= maxSteps) {
        this.node = node;
        return PAUSED;
      }
      const type = node.nodeType;
      let child: Node | null = null;
      if (type === 1) {
        const el = node as Element;
        const name = el.localName;
        if (!isSkippedNamed(el, name)) {
          const custom = name.includes('-'); // closed roots and late shadow roots: custom elements only
          const shadow = el.shadowRoot ?? (custom && this.hooks.closedRoot ? this.hooks.closedRoot(el) : null);
          if (shadow) this.hooks.onShadowRoot?.(shadow);
          else if (custom) this.hooks.onPendingHost?.(el);
          child = el.firstChild;
        }
      } else if (type === 3) {
        const text = node as Text;
        if (text.length > 0) {
          this.node = this.after(text);
          return text;
        }
      } else if (type === 9 || type === 11) {
        child = node.firstChild; // the root itself: Document, ShadowRoot or fragment
      }
      node = child ?? this.after(node);
    }
    this.node = null;
    return null;
  }

  /** The node after `node`'s subtree in document order, staying inside root. */
  private after(node: Node): Node | null {
    for (let n: Node = node; n !== this.root; ) {
      const sibling = n.nextSibling;
      if (sibling) return sibling;
      const parent = n.parentNode;
      if (!parent) return null;
      n = parent;
    }
    return null;
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
