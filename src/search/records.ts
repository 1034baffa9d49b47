/**
 * Search records: one per paragraph, or several sentence windows when a
 * paragraph is long. Windows keep BM25's length normalisation fair (a 1,500
 * character paragraph would otherwise lose to every short one that mentions a
 * term once) and are cut at sentence or clause ends so a phrase is rarely split.
 *
 * Paragraphs are numbered in store order across all articles; the table is a
 * pure function of the articles, so a serialized index only needs to carry the
 * window offsets.
 */
import type { Article } from '../articles/types';

/** Paragraphs at most this long are one record. */
export const MAX_WINDOW = 420;
/** A window is cut after this many characters when a good boundary exists. */
const MIN_WINDOW = 160;

export interface ParagraphTable {
  /** Index into the articles array, per paragraph id. */
  readonly article: Int32Array;
  /** Paragraph number from 1, per paragraph id. */
  readonly number: Int32Array;
}

export function paragraphTable(articles: readonly Article[]): ParagraphTable {
  const total = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const article = new Int32Array(total);
  const number = new Int32Array(total);
  let p = 0;
  articles.forEach((a, ai) => {
    for (let k = 0; k < a.paragraphs.length; k++, p++) {
      article[p] = ai;
      number[p] = k + 1;
    }
  });
  return { article, number };
}

export function paragraphText(articles: readonly Article[], table: ParagraphTable, p: number): string {
  return articles[table.article[p]!]?.paragraphs[table.number[p]! - 1] ?? '';
}

/** Windows as flat triples [paragraph id, start, end) for every paragraph. */
export function buildWindows(articles: readonly Article[], table: ParagraphTable): Int32Array {
  const out: number[] = [];
  for (let p = 0; p < table.article.length; p++) {
    for (const [start, end] of windowsOf(paragraphText(articles, table, p))) out.push(p, start, end);
  }
  return Int32Array.from(out);
}

const SENTENCE_END = /[.!?؟。…]/u;
const CLAUSE_END = /[,;:،؛]/u;

/** [start, end) windows covering `text`, cut at white space after the best boundary available. */
export function windowsOf(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > MAX_WINDOW) {
    const cut = bestCut(text, start);
    windows.push([start, cut]);
    start = cut;
  }
  if (start < text.length || windows.length === 0) windows.push([start, text.length]);
  return windows;
}

/** Latest cut within [start + MIN_WINDOW, start + MAX_WINDOW], preferring sentence ends, then clauses, then spaces. */
function bestCut(text: string, start: number): number {
  let best = -1;
  let bestRank = 0;
  const from = start + MIN_WINDOW;
  const to = start + MAX_WINDOW;
  for (let i = from; i < to; i++) {
    if (!/\s/u.test(text[i]!)) continue;
    const before = text[i - 1] ?? '';
    const rank = SENTENCE_END.test(before) ? 3 : CLAUSE_END.test(before) ? 2 : 1;
    if (rank >= bestRank) {
      best = i + 1;
      bestRank = rank;
    }
  }
  if (best > start) return best;
  // No white space at all: cut anyway, but never between the halves of a surrogate pair.
  let cut = to;
  const u = text.charCodeAt(cut);
  if (u >= 0xdc00 && u <= 0xdfff) cut++;
  return cut;
}
