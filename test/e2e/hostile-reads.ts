/**
 * What hostile.e2e.ts reads from a page, as plain JavaScript source: it runs in
 * whichever world the test picks (the page's main world through Playwright, or
 * a clean isolated world when the page replaced its own built-ins), and tsx
 * adds no helpers to it.
 */
import { SKIPPED_TAGS } from '../../src/page/collect-text';

/**
 * The text of every text node a reader sees in the frame, open shadow roots
 * included, by the rules the scanner documents (src/page/collect-text.ts):
 * skipped elements, `hidden`, editable regions, designMode. Closed roots too
 * where the page lists them in window.__closedRoots (its custom elements':
 * the content script reaches those through chrome.dom.openOrClosedShadowRoot;
 * in a clean isolated world the list is out of sight). No recursion: one
 * fixture nests 5,000 deep.
 */
export const READABLE_TEXTS = `(() => {
  const SKIPPED = new Set(${JSON.stringify([...SKIPPED_TAGS])});
  const skipped = (el) => {
    if (SKIPPED.has(el.localName) || el.hasAttribute('hidden')) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable === null) return false;
    const v = editable.toLowerCase();
    return v === '' || v === 'true' || v === 'plaintext-only';
  };
  const out = [];
  if (document.designMode === 'on') return out;
  const roots = [document, ...(window.__closedRoots ?? [])];
  while (roots.length > 0) {
    const root = roots.pop();
    let node = root.firstChild;
    while (node) {
      let child = null;
      if (node.nodeType === 1 && !skipped(node)) {
        if (node.shadowRoot) roots.push(node.shadowRoot);
        child = node.firstChild;
      } else if (node.nodeType === 3 && node.data.length > 0) {
        out.push(node.data);
      }
      if (child) { node = child; continue; }
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return out;
})()`;

/**
 * ({ text, scope, occurrence, closedRoots }) => the viewport centre of that
 * occurrence of \`text\` (a number from 0, or 'last') under the elements matching
 * \`scope\`, open shadow roots included (and window.__closedRoots if asked),
 * scrolled into view first, in either direction (vertical and right-to-left
 * pages scroll sideways); null when it is not drawn.
 */
export const POINT_ON_TEXT = `(({ text, scope, occurrence, closedRoots }) => {
  const found = [];
  const search = (root) => {
    const pending = [root];
    while (pending.length > 0) {
      const r = pending.pop();
      const walker = document.createTreeWalker(r, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.currentNode; n; n = walker.nextNode()) {
        if (n.nodeType === 1 && n.shadowRoot) pending.push(n.shadowRoot);
        if (n.nodeType !== 3) continue;
        for (let at = n.data.indexOf(text); at >= 0; at = n.data.indexOf(text, at + 1)) found.push([n, at]);
      }
    }
  };
  for (const el of document.querySelectorAll(scope)) search(el);
  if (closedRoots) for (const root of window.__closedRoots ?? []) search(root);
  const hit = occurrence === 'last' ? found[found.length - 1] : found[occurrence];
  if (!hit) return null;
  const range = document.createRange();
  range.setStart(hit[0], hit[1]);
  range.setEnd(hit[0], hit[1] + text.length);
  const centre = () => {
    const r = range.getClientRects()[0];
    return r && r.width + r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  };
  let p = centre();
  const margin = 40;
  if (p && (p.x < margin || p.y < margin || p.x > innerWidth - margin || p.y > innerHeight - margin)) {
    scrollBy({ left: p.x - innerWidth / 2, top: p.y - innerHeight / 2, behavior: 'instant' });
    p = centre();
  }
  return p;
})`;

/** The entity of the open hover card in this frame, or null. */
export const CARD_STATE = `(() => {
  const dialog = document.querySelector('steppe-lens')?.shadowRoot?.querySelector('[role="dialog"]');
  return dialog && dialog.checkVisibility({ visibilityProperty: true }) ? dialog.dataset.entity ?? 'no entity' : null;
})()`;
