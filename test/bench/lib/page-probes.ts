/**
 * What the page benchmark runs in the page's main world (as strings: tsx
 * would wrap functions handed to Playwright in helpers the page lacks).
 *
 * The mentions to expect are found outside the extension: the bench collects
 * the page's text nodes in a browser WITHOUT the extension, runs the detector
 * over them in Node, and measures where each mention is drawn (a Range's rect,
 * in document coordinates). Layout is the same in the browser with the
 * extension (same Chromium, viewport and page; highlights do not move text),
 * so the watcher can tell which mentions are in view at any scroll position
 * and check that exactly those are underlined.
 */

/** One expected mention: text node index (in TEXT_NODES order), start, end, top and bottom (document px). */
export type ExpectedMention = [node: number, start: number, end: number, top: number, bottom: number];

export const VIEWPORT_MARKED = 'steppe-bench:viewport-marked';
export const SCROLL_START = 'steppe-bench:scroll-start';
export const SCROLL_END = 'steppe-bench:scroll-end';

/** The page's text nodes in document order, as an expression over `root` (the same walk in both browsers). */
const TEXT_NODES = `((root) => {
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
})`;

/** Evaluates to the data of every text node under <body>. */
export const TEXT_DATA = `${TEXT_NODES}(document.body).map((n) => n.data)`;

/** Evaluates (with `mentions` = [node, start, end][] bound) to [top, bottom] in document px per mention. */
export function mentionBoxes(mentions: readonly (readonly [number, number, number])[]): string {
  return `(() => {
  const nodes = ${TEXT_NODES}(document.body);
  const range = document.createRange();
  return ${JSON.stringify(mentions)}.map(([i, s, e]) => {
    range.setStart(nodes[i], s);
    range.setEnd(nodes[i], e);
    const r = range.getBoundingClientRect();
    return [Math.round(r.top + scrollY), Math.round(r.bottom + scrollY)];
  });
})()`;
}

/**
 * The main world's watcher, installed before the page's own scripts. Every
 * animation frame it reads our highlights (CSS.highlights is shared by the
 * page's worlds): how many ranges are registered (and the most ever), and
 * whether every expected mention in the viewport at scroll 0 is underlined,
 * marking that moment with performance.mark(VIEWPORT_MARKED). Per frame it
 * only walks the registered ranges (a few dozen), so it adds next to nothing
 * to the frames it shares with our highlighter.
 *
 * `__steppeBench.coverage()` answers, for the current scroll position: how
 * many expected mentions are in view, how many of them are underlined, and
 * how many registered ranges are not expected mentions at all.
 */
export function watcherScript(expected: readonly ExpectedMention[], timeoutMs: number): string {
  return `(() => {
  const expected = ${JSON.stringify(expected)};
  const state = { viewportAt: -1, inView0: 0, ranges: 0, maxRanges: 0, history: [], changes: [] };
  let signature = '';
  let index = null;
  const key = (i, s, e) => i + ':' + s + ':' + e;
  const expectedKeys = new Set(expected.map((m) => key(m[0], m[1], m[2])));
  const underlined = () => {
    const keys = new Set();
    let n = 0;
    if (window.CSS && CSS.highlights) {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('steppe-lens-') || name === 'steppe-lens-active') continue;
        for (const r of h) {
          n++;
          keys.add(key(index ? index.get(r.startContainer) : -1, r.startOffset, r.endOffset));
        }
      }
    }
    return { keys, n };
  };
  const inView = (y, h) => expected.filter((m) => m[4] > y && m[3] < y + h);
  state.coverage = () => {
    const want = inView(scrollY, innerHeight);
    const { keys, n } = underlined();
    let got = 0;
    for (const m of want) if (keys.has(key(m[0], m[1], m[2]))) got++;
    let stray = 0;
    for (const k of keys) if (!expectedKeys.has(k)) stray++;
    return { inView: want.length, underlined: got, ranges: n, stray };
  };
  let resolveDone;
  state.done = new Promise((resolve) => { resolveDone = resolve; });
  setTimeout(() => resolveDone(false), ${timeoutMs});
  const first = inView(0, innerHeight);
  state.inView0 = first.length;
  document.addEventListener('DOMContentLoaded', () => {
    index = new Map(${TEXT_NODES}(document.body).map((n, i) => [n, i]));
  });
  const tick = () => {
    if (index) {
      const { keys, n } = underlined();
      if (n !== state.ranges) { state.ranges = n; state.history.push([Math.round(performance.now()), n]); }
      const sig = [...keys].join(',');
      if (sig !== signature) { signature = sig; state.changes.push(performance.now()); }
      state.maxRanges = Math.max(state.maxRanges, n);
      if (state.viewportAt < 0 && first.every((m) => keys.has(key(m[0], m[1], m[2])))) {
        state.viewportAt = performance.now();
        performance.mark('${VIEWPORT_MARKED}');
        resolveDone(true);
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  Object.defineProperty(window, '__steppeBench', { value: state });
})();`;
}

export interface ScrollStep {
  y: number;
  inView: number;
  underlined: number;
  ranges: number;
  stray: number;
}

export interface ScrollResult {
  steps: ScrollStep[];
  /** From the last step until everything in view was underlined (-1: not within the wait). */
  settleMs: number;
  maxRanges: number;
  /** Registered ranges once scrolled back to the top and settled. */
  rangesAtTop: number;
  topCoverage: ScrollStep;
  /** performance.now() at SCROLL_START, and when the watcher saw our underlines change since. */
  startedAt: number;
  changes: number[];
}

/**
 * Scrolls the whole page a viewport every `stepMs`, reading coverage just
 * before each next step (so `stepMs` after the scroll), between
 * performance marks SCROLL_START and SCROLL_END; then waits for the last
 * position to be fully underlined, and scrolls back to the top.
 */
export function scrollScript(stepMs: number, settleWaitMs: number): string {
  return `(async () => {
  const s = window.__steppeBench;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const h = innerHeight;
  const max = document.documentElement.scrollHeight - h;
  const steps = [];
  s.maxRanges = s.ranges;
  const startedAt = performance.now();
  performance.mark('${SCROLL_START}');
  for (let y = h; ; y = Math.min(y + h, max)) {
    scrollTo(0, y);
    await sleep(${stepMs});
    steps.push({ y, ...s.coverage() });
    if (y >= max) break;
  }
  performance.mark('${SCROLL_END}');
  const t0 = performance.now();
  let settleMs = -1;
  while (performance.now() - t0 < ${settleWaitMs}) {
    const c = s.coverage();
    if (c.underlined === c.inView) { settleMs = performance.now() - t0; break; }
    await frame();
  }
  const maxRanges = s.maxRanges;
  scrollTo(0, 0);
  await sleep(${settleWaitMs});
  const top = s.coverage();
  return { steps, settleMs, maxRanges, rangesAtTop: top.ranges, topCoverage: { y: 0, ...top }, startedAt, changes: s.changes.filter((t) => t >= startedAt) };
})()`;
}
