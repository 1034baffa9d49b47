/** Finds where a piece of text is drawn, so tests can put the pointer on it as a person would. */
import type { Frame, Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

// Plain JavaScript, sent as source: TypeScript runners (tsx) decorate named
// functions with helpers that do not exist in the page.
const FIND_TEXT = `(({ text, scope, occurrence }) => {
  let seen = 0;
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      // Closed roots only where the fixture page hands them to the test (window.__closedRoots).
      const shadow = node.nodeType === Node.ELEMENT_NODE ? node.shadowRoot ?? window.__closedRoots?.get(node) : null;
      if (shadow) {
        const inner = visit(shadow);
        if (inner) return inner;
      }
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const data = node.data;
      for (let at = data.indexOf(text); at >= 0; at = data.indexOf(text, at + 1)) {
        if (seen++ < occurrence) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
        return range.getClientRects()[0] ?? null;
      }
    }
    return null;
  };
  for (const el of document.querySelectorAll(scope)) {
    const rect = visit(el);
    if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
})`;

/**
 * The centre of the `occurrence`-th (from 0) place where `text` is drawn inside
 * the elements matching `scope`, searched text node by text node, open shadow
 * roots included, scrolled into view first. Throws when it is not on the page.
 */
export async function pointOnText(target: Page | Frame, text: string, { scope = 'body', occurrence = 0 } = {}): Promise<Point> {
  const point = (await target.evaluate(`${FIND_TEXT}(${JSON.stringify({ text, scope, occurrence })})`)) as Point | null;
  if (!point) throw new Error(`"${text}" is not drawn inside ${scope}`);
  return point;
}
