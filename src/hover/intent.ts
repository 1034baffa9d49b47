/**
 * Hover intent, after Wikipedia's Page Previews: a card opens once the
 * pointer has rested on a mention for a short dwell, stays while the pointer
 * is on the mention or in the card, and closes after a grace period once it
 * has left both. Escape, a click elsewhere or scrolling the mention away
 * close it at once.
 *
 * `reduceIntent` is pure; the timers a state needs follow from the state
 * (`timerFor`), and `createHoverIntent` runs them with injected clocks.
 */

export type IntentState<M> =
  /** Nothing shown. `dismissed`: closed by the user while the pointer was on it; resting there must not reopen it. */
  | { kind: 'idle'; dismissed: M | null }
  /** Pointer on `target`, waiting out the dwell. */
  | { kind: 'dwelling'; target: M }
  /** Card for `shown` is open. `over`: what keeps it open. */
  | { kind: 'open'; shown: M; over: 'mention' | 'card' | 'keyboard' }
  /** Card open, pointer on a different mention: switch to `target` after the dwell. */
  | { kind: 'switching'; shown: M; target: M }
  /** Pointer left both mention and card: close after the grace period. */
  | { kind: 'closing'; shown: M };

export type IntentEvent<M> =
  /** `restedMs`: how long the pointer had already rested where it is when the mention was found; it counts towards the dwell. */
  | { type: 'pointerOverMention'; mention: M; restedMs?: number }
  | { type: 'pointerOffMention' }
  | { type: 'pointerEnterCard' }
  | { type: 'pointerLeaveCard' }
  | { type: 'escape' }
  | { type: 'clickOutside' }
  | { type: 'mentionScrolledAway' }
  | { type: 'keyboardOpen'; mention: M }
  | { type: 'dwellElapsed' }
  | { type: 'graceElapsed' };

export type Same<M> = (a: M, b: M) => boolean;

export const IDLE: IntentState<never> = Object.freeze({ kind: 'idle', dismissed: null });

/**
 * The next state. Returns `state` itself when nothing changes, so callers can
 * tell a real transition (which restarts timers) from a repeated event.
 */
export function reduceIntent<M>(state: IntentState<M>, event: IntentEvent<M>, same: Same<M> = Object.is): IntentState<M> {
  switch (event.type) {
    case 'escape':
    case 'clickOutside':
    case 'mentionScrolledAway': {
      if (state.kind === 'idle') return state;
      // Remember what the pointer still rests on, so it does not reopen by itself.
      const under = state.kind === 'dwelling' || state.kind === 'switching' ? state.target
        : state.kind === 'open' && state.over === 'mention' ? state.shown : null;
      return { kind: 'idle', dismissed: under };
    }
    case 'keyboardOpen':
      if (state.kind === 'open' && same(state.shown, event.mention) && state.over === 'keyboard') return state;
      return { kind: 'open', shown: event.mention, over: 'keyboard' };
    case 'pointerOverMention':
      return overMention(state, event.mention, same);
    case 'pointerOffMention':
      switch (state.kind) {
        case 'idle':
          return state.dismissed ? IDLE : state;
        case 'dwelling':
          return IDLE;
        case 'switching':
          return { kind: 'closing', shown: state.shown };
        case 'open':
          return state.over === 'mention' ? { kind: 'closing', shown: state.shown } : state;
        case 'closing':
          return state;
      }
      break;
    case 'pointerEnterCard':
      if (state.kind === 'open' || state.kind === 'switching' || state.kind === 'closing') {
        return state.kind === 'open' && state.over === 'card' ? state : { kind: 'open', shown: state.shown, over: 'card' };
      }
      return state;
    case 'pointerLeaveCard':
      return state.kind === 'open' && state.over === 'card' ? { kind: 'closing', shown: state.shown } : state;
    case 'dwellElapsed':
      if (state.kind === 'dwelling' || state.kind === 'switching') return { kind: 'open', shown: state.target, over: 'mention' };
      return state;
    case 'graceElapsed':
      return state.kind === 'closing' ? IDLE : state;
  }
  return state;
}

function overMention<M>(state: IntentState<M>, m: M, same: Same<M>): IntentState<M> {
  switch (state.kind) {
    case 'idle':
      if (state.dismissed && same(state.dismissed, m)) return state;
      return { kind: 'dwelling', target: m };
    case 'dwelling':
      return same(state.target, m) ? state : { kind: 'dwelling', target: m };
    case 'open':
      if (same(state.shown, m)) return state.over === 'mention' ? state : { kind: 'open', shown: state.shown, over: 'mention' };
      return { kind: 'switching', shown: state.shown, target: m };
    case 'switching':
      if (same(state.target, m)) return state;
      if (same(state.shown, m)) return { kind: 'open', shown: state.shown, over: 'mention' };
      return { kind: 'switching', shown: state.shown, target: m };
    case 'closing':
      return same(state.shown, m) ? { kind: 'open', shown: state.shown, over: 'mention' } : { kind: 'switching', shown: state.shown, target: m };
  }
}

/** The mention whose card should be visible in `state`, if any. */
export function shownMention<M>(state: IntentState<M>): M | null {
  return state.kind === 'open' || state.kind === 'switching' || state.kind === 'closing' ? state.shown : null;
}

export interface IntentTimings {
  /** Rest on a mention this long before its card opens. */
  dwellMs: number;
  /** Keep the card this long after the pointer left mention and card. */
  graceMs: number;
}
export const DEFAULT_TIMINGS: IntentTimings = { dwellMs: 150, graceMs: 300 };

/** The timer `state` runs, if any. */
export function timerFor(state: IntentState<unknown>, t: IntentTimings): { event: 'dwellElapsed' | 'graceElapsed'; ms: number } | null {
  if (state.kind === 'dwelling' || state.kind === 'switching') return { event: 'dwellElapsed', ms: t.dwellMs };
  if (state.kind === 'closing') return { event: 'graceElapsed', ms: t.graceMs };
  return null;
}

export interface HoverIntentOptions<M> {
  /** Called when the visible card changes: a mention to show (open or switch), or null to hide. */
  onChange(shown: M | null, state: IntentState<M>): void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** Fixed timings, or a function read at each transition (so a changed setting applies at once). */
  timings?: Partial<IntentTimings> | (() => Partial<IntentTimings>);
  same?: Same<M>;
}

export interface HoverIntent<M> {
  dispatch(event: IntentEvent<M>): void;
  readonly state: IntentState<M>;
  dispose(): void;
}

export function createHoverIntent<M>(options: HoverIntentOptions<M>): HoverIntent<M> {
  const timings = (): IntentTimings => ({ ...DEFAULT_TIMINGS, ...(typeof options.timings === 'function' ? options.timings() : options.timings) });
  const same = options.same ?? Object.is;
  let state: IntentState<M> = IDLE;
  let timer: unknown = null;
  let disposed = false;

  function dispatch(event: IntentEvent<M>): void {
    if (disposed) return;
    const next = reduceIntent(state, event, same);
    if (next === state) return;
    const before = shownMention(state);
    state = next;
    // Every transition restarts the state's timer: a new dwell target, a fresh grace.
    if (timer !== null) options.clearTimeout(timer);
    timer = null;
    const t = timerFor(state, timings());
    if (t) {
      // A pointer found resting on a mention late (a slow page's hit test waits for rest) has dwelt already.
      const rested = t.event === 'dwellElapsed' && event.type === 'pointerOverMention' ? (event.restedMs ?? 0) : 0;
      timer = options.setTimeout(() => {
        timer = null;
        dispatch({ type: t.event });
      }, Math.max(0, t.ms - rested));
    }
    const after = shownMention(state);
    if (after === before || (after !== null && before !== null && same(after, before))) return;
    options.onChange(after, state);
  }

  return {
    dispatch,
    get state() {
      return state;
    },
    dispose() {
      if (timer !== null) options.clearTimeout(timer);
      timer = null;
      disposed = true;
    },
  };
}
