/** Runs the labeled queries against an index: rank of the wanted paragraph, top-3 rate and MRR. */
import type { SearchIndex } from '../../src/search/index';
import type { LabeledQuery } from './queries';

export interface QueryOutcome {
  query: LabeledQuery;
  /** 1-based rank of the first acceptable paragraph, or 0 when it is not in the results. */
  rank: number;
  top: string[];
}

export interface Evaluation {
  outcomes: QueryOutcome[];
  top3Rate: number;
  mrr: number;
  failures: QueryOutcome[];
}

export function evaluate(index: SearchIndex, queries: readonly LabeledQuery[], limit = 10): Evaluation {
  const outcomes = queries.map((query) => {
    const wanted = [[query.article, query.paragraph] as const, ...(query.also ?? [])].map(([a, p]) => `${a}#${p}`);
    const results = index.search(query.q, { limit });
    const keys = results.map((r) => `${r.article}#${r.paragraph}`);
    const at = keys.findIndex((k) => wanted.includes(k));
    return { query, rank: at + 1, top: keys.slice(0, 3).map((k) => k.slice(0, 3) + k.slice(k.indexOf('#'))) };
  });
  const top3 = outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length;
  const mrr = outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / outcomes.length;
  return { outcomes, top3Rate: top3 / outcomes.length, mrr, failures: outcomes.filter((o) => !(o.rank >= 1 && o.rank <= 3)) };
}

export function formatEvaluation(e: Evaluation): string {
  const lines = [
    `labeled queries: ${e.outcomes.length}, top-3: ${(e.top3Rate * 100).toFixed(1)}%, MRR: ${e.mrr.toFixed(3)}`,
    ...e.outcomes
      .filter((o) => o.rank !== 1)
      .map((o) => `  ${o.rank === 0 ? 'miss' : `rank ${o.rank}`}  [${o.query.kind}] ${o.query.q}  → want ${o.query.article.slice(0, 3)}#${o.query.paragraph}, got ${o.top.join(' ')}`),
  ];
  return lines.join('\n');
}
