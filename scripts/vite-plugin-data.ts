/**
 * Serves the compiled data to the bundles as virtual modules, so a broken data
 * file fails `wxt build` (and the unit tests) with the compiler's message.
 *
 *   virtual:steppe/store    the whole store: popup, side panel, background
 *   virtual:steppe/lexicon  entity ids, aliases and detection rules only: the
 *                           content script imports this, never the facts
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatDataError } from '../src/facts/errors';
import { createSearchIndex } from '../src/search/index';
import { compileAssets } from './lib/compile-assets';

const PREFIX = 'virtual:steppe/';

export function steppeData(root = resolve(import.meta.dirname, '..')): Plugin {
  return {
    name: 'steppe-data',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      const store = compileAssets(root, undefined, (warnings) => {
        for (const w of warnings) this.warn(formatDataError(w));
      });
      for (const folder of ['articles', 'entities', 'facts']) this.addWatchFile(resolve(root, 'assets', folder));
      switch (name) {
        case 'store':
          return `export default ${JSON.stringify(store)};`;
        case 'lexicon':
          return `export default ${JSON.stringify(store.entities.map(({ id, kind, aliases, detect }) => ({ id, kind, aliases, detect })))};`;
        case 'search-index':
          // The prebuilt search index as a JSON string (src/search/serialize.ts): JSON.parse beats a JS literal.
          return `export default ${JSON.stringify(createSearchIndex(store.articles).serialize())};`;
        default:
          this.error(`unknown virtual module ${id.slice(1)}`);
      }
    },
  };
}
