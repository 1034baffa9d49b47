/**
 * The one element Steppe Lens adds to a page: `<steppe-lens>` on <html>, with an
 * open shadow root holding the card. Created on the first card, so a page that
 * is never hovered is never touched. Styles are a constructed stylesheet adopted
 * by the shadow root: the page's CSS cannot reach the card, ours cannot leak out,
 * and a strict page CSP does not block it.
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render, type ComponentChild } from 'preact';
import cardCss from '../ui/card/card.css?inline';

export const HOST_TAG = 'steppe-lens';

export interface CardHost {
  /**
   * During the hover dwell: creates the host and lays out `content` unseen, so
   * opening the card is only a reveal (the first layout of the card's styles
   * and fonts costs tens of milliseconds).
   */
  prepare(content?: ComponentChild, dir?: 'ltr' | 'rtl', theme?: 'auto' | 'light' | 'dark'): void;
  /** Renders `content` next to `anchor` (a viewport rect) and shows it. */
  show(content: ComponentChild, anchor: DOMRect, dir: 'ltr' | 'rtl', theme: 'auto' | 'light' | 'dark'): void;
  hide(): void;
  isOpen(): boolean;
  /** True when the event target or node is inside the card. */
  contains(target: EventTarget | null): boolean;
  /** The focusable root of the card, for Tab / keyboard entry. */
  focus(): void;
  host(): HTMLElement | undefined;
  destroy(): void;
}

export function createCardHost(doc: Document): CardHost {
  let host: HTMLElement | undefined;
  let frame: HTMLDivElement | undefined;
  let open = false;

  const ensure = () => {
    if (host?.isConnected && frame) return frame;
    host = doc.createElement(HOST_TAG);
    // Inline styles on our own element keep it out of the page's layout whatever the page's CSS says.
    host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(`${cardCss}\n.frame { position: fixed; top: 0; left: 0; }`);
    root.adoptedStyleSheets = [sheet];
    frame = doc.createElement('div');
    frame.className = 'frame';
    root.append(frame);
    doc.documentElement.append(host);
    return frame;
  };

  const applyTheme = (theme: 'auto' | 'light' | 'dark') => {
    if (theme === 'auto') host?.removeAttribute('data-theme');
    else host?.setAttribute('data-theme', theme);
  };

  return {
    prepare(content, dir, theme) {
      const target = ensure();
      if (open || content === undefined) return;
      applyTheme(theme ?? 'auto');
      target.dir = dir ?? 'ltr';
      target.style.visibility = 'hidden';
      render(content, target);
    },
    show(content, anchor, dir, theme) {
      const target = ensure();
      applyTheme(theme);
      target.dir = dir;
      render(content, target);
      target.style.visibility = open ? 'visible' : 'hidden'; // measure before first paint, no jump
      open = true;
      const reference = { getBoundingClientRect: () => anchor };
      void computePosition(reference, target, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              elements.floating.style.maxHeight = `${Math.max(160, availableHeight)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (!open) return;
        target.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        target.style.visibility = 'visible';
      });
    },
    hide() {
      if (!frame) return;
      open = false;
      render(null, frame);
    },
    isOpen: () => open,
    contains(target) {
      if (!host || !target) return false;
      return target === host || (target instanceof Node && (host.contains(target) || !!host.shadowRoot?.contains(target)));
    },
    focus() {
      const first = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
    },
    host: () => host,
    destroy() {
      if (frame) render(null, frame);
      host?.remove();
      host = frame = undefined;
      open = false;
    },
  };
}
