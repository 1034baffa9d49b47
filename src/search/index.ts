/**
 * Public API of the search engine. Pure TypeScript: no DOM, no WXT, no virtual
 * modules, so the same code runs in Node (tests, bench, build), the popup and
 * a Web Worker. The bundled articles' index is in bundled.ts.
 *
 *   const index = createSearchIndex(store.articles, { entities: store.entities });
 *   index.search('Tokayev 2030', { limit: 10 });
 *   // → [{ article, paragraph, score, snippet, ranges, snippetRanges }]
 *
 *   const json = index.serialize();                    // at build time
 *   const same = loadSearchIndex(json, store.articles, { entities }); // at run time
 */
import type { Article } from '../articles/types';
import { buildParts, type IndexOptions } from './build';
import { SearchEngine, type SearchOptions, type SearchResult } from './engine';
import { loadParts, serializeParts, type SerializedIndex } from './serialize';

export type { SearchOptions, SearchResult } from './engine';
export type { IndexOptions } from './build';
export type { EntityInput } from './entity-expansion';
export type { Range } from './snippet';
export type { SerializedIndex } from './serialize';

export interface SearchIndex {
  /** Best paragraphs for `query`, best first. Empty for an empty query; never throws. */
  search(query: string, options?: SearchOptions): SearchResult[];
  /** The index as a JSON string for loadSearchIndex. */
  serialize(): string;
  /** Number of records (paragraphs and paragraph windows) indexed. */
  readonly records: number;
  /** False when loadSearchIndex found the serialized index stale and rebuilt it. */
  readonly fromSerialized: boolean;
}

/** Indexes `articles` (as in the compiled store); `options.entities` enables cross-script expansion. */
export function createSearchIndex(articles: readonly Article[], options: IndexOptions = {}): SearchIndex {
  return wrap(new SearchEngine(buildParts(safeArticles(articles), options ?? {})), false);
}

/** Loads an index made by `serialize()` for the same articles; rebuilds it if it does not fit them. */
export function loadSearchIndex(
  serialized: string | SerializedIndex,
  articles: readonly Article[],
  options: IndexOptions = {},
): SearchIndex {
  const { parts, fromSerialized } = loadParts(serialized, safeArticles(articles), options ?? {});
  return wrap(new SearchEngine(parts), fromSerialized);
}

function wrap(engine: SearchEngine, fromSerialized: boolean): SearchIndex {
  return {
    search: (query, options) => engine.search(query, options),
    serialize: () => serializeParts(engine.parts),
    records: engine.parts.windows.length / 3,
    fromSerialized,
  };
}

/** Drops anything that is not an article with string paragraphs, so bad data cannot break search. */
function safeArticles(articles: readonly Article[]): readonly Article[] {
  if (!Array.isArray(articles)) return [];
  const ok = (a: Article) =>
    a && typeof a.id === 'string' && Array.isArray(a.paragraphs) && a.paragraphs.every((p) => typeof p === 'string');
  return articles.every(ok) ? articles : articles.filter(ok);
}
