/**
 * Closed shadow roots, which page script cannot reach but an extension may:
 * Chrome's `chrome.dom.openOrClosedShadowRoot` (content scripts only) and
 * Firefox's `element.openOrClosedShadowRoot`. Undefined where neither exists.
 */
import type { ShadowRootOf } from '../page/types';

interface ChromeDom {
  openOrClosedShadowRoot?(el: Element): ShadowRoot | null | undefined;
}

export function closedShadowRoots(): ShadowRootOf | undefined {
  const dom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
  if (typeof dom?.openOrClosedShadowRoot === 'function') {
    return (el) => {
      try {
        return dom.openOrClosedShadowRoot!(el) ?? null;
      } catch {
        return null; // an element from another frame's document, say
      }
    };
  }
  if (typeof Element !== 'undefined' && 'openOrClosedShadowRoot' in Element.prototype) {
    return (el) => (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  }
  return undefined;
}
