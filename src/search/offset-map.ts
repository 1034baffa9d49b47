/**
 * Maps offsets in a folded (normalized) string back to the original string.
 *
 * Folding drops characters (diacritics, tatweel, bidi controls) and sometimes
 * expands one (ß → ss, ﻻ → لا), so folded offsets cannot be used on the
 * original text directly. Every folded UTF-16 unit remembers the original
 * span [start, end) of the character it came from; a folded range maps to
 * [start of its first unit, end of its last unit]. Marks dropped after a
 * letter extend that letter's end, so a highlight never separates a letter
 * from its harakat, niqqud or accent.
 */
export interface OffsetMap {
  /** Original start offset of each folded unit. */
  readonly starts: Int32Array;
  /** Original end offset (exclusive) of each folded unit. */
  readonly ends: Int32Array;
}

/** Growable pair of offset arrays, filled by the folder one unit at a time. */
export class OffsetMapBuilder {
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Extends the last unit's end over a dropped character that belongs to it. */
  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  get size(): number {
    return this.length;
  }

  finish(): OffsetMap {
    return { starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** Original [start, end) of the folded range [from, to); undefined when empty or out of bounds. */
export function toOriginalRange(map: OffsetMap, from: number, to: number): [number, number] | undefined {
  if (!(from >= 0 && to > from && to <= map.starts.length)) return undefined;
  const start = map.starts[from]!;
  const end = map.ends[to - 1]!;
  return end > start ? [start, end] : undefined;
}
