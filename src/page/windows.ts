/**
 * Detection over a huge string in bounded windows, so one 10 MB text node
 * never becomes one long task. Windows overlap by the longest possible
 * mention; each window only keeps mentions that start before its commit
 * point, and the next window starts where the kept ones end, so a mention
 * across a boundary is found exactly once.
 */
import type { FindMentions, Mention } from './types';

export interface WindowOptions {
  /** Characters handed to the detector at once. */
  windowSize?: number;
  /** Longest mention the detector can return, in UTF-16 units. */
  maxMentionLength?: number;
}

const DEFAULT_WINDOW = 32_768;
const DEFAULT_MAX_MENTION = 128;

export class WindowedDetection {
  readonly mentions: Mention[] = [];
  private pos = 0;
  private lastEnd = 0;
  private finished = false;
  private readonly size: number;
  private readonly overlap: number;

  constructor(
    private readonly text: string,
    /** Detects a window in `step()`; without it, windows are taken and accepted one by one (a detector elsewhere). */
    private readonly findMentions?: FindMentions,
    { windowSize = DEFAULT_WINDOW, maxMentionLength = DEFAULT_MAX_MENTION }: WindowOptions = {},
  ) {
    this.overlap = Math.max(1, maxMentionLength) + 1; // +1: the detector sees one character after a kept mention
    this.size = Math.max(windowSize, this.overlap * 3); // leaves room to make progress
  }

  get done(): boolean {
    return this.finished;
  }

  /** Detects one window. Returns true when the whole text is done. */
  step(): boolean {
    if (this.finished) return true;
    if (!this.findMentions) throw new Error('WindowedDetection.step needs a detector; use nextWindow and accept');
    return this.accept(this.findMentions(this.nextWindow()));
  }

  /** The text of the next window to detect (the same until `accept` takes its mentions). */
  nextWindow(): string {
    const { text, pos } = this;
    return text.slice(pos, Math.min(text.length, pos + this.size));
  }

  /** Takes the mentions found in `nextWindow()`'s text. Returns true when the whole text is done. */
  accept(found: readonly Mention[]): boolean {
    if (this.finished) return true;
    const { text, pos } = this;
    const last = text.length - pos <= this.size;
    const end = last ? text.length : pos + this.size;
    const commit = last ? text.length : safeBoundary(text, end - this.overlap, pos + 1, this.overlap);
    for (const m of found) {
      const start = m.start + pos;
      if (start < this.lastEnd) continue; // already kept from the previous window
      if (start >= commit) break; // the next window sees it with full context
      this.mentions.push({ entity: m.entity, start, end: m.end + pos });
      this.lastEnd = m.end + pos;
    }
    this.pos = Math.max(commit, this.lastEnd);
    this.finished = last;
    return last;
  }
}

/**
 * The detector, made safe to call on page text: a bug in it must not stop the
 * scan, so a text it throws on counts as mention-free. Logged once by default.
 */
export function guardDetector<N>(
  findMentions: FindMentions,
  onError?: (error: unknown, node: N) => void,
): (text: string, node: N) => readonly Mention[] {
  let logged = false;
  const report =
    onError ??
    ((error: unknown) => {
      if (!logged) console.error('Steppe Lens: the detector failed on a text node', error);
      logged = true;
    });
  return (text, node) => {
    try {
      return findMentions(text);
    } catch (error) {
      report(error, node);
      return [];
    }
  };
}

/** Runs every window at once (tests, small inputs). */
export function detectWindowed(text: string, findMentions: FindMentions, options?: WindowOptions): Mention[] {
  const run = new WindowedDetection(text, findMentions, options);
  while (!run.step());
  return run.mentions;
}

/**
 * A cut point at or before `at`: on whitespace when there is some within
 * `reach` (words stay whole for the detector's boundary checks), and never
 * between the halves of a surrogate pair.
 */
export function safeBoundary(text: string, at: number, min: number, reach: number): number {
  for (let i = at; i >= Math.max(min, at - reach); i--) {
    if (isSpace(text.charCodeAt(i))) return i;
  }
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && at - 1 >= min ? at - 1 : at;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}
