import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex } from '../../src/search/index';
const store = compileAssets('.');
let t = performance.now();
const idx = createSearchIndex(store.articles, { entities: store.entities });
console.log('build', (performance.now() - t).toFixed(1), 'ms records', idx.records);
const qs = process.argv.slice(2);
for (const q of qs) {
  t = performance.now();
  const r = idx.search(q, { limit: 5 });
  const ms = performance.now() - t;
  console.log(`\n## ${q}  (${ms.toFixed(2)} ms)`);
  for (const x of r) console.log(`${x.article.slice(0,3)} p${x.paragraph} ${x.score}  ${x.snippet.slice(0,110)} | ${x.snippetRanges.map(([s,e])=>x.snippet.slice(s,e)).join(',')}`);
}
