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

/**
 * `::highlight()` rules for the given entities: a quiet underline, the page's own colours untouched.
 * `scope` prefixes each rule: ':root' gives the same underlines in Chromium (highlight
 * styles inherit down the tree, into shadow trees, floats, inline blocks: checked on
 * screenshots) while only the root matches the rules, where the universal form cost the
 * bench page's first style pass 20-40 ms more (none measurable with ':root').
 */
export function highlightStyles(entities: readonly string[] = Object.keys(ENTITY_UNDERLINES), scope = ''): string {
  const rule = (name: string, u: UnderlineStyle, thickness: string) =>
    `${scope}::highlight(${name}) { text-decoration: underline ${u.style} ${u.color}; ` +
    `text-decoration-thickness: ${thickness}; text-underline-offset: 0.2em; text-decoration-skip-ink: none; }`;
  const rules = entities.map((e) => rule(highlightName(e), ENTITY_UNDERLINES[e] ?? FALLBACK_UNDERLINE, '1.5px'));
  rules.push(`${scope}::highlight(${ACTIVE_HIGHLIGHT}) { text-decoration: underline solid currentcolor; text-decoration-thickness: 2px; text-underline-offset: 0.2em; }`);
  return rules.join('\n');
}

/**
 * The rules as adopted (Chromium): scoped to the root. The <style> fallback
 * (Firefox content scripts) keeps the universal form, not knowing whether
 * that engine inherits highlight styles the same way.
 */
export const adoptedHighlightStyles = (): string => highlightStyles(undefined, ':root');

export interface InstalledStyles {
  /** How the rules got into the document: 'adopted' (constructable sheet), 'style-element' (fallback), 'none'. */
  readonly mode: 'adopted' | 'style-element' | 'none';
  /** Puts the rules back if the page replaced its adoptedStyleSheets or removed our element. Cheap. */
  ensure(): void;
  remove(): void;
}

/**
 * Adopting a sheet with `::highlight()` rules makes Chromium restyle the whole
 * document (50-80 ms on a 1 MB page, measured; a sheet without them: 2 ms),
 * and any later adoption does it again. Adopted at document start, before the
 * body is parsed, the page's first style pass includes it for nothing extra.
 * Run by the document_start script (entrypoints/highlight-styles.content.ts,
 * in the page's main world: no page script has run yet, and no isolated world
 * has to be created before the parser may go on); installHighlightStyles, in
 * the main content script, finds the sheet by its rules and takes it over.
 */
export function adoptHighlightStylesEarly(doc: Document, css: string = adoptedHighlightStyles()): boolean {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (!Sheet || !Array.isArray(doc.adoptedStyleSheets)) return false;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    return adoptInto(doc, sheet);
  } catch {
    return false;
  }
}

/**
 * Takes the early sheet out of the document (Steppe Lens is off on this site).
 * Costs a restyle once, on such sites only.
 */
export function withdrawEarlyHighlightStyles(doc: Document, css: string = adoptedHighlightStyles()): void {
  try {
    const early = findSheet(doc, css);
    if (early) detach(doc, early);
  } catch {
    // no adopted sheets here (Firefox content scripts): nothing was adopted early either
  }
}

/** An adopted sheet holding exactly the rules `css` makes (the early one), if any. */
function findSheet(doc: Document, css: string): CSSStyleSheet | undefined {
  const list = doc.adoptedStyleSheets;
  if (list.length === 0) return undefined;
  const probe = new (doc.defaultView ?? window).CSSStyleSheet();
  probe.replaceSync(css);
  const text = rulesText(probe);
  return text ? list.find((s) => rulesText(s) === text) : undefined;
}

function rulesText(sheet: CSSStyleSheet): string {
  let text = '';
  for (const rule of Array.from(sheet.cssRules)) text += rule.cssText + '\n';
  return text;
}

/** Appends `sheet` to the document's adopted sheets, never replacing the page's. True when it is there. */
function adoptInto(doc: Document, sheet: CSSStyleSheet): boolean {
  const list = doc.adoptedStyleSheets;
  if (list.includes(sheet)) return true;
  try {
    list.push(sheet); // Chromium >= 99 / Firefox >= 101: an observable array
  } catch {
    doc.adoptedStyleSheets = [...list, sheet];
  }
  return doc.adoptedStyleSheets.includes(sheet);
}

function detach(doc: Document, sheet: CSSStyleSheet): void {
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

/**
 * `::highlight()` rules must be in the document's own style sheets to reach
 * page text. A constructable sheet is appended to `adoptedStyleSheets`
 * (never replacing the page's): no DOM change, and not subject to the page's
 * CSP style-src. The sheet adopted at document start is reused when there is
 * one (see adoptHighlightStylesEarly). Firefox content scripts cannot adopt
 * sheets (Xray wrappers, bug 1770592): there a <style> element is the fallback.
 */
export function installHighlightStyles(doc: Document, css?: string): InstalledStyles {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (!Sheet || !Array.isArray(doc.adoptedStyleSheets)) throw new Error('no constructable sheets');
    const rules = css ?? adoptedHighlightStyles();
    let sheet = findSheet(doc, rules);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(rules);
    }
    if (!adoptInto(doc, sheet)) throw new Error('sheet not adopted');
    return {
      mode: 'adopted',
      ensure: () => void adoptInto(doc, sheet),
      remove: () => detach(doc, sheet),
    };
  } catch {
    return installStyleElement(doc, css ?? highlightStyles());
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
