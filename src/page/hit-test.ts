/**
 * Which mention is under the pointer, or in the selection. Not
 * `CSS.highlights.highlightsFromPoint` (30 ms at 1,000 ranges): the caret
 * position under the point, then the scanner's map from text node to its
 * mentions, confirmed against the mention's client rects (~0.08 ms).
 */
import type { MentionIndex, PageMention } from './types';

export interface MentionHit {
  mention: PageMention;
  /** For a pointer: the line box of the mention under it. For a selection: the mention's first line box. */
  rect: DOMRect;
}

interface Caret {
  node: Node;
  offset: number;
}

/** The text position under a viewport point, looking inside the known open shadow roots. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[] = []): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos =
      shadowRoots.length > 0
        ? doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })
        : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y); // older Safari; does not see into shadow roots
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * One live Range per document, reused for measuring and parked at the
 * document start afterwards: a live range costs the page a little on every
 * DOM change, so we keep exactly one rather than leave one per hover for GC.
 */
const measurers = new WeakMap<Document, Range>();

/** Client rects of a mention's text; empty if its node changed under it. */
export function mentionRects(mention: PageMention, doc: Document = mention.node.ownerDocument): DOMRect[] {
  let range = measurers.get(doc);
  if (!range) {
    range = doc.createRange();
    measurers.set(doc, range);
  }
  try {
    range.setStart(mention.node, mention.start);
    range.setEnd(mention.node, mention.end);
    return Array.from(range.getClientRects());
  } catch {
    return []; // offsets past the node's current length: the scanner has not caught up yet
  } finally {
    range.setStart(doc, 0);
    range.collapse(true);
  }
}

const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** The mention under viewport point (x, y), with the line box the point is in; null if none. */
export function mentionAt(x: number, y: number, doc: Document, index: MentionIndex): MentionHit | null {
  const known = index.shadowRoots();
  const caret = caretAt(doc, x, y, known);
  if (!caret) return null;
  if (caret.node.nodeType !== 3) {
    // Outside the roots we passed, the caret lands on the host's parent: a shadow root we have not scanned?
    const host = caret.node.childNodes[caret.offset] ?? caret.node;
    const sr = host.nodeType === 1 ? (host as Element).shadowRoot : null;
    if (sr && !known.includes(sr)) index.addShadowRoot?.(sr);
    return null;
  }
  const mentions = index.mentionsOf(caret.node as Text);
  if (!mentions) return null;
  // The caret offset falls between characters: the mention is the one touching it, and
  // a pointer past a mention's last half-character still gives offset === end.
  for (const mention of mentions) {
    if (mention.start > caret.offset) break;
    if (mention.end < caret.offset) continue;
    for (const rect of mentionRects(mention, doc)) if (inside(rect, x, y)) return { mention, rect };
  }
  return null;
}

/**
 * The first mention touching the selection (or the caret), for the keyboard
 * command. Uses composed ranges where available, so a selection inside an
 * open shadow root counts.
 */
export function mentionInSelection(selection: Selection | null, index: MentionIndex): MentionHit | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selectedRange(selection, index.shadowRoots());
  let best: PageMention | null = null;
  const consider = (m: PageMention) => {
    if (!best || (best.node === m.node ? m.start < best.start : precedes(m.node, best.node))) best = m;
  };
  const { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo, collapsed } = range;
  if (sc === ec && sc.nodeType === 3) {
    // The common case (a word selected, or a caret): only this node's mentions.
    for (const m of index.mentionsOf(sc as Text) ?? []) if (touches(m, so, eo, collapsed)) consider(m);
  } else if (!collapsed) {
    const live = toLiveRange(range, sc.ownerDocument ?? (sc as Document));
    for (const node of index.textNodes()) {
      if (!live.intersectsNode(node)) continue;
      const from = node === sc ? so : 0;
      const to = node === ec ? eo : node.length;
      for (const m of index.mentionsOf(node) ?? []) if (touches(m, from, to, false)) consider(m);
    }
  }
  const found: PageMention | null = best;
  if (!found) return null;
  const rects = mentionRects(found);
  return rects[0] ? { mention: found, rect: rects[0] } : null;
}

function selectedRange(selection: Selection, shadowRoots: readonly ShadowRoot[]): AbstractRange {
  if (typeof selection.getComposedRanges === 'function') {
    const composed = selection.getComposedRanges({ shadowRoots: [...shadowRoots] })[0];
    if (composed) return composed;
  }
  return selection.getRangeAt(0);
}

function toLiveRange(r: AbstractRange, doc: Document): Range {
  if (r instanceof Range) return r;
  const live = doc.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live;
}

function touches(m: PageMention, from: number, to: number, collapsed: boolean): boolean {
  return collapsed ? m.start <= from && from <= m.end : m.start < to && m.end > from;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Same mention, even if the scanner re-created the object when it rescanned the node. */
export function sameMention(a: PageMention, b: PageMention): boolean {
  return a === b || (a.node === b.node && a.start === b.start && a.end === b.end && a.entity === b.entity);
}

/** `same` for a hover intent over hits: the same mention, wherever the pointer is on it. */
export const sameHit = (a: MentionHit, b: MentionHit): boolean => sameMention(a.mention, b.mention);
