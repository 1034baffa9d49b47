/**
 * The fold and char tables as short run lists, so they can ship as data
 * (fold-data.ts) instead of being computed from Unicode on every page.
 *
 * fold: only code units that do not fold to themselves, in runs of
 *   [gap since the last run's end, length * 2 + mode, value]
 *   mode 0: every unit of the run folds to `value` (É È Ê -> e);
 *   mode 1: every unit folds to itself + `value` (A..Z -> a..z).
 * char: runs of equal non-zero flags, [gap, length, flags].
 * case: runs of cased letters, [gap, length * 2 + alternating, first case]:
 *   Latin Extended and Cyrillic pair upper and lower case letter by letter
 *   (Ā ā Ă ă), so a run may alternate 2 1 2 1 (or 1 2 1 2).
 * Gaps keep the numbers small; decoding is a few thousand typed-array writes.
 */
import type { ComputedTables } from './fold-rules';

export interface FoldData {
  foldRuns: readonly number[];
  charRuns: readonly number[];
  caseRuns: readonly number[];
}

/**
 * Run list of a table: each run starts at a unit `skip` says no to and goes on
 * while `within(start, unit)` holds; `describe(start, length)` gives the run's
 * last two numbers. Each run is [gap since the previous run's end, ...describe].
 */
function encodeRuns(
  size: number,
  skip: (c: number) => boolean,
  within: (start: number, c: number) => boolean,
  describe: (start: number, length: number) => [number, number],
): number[] {
  const runs: number[] = [];
  let end = 0;
  for (let c = 0; c < size; ) {
    if (skip(c)) {
      c++;
      continue;
    }
    let len = 1;
    while (c + len < size && !skip(c + len) && within(c, c + len)) len++;
    runs.push(c - end, ...describe(c, len));
    c += len;
    end = c;
  }
  return runs;
}

export function encodeFoldTables({ fold, char }: ComputedTables, cases: Uint8Array): FoldData {
  const size = 0x10000;
  // A fold run keeps one target (mode 0) or one offset (mode 1), whichever its first two units share.
  const offsetRun = (start: number) => fold[start + 1] !== fold[start] && fold[start + 1]! - (start + 1) === fold[start]! - start;
  const foldRuns = encodeRuns(
    size,
    (c) => fold[c] === c,
    (start, c) => (offsetRun(start) ? fold[c]! - c === fold[start]! - start : fold[c] === fold[start]),
    (start, len) => (offsetRun(start) && len > 1 ? [len * 2 + 1, fold[start]! - start] : [len * 2, fold[start]!]),
  );
  const charRuns = encodeRuns(
    size,
    (c) => !char[c],
    (start, c) => char[c] === char[start],
    (start, len) => [len, char[start]!],
  );
  // A case run keeps one case, or alternates upper and lower (1 <-> 2) when its first two units differ.
  const alternates = (start: number) => cases[start + 1] !== cases[start];
  const caseRuns = encodeRuns(
    size,
    (c) => !cases[c],
    (start, c) => cases[c] === (alternates(start) && (c - start) % 2 ? 3 - cases[start]! : cases[start]),
    (start, len) => [len * 2 + (alternates(start) && len > 1 ? 1 : 0), cases[start]!],
  );
  return { foldRuns, charRuns, caseRuns };
}

export function decodeFoldTables({ foldRuns, charRuns }: FoldData): ComputedTables {
  const fold = new Uint16Array(0x10000);
  for (let i = 0; i < 0x10000; i++) fold[i] = i;
  let c = 0;
  for (let r = 0; r < foldRuns.length; r += 3) {
    c += foldRuns[r]!;
    const len = foldRuns[r + 1]! >> 1;
    const value = foldRuns[r + 2]!;
    if (foldRuns[r + 1]! & 1) for (let k = 0; k < len; k++, c++) fold[c] = c + value;
    else {
      fold.fill(value, c, c + len);
      c += len;
    }
  }
  const char = new Uint8Array(0x10000);
  c = 0;
  for (let r = 0; r < charRuns.length; r += 3) {
    c += charRuns[r]!;
    const len = charRuns[r + 1]!;
    char.fill(charRuns[r + 2]!, c, c + len);
    c += len;
  }
  return { fold, char };
}

/** Letter case per code unit: 0 none, 1 lower, 2 upper. */
export function decodeCaseTable({ caseRuns }: FoldData): Uint8Array {
  const cases = new Uint8Array(0x10000);
  let c = 0;
  for (let r = 0; r < caseRuns.length; r += 3) {
    c += caseRuns[r]!;
    const len = caseRuns[r + 1]! >> 1;
    const first = caseRuns[r + 2]!;
    if (caseRuns[r + 1]! & 1) for (let k = 0; k < len; k++, c++) cases[c] = k % 2 ? 3 - first : first;
    else {
      cases.fill(first, c, c + len);
      c += len;
    }
  }
  return cases;
}

/** Calls `visit` with every code unit the fold runs name (those that may not fold to themselves). */
export function forEachFolded({ foldRuns }: FoldData, visit: (code: number) => void): void {
  let c = 0;
  for (let r = 0; r < foldRuns.length; r += 3) {
    c += foldRuns[r]!;
    const end = c + (foldRuns[r + 1]! >> 1);
    for (; c < end; c++) visit(c);
  }
}
