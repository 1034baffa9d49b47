/**
 * The performance budget (`test/bench/budget.json`) and the pure logic of
 * `npm run bench -- --check`: which figures meet their goal, which miss it
 * beyond noise, which budgeted figures a part failed to report.
 */
import type { BenchRow } from './types';

/** One goal: a figure must stay at most `max` or at least `min`, give or take `tolerance`. */
export interface BudgetEntry {
  max?: number;
  min?: number;
  /**
   * Relative noise allowance: with `max: 10, tolerance: 0.2` a figure fails above 12.
   * Sizes are exact (0); ratios of two timings from the same run vary by ~10-20 %;
   * absolute times on this shared 2-core machine by up to ~2x.
   */
  tolerance: number;
  /** Which issue goal it is, and for absolute figures the headroom it allows. */
  why: string;
}

/** Budget entries by row key ("detect.ms-per-mchar"); a key's part is the text before its first dot. */
export type Budget = Record<string, BudgetEntry>;

/**
 * pass: meets the goal; noise: misses it by no more than the tolerance;
 * fail: misses it beyond the tolerance; missing: the part ran but reported no row with the key.
 */
export type Status = 'pass' | 'noise' | 'fail' | 'missing';

export interface Verdict {
  key: string;
  entry: BudgetEntry;
  status: Status;
  /** The figure judged (undefined when missing). */
  value?: number;
}

/** Reads a budget file's parsed JSON; errors name the file, the key and the field. */
export function parseBudget(json: unknown, source: string): Budget {
  if (!isRecord(json)) throw new Error(`${source}: expected an object of budget entries by key`);
  const budget: Budget = {};
  for (const [key, raw] of Object.entries(json)) {
    if (key.startsWith('$')) continue; // "$comment" and the like
    const where = `${source}: ${key}`;
    if (!/^[a-z]+\.[a-z0-9.-]+$/.test(key)) throw new Error(`${where}: a key is "<part>.<name>" in lower case, e.g. "detect.ms-per-mchar"`);
    if (!isRecord(raw)) throw new Error(`${where}: expected an object with max or min, tolerance and why`);
    const { max, min, tolerance, why } = raw;
    for (const [field, v] of [['max', max], ['min', min]] as const) {
      if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) throw new Error(`${where}: ${field} must be a finite number, got ${JSON.stringify(v)}`);
    }
    if ((max === undefined) === (min === undefined)) throw new Error(`${where}: give exactly one of max and min`);
    if (typeof tolerance !== 'number' || !(tolerance >= 0 && tolerance < 1)) throw new Error(`${where}: tolerance must be a number in [0, 1), got ${JSON.stringify(tolerance)}`);
    if (typeof why !== 'string' || !why.trim()) throw new Error(`${where}: why must say which goal this is`);
    const unknown = Object.keys(raw).filter((f) => !['max', 'min', 'tolerance', 'why'].includes(f));
    if (unknown.length) throw new Error(`${where}: unknown field ${unknown.join(', ')}`);
    budget[key] = { ...(max !== undefined ? { max: max as number } : { min: min as number }), tolerance, why };
  }
  return budget;
}

/** The part a key belongs to: "detect" for "detect.ms-per-mchar". */
export function partOfKey(key: string): string {
  return key.slice(0, key.indexOf('.'));
}

/** Where a figure stops being noise and starts failing. */
export function limitOf(entry: BudgetEntry): number {
  return entry.max !== undefined ? entry.max * (1 + entry.tolerance) : entry.min! * (1 - entry.tolerance);
}

export function judge(value: number, entry: BudgetEntry): Exclude<Status, 'missing'> {
  if (!Number.isFinite(value)) return 'fail';
  if (entry.max !== undefined) return value <= entry.max ? 'pass' : value <= limitOf(entry) ? 'noise' : 'fail';
  return value >= entry.min! ? 'pass' : value >= limitOf(entry) ? 'noise' : 'fail';
}

/**
 * Judges every budget entry of the parts that ran against their rows. A budgeted
 * key no row reports is `missing` (a part that silently stopped reporting a
 * figure must fail); two rows with one key are a bench bug and throw.
 */
export function checkRows(rows: readonly BenchRow[], budget: Budget, parts: readonly string[]): Verdict[] {
  const byKey = new Map<string, BenchRow>();
  for (const row of rows) {
    if (row.key === undefined) continue;
    if (byKey.has(row.key)) throw new Error(`bench: two rows report the key ${row.key} ("${byKey.get(row.key)!.metric}" and "${row.metric}")`);
    byKey.set(row.key, row);
  }
  return Object.entries(budget)
    .filter(([key]) => parts.includes(partOfKey(key)))
    .map(([key, entry]) => {
      const row = byKey.get(key);
      return row ? { key, entry, status: judge(row.value, entry), value: row.value } : { key, entry, status: 'missing' };
    });
}

/** Whether the check as a whole fails. */
export function failed(verdicts: readonly Verdict[]): boolean {
  return verdicts.some((v) => v.status === 'fail' || v.status === 'missing');
}

/**
 * One part measured several times → its rows of the first run, each keyed figure
 * replaced by its median over the runs that reported it. Used when a figure
 * failed: one slow run (another job took the cores) should not fail the check,
 * a figure slow in two runs of three should.
 */
export function medianRows(runs: readonly (readonly BenchRow[])[]): BenchRow[] {
  const first = runs[0] ?? [];
  return first.map((row) => {
    if (row.key === undefined) return row;
    const values = runs.flatMap((r) => r.filter((x) => x.key === row.key).map((x) => x.value));
    return { ...row, value: median(values) };
  });
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The goal as the table shows it: "<= 10 (+15%)", ">= 2 (-15%)". */
export function describeGoal(entry: BudgetEntry): string {
  const noise = entry.tolerance ? ` (${entry.max !== undefined ? '+' : '-'}${Math.round(entry.tolerance * 100)}%)` : '';
  return `${entry.max !== undefined ? `<= ${entry.max}` : `>= ${entry.min}`}${noise}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
