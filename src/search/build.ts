/**
 * Builds the engine's parts from articles: the paragraph table, the windows
 * and the inverted index over them.
 */
import type { Article } from '../articles/types';
import type { EngineParts } from './engine';
import { EntityMatcher, type EntityInput } from './entity-expansion';
import { indexTermsOf } from './index-terms';
import { InvertedIndexBuilder } from './inverted-index';
import { fold } from './normalize';
import { buildWindows, paragraphTable, paragraphText, type ParagraphTable } from './records';
import { tokenizeFolded } from './tokenize';

export interface IndexOptions {
  /** Entities whose names and aliases expand queries across scripts (the store's entities fit). */
  entities?: readonly EntityInput[];
}

export function buildParts(articles: readonly Article[], options: IndexOptions = {}): EngineParts {
  const table = paragraphTable(articles);
  const windows = buildWindows(articles, table);
  const builder = new InvertedIndexBuilder();
  const records = windows.length / 3;
  for (let r = 0; r < records; r++) {
    const tokens = tokenizeFolded(fold(windowText(articles, table, windows, r))).map((t) => indexTermsOf(t.term));
    builder.add(r, tokens);
  }
  return { articles, table, windows, index: builder.build(records), entities: entityMatcher(options) };
}

export function windowText(articles: readonly Article[], table: ParagraphTable, windows: Int32Array, r: number): string {
  return paragraphText(articles, table, windows[r * 3]!).slice(windows[r * 3 + 1]!, windows[r * 3 + 2]!);
}

export function entityMatcher(options: IndexOptions): EntityMatcher | undefined {
  const entities = Array.isArray(options.entities) ? options.entities : [];
  return entities.length ? new EntityMatcher(entities) : undefined;
}
