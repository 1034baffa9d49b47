/** Stepping through an entity's occurrences: wraps at both ends. Pure. */

/**
 * The next index after `current` (undefined: nothing visited yet, so the
 * first step goes to the first or, backwards, the last occurrence).
 */
export function stepOccurrence(current: number | undefined, count: number, delta: 1 | -1): number | undefined {
  if (count <= 0) return undefined;
  if (current === undefined || current < 0 || current >= count) return delta > 0 ? 0 : count - 1;
  return (current + delta + count) % count;
}
