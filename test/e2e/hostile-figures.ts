/**
 * From a Chrome trace of one hostile page, the timing figures hostile.e2e.ts
 * asserts.
 *
 * Which tasks are ours: test/bench/lib/trace.ts's rule (the content script's
 * code ran in the task, or the task did style/layout its code scheduled).
 * How much of such a task is ours: not all of it, because a task that runs
 * our code often runs the page's too (the page's timer callback ending with
 * our MutationObserver callback; a frame running the browser's own input
 * handling, the page's rAF and then ours). Ours is:
 *   - our script, outermost, with whatever it forced synchronously (a style
 *     recalc, a layout, a hit test);
 *   - the rendering that follows our script in the same task (what a
 *     highlight or card change costs the frame), or all of the task's
 *     rendering when trace.ts found the task renders what we scheduled.
 *
 * What the page pays anyway. On some pages one unit of the browser's own
 * work is itself long, and ours cannot be cheaper than one of it, so each of
 * our tasks is credited with at most one of each, measured in the same run:
 *   - a repaint: on the 10 MB text node, changing the colour of a
 *     30-character paragraph costs the page a 450 ms frame (measured without
 *     the extension); underlining anything there costs the same. The page's
 *     repaint is the longest run of paint steps in the page's own frames (the
 *     test also makes one trivial visual change of its own, as the page would,
 *     so there is one);
 *   - a hit test: on the 5,000-deep page the browser's own hit test for one
 *     pointer move takes ~250 ms; ours (caretPositionFromPoint, at most once a
 *     frame while the pointer moves) costs as much. The page's hit test is the
 *     longest the browser ran for input in the run.
 * Both with room for the spread between one frame and the next (SPREAD).
 * The raw figures are kept beside the credited ones in the test output.
 *
 * Times are thread CPU time (the trace's `tdur`), scaled from wall time per
 * task: with two cores and benchmarks running beside the suite, a task's wall
 * time also holds time another process had the core, which is not ours.
 */
import { attribute, markTs, type Task, type TraceEvent } from '../bench/lib/trace';

export const REPAINT_MARK = 'hostile:page-repaint';
/** Run in the page's main world: a trivial visual change of the page's own (a different one each call, so each repaints). */
export const PAGE_REPAINT = `(() => {
  performance.mark(${JSON.stringify(REPAINT_MARK)});
  const style = document.documentElement.style;
  style.backgroundColor = style.backgroundColor === 'rgb(254, 254, 254)' ? 'rgb(253, 253, 253)' : 'rgb(254, 254, 254)';
})()`;
const CLOCK_MARK = 'hostile-instruments:clock';
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule']);
const PAINT_EVENTS = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', ...PAINT_EVENTS]);
/**
 * One repaint or hit test of the same page varies from one to the next (the
 * 10 MB page's repaints: 0.8-1.2 s over three runs; the deep page's hit
 * tests: 0.27-0.78 s): a credit is the page's longest, with this much room.
 */
const SPREAD = 1.5;

export interface TimingFigures {
  /** Our longest task: our CPU ms in it after the credits, before them, the task's wall ms, and what it did. */
  longest: { cpuMs: number; rawCpuMs: number; wallMs: number; what: string };
  ourTasks: number;
  /** Our CPU ms in all our tasks, before the credits. */
  ourCpuMs: number;
  /** Our tasks with more than the limit of our CPU time before the credits: the frames a person would feel. */
  rawOverLimit: number;
  /** The page's own longest repaint (paint steps of one of its frames), ms: the repaint credit. */
  pageRepaintMs: number;
  /** The browser's own longest hit test for input, ms: the hit-test credit. */
  pageHitTestMs: number;
  /** The page's 10 ms timer after our script started: ticks, longest gap, the most of our (credited) CPU time inside one gap. */
  timer: { intervalMs: number; ticks: number; maxGapMs: number; oursInGapMs: number };
}

export interface InstrumentReport {
  clock: number;
  load: number;
  ticks: number[];
}

export function timingFigures(events: readonly TraceEvent[], report: InstrumentReport, scriptUrl: string, limitMs: number): TimingFigures {
  const { pid, tid, scriptStart, tasks } = attribute(events, scriptUrl);
  const tdur = threadTimes(events, pid, tid);
  const thread = threadWork(events, pid, tid, scriptUrl);
  const pageRepaintUs = Math.max(0, ...tasks.filter((t) => !t.ours && t.ts >= scriptStart).map((t) => thread.within(t).paintUs));
  const pageHitTestUs = thread.nativeHitTestMaxUs;

  // Per task: our wall µs before and after the credits, turned into CPU ms by the task's CPU/wall ratio.
  const cpuRatio = (t: Task) => (tdur.get(t.ts) ?? t.dur) / Math.max(t.dur, 1);
  const costs = new Map<Task, { raw: number; credited: number }>();
  for (const t of tasks) {
    if (!t.ours) continue;
    const w = thread.within(t);
    const rendering = t.deferred ? t.renderDur : w.renderAfterUs;
    const paint = (t.deferred ? t.renderDur : w.paintAfterUs) + w.paintInScriptUs;
    const raw = w.scriptUs + rendering;
    const credit = Math.min(w.hitTestInScriptUs, pageHitTestUs * SPREAD) + Math.min(paint, pageRepaintUs * SPREAD);
    costs.set(t, { raw: (raw * cpuRatio(t)) / 1000, credited: (Math.max(0, raw - credit) * cpuRatio(t)) / 1000 });
  }
  const ours = [...costs.keys()];
  const cost = (t: Task) => costs.get(t)!.credited;
  const longest = ours.reduce<Task | null>((a, t) => (!a || cost(t) > cost(a) ? t : a), null);

  // The page's clock (ms) on the trace's (µs), through the mark the instruments made when they started.
  const clockAt = markTs(events, CLOCK_MARK, pid);
  if (clockAt === null) throw new Error(`trace: no ${CLOCK_MARK} mark (does the fixture load hostile-instruments.js first?)`);
  const ticks = report.ticks.map((t) => clockAt + (t - report.clock) * 1000).filter((t) => t >= scriptStart);
  let maxGapUs = 0;
  let oursInGapMs = 0;
  for (let i = 1, k = 0; i < ticks.length; i++) {
    const from = ticks[i - 1]!;
    const to = ticks[i]!;
    maxGapUs = Math.max(maxGapUs, to - from);
    while (k < ours.length && ours[k]!.ts + ours[k]!.dur <= from) k++;
    let inGap = 0;
    for (let j = k; j < ours.length && ours[j]!.ts < to; j++) {
      const t = ours[j]!;
      const overlap = Math.min(to, t.ts + t.dur) - Math.max(from, t.ts);
      if (overlap > 0) inGap += (overlap / Math.max(t.dur, 1)) * cost(t);
    }
    oursInGapMs = Math.max(oursInGapMs, inGap);
  }

  return {
    longest: longest
      ? { cpuMs: cost(longest), rawCpuMs: costs.get(longest)!.raw, wallMs: longest.dur / 1000, what: describeTask(longest) }
      : { cpuMs: 0, rawCpuMs: 0, wallMs: 0, what: 'none' },
    ourTasks: ours.length,
    ourCpuMs: ours.reduce((sum, t) => sum + costs.get(t)!.raw, 0),
    rawOverLimit: ours.filter((t) => costs.get(t)!.raw > limitMs).length,
    pageRepaintMs: pageRepaintUs / 1000,
    pageHitTestMs: pageHitTestUs / 1000,
    timer: { intervalMs: 10, ticks: ticks.length, maxGapMs: maxGapUs / 1000, oursInGapMs },
  };
}

interface Work {
  /** Our script, outermost (with what it forced synchronously). */
  scriptUs: number;
  /** Hit tests inside our script (caretPositionFromPoint). */
  hitTestInScriptUs: number;
  /** Paint steps our script forced (a hit test brings the page's pending paint up to date first). */
  paintInScriptUs: number;
  /** Rendering steps after our script first ran in the task, outside any script. */
  renderAfterUs: number;
  /** The paint steps among them. */
  paintAfterUs: number;
  /** Paint steps anywhere in the task, outside any script (for the page's own frames). */
  paintUs: number;
}

/** What ran inside any task of one thread, split by whose script ran it. */
function threadWork(events: readonly TraceEvent[], pid: number, tid: number, scriptUrl: string) {
  const onThread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number' && !TOP_LEVEL.has(e.name))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.fileName;
  const isOurs = (e: TraceEvent) => SCRIPT_EVENTS.has(e.name) && urlOf(e) === scriptUrl;

  // Outermost script intervals, ours or not.
  const scripts: { from: number; to: number; ours: boolean }[] = [];
  for (const e of onThread) {
    if (!SCRIPT_EVENTS.has(e.name)) continue;
    const last = scripts[scripts.length - 1];
    if (last && e.ts < last.to) {
      last.ours ||= isOurs(e) && e.ts === last.from; // the same call seen through nested events
      continue;
    }
    scripts.push({ from: e.ts, to: e.ts + e.dur!, ours: isOurs(e) });
  }
  const scriptAt = (ts: number) => {
    let lo = 0;
    let hi = scripts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scripts[mid]!.to <= ts) lo = mid + 1;
      else hi = mid;
    }
    const s = scripts[lo];
    return s && s.from <= ts ? s : undefined;
  };

  let nativeHitTestMaxUs = 0;
  for (const e of onThread) if (e.name === 'HitTest' && !scriptAt(e.ts)?.ours) nativeHitTestMaxUs = Math.max(nativeHitTestMaxUs, e.dur!);

  const firstAt = (ts: number) => {
    let lo = 0;
    let hi = onThread.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (onThread[mid]!.ts < ts) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    nativeHitTestMaxUs,
    within(task: Task): Work {
      const w: Work = { scriptUs: 0, hitTestInScriptUs: 0, paintInScriptUs: 0, renderAfterUs: 0, paintAfterUs: 0, paintUs: 0 };
      let oursRan = false;
      let counted: unknown = null;
      let renderTo = -Infinity;
      let hitTo = -Infinity;
      let forcedTo = -Infinity;
      for (let i = firstAt(task.ts); i < onThread.length && onThread[i]!.ts < task.ts + task.dur; i++) {
        const e = onThread[i]!;
        const script = scriptAt(e.ts);
        if (script) {
          if (!script.ours) continue;
          if (counted !== script) {
            w.scriptUs += script.to - script.from;
            counted = script;
            oursRan = true;
          }
          if (e.name === 'HitTest' && e.ts >= hitTo) {
            w.hitTestInScriptUs += e.dur!;
            hitTo = e.ts + e.dur!;
          } else if (PAINT_EVENTS.has(e.name) && e.ts >= forcedTo && e.ts >= hitTo) {
            w.paintInScriptUs += e.dur!;
            forcedTo = e.ts + e.dur!;
          }
          continue;
        }
        if (!RENDER_EVENTS.has(e.name) || e.ts < renderTo) continue;
        renderTo = e.ts + e.dur!;
        const paint = PAINT_EVENTS.has(e.name);
        if (paint) w.paintUs += e.dur!;
        if (!oursRan) continue;
        w.renderAfterUs += e.dur!;
        if (paint) w.paintAfterUs += e.dur!;
      }
      return w;
    },
  };
}

/** Thread (CPU) duration of each top-level task on one thread, by start time. */
function threadTimes(events: readonly TraceEvent[], pid: number, tid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of events) {
    if (e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.tdur === 'number' && TOP_LEVEL.has(e.name) && !out.has(e.ts)) out.set(e.ts, e.tdur);
  }
  return out;
}

function describeTask(t: Task): string {
  const top = [...t.children].sort((a, b) => b[1] - a[1]).slice(0, 4);
  return `${t.deferred ? 'deferred rendering; ' : ''}${top.map(([name, us]) => `${name} ${(us / 1000).toFixed(1)} ms`).join(', ')}`;
}

/** The longest gap between consecutive ticks (ms). */
export function maxGap(ticks: readonly number[]): number {
  let max = 0;
  for (let i = 1; i < ticks.length; i++) max = Math.max(max, ticks[i]! - ticks[i - 1]!);
  return max;
}
