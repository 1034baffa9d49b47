/**
 * Marks mentions with the CSS Custom Highlight API: no element is added to
 * the page and nothing relayouts. StaticRange, not Range: live ranges made the
 * page's own DOM inserts ~100x slower. Without the API this does nothing
 * (hovering still works through hit-testing).
 */
import { ACTIVE_HIGHLIGHT, highlightName } from './highlight-styles';
import { frameSchedule, timeoutDelay, type Delay, type Schedule } from './schedule';
import type { MentionChange, PageMention } from './types';

export * from './highlight-styles';

/** The parts of the Highlight API used here, injectable for tests. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  priority: number;
}
export interface HighlightEnv {
  register(name: string, highlight: HighlightLike): void;
  unregister(name: string): void;
  createHighlight(): HighlightLike;
  createRange(init: StaticRangeInit): AbstractRange;
}

/** The window's Highlight API, or null where it is missing. */
export function highlightEnv(win: Window & typeof globalThis = window): HighlightEnv | null {
  const registry = win.CSS?.highlights;
  if (!registry || typeof win.Highlight !== 'function' || typeof win.StaticRange !== 'function') return null;
  return {
    register: (name, h) => void registry.set(name, h as Highlight),
    unregister: (name) => void registry.delete(name),
    createHighlight: () => new win.Highlight(),
    createRange: (init) => new win.StaticRange(init),
  };
}

/**
 * A change to apply. `released`: mentions that may stay underlined a while
 * longer (they went far from the viewport): they go with the next flush that
 * happens anyway, or after `releaseDelayMs`, since every flush costs a repaint.
 */
export interface HighlightChange extends MentionChange {
  released?: readonly PageMention[];
}

export interface Highlighter {
  /** Queues a change; applied on a later animation frame. */
  apply(change: HighlightChange): void;
  /** Marks the mention whose card is open (null: none). */
  setActive(mention: PageMention | null): void;
  /** Mentions currently underlined (at most `maxRanges`). */
  readonly size: number;
  /** Removes every highlight we registered. */
  dispose(): void;
}

export interface HighlighterOptions {
  env?: HighlightEnv | null;
  /** Runs a flush in an animation frame. */
  frame?: Schedule;
  /** Waits before a flush that would come too soon after the last one (setTimeout by default). */
  delay?: Delay;
  now?: () => number;
  /**
   * Flushes at least this far apart. Every highlight change makes Chromium
   * re-validate all ranges at the next paint (~20-40 ms on a big page), so the
   * scan's many small changes are coalesced into a few repaints. (Measured in
   * Chromium 156 on the bench's 1 MB page: while any range is registered, any
   * repaint, even of the page's own, walks the whole tree in PrePaint:
   * 10-25 ms against 0.1 ms with none. Fewer flushes, fewer such frames.)
   */
  minIntervalMs?: number;
  /**
   * At most this many mentions underlined; the rest still hover. Measured on a
   * 20,000-paragraph page: adding 10 ranges cost a 48 ms frame at 2,000
   * ranges, 144 ms at 5,000, 300 ms at 20,000.
   */
  maxRanges?: number;
  /** A flush of released mentions alone waits this long (1000 ms by default). */
  releaseDelayMs?: number;
  /**
   * The first flush goes at once rather than in the next frame: nothing to
   * coalesce with yet, and a session replacing another (settings changed)
   * then leaves no frame without underlines.
   */
  firstFlushNow?: boolean;
}

const NOOP: Highlighter = { apply: () => undefined, setActive: () => undefined, size: 0, dispose: () => undefined };

export function createHighlighter(options: HighlighterOptions = {}): Highlighter {
  const env = options.env === undefined ? highlightEnv() : options.env;
  if (!env) return NOOP;
  const frame = options.frame ?? frameSchedule();
  const delay = options.delay ?? timeoutDelay;
  const now = options.now ?? (() => performance.now());
  const minInterval = options.minIntervalMs ?? 200;
  const maxRanges = options.maxRanges ?? 2000;
  const releaseDelay = options.releaseDelayMs ?? 1000;
  const firstNow = options.firstFlushNow ?? false;

  const byEntity = new Map<string, HighlightLike>();
  const ranges = new Map<PageMention, AbstractRange>();
  // Pending work, normalised: a mention added and removed before a flush is simply dropped.
  const toAdd = new Set<PageMention>();
  const toRemove = new Set<PageMention>();
  /** Over the cap: underlined when others go. */
  const overflow = new Set<PageMention>();
  let cancel: (() => void) | null = null;
  let lastFlush = -Infinity;
  let active: HighlightLike | null = null;

  const highlightFor = (entity: string): HighlightLike => {
    let h = byEntity.get(entity);
    if (!h) {
      h = env.createHighlight();
      byEntity.set(entity, h);
      env.register(highlightName(entity), h);
    }
    return h;
  };
  const rangeOf = (m: PageMention) =>
    env.createRange({ startContainer: m.node, startOffset: m.start, endContainer: m.node, endOffset: m.end });
  const show = (m: PageMention) => {
    const range = rangeOf(m);
    ranges.set(m, range);
    highlightFor(m.entity).add(range);
  };

  function flush(): void {
    cancel = null;
    lazy = false;
    lastFlush = now();
    for (const m of toRemove) {
      const range = ranges.get(m);
      if (!range) continue;
      ranges.delete(m);
      byEntity.get(m.entity)?.delete(range);
    }
    toRemove.clear();
    for (const m of overflow) {
      if (ranges.size >= maxRanges) break;
      overflow.delete(m);
      show(m);
    }
    for (const m of toAdd) {
      if (ranges.size < maxRanges) show(m);
      else overflow.add(m);
    }
    toAdd.clear();
  }

  /** Only released mentions are pending: flush later, or with the next flush anyway. */
  let lazy = false;

  function request(onlyReleased = false): void {
    if (cancel && !(lazy && !onlyReleased)) return;
    if (cancel) cancel(); // a lazy wait, overtaken by real work
    lazy = onlyReleased;
    if (firstNow && lastFlush === -Infinity && !onlyReleased) {
      flush();
      return;
    }
    const wait = Math.max(lastFlush + minInterval - now(), onlyReleased ? releaseDelay : 0);
    if (wait <= 0) {
      cancel = frame(flush);
      return;
    }
    const cancelDelay = delay(() => {
      cancel = frame(flush);
    }, wait);
    cancel = () => cancelDelay();
  }

  return {
    apply(change) {
      for (const m of change.removed) {
        if (!toAdd.delete(m) && !overflow.delete(m)) toRemove.add(m);
      }
      for (const m of change.added) {
        if (toRemove.delete(m) && ranges.has(m)) continue; // released, then back before the flush: it stays
        toAdd.add(m);
      }
      for (const m of change.released ?? []) {
        if (!toAdd.delete(m) && !overflow.delete(m)) toRemove.add(m);
      }
      if (toAdd.size === 0 && toRemove.size === 0) return;
      request(change.added.length === 0 && change.removed.length === 0);
    },
    setActive(mention) {
      if (!active) {
        active = env.createHighlight();
        active.priority = 1;
        env.register(ACTIVE_HIGHLIGHT, active);
      }
      active.clear();
      if (mention) active.add(rangeOf(mention));
    },
    get size() {
      return ranges.size;
    },
    dispose() {
      cancel?.();
      cancel = null;
      lazy = false;
      toAdd.clear();
      toRemove.clear();
      overflow.clear();
      for (const entity of byEntity.keys()) env.unregister(highlightName(entity));
      if (active) env.unregister(ACTIVE_HIGHLIGHT);
      byEntity.clear();
      ranges.clear();
      active = null;
    },
  };
}
