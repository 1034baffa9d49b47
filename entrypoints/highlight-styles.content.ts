import { adoptHighlightStylesEarly } from '../src/page/highlight-styles';

/**
 * The underline rules, adopted at document start. Adopting a sheet with
 * `::highlight()` rules later makes Chromium restyle the whole page (50-80 ms
 * on a 1 MB page); before the body is parsed it costs nothing.
 *
 * A tiny script of its own, not the main one moved to document_start: the
 * parser waits for document_start scripts, and evaluating the main bundle
 * there took 20-50 ms (test/bench/page.ts) where only these rules need to be
 * early. In the page's main world: no page script has run yet, so nothing can
 * interfere, and no isolated world (with the extension API bindings WXT's
 * wrapper touches: 5-8 ms) has to be set up while the parser waits. It leaves
 * no global behind. The main content script finds the sheet by its rules.
 * Not in Firefox: its content scripts keep the <style> fallback.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  world: 'MAIN',
  exclude: ['firefox'],
  main() {
    adoptHighlightStylesEarly(document);
  },
});
