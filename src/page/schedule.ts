/** Schedulers the page modules take as parameters, so tests can drive time by hand. */

/** Runs `task` later; the returned function cancels it. */
export type Schedule = (task: () => void) => () => void;

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

/**
 * `schedule`, with `steps` run first, one per scheduled call, before the
 * first task: work that would otherwise make that task long (building the
 * detector's tables before the scan's first slice). Cancelling keeps the
 * steps not yet run for the next task.
 */
export function afterSteps(steps: (() => void)[], schedule: Schedule): Schedule {
  return (task) => {
    if (steps.length === 0) return schedule(task);
    const run = () => {
      steps.shift()?.();
      cancel = schedule(steps.length > 0 ? run : task);
    };
    let cancel = schedule(run);
    return () => cancel();
  };
}
