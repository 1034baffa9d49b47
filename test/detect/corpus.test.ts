/**
 * Precision and recall of the detector with the bundled lexicon on the labeled
 * corpus (test/detect/corpus/*.ts), per language and overall.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/detect';
import { CORPUS } from './corpus';
import { emptyScore, parseLabeled, type Score, scoreOne } from './labels';

const SCORED = new Set(['kazakhstan', 'tokayev', 'sco']);

function scoreAll(): { perLang: Map<string, Score>; total: Score } {
  const perLang = new Map<string, Score>();
  const total = emptyScore();
  for (const [lang, items] of Object.entries(CORPUS)) {
    const score = emptyScore();
    for (const item of items) {
      const labeled = parseLabeled(item);
      scoreOne(labeled, findMentions(labeled.text), SCORED, score);
    }
    perLang.set(lang, score);
    for (const k of ['mentions', 'tp', 'fp', 'fn', 'traps', 'trapsHit'] as const) total[k] += score[k];
    total.errors.push(...score.errors.map((e) => `[${lang}] ${e}`));
  }
  return { perLang, total };
}

const precision = (s: Score) => (s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1);
const recall = (s: Score) => (s.mentions ? s.tp / s.mentions : 1);

describe('labeled corpus', () => {
  const { perLang, total } = scoreAll();

  it('prints the per-language table', () => {
    const rows = [...perLang].map(([lang, s]) => [lang, s.mentions, s.traps, s.tp, s.fp, s.fn, precision(s).toFixed(3), recall(s).toFixed(3), s.trapsHit]);
    rows.push(['ALL', total.mentions, total.traps, total.tp, total.fp, total.fn, precision(total).toFixed(3), recall(total).toFixed(3), total.trapsHit]);
    const header = ['lang', 'mentions', 'near-misses', 'tp', 'fp', 'fn', 'precision', 'recall', 'near-misses hit'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
    const line = (r: (string | number)[]) => r.map((v, i) => String(v).padStart(widths[i]!)).join('  ');
    console.log([line(header), ...rows.map(line)].join('\n'));
    if (total.errors.length) console.log(`errors:\n${total.errors.join('\n')}`);
  });

  it('has at least 500 mentions and 150 near-misses', () => {
    expect(total.mentions).toBeGreaterThanOrEqual(500);
    expect(total.traps).toBeGreaterThanOrEqual(150);
  });

  it('reaches precision and recall of at least 0.98 overall', () => {
    expect(precision(total)).toBeGreaterThanOrEqual(0.98);
    expect(recall(total)).toBeGreaterThanOrEqual(0.98);
  });
});
