/**
 * Token positions of a paragraph in original-text offsets, with the index
 * terms each token is stored under. Only the few candidate paragraphs of a
 * query are analysed (for phrase scoring, highlights and snippets), and the
 * result is cached because consecutive keystrokes hit the same paragraphs.
 */
import { indexTermsOf } from './index-terms';
import { foldWithMap } from './normalize';
import { toOriginalRange } from './offset-map';
import { tokenizeFolded } from './tokenize';

export interface AnalyzedToken {
  /** The folded term first, then its clitic stems. */
  readonly terms: readonly string[];
  /** Original UTF-16 offsets, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export function analyzeText(text: string): AnalyzedToken[] {
  const { text: folded, map } = foldWithMap(text);
  const tokens: AnalyzedToken[] = [];
  for (const token of tokenizeFolded(folded)) {
    const range = toOriginalRange(map, token.start, token.end);
    if (!range) continue;
    tokens.push({ terms: indexTermsOf(token.term), start: range[0], end: range[1] });
  }
  return tokens;
}

/** A bounded cache: cleared when full, which is cheap and good enough for typing. */
export class AnalysisCache {
  private readonly entries = new Map<number, AnalyzedToken[]>();
  constructor(private readonly limit = 4_096) {}

  get(key: number, text: () => string): AnalyzedToken[] {
    let hit = this.entries.get(key);
    if (!hit) {
      if (this.entries.size >= this.limit) this.entries.clear();
      hit = analyzeText(text());
      this.entries.set(key, hit);
    }
    return hit;
  }
}
