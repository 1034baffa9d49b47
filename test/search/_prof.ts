import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex, loadSearchIndex } from '../../src/search/index';
import { syntheticCorpus } from './synthetic-corpus';
const store = compileAssets('.');
const corpus = syntheticCorpus({ count: 1000, bytes: 5_000_000, base: store.articles });
const idx = createSearchIndex(corpus, { entities: store.entities });
const json = idx.serialize();
const qs = process.argv.slice(2);
for (let rep = 0; rep < 3; rep++) {
  const l = loadSearchIndex(json, corpus, { entities: store.entities });
  for (const q of qs) { const t0 = performance.now(); l.search(q, { limit: 10 }); console.log(rep, q, (performance.now() - t0).toFixed(1)); }
}
