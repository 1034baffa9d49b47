/**
 * Chrome tracing over CDP, and attributing main-thread tasks to a content script.
 *
 * Method. Chromium records every task a renderer main thread runs as a
 * top-level trace event (`ThreadControllerImpl::RunTask` / `RunTask`, category
 * `toplevel`). Inside it, `devtools.timeline` records what ran: script
 * evaluation (`EvaluateScript`, with `args.data.url`), callbacks
 * (`FunctionCall`, with the url of the called function's script: timers,
 * requestIdleCallback, requestAnimationFrame, MutationObserver, extension API
 * callbacks), compilation (`v8.compile`), then the rendering steps of a frame
 * (`UpdateLayoutTree`, `Layout`, `PrePaint`, `Paint`, ...). A task is the
 * content script's when one of its script events carries the content script's
 * url; its whole duration counts, so the style, layout and paint that run in
 * the same task (a rAF flush of the highlighter is followed in the same
 * BeginMainFrame task by the paint that re-validates the highlights) count
 * too. Two exceptions, where the page drives the task and our code only runs
 * inside it: the HTML parser's task that runs our document_start script, and
 * (chosen by the caller, e.g. during a scroll) frames our code did not change;
 * there only our script, the IntersectionObserver computations and the
 * rendering our code made due are charged (Task.charge, chargeOwnWork).
 * Rendering the browser defers to a later task of its own is not ours by
 * this rule unless our code scheduled it (a style or layout invalidation
 * inside our script: `deferred`), or it painted a change of our underlines
 * made outside a frame (the caller finds those frames from the page's own
 * record of when the highlights changed: paintingFrames, chargeRendering);
 * `otherTasks` reports what else ran on the thread in the same window so
 * that it can be looked at.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
}

export const TIMELINE_CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  // Not 'disabled-by-default-devtools.timeline.stack': the first stack it captures in a
  // script makes V8 collect source positions for the whole bundle (18 ms inside our
  // main script's evaluation on the bench page, none of it there without tracing).
  // Who invalidated style is read from nesting instead (see attribute()).
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
];
/** Adds sampled JS stacks (ProfileChunk events) for finding which functions dominate. */
export const PROFILER_CATEGORIES = ['disabled-by-default-v8.cpu_profiler'];

/** Starts tracing on the session; the returned function stops it and returns every event. */
/** Completing a trace took 1-3 s here; one that never completes fails the run instead of hanging the bench. */
const TRACE_END_TIMEOUT_MS = 60_000;

/** A wait of the bench's own that did not end (not a slow figure: those are measured, not bounded). */
export class Hang extends Error {}

/** `promise`, or a Hang naming what did not happen within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Hang(`bench: ${what} within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A page run takes 20-60 s here. One that runs far longer is stuck in a wait no
 * bound above covers (on 2026-11-23 a run stood idle for 40 minutes, browser and
 * bench both waiting): it counts as a hang.
 */
export const RUN_TIMEOUT_MS = 180_000;

/**
 * Runs `run`, bounded by `ms` as a whole; if it or one of the bench's own waits
 * hung, runs it once more (a second hang fails the bench).
 */
export async function onceMoreIfHung<T>(run: () => Promise<T>, ms = RUN_TIMEOUT_MS): Promise<T> {
  try {
    return await within(run(), ms, 'a page run did not finish');
  } catch (e) {
    if (!(e instanceof Hang)) throw e;
    process.stderr.write(`${e.message}; running it once more\n`);
    return within(run(), ms, 'a page run did not finish');
  }
}

export async function startTracing(cdp: CDPSession, categories: readonly string[]): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (p: { value: object[] }) => {
    for (const e of p.value) events.push(e as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: categories.filter((c) => !c.startsWith('-')), excludedCategories: ['*'] },
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await within(done, TRACE_END_TIMEOUT_MS, 'Chromium did not complete the trace');
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

export interface Task {
  ts: number;
  dur: number;
  /** Runs content-script code, or renders what content-script code invalidated (see `deferred`). */
  ours: boolean;
  /** Not running our code, but doing the style recalc or layout our code scheduled in an earlier task. */
  deferred: boolean;
  /** Our script time inside it (EvaluateScript/FunctionCall/compile with our url, outermost only). */
  scriptDur: number;
  /** Rendering steps inside it (style, layout, pre-paint, paint, layerize, commit), summed. */
  renderDur: number;
  /** V8 garbage collection inside it. */
  gcDur: number;
  /** IntersectionObserver computations inside it. */
  ioDur: number;
  /** Rendering steps inside it that our code made due (style/layout invalidations in our script). */
  owedDur: number;
  /** It parses the page's HTML (our document_start script runs inside the parser's task). */
  pageDriven: boolean;
  /** Our code ran in an animation-frame callback in it (the highlighter's flush, the pointer check). */
  ourFrame: boolean;
  /** It painted a change of our underlines made outside it (see chargeRendering). */
  paintsOurs: boolean;
  /**
   * What is charged to us: the whole task, except in a task the page drives
   * (see `pageDriven`, and chargeOwnWork), where only our script, the
   * IntersectionObserver work and the rendering our code made due count.
   */
  charge: number;
  /** Time per child event name (nested events counted at every level), for diagnostics. */
  children: Map<string, number>;
}

export interface Attribution {
  /** The renderer main thread the content script ran on. */
  pid: number;
  tid: number;
  /** Start of the content script's first EvaluateScript (trace clock, µs). */
  scriptStart: number;
  /** All top-level tasks on that thread, in order. */
  tasks: Task[];
}

export const IO_EVENT = 'IntersectionObserverController::computeIntersections';
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule']);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'HitTest']);
const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'V8.GC_MC_INCREMENTAL', 'V8.GCIncrementalMarking', 'V8.GCFinalizeMC', 'V8.GCScavenger']);
/** Instant events that record that style or layout was made dirty: ours when nested in our script's events. */
const INVALIDATIONS: Record<string, string> = { ScheduleStyleRecalculation: 'UpdateLayoutTree', InvalidateLayout: 'Layout' };

function urlOf(e: TraceEvent): string | undefined {
  const data = e.args?.data ?? e.args?.beginData;
  return data?.url ?? data?.stackTrace?.[0]?.url ?? e.args?.fileName;
}

function stackHas(e: TraceEvent, urls: ReadonlySet<string>): boolean {
  const stack: { url?: string }[] | undefined = e.args?.data?.stackTrace;
  return !!stack?.some((f) => f.url !== undefined && urls.has(f.url));
}

/**
 * Splits the content scripts' renderer main thread into top-level tasks and
 * marks the content scripts': those that run their code, and those whose style
 * recalc or layout their code scheduled (a ScheduleStyleRecalculation or
 * InvalidateLayout instant nested in a content script's script event: e.g.
 * adopting a style sheet makes the next frame restyle the whole document).
 * `scriptUrls`: every content script of the extension; the first evaluated starts the window.
 */
export function attribute(events: readonly TraceEvent[], scriptUrls: string | readonly string[], thread?: { pid: number; tid: number }): Attribution {
  const urls = new Set(typeof scriptUrls === 'string' ? [scriptUrls] : scriptUrls);
  const evaluate = events
    .filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && urls.has(urlOf(e) ?? ''))
    .sort((a, b) => a.ts - b.ts)[0];
  if (!evaluate && !thread) {
    const seen = [...new Set(events.filter((e) => e.name === 'EvaluateScript').map((e) => urlOf(e)))].slice(0, 10);
    throw new Error(`trace: no EvaluateScript of ${[...urls].join(' or ')} (evaluated: ${seen.join(', ') || 'none'})`);
  }
  // A trace started after the scripts ran (e.g. of a scroll) names the thread instead.
  const { pid, tid } = thread ?? evaluate!;
  const onThread = events
    .filter((e) => e.pid === pid && e.tid === tid && ((e.ph === 'X' && typeof e.dur === 'number') || e.ph === 'I' || e.ph === 'i'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  const tasks: Task[] = [];
  let current: Task | null = null;
  let currentEnd = -Infinity;
  let ourScriptEnd = -Infinity;
  let renderEnd = -Infinity;
  let gcEnd = -Infinity;
  let ioEnd = -Infinity;
  let rafEnd = -Infinity;
  /** Rendering steps our code made due and that have not run yet. */
  const owed = new Set<string>();
  for (const e of onThread) {
    const dur = e.dur ?? 0;
    const end = e.ts + dur;
    if (e.ph === 'X' && TOP_LEVEL.has(e.name) && e.ts >= currentEnd) {
      if (current) finish(current);
      current = { ts: e.ts, dur, ours: false, deferred: false, scriptDur: 0, renderDur: 0, gcDur: 0, ioDur: 0, owedDur: 0, pageDriven: false, ourFrame: false, paintsOurs: false, charge: dur, children: new Map() };
      tasks.push(current);
      currentEnd = end;
      continue;
    }
    const step = INVALIDATIONS[e.name];
    // Made dirty by our code: the instant falls inside one of our script events (or names us in a stack).
    if (step && (e.ts < ourScriptEnd || stackHas(e, urls))) owed.add(step);
    if (!current || e.ts >= currentEnd || e.ph !== 'X' || TOP_LEVEL.has(e.name)) continue;
    current.children.set(e.name, (current.children.get(e.name) ?? 0) + dur);
    if (e.name === 'FireAnimationFrame') rafEnd = end;
    if (e.name === IO_EVENT && e.ts >= ioEnd) {
      current.ioDur += dur;
      ioEnd = end;
    }
    if (SCRIPT_EVENTS.has(e.name) && urls.has(urlOf(e) ?? '')) {
      current.ours = true;
      if (e.ts < rafEnd) current.ourFrame = true;
      if (e.ts >= ourScriptEnd) {
        current.scriptDur += dur;
        ourScriptEnd = end;
      }
    }
    if (RENDER_EVENTS.has(e.name) && e.ts >= renderEnd) {
      current.renderDur += dur;
      renderEnd = end;
      if (owed.delete(e.name)) {
        current.owedDur += dur;
        if (!current.ours) current.ours = current.deferred = true;
      }
    }
    if (GC_EVENTS.has(e.name) && e.ts >= gcEnd) {
      current.gcDur += dur;
      gcEnd = end;
    }
  }
  if (current) finish(current);
  return { pid, tid, scriptStart: evaluate?.ts ?? -Infinity, tasks };

  function finish(task: Task): void {
    if (task.children.has('ParseHTML')) chargeOwnWork(task);
  }
}

/**
 * Charges the rendering of a frame our code made due without running in it
 * (e.g. underlines changed in an idle callback: the next frame repaints them).
 */
export function chargeRendering(task: Task): void {
  task.paintsOurs = true;
  if (task.ours && !task.pageDriven) return; // charged whole already
  if (!task.ours) task.ours = task.deferred = true;
  task.charge = task.scriptDur + task.ioDur + task.renderDur;
}

/**
 * Frames that painted a change of our underlines: the frame task holding each
 * moment in `changes` (trace µs) where the page's watcher saw the change,
 * unless the frame before it already ran our code in an animation frame (the
 * change was made, and painted, there).
 */
export function paintingFrames(tasks: readonly Task[], changes: readonly number[]): Task[] {
  const frames = tasks.filter((t) => t.renderDur > 0 || t.children.has('FireAnimationFrame'));
  const out = new Set<Task>();
  for (const at of changes) {
    const i = frames.findIndex((t) => at >= t.ts && at <= t.ts + t.dur);
    if (i < 0) continue;
    if (i > 0 && frames[i - 1]!.ourFrame) continue;
    out.add(frames[i]!);
  }
  return [...out];
}

/** Charges only our own work in `task`: script, IntersectionObserver computations, rendering our code made due. */
export function chargeOwnWork(task: Task): void {
  task.pageDriven = true;
  task.charge = task.scriptDur + task.ioDur + (task.paintsOurs ? task.renderDur : task.owedDur);
}

/** The trace timestamp (µs) of a performance.mark() the page made. */
export function markTs(events: readonly TraceEvent[], name: string, pid: number): number | null {
  const mark = events.find((e) => e.name === name && e.pid === pid && e.cat.includes('blink.user_timing'));
  return mark ? mark.ts : null;
}

/** The navigationStart of the main-frame document at `url` in the renderer (µs). */
export function navigationStartTs(events: readonly TraceEvent[], pid: number, url: string): number | null {
  const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.documentLoaderURL === url).sort((a, b) => b.ts - a.ts)[0];
  return nav ? nav.ts : null;
}

export interface Summary {
  /** Charged time (Task.charge). */
  ms: number;
  /** The same tasks' whole durations. */
  wholeMs: number;
  count: number;
  longestMs: number;
  scriptMs: number;
  renderMs: number;
  gcMs: number;
  /** Tasks counted only for rendering our code scheduled earlier. */
  deferredMs: number;
}

/** Totals over tasks, each counted by its charge (see Task.charge). */
export function summarize(tasks: readonly Task[]): Summary {
  let dur = 0;
  let whole = 0;
  let longest = 0;
  let script = 0;
  let render = 0;
  let gc = 0;
  let deferred = 0;
  for (const t of tasks) {
    dur += t.charge;
    whole += t.dur;
    longest = Math.max(longest, t.charge);
    script += t.scriptDur;
    render += t.renderDur;
    gc += t.gcDur;
    if (t.deferred) deferred += t.dur;
  }
  const ms = (us: number) => us / 1000;
  return { ms: ms(dur), wholeMs: ms(whole), count: tasks.length, longestMs: ms(longest), scriptMs: ms(script), renderMs: ms(render), gcMs: ms(gc), deferredMs: ms(deferred) };
}

/**
 * Self time per function of `scriptUrl` from the sampling profiler's
 * ProfileChunk events on one thread (needs PROFILER_CATEGORIES): the functions
 * where the content script's time goes. Names are as bundled (minified), with
 * line:column in the bundle.
 */
export function profileSelfTimes(events: readonly TraceEvent[], pid: number, tid: number, from: number, to: number): Map<string, number> {
  interface Node { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }
  const nodes = new Map<number, Node>();
  const self = new Map<string, number>();
  let time = 0;
  let started = false;
  const profiles = events.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk')).sort((a, b) => a.ts - b.ts);
  // Profile events carry the thread as args.data; ProfileChunk shares its id.
  const ours = new Set(profiles.filter((e) => e.name === 'Profile' && e.tid === tid).map((e) => (e as any).id as string));
  for (const e of profiles) {
    if (e.name === 'Profile') {
      if (e.tid === tid) time = e.args?.data?.startTime ?? time;
      started = started || e.tid === tid;
      continue;
    }
    if (!ours.has((e as any).id) || !started) continue;
    const chunk = e.args?.data?.cpuProfile ?? {};
    for (const n of (chunk.nodes ?? []) as Node[]) nodes.set(n.id, n);
    const samples: number[] = chunk.samples ?? [];
    const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      time += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 0;
      if (time < from || time > to) continue;
      const node = nodes.get(samples[i]!);
      if (!node) continue;
      const f = node.callFrame;
      const key = f.url ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}` : f.functionName || '(native)';
      self.set(key, (self.get(key) ?? 0) + next);
    }
  }
  return self;
}

/** Total duration (ms) of complete events named `name` on one thread between `from` and `to` (µs), outermost only. */
export function eventTotalMs(events: readonly TraceEvent[], pid: number, tid: number, name: string, from: number, to: number): number {
  let total = 0;
  let end = -Infinity;
  const matching = events.filter((e) => e.name === name && e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= from && e.ts < to);
  for (const e of matching.sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    total += e.dur ?? 0;
    end = e.ts + (e.dur ?? 0);
  }
  return total / 1000;
}

/** The first EvaluateScript of `url` (µs), or null. */
export function evaluateTs(events: readonly TraceEvent[], url: string): number | null {
  const first = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && urlOf(e) === url).sort((a, b) => a.ts - b.ts)[0];
  return first ? first.ts : null;
}

/** Duration (ms) of the first EvaluateScript of `url`, or null. */
export function evaluateMs(events: readonly TraceEvent[], url: string): number | null {
  const first = events.filter((e) => e.name === 'EvaluateScript' && e.ph === 'X' && urlOf(e) === url).sort((a, b) => a.ts - b.ts)[0];
  return first ? (first.dur ?? 0) / 1000 : null;
}
