import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRows, describeGoal, failed, judge, medianRows, parseBudget, type Budget } from './budget';
import type { BenchRow } from './types';

const row = (key: string | undefined, value: number, part = key?.split('.')[0] ?? 'detect'): BenchRow => ({ part, metric: key ?? 'informational', value, unit: 'ms', ...(key ? { key } : {}) });

const budget: Budget = {
  'detect.ms-per-mchar': { max: 10, tolerance: 0.2, why: 'goal' },
  'detect.regexp-ratio': { min: 2, tolerance: 0.1, why: 'goal' },
  'bundle.content-raw-kib': { max: 150, tolerance: 0, why: 'size' },
};

describe('budget check', () => {
  it('passes a figure within its goal', () => {
    expect(judge(9.5, { max: 10, tolerance: 0.2, why: '' })).toBe('pass');
    expect(judge(10, { max: 10, tolerance: 0, why: '' })).toBe('pass');
    expect(judge(2.5, { min: 2, tolerance: 0.1, why: '' })).toBe('pass');
  });

  it('lets a figure past its goal but within the tolerance pass as noise', () => {
    expect(judge(11.9, { max: 10, tolerance: 0.2, why: '' })).toBe('noise');
    expect(judge(1.85, { min: 2, tolerance: 0.1, why: '' })).toBe('noise');
  });

  it('fails a figure beyond the tolerance, or one that is not a number', () => {
    expect(judge(12.1, { max: 10, tolerance: 0.2, why: '' })).toBe('fail');
    expect(judge(1.7, { min: 2, tolerance: 0.1, why: '' })).toBe('fail');
    expect(judge(150.01, { max: 150, tolerance: 0, why: '' })).toBe('fail');
    expect(judge(Number.NaN, { max: 10, tolerance: 0.2, why: '' })).toBe('fail');
  });

  it('judges every budgeted key of the parts that ran, and ignores unkeyed rows', () => {
    const verdicts = checkRows([row(undefined, 999), row('detect.ms-per-mchar', 11), row('detect.regexp-ratio', 4), row('bundle.content-raw-kib', 140)], budget, ['detect', 'bundle']);
    expect(verdicts.map((v) => [v.key, v.status])).toEqual([
      ['detect.ms-per-mchar', 'noise'],
      ['detect.regexp-ratio', 'pass'],
      ['bundle.content-raw-kib', 'pass'],
    ]);
    expect(failed(verdicts)).toBe(false);
  });

  it('fails when a part that ran does not report a budgeted key', () => {
    const verdicts = checkRows([row('detect.ms-per-mchar', 9)], budget, ['detect']);
    expect(verdicts.find((v) => v.key === 'detect.regexp-ratio')).toEqual({ key: 'detect.regexp-ratio', entry: budget['detect.regexp-ratio'], status: 'missing' });
    expect(failed(verdicts)).toBe(true);
  });

  it('checks only the parts that ran (--only)', () => {
    const verdicts = checkRows([row('bundle.content-raw-kib', 140)], budget, ['bundle']);
    expect(verdicts.map((v) => v.key)).toEqual(['bundle.content-raw-kib']);
    expect(failed(verdicts)).toBe(false);
  });

  it('fails on a figure beyond tolerance', () => {
    const verdicts = checkRows([row('detect.ms-per-mchar', 13), row('detect.regexp-ratio', 4)], budget, ['detect']);
    expect(verdicts[0]).toMatchObject({ key: 'detect.ms-per-mchar', status: 'fail', value: 13 });
    expect(failed(verdicts)).toBe(true);
  });

  it('refuses two rows with one key', () => {
    expect(() => checkRows([row('detect.ms-per-mchar', 9), row('detect.ms-per-mchar', 8)], budget, ['detect'])).toThrow(/two rows report the key detect\.ms-per-mchar/);
  });

  it('judges a re-measured part by the median of its runs, keeping unkeyed rows of the first', () => {
    const runs = [
      [row(undefined, 1), row('detect.ms-per-mchar', 30)],
      [row(undefined, 2), row('detect.ms-per-mchar', 9)],
      [row(undefined, 3), row('detect.ms-per-mchar', 11)],
    ];
    expect(medianRows(runs).map((r) => r.value)).toEqual([1, 11]);
    expect(medianRows([[row('detect.ms-per-mchar', 30)], [row('detect.ms-per-mchar', 10)]])[0]!.value).toBe(20);
  });

  it('shows the goal with its tolerance', () => {
    expect(describeGoal({ max: 10, tolerance: 0.2, why: '' })).toBe('<= 10 (+20%)');
    expect(describeGoal({ min: 2, tolerance: 0.15, why: '' })).toBe('>= 2 (-15%)');
    expect(describeGoal({ max: 150, tolerance: 0, why: '' })).toBe('<= 150');
  });
});

describe('budget file', () => {
  it('test/bench/budget.json is valid, with a reason for every goal', () => {
    const file = resolve(import.meta.dirname, 'budget.json');
    const parsed = parseBudget(JSON.parse(readFileSync(file, 'utf8')), file);
    expect(Object.keys(parsed).length).toBeGreaterThan(10);
    for (const part of ['detect', 'search', 'page', 'bundle']) expect(Object.keys(parsed).some((k) => k.startsWith(`${part}.`)), part).toBe(true);
  });

  it('names the key and the field that is wrong', () => {
    expect(() => parseBudget({ 'detect.x': { max: 1, min: 2, tolerance: 0, why: 'w' } }, 'b.json')).toThrow('b.json: detect.x: give exactly one of max and min');
    expect(() => parseBudget({ 'detect.x': { max: '1', tolerance: 0, why: 'w' } }, 'b.json')).toThrow('b.json: detect.x: max must be a finite number, got "1"');
    expect(() => parseBudget({ 'detect.x': { max: 1, tolerance: 1.5, why: 'w' } }, 'b.json')).toThrow(/detect\.x: tolerance must be a number in \[0, 1\)/);
    expect(() => parseBudget({ 'detect.x': { max: 1, tolerance: 0 } }, 'b.json')).toThrow('b.json: detect.x: why must say which goal this is');
    expect(() => parseBudget({ 'detect.x': { max: 1, tolerance: 0, why: 'w', tolerence: 1 } }, 'b.json')).toThrow('b.json: detect.x: unknown field tolerence');
    expect(() => parseBudget({ Detect: { max: 1, tolerance: 0, why: 'w' } }, 'b.json')).toThrow(/b\.json: Detect: a key is "<part>\.<name>"/);
    expect(parseBudget({ $comment: ['notes'], 'detect.x': { min: 1, tolerance: 0.1, why: 'w' } }, 'b.json')).toEqual({ 'detect.x': { min: 1, tolerance: 0.1, why: 'w' } });
  });
});
