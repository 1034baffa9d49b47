/**
 * The search index of the bundled articles, prebuilt at build time
 * (virtual:steppe/search-index) and loaded on first use. Kept apart from the
 * pure modules so Node code can use createSearchIndex without virtual modules.
 */
import serialized from 'virtual:steppe/search-index';
import store from 'virtual:steppe/store';
import { loadSearchIndex, type SearchIndex, type SearchOptions, type SearchResult } from './index';

let index: SearchIndex | undefined;

/** The bundled index; loads it the first time (a few milliseconds for the bundled articles). */
export function getBundledSearchIndex(): SearchIndex {
  return (index ??= loadSearchIndex(serialized, store.articles, { entities: store.entities }));
}

/** Searches the bundled articles. */
export function searchBundled(query: string, options?: SearchOptions): SearchResult[] {
  return getBundledSearchIndex().search(query, options);
}
