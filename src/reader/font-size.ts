/** The reader's text sizes: a fixed scale of steps, so "larger" and "smaller" always land on the same sizes. Pure. */

export const FONT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 27, 30] as const;
export const DEFAULT_FONT_SIZE = 18;

/** A stored value made safe: a number on the scale (the nearest step), else the default. */
export function sanitizeFontSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_FONT_SIZE;
  return FONT_SIZES.reduce((best, size) => (Math.abs(size - value) < Math.abs(best - value) ? size : best), FONT_SIZES[0]);
}

export function stepFontSize(current: number, delta: 1 | -1): number {
  const i = FONT_SIZES.indexOf(sanitizeFontSize(current) as (typeof FONT_SIZES)[number]);
  return FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, i + delta))]!;
}

export const canStep = (current: number, delta: 1 | -1): boolean => stepFontSize(current, delta) !== sanitizeFontSize(current);
