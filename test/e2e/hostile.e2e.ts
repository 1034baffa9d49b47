/**
 * Hostile pages (issue 9): for each fixture, in real Chromium with the built
 * extension, the four figures: no task of ours over 50 ms, the page's own
 * timer keeps its rhythm, no errors in any console, and mentions found where
 * they should be (badge counts against the detector run on the page's
 * readable text, and hover cards). How each is measured: hostile-probe.ts and
 * hostile-figures.ts. One browser with the extension serves every fixture.
 *
 * HOSTILE_BASELINE=1 also runs the heavy pages in a browser without the
 * extension and prints their own longest timer gap beside ours (not asserted:
 * the trace already separates our tasks from the page's; it costs ~15 s).
 */
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createDetector } from '../../src/detect/detector';
import { launchExtension, type ExtensionBrowser } from './harness';
import { expectFound, LONG_TASK_MS, measureBaseline, measureWithExtension, watchWorkerErrors, type Figures, type Reader, type RunOptions } from './hostile-probe';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium-flags';

const detector = createDetector(compileAssets(resolve(import.meta.dirname, '../..')).entities);
const BASELINE = process.env.HOSTILE_BASELINE === '1';
let ext: ExtensionBrowser;
let plain: Browser | undefined;
let takeWorkerErrors: () => string[];
const table = new Map<string, Figures>();

beforeAll(async () => {
  ext = await launchExtension();
  takeWorkerErrors = await watchWorkerErrors(ext);
  if (BASELINE) plain = await chromium.launch({ executablePath: inject('chromium'), headless: true, args: [...CHROMIUM_FLAGS] });
});
afterAll(async () => {
  await ext?.close();
  await plain?.close();
  printTable();
});

/** Registers the measuring run and the four figures' tests for one fixture (call inside its describe). */
function hostilePage(path: string, options: RunOptions = {}) {
  let f: Figures;
  beforeAll(async () => {
    const measured = await measureWithExtension(ext, path, detector, takeWorkerErrors, options);
    f = { ...measured, baselineMaxGapMs: plain ? await measureBaseline(plain, ext.baseUrl, path, options) : NaN };
    table.set(path, f);
  }, 150_000);

  it(`runs no task of ours over ${LONG_TASK_MS} ms (beyond one repaint and one hit test of the page's own)`, () => {
    expect(f.ourTasks, 'the content script ran').toBeGreaterThan(0);
    const longest = `longest: ${f.longest.what} (CPU ${f.longest.rawCpuMs.toFixed(1)} ms, wall ${f.longest.wallMs.toFixed(1)} ms; the page's own repaint ${f.pageRepaintMs.toFixed(1)} ms, hit test ${f.pageHitTestMs.toFixed(1)} ms)`;
    expect(f.longest.cpuMs, longest).toBeLessThanOrEqual(LONG_TASK_MS);
  });

  it("keeps the page's own timer in rhythm", () => {
    expect(f.timer.ticks, 'the page ticked while we worked').toBeGreaterThan(20);
    // A gap we caused is at most our CPU time inside it plus the interval.
    const without = Number.isNaN(f.baselineMaxGapMs) ? '' : ` (without the extension: ${f.baselineMaxGapMs.toFixed(0)} ms)`;
    expect(f.timer.oursInGapMs, `longest gap ${f.timer.maxGapMs.toFixed(0)} ms${without}`).toBeLessThanOrEqual(LONG_TASK_MS);
  });

  it('logs no errors in any console', () => {
    expect(f.errors).toEqual([]);
  });

  it('finds the mentions where they should be', () => {
    expectFound(f);
  });
}

async function until(read: Reader, expression: string, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if ((await read(expression)) === true) return;
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
}

const frameWhere = (match: (url: string) => boolean) => (page: Page) => page.frames().find((f) => match(f.url()));

describe('one 10 MB text node', () => {
  hostilePage('hostile-huge.html', {
    baselineMs: 500,
    hovers: [
      { text: 'Kazakhstan', scope: '#lead', entity: 'kazakhstan' },
      // The very last characters of the node, ten million characters down.
      { text: 'Tokayev', scope: '#huge', occurrence: 'last', entity: 'tokayev' },
    ],
  });
});

describe('100,000 text nodes', () => {
  hostilePage('hostile-many.html', {
    baselineMs: 500,
    hovers: [
      { text: 'Kazakhstan', scope: '#list', entity: 'kazakhstan' },
      { text: 'Tokayev', scope: '#list', occurrence: 'last', entity: 'tokayev' },
    ],
  });
});

describe('DOM nested 5,000 deep', () => {
  hostilePage('hostile-deep.html', {
    baselineMs: 500,
    hovers: [
      { text: 'Kazakhstan', scope: '#halfway', entity: 'kazakhstan' },
      { text: 'Tokayev', scope: '#deepest', entity: 'tokayev' },
    ],
  });
});

describe('a page appending 100 nodes every 10 ms for 10 s', () => {
  hostilePage('hostile-append.html', {
    settle: (_page, read) => until(read, 'window.__appendStatus.done', 60_000),
    hovers: [
      { text: 'SCO', scope: '#feed', occurrence: 'last', entity: 'sco' },
      { text: 'Tokayev', scope: '#last', entity: 'tokayev' },
    ],
  });
});

describe('a page rewriting its text in place all the time', () => {
  hostilePage('hostile-rewrite.html', {
    // Three seconds of rewriting, then a steady state the counts can be checked against.
    settle: async (page, read) => {
      await page.waitForTimeout(2500);
      await read('window.__stopRewriting()');
    },
    hovers: [
      { text: 'Kazakhstan', scope: '#ticker', entity: 'kazakhstan' },
      { text: 'Tokayev', scope: '#flip', entity: 'tokayev' },
      { text: 'SCO', scope: '#typing', entity: 'sco' },
    ],
  });
});

describe('closed shadow roots', () => {
  // Page script cannot reach a custom element's closed root; the content script
  // can (chrome.dom.openOrClosedShadowRoot): text in it is found, also in a closed
  // root inside a closed root and inside an open one. Slotted light-DOM text too.
  hostilePage('hostile-shadow.html', {
    hovers: [
      { text: 'Kazakhstan', scope: '#light', entity: 'kazakhstan' },
      { text: 'SCO', scope: '#slotted', entity: 'sco' },
      { text: 'Tokayev', scope: 'open-card', entity: 'tokayev' },
      { text: 'Kazakhstan', scope: 'open-card', entity: 'kazakhstan' },
      { text: 'Tokayev', scope: ':not(*)', closedRoots: true, entity: 'tokayev' },
      { text: 'SCO', scope: ':not(*)', closedRoots: true, entity: 'sco' },
    ],
  });
});

describe('iframes nested 3 deep, a frameset, srcdoc and about:blank frames', () => {
  hostilePage('hostile-frames.html', {
    hovers: [
      { text: 'SCO', scope: '#top', entity: 'sco' },
      { frame: frameWhere((u) => u.endsWith('depth=3')), text: 'Tokayev', entity: 'tokayev' },
      { frame: frameWhere((u) => u.includes('say=Frameset%20left')), text: 'Kazakhstan', entity: 'kazakhstan' },
      { frame: frameWhere((u) => u.includes('say=Frameset%20right')), text: 'Tokayev', entity: 'tokayev' },
      { frame: frameWhere((u) => u === 'about:srcdoc'), text: 'Kazakhstan', entity: 'kazakhstan' },
      { frame: frameWhere((u) => u === 'about:blank'), text: 'Токаев', entity: 'tokayev' },
    ],
  });
});

describe('text inside SVG', () => {
  // SVG is skipped as a whole (src/page/collect-text.ts): Chromium does not
  // paint ::highlight() on SVG text, so a mention there could not be underlined.
  hostilePage('hostile-svg.html', {
    hovers: [
      { text: 'Kazakhstan', scope: '#before', entity: 'kazakhstan' },
      { text: 'Tokayev', scope: '#after', entity: 'tokayev' },
      { text: 'Kazakhstan', scope: '#label', entity: null },
    ],
  });
});

describe('vertical writing mode', () => {
  hostilePage('hostile-vertical.html', {
    hovers: [
      { text: 'トカエフ', scope: '#ja', entity: 'tokayev' },
      { text: '上海合作组织', scope: '#zh', entity: 'sco' },
      { text: 'SCO', scope: '#upright', entity: 'sco' },
      { text: 'Kazakhstan', scope: '#sideways', entity: 'kazakhstan' },
      { text: 'Токаев', scope: '#lr', entity: 'tokayev' },
      // Far along the block direction: the page scrolls sideways, to the left.
      { text: 'カザフスタン', scope: '#far', entity: 'kazakhstan' },
    ],
  });
});

describe('a right-to-left page', () => {
  hostilePage('hostile-rtl.html', {
    hovers: [
      { text: 'كازاخستان', scope: '#ar', entity: 'kazakhstan' },
      { text: 'טוקאייב', scope: '#he', entity: 'tokayev' },
      { text: 'توکایف', scope: '#fa', entity: 'tokayev' },
      // Latin inside Arabic: a left-to-right run in a right-to-left paragraph.
      { text: 'SCO', scope: '#bidi', entity: 'sco' },
      // The end of a line that does not wrap: the page scrolls sideways, to the left.
      { text: 'كازاخستان', scope: '#wide', entity: 'kazakhstan' },
      { text: 'توكاييف', scope: '#far', entity: 'tokayev' },
    ],
  });
});

describe("a page that replaces Array.prototype, JSON and Node.prototype methods", () => {
  // The content script runs in an isolated world with built-ins of its own.
  hostilePage('hostile-tamper.html', {
    cleanReads: true,
    settle: (_page, read) => until(read, 'window.__tamperDone === true', 10_000),
    hovers: [
      { text: 'Kazakhstan', scope: '#static', entity: 'kazakhstan' },
      { text: 'Tokayev', scope: '#feed', entity: 'tokayev' },
      { text: 'Astana', scope: '#edited', entity: 'astana' },
    ],
  });
});

/** The figures of every fixture, as a Markdown table in the test output. */
function printTable() {
  const ms = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(0));
  const rows = [...table].map(([path, f]) => {
    const hovers = f.hovers.filter((h) => h.shown === h.expected).length;
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    return `| ${path} | ${f.longest.cpuMs.toFixed(1)} | ${f.longest.rawCpuMs.toFixed(1)} / ${f.longest.wallMs.toFixed(1)} | ${f.pageRepaintMs.toFixed(1)} / ${f.pageHitTestMs.toFixed(1)} | ${f.rawOverLimit} | ${f.ourTasks} / ${f.ourCpuMs.toFixed(0)} | ${ms(f.timer.maxGapMs)} / ${ms(f.baselineMaxGapMs)} | ${f.timer.oursInGapMs.toFixed(1)} | ${f.errors.length} | ${total(f.expected)} / ${total(f.found)} | ${f.frames.reporting}/${f.frames.inPage} | ${hovers}/${f.hovers.length} |`;
  });
  console.log(
    [
      '| fixture | our longest task, CPU ms (credited) | same task raw CPU / wall ms | page own repaint / hit test, ms | our tasks over 50 ms raw | our tasks / CPU ms | max timer gap with / without ext, ms | our CPU in one gap, ms | errors | mentions expected / found | frames reporting | hovers right |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
}
