declare module 'virtual:steppe/store' {
  import type { Store } from '~/src/facts/types';
  const store: Store;
  export default store;
}

declare module 'virtual:steppe/lexicon' {
  import type { LexiconEntry } from '~/src/detect/lexicon-types';
  const lexicon: LexiconEntry[];
  export default lexicon;
}

declare module 'virtual:steppe/search-index' {
  /** The bundled articles' search index, serialized: pass to loadSearchIndex (src/search/bundled.ts does). */
  const serialized: string;
  export default serialized;
}
