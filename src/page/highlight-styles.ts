/**
 * The `::highlight()` rules for our marks, and getting them into the page.
 * Kept apart from the highlighter: the lead injects the styles once per
 * document (and per shadow root), the highlighter runs all along.
 */

export const HIGHLIGHT_PREFIX = 'steppe-lens-';
/** The mention whose card is open: drawn above the entity highlights. */
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;

/** A CSS-ident-safe highlight name for an entity id. */
export function highlightName(entity: string): string {
  return HIGHLIGHT_PREFIX + entity.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
}

export interface UnderlineStyle {
  color: string;
  style: 'dotted' | 'dashed' | 'solid';
}

/**
 * Mid-luminance colours (relative luminance 0.19-0.22): at least 3.9:1 against
 * both white and black, so the underline reads on light and dark pages.
 * Blue and violet differ in dash pattern too, for colour-blind readers.
 */
export const ENTITY_UNDERLINES: Readonly<Record<string, UnderlineStyle>> = {
  kazakhstan: { color: '#0b84c6', style: 'dotted' },
  tokayev: { color: '#a97700', style: 'dotted' },
  sco: { color: '#8a63d2', style: 'dashed' },
};
export const FALLBACK_UNDERLINE: UnderlineStyle = { color: '#7a7a7a', style: 'dotted' };

/** `::highlight()` rules for the given entities: a quiet underline, the page's own colours untouched. */
export function highlightStyles(entities: readonly string[] = Object.keys(ENTITY_UNDERLINES)): string {
  const rule = (name: string, u: UnderlineStyle, thickness: string) =>
    `::highlight(${name}) { text-decoration: underline ${u.style} ${u.color}; ` +
    `text-decoration-thickness: ${thickness}; text-underline-offset: 0.2em; text-decoration-skip-ink: none; }`;
  const rules = entities.map((e) => rule(highlightName(e), ENTITY_UNDERLINES[e] ?? FALLBACK_UNDERLINE, '1.5px'));
  rules.push(`::highlight(${ACTIVE_HIGHLIGHT}) { text-decoration: underline solid currentcolor; text-decoration-thickness: 2px; text-underline-offset: 0.2em; }`);
  return rules.join('\n');
}

export interface InstalledStyles {
  /** How the rules got into the document: 'adopted' (constructable sheet), 'style-element' (fallback), 'none'. */
  readonly mode: 'adopted' | 'style-element' | 'none';
  /** Puts the rules back if the page replaced its adoptedStyleSheets or removed our element. Cheap. */
  ensure(): void;
  remove(): void;
}

/**
 * `::highlight()` rules must be in the document's own style sheets to reach
 * page text. A constructable sheet is appended to `adoptedStyleSheets`
 * (never replacing the page's): no DOM change, and not subject to the page's
 * CSP style-src. Firefox content scripts cannot adopt sheets (Xray wrappers,
 * bug 1770592): there a <style> element is the fallback.
 */
export function installHighlightStyles(doc: Document, css: string = highlightStyles()): InstalledStyles {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (!Sheet || !Array.isArray(doc.adoptedStyleSheets)) throw new Error('no constructable sheets');
    const sheet = new Sheet();
    sheet.replaceSync(css);
    const adopt = () => {
      const list = doc.adoptedStyleSheets;
      if (list.includes(sheet)) return;
      try {
        list.push(sheet); // Chromium >= 99 / Firefox >= 101: an observable array
      } catch {
        doc.adoptedStyleSheets = [...list, sheet];
      }
    };
    adopt();
    if (!doc.adoptedStyleSheets.includes(sheet)) throw new Error('sheet not adopted');
    return {
      mode: 'adopted',
      ensure: adopt,
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    return installStyleElement(doc, css);
  }
}

function installStyleElement(doc: Document, css: string): InstalledStyles {
  const parent = doc.head ?? doc.documentElement;
  if (!parent) return { mode: 'none', ensure: () => undefined, remove: () => undefined };
  const style = doc.createElement('style');
  style.setAttribute('data-steppe-lens', '');
  style.textContent = css;
  const attach = () => {
    if (!style.isConnected) (doc.head ?? doc.documentElement)?.append(style);
  };
  attach();
  return { mode: 'style-element', ensure: attach, remove: () => style.remove() };
}
