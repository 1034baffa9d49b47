/** Schedulers the page modules take as parameters, so tests can drive time by hand. */

/** Runs `task` later; the returned function cancels it. */
export type Schedule = (task: () => void) => () => void;

/** Runs `task` after `ms`; the returned function cancels it. */
export type Delay = (task: () => void, ms: number) => () => void;

export const timeoutDelay: Delay = (task, ms) => {
  const id = setTimeout(task, ms);
  return () => clearTimeout(id);
};

/**
 * requestIdleCallback with a timeout, so a busy page still gets scanned;
 * setTimeout where there is no requestIdleCallback (older Safari).
 */
export function idleSchedule(win: Window & typeof globalThis = window, timeoutMs = 1000): Schedule {
  if (typeof win.requestIdleCallback === 'function') {
    return (task) => {
      const id = win.requestIdleCallback(() => task(), { timeout: timeoutMs });
      return () => win.cancelIdleCallback(id);
    };
  }
  return (task) => {
    const id = win.setTimeout(task, 1);
    return () => win.clearTimeout(id);
  };
}

/** One call per animation frame. */
export function frameSchedule(win: Window & typeof globalThis = window): Schedule {
  return (task) => {
    const id = win.requestAnimationFrame(() => task());
    return () => win.cancelAnimationFrame(id);
  };
}
