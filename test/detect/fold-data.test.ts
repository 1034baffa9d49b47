import { describe, expect, it } from 'vitest';
import { decodeCaseTable, decodeFoldTables, encodeFoldTables } from '../../src/detect/fold-codec';
import { FOLD_DATA } from '../../src/detect/fold-data';
import { computeCaseTable, computeFoldTables } from '../../src/detect/fold-rules';
import { caseTable, foldTables } from '../../src/detect/fold';

/** First code unit where two tables differ, as text for the failure message. */
function firstDifference(name: string, have: ArrayLike<number>, want: ArrayLike<number>): string | null {
  for (let c = 0; c < 0x10000; c++) {
    if (have[c] !== want[c]) return `${name}[U+${c.toString(16).padStart(4, '0')}] is ${have[c]}, the rules give ${want[c]}`;
  }
  return null;
}

describe('shipped fold tables (src/detect/fold-data.ts)', () => {
  const computed = computeFoldTables();
  const computedCases = computeCaseTable();

  it('are exactly what fold-rules.ts computes from Unicode (else run `npm run data:fold`)', () => {
    const shipped = decodeFoldTables(FOLD_DATA);
    const problems = [
      firstDifference('fold', shipped.fold, computed.fold),
      firstDifference('char', shipped.char, computed.char),
      firstDifference('case', decodeCaseTable(FOLD_DATA), computedCases),
    ].filter(Boolean);
    expect(problems, 'src/detect/fold-data.ts is stale: run `npm run data:fold`').toEqual([]);
  });

  it('are what foldTables() and caseTable() hand the detector, with the inverse of fold', () => {
    expect(firstDifference('case', caseTable(), computedCases)).toBeNull();
    const { fold, char, sources } = foldTables();
    expect(firstDifference('fold', fold, computed.fold)).toBeNull();
    expect(firstDifference('char', char, computed.char)).toBeNull();
    for (const [folded, list] of sources) for (const c of list) expect(fold[c]).toBe(folded);
    let moved = 0;
    for (let c = 0; c < 0x10000; c++) if (fold[c] !== c) moved++;
    expect([...sources.values()].reduce((n, list) => n + list.length, 0)).toBe(moved);
  });

  it('round-trip through the run encoding, whatever the tables', () => {
    const fold = new Uint16Array(0x10000).map((_, c) => c);
    const char = new Uint8Array(0x10000);
    // A run of one target, a run of one offset, lone changes, the last unit, a flag run to the end.
    fold.fill(0x61, 0xc0, 0xc6);
    for (let c = 0x41; c <= 0x5a; c++) fold[c] = c + 32;
    fold[0x100] = 0x101;
    fold[0x102] = 0;
    fold[0xffff] = 0x20;
    char.fill(3, 0x400, 0x530);
    char.fill(0x10, 0xfff0);
    // Cases: an alternating run (upper first), one lower first, a constant run, an odd-length tail.
    const cases = new Uint8Array(0x10000);
    for (let c = 0x100; c < 0x180; c++) cases[c] = c % 2 ? 1 : 2;
    for (let c = 0x181; c < 0x186; c++) cases[c] = c % 2 ? 1 : 2;
    cases.fill(2, 0x41, 0x5b);
    cases.fill(1, 0x61, 0x7b);
    cases[0xffff] = 1;
    const data = encodeFoldTables({ fold, char }, cases);
    const back = decodeFoldTables(data);
    expect(firstDifference('fold', back.fold, fold)).toBeNull();
    expect(firstDifference('char', back.char, char)).toBeNull();
    expect(firstDifference('case', decodeCaseTable(data), cases)).toBeNull();
  });
});
