/**
 * Page benchmark: `npx tsx test/bench/run.ts --only=page` (add `--profile` to
 * print where the content scripts' time goes, from the sampling profiler).
 *
 * In headless Chromium with the BUILT extension (.output/chrome-mv3, rebuilt
 * when stale), on a generated news page of >= 1 million chars of visible text
 * in Arabic, Hebrew, English, Russian and Chinese (test/bench/lib/news-page.ts,
 * ~7,000 elements, one mention per ~540 chars).
 *
 * "All marked" is the later of two moments:
 *   - the scan is done: the content script reported its counts to the
 *     background (it does once its scan is idle) and they sum to the number of
 *     mentions the detector finds in the page's text nodes (time-stamped by a
 *     listener the bench adds to the service worker: lib/extension-reports.ts);
 *   - every mention in the initial viewport is underlined: a main-world
 *     watcher reads CSS.highlights every frame (lib/page-probes.ts). Which
 *     mentions are where is measured beforehand in the browser without the
 *     extension (same layout).
 * Only mentions near the viewport are underlined (src/page/visible-mentions.ts);
 * every one is counted and hoverable.
 *
 * From one page load per run it measures:
 *   - main-thread time of our content scripts (the document_start one that
 *     adopts the underline styles, and the main one) from the first one's start
 *     to all marked, and the longest such task, from a Chrome trace (method in
 *     lib/trace.ts: whole top-level tasks that run our code, render what our
 *     code invalidated, or paint underlines our code changed outside a frame;
 *     in the parser's task only our script), plus the IntersectionObserver
 *     computations in other tasks (the page has no observers of its own);
 *   - wall time from navigation to all marked;
 *   - content-script heap: Runtime.getHeapUsage after a forced GC, with minus
 *     without the extension;
 *   - then a scroll through the whole page, a viewport every SCROLL_STEP_MS
 *     (the pointer off the page): our longest task and main-thread time during
 *     it (a second trace; every frame there paints the page's scroll, so a frame
 *     counts whole only when our code changed underlines for it, else only our
 *     own work in it), how many of the mentions in view were underlined
 *     SCROLL_STEP_MS after each step, and the most ranges ever registered.
 *
 * Baseline in the same run, in the browser without the extension on a fresh
 * copy of the page: mark.js `markRegExp` with one RegExp of every alias of the
 * lexicon, timed in the page with performance.now(), plus the forced layout
 * after it (reading document.body.offsetHeight). The same load is traced to
 * compare the page's own style and layout time with and without us.
 *
 * Each headline figure is the median of RUNS runs (STEPPE_BENCH_RUNS=n to
 * change; STEPPE_BENCH_DEBUG=1 prints our longest tasks of each phase, and each
 * step of a run as it starts: where a stuck run stands).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createDetector } from '../../src/detect/detector';
import { startStaticServer } from '../e2e/static-server';
import { ensureBuilt, ROOT } from './lib/build';
import { launchBrowser } from './lib/browser';
import { aliasAlternation, timeMarkJs } from './lib/markjs-baseline';
import { coverageOf, debugTasks, describeTask, fmt, frameStats, median, printProfile, selfTimesIn } from './lib/page-report';
import { recordCountReports, waitForCount, workerClockOffset } from './lib/extension-reports';
import { generateNewsPage, type NewsPage } from './lib/news-page';
import { mentionBoxes, SCROLL_END, SCROLL_START, scrollScript, TEXT_DATA, VIEWPORT_MARKED, watcherScript, type ExpectedMention, type ScrollResult } from './lib/page-probes';
import {
  attribute,
  chargeOwnWork,
  chargeRendering,
  paintingFrames,
  IO_EVENT,
  evaluateMs,
  eventTotalMs,
  markTs,
  navigationStartTs,
  PROFILER_CATEGORIES,
  onceMoreIfHung,
  startTracing,
  summarize,
  TIMELINE_CATEGORIES,
  type Summary,
  type Task,
} from './lib/trace';
import type { BenchPart, BenchRow } from './types';

const RUNS = Number(process.env.STEPPE_BENCH_RUNS ?? 3);
const MIN_CHARS = 1_000_000;
const CHARS_PER_MENTION = 540;
const STABLE_MS = 1000;
const MARK_TIMEOUT_MS = 30_000;
const SCROLL_STEP_MS = 100;
const SCROLL_SETTLE_MS = 1500;
const GOAL_MS = 50;
const GOAL_RATIO = 5;
const RENDER_STEPS = ['UpdateLayoutTree', 'Layout'];

interface OursRun {
  main: Summary;
  /** IntersectionObserver computations in tasks not otherwise ours, content-script start to all marked. */
  ioMs: number;
  /** Our tasks after all marked, until the trace ended (STABLE_MS later). */
  after: Summary;
  /** Other tasks on the same thread between content-script start and all marked. */
  others: Summary;
  longest: Task;
  wallMs: number;
  scanDoneMs: number;
  viewportMs: number;
  inView0: number;
  scriptStartMs: number;
  /** EvaluateScript of the document_start script and of the main script. */
  earlyEvalMs: number;
  mainEvalMs: number;
  /** UpdateLayoutTree + Layout on the page's main thread over the whole load trace. */
  styleLayoutMs: number;
  heap: HeapUsage;
  profile: Map<string, number> | null;
  scroll: ScrollRun;
}

interface ScrollRun {
  main: Summary;
  ioMs: number;
  longest: Task | null;
  result: ScrollResult;
  /** Whole durations (ms) of the frames in which our code ran an animation-frame callback (underline changes). */
  changeFrames: number[];
  /** Whole durations (ms) of the other frames of the scroll. */
  otherFrames: number[];
}

interface PlainRun {
  heap: HeapUsage;
  markMs: number;
  layoutMs: number;
  marks: number;
  styleLayoutMs: number;
}

interface HeapUsage {
  used: number;
  embedder: number;
}

export const run: BenchPart = async () => {
  const profile = process.argv.includes('--profile');
  const extensionPath = ensureBuilt();
  const store = compileAssets(ROOT);
  const detector = createDetector(store.entities.map(({ id, kind, aliases, detect }) => ({ id, kind, aliases, detect })));
  const page = generateNewsPage({ minChars: MIN_CHARS, charsPerMention: CHARS_PER_MENTION, findMentions: detector.findMentions });
  const markJs = readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const baseline = aliasAlternation(store.entities);

  const server = await startStaticServer(resolve(import.meta.dirname, 'fixtures'), { '/news.html': () => page.html });
  const url = `${server.url}/news.html`;
  const withExt = await launchBrowser(extensionPath);
  const plain = await launchBrowser(null);
  const ours: OursRun[] = [];
  const plains: PlainRun[] = [];
  let expected: ExpectedMention[];
  try {
    expected = await expectedMentions(plain.context, url, detector.findMentions);
    if (expected.length !== page.mentions) throw new Error(`bench: the page's text nodes hold ${expected.length} mentions, the generator counted ${page.mentions}`);
    const base = `chrome-extension://${withExt.extensionId}/content-scripts`;
    const scripts = { early: `${base}/highlight-styles.js`, main: `${base}/content.js` };
    for (let i = 0; i < RUNS; i++) {
      ours.push(await onceMoreIfHung(() => measureOurs(withExt.context, url, page, expected, scripts, profile)));
      plains.push(await onceMoreIfHung(() => measurePlain(plain.context, url, expected, markJs, baseline)));
    }
  } finally {
    await withExt.close();
    await plain.close();
    await server.close();
  }

  if (profile) printProfile(ours);
  const runs = (f: (r: OursRun) => number) => ours.map((r) => fmt(f(r))).join(', ');
  const mainOf = (r: OursRun) => r.main.ms + r.ioMs;
  const mainMs = median(ours.map(mainOf));
  const longestMs = median(ours.map((r) => r.main.longestMs));
  const wallMs = median(ours.map((r) => r.wallMs));
  const markMs = median(plains.map((r) => r.markMs + r.layoutMs));
  const heapMb = median(ours.map((r, i) => (r.heap.used - plains[i]!.heap.used) / 2 ** 20));
  const embedderMb = median(ours.map((r, i) => (r.heap.embedder - plains[i]!.heap.embedder) / 2 ** 20));
  const mid = ours.find((r) => mainOf(r) === mainMs) ?? ours[0]!;
  const longestRun = ours.find((r) => r.main.longestMs === longestMs) ?? ours[0]!;
  const ratio = markMs / mainMs;
  const scrollLongestMs = median(ours.map((r) => r.scroll.main.longestMs));
  const scrollLongestRun = ours.find((r) => r.scroll.main.longestMs === scrollLongestMs) ?? ours[0]!;
  const coverage = ours.map((r) => coverageOf(r.scroll.result));
  const midCoverage = coverage[ours.indexOf(mid)]!;

  const row = (key: string | null, metric: string, value: number, unit: string, comparison?: string): BenchRow => ({
    part: 'page',
    metric,
    value,
    unit,
    ...(comparison ? { comparison } : {}),
    ...(key ? { key } : {}),
  });
  const met = (ok: boolean) => (ok ? ' (met)' : ' (MISSED)');
  return [
    row(
      null,
      `generated page (${page.mentions} mentions, ar/he/en/ru/zh)`,
      page.chars,
      'chars',
      `${(page.bytes / 1e6).toFixed(2)} MB UTF-8, ${page.elements} elements, ${page.textNodes} text nodes, 1 mention per ${Math.round(page.chars / page.mentions)} chars; ${ours[0]!.inView0} in the first viewport`,
    ),
    row(
      'page.main-thread-ms',
      `ours main-thread, start to all marked (median of ${RUNS})`,
      mainMs,
      'ms',
      `goal <= ${GOAL_MS} ms${met(mainMs <= GOAL_MS)}; runs ${runs(mainOf)}; median run: ${mid.main.count} tasks, script ${fmt(mid.main.scriptMs)}, style/layout/paint ${fmt(mid.main.renderMs)} (deferred restyle ${fmt(mid.main.deferredMs)}), GC ${fmt(mid.main.gcMs)}, IntersectionObserver in other tasks ${fmt(mid.ioMs)}; after all marked +${fmt(mid.after.ms)}; not counted: other tasks ${fmt(mid.others.ms)}`,
    ),
    row(
      'page.longest-task-ms',
      'ours longest task',
      longestMs,
      'ms',
      `goal <= ${GOAL_MS} ms${met(longestMs <= GOAL_MS)}; runs ${runs((r) => r.main.longestMs)}; it was: ${describeTask(longestRun.longest)}`,
    ),
    row(
      'page.markjs-ms',
      'mark.js markRegExp+layout',
      markMs,
      'ms',
      `markRegExp ${fmt(median(plains.map((r) => r.markMs)))} + layout ${fmt(median(plains.map((r) => r.layoutMs)))} ms; ${median(plains.map((r) => r.marks))} marks vs ${page.mentions} mentions`,
    ),
    row('page.markjs-ratio', 'mark.js time / ours (bigger is better)', ratio, 'x', `goal >= ${GOAL_RATIO}x${met(ratio >= GOAL_RATIO)}; ours ${fmt(mainMs)} ms main-thread vs mark.js ${fmt(markMs)} ms`),
    row(
      'page.scroll-longest-task-ms',
      `scroll through the page (a viewport per ${SCROLL_STEP_MS} ms): ours longest task`,
      scrollLongestMs,
      'ms',
      `goal <= ${GOAL_MS} ms${met(scrollLongestMs <= GOAL_MS)}; runs ${runs((r) => r.scroll.main.longestMs)}; it was: ${scrollLongestRun.scroll.longest ? describeTask(scrollLongestRun.scroll.longest) : 'none'}`,
    ),
    row(
      null,
      'scroll: mentions in view underlined 100 ms after each step',
      midCoverage.percent,
      '%',
      `runs ${coverage.map((c) => fmt(c.percent)).join(', ')}; median run: ${midCoverage.underlined}/${midCoverage.inView} over ${midCoverage.steps} steps (${midCoverage.fullSteps} steps complete); last position complete after ${runs((r) => r.scroll.result.settleMs)} ms; most ranges registered ${runs((r) => r.scroll.result.maxRanges)}, back at the top ${runs((r) => r.scroll.result.rangesAtTop)}; stray ranges ${midCoverage.stray}; ours during the scroll ${runs((r) => r.scroll.main.ms + r.scroll.ioMs)} ms (IntersectionObserver in other tasks ${runs((r) => r.scroll.ioMs)}); median run's frames with an underline change: ${frameStats(mid.scroll.changeFrames)}, other frames: ${frameStats(mid.scroll.otherFrames)}`,
    ),
    row(
      'page.heap-mb',
      'content-script heap (JS, with minus without the extension)',
      heapMb,
      'MB',
      `runs ${ours.map((r, i) => fmt((r.heap.used - plains[i]!.heap.used) / 2 ** 20)).join(', ')}; page without: ${fmt(median(plains.map((r) => r.heap.used / 2 ** 20)))} MB; Blink (cppgc) heap difference ${fmt(embedderMb)} MB`,
    ),
    row(
      'page.wall-ms',
      'wall, navigation to all marked',
      wallMs,
      'ms',
      `runs ${runs((r) => r.wallMs)}; scan reported ${runs((r) => r.scanDoneMs)}, first viewport underlined ${runs((r) => r.viewportMs)}; main script started at ${fmt(median(ours.map((r) => r.scriptStartMs)))} ms (document_idle)`,
    ),
    row(
      null,
      'document_start cost and page style/layout with vs without us',
      median(ours.map((r) => r.earlyEvalMs)),
      'ms',
      `styles script evaluation (holds the parser) runs ${runs((r) => r.earlyEvalMs)}; main script evaluation ${runs((r) => r.mainEvalMs)}; all UpdateLayoutTree+Layout on the page's thread during the load: with us ${runs((r) => r.styleLayoutMs)}, without ${plains.map((r) => fmt(r.styleLayoutMs)).join(', ')}`,
    ),
  ];
};

/** The page's mentions and where they are drawn, from the browser without the extension. */
async function expectedMentions(context: BrowserContext, url: string, findMentions: (text: string) => { start: number; end: number }[]): Promise<ExpectedMention[]> {
  step('expectedMentions: context.newPage');
  const tab = await context.newPage();
  try {
    step('expectedMentions: tab.goto');
    await tab.goto(url, { waitUntil: 'load' });
    const texts = (await tab.evaluate(TEXT_DATA)) as string[];
    const found: [number, number, number][] = [];
    texts.forEach((t, i) => {
      for (const m of findMentions(t)) found.push([i, m.start, m.end]);
    });
    const boxes = (await tab.evaluate(mentionBoxes(found))) as [number, number][];
    return found.map(([i, s, e], k) => [i, s, e, boxes[k]![0], boxes[k]![1]]);
  } finally {
    step('expectedMentions: tab.close');
    await tab.close();
  }
}

async function measureOurs(
  context: BrowserContext,
  url: string,
  page: NewsPage,
  expected: readonly ExpectedMention[],
  scripts: { early: string; main: string },
  profile: boolean,
): Promise<OursRun> {
  step('measureOurs: context.newPage');
  const tab = await context.newPage();
  try {
    step('measureOurs: recordCountReports');
    await recordCountReports(context);
    step('measureOurs: tab.addInitScript');
    await tab.addInitScript({ content: watcherScript(expected, MARK_TIMEOUT_MS) });
    step('measureOurs: context.newCDPSession');
    const cdp = await context.newCDPSession(tab);
    step('measureOurs: startTracing');
    const stop = await startTracing(cdp, profile ? [...TIMELINE_CATEGORIES, ...PROFILER_CATEGORIES] : TIMELINE_CATEGORIES);
    step('measureOurs: tab.goto');
    await tab.goto(url, { waitUntil: 'load' });
    const timeOrigin = (await tab.evaluate('performance.timeOrigin')) as number;
    const reached = (await tab.evaluate('window.__steppeBench.done')) as boolean;
    step('measureOurs: waitForCount');
    const report = await waitForCount(context, url, page.mentions, MARK_TIMEOUT_MS);
    step('measureOurs: tab.waitForTimeout');
    await tab.waitForTimeout(STABLE_MS);
    const state = (await tab.evaluate('({ viewportAt: window.__steppeBench.viewportAt, inView0: window.__steppeBench.inView0, history: window.__steppeBench.history, changes: window.__steppeBench.changes, now: window.__steppeBench.coverage() })')) as {
      changes: number[];
      viewportAt: number;
      inView0: number;
      history: [number, number][];
      now: { inView: number; underlined: number; ranges: number; stray: number };
    };
    step('measureOurs: stop');
    const events = await stop();
    step('measureOurs: workerClockOffset');
    const clock = await workerClockOffset(context, tab);
    if (!reached) throw new Error(`bench: the first viewport's ${state.inView0} mentions were not all underlined within ${MARK_TIMEOUT_MS / 1000} s; history ${JSON.stringify(state.history)}`);
    if (state.inView0 === 0) throw new Error('bench: no mention in the first viewport: the page proves nothing about underlining');
    if (state.now.underlined !== state.now.inView || state.now.stray !== 0) throw new Error(`bench: after settling, ${JSON.stringify(state.now)} at the top of the page`);
    step('measureOurs: cdp.send');
    await cdp.send('HeapProfiler.collectGarbage');
    step('measureOurs: heapUsage');
    const heap = await heapUsage(tab);

    const a = attribute(events, [scripts.early, scripts.main]);
    const viewport = markTs(events, VIEWPORT_MARKED, a.pid);
    const nav = navigationStartTs(events, a.pid, url);
    if (viewport === null || nav === null) throw new Error(`bench: trace lacks ${viewport === null ? 'the viewport mark' : 'navigationStart'}`);
    // Underlines changed outside a frame of ours are painted in the page's next frame: that rendering is ours.
    for (const t of paintingFrames(a.tasks, state.changes.map((ms) => nav + ms * 1000))) chargeRendering(t);
    // The service worker's wall clock, mapped onto the page's and through its time origin (= navigationStart) onto the trace.
    const scanDone = nav + (report.at - clock.offset - timeOrigin) * 1000;
    const allMarked = Math.max(viewport, scanDone);
    const inWindow = a.tasks.filter((t) => t.ts + t.dur > a.scriptStart && t.ts < allMarked);
    const ours = inWindow.filter((t) => t.ours);
    const longest = ours.reduce((x, y) => (y.charge > x.charge ? y : x));
    const mainStart = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === scripts.main)?.ts ?? a.scriptStart;

    if (DEBUG) debugTasks('load', ours, nav);
    step('measureOurs: measureScroll');
    const scroll = await measureScroll(context, tab, a, [scripts.early, scripts.main]);
    return {
      main: summarize(ours),
      ioMs: ioOutside(inWindow),
      after: summarize(a.tasks.filter((t) => t.ours && t.ts >= allMarked)),
      others: summarize(inWindow.filter((t) => !t.ours)),
      longest,
      wallMs: (allMarked - nav) / 1000,
      scanDoneMs: (scanDone - nav) / 1000,
      viewportMs: (viewport - nav) / 1000,
      inView0: state.inView0,
      scriptStartMs: (mainStart - nav) / 1000,
      earlyEvalMs: evaluateMs(events, scripts.early) ?? NaN,
      mainEvalMs: evaluateMs(events, scripts.main) ?? NaN,
      styleLayoutMs: RENDER_STEPS.reduce((sum, name) => sum + eventTotalMs(events, a.pid, a.tid, name, nav, Infinity), 0),
      heap,
      profile: profile ? selfTimesIn(events, a.pid, a.tid, ours) : null,
      scroll,
    };
  } finally {
    step('measureOurs: tab.close');
    await tab.close();
  }
}

/** Scrolls the loaded page top to bottom under a trace of its own. */
async function measureScroll(context: BrowserContext, tab: Page, thread: { pid: number; tid: number }, urls: readonly string[]): Promise<ScrollRun> {
  step('measureScroll: context.newCDPSession');
  const cdp = await context.newCDPSession(tab);
  step('measureScroll: startTracing');
  const stop = await startTracing(cdp, TIMELINE_CATEGORIES);
  step('measureScroll: the scroll script');
  const result = (await tab.evaluate(scrollScript(SCROLL_STEP_MS, SCROLL_SETTLE_MS))) as ScrollResult;
  step('measureScroll: stop');
  const events = await stop();
  step('measureScroll: cdp.detach');
  await cdp.detach();
  const a = attribute(events, urls, thread);
  const start = markTs(events, SCROLL_START, a.pid);
  const end = markTs(events, SCROLL_END, a.pid);
  if (start === null || end === null) throw new Error('bench: the scroll trace lacks its marks');
  for (const t of paintingFrames(a.tasks, result.changes.map((ms) => start + (ms - result.startedAt) * 1000))) chargeRendering(t);
  const inWindow = a.tasks.filter((t) => t.ts + t.dur > start && t.ts < end);
  // The page scrolls in every frame: a frame our code ran in without changing underlines
  // (e.g. a scroll listener) is charged only our own work; one where our rAF ran, whole.
  for (const t of inWindow) if (t.ours && !t.ourFrame && !t.deferred && t.renderDur > 0) chargeOwnWork(t);
  const ours = inWindow.filter((t) => t.ours);
  if (DEBUG) debugTasks('scroll', ours, start);
  return {
    main: summarize(ours),
    ioMs: ioOutside(inWindow),
    longest: ours.length ? ours.reduce((x, y) => (y.charge > x.charge ? y : x)) : null,
    result,
    changeFrames: inWindow.filter((t) => t.ourFrame).map((t) => t.dur / 1000),
    otherFrames: inWindow.filter((t) => !t.ourFrame && t.renderDur > 0).map((t) => t.dur / 1000),
  };
}

/** STEPPE_BENCH_DEBUG=1 prints our longest tasks of each phase, with what ran in them, and each step of a run as it starts. */
const DEBUG = !!process.env.STEPPE_BENCH_DEBUG;

const t0 = performance.now();
function step(what: string): void {
  if (DEBUG) process.stderr.write(`bench page +${((performance.now() - t0) / 1000).toFixed(1)} s: ${what}\n`);
}

/** IntersectionObserver computations in tasks not already counted as ours. */
function ioOutside(tasks: readonly Task[]): number {
  let us = 0;
  for (const t of tasks) if (!t.ours) us += t.children.get(IO_EVENT) ?? 0;
  return us / 1000;
}

async function measurePlain(context: BrowserContext, url: string, expected: readonly ExpectedMention[], markJs: string, baseline: string): Promise<PlainRun> {
  step('measurePlain: context.newPage');
  const tab = await context.newPage();
  try {
    step('measurePlain: tab.addInitScript');
    await tab.addInitScript({ content: watcherScript(expected, MARK_TIMEOUT_MS) }); // same page-side code as with the extension (its heap cancels out)
    step('measurePlain: context.newCDPSession');
    const cdp = await context.newCDPSession(tab);
    step('measurePlain: startTracing');
    const stop = await startTracing(cdp, TIMELINE_CATEGORIES);
    step('measurePlain: tab.goto');
    await tab.goto(url, { waitUntil: 'load' });
    step('measurePlain: tab.waitForTimeout');
    await tab.waitForTimeout(STABLE_MS);
    step('measurePlain: stop');
    const events = await stop();
    const navEvent = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url).sort((a, b) => b.ts - a.ts)[0];
    const styleLayoutMs = navEvent ? RENDER_STEPS.reduce((sum, name) => sum + eventTotalMs(events, navEvent.pid, navEvent.tid, name, navEvent.ts, Infinity), 0) : NaN;
    step('measurePlain: cdp.send');
    await cdp.send('HeapProfiler.collectGarbage');
    step('measurePlain: heapUsage');
    const heap = await heapUsage(tab);
    step('measurePlain: timeMarkJs');
    const timing = await timeMarkJs(tab, markJs, baseline);
    return { heap, styleLayoutMs, ...timing };
  } finally {
    step('measurePlain: tab.close');
    await tab.close();
  }
}

async function heapUsage(tab: Page): Promise<HeapUsage> {
  const cdp = await tab.context().newCDPSession(tab);
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number; embedderHeapUsedSize?: number };
  await cdp.detach();
  return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0 };
}
