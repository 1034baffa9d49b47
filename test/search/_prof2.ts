import { compileAssets } from '../../scripts/lib/compile-assets';
import { buildParts } from '../../src/search/build';
import { syntheticCorpus } from './synthetic-corpus';
const store = compileAssets('.');
const corpus = syntheticCorpus({ count: 1000, bytes: 5_000_000, base: store.articles });
const parts = buildParts(corpus, { entities: store.entities });
const ix = parts.index;
console.log('vocab', ix.terms.length);
for (let rep = 0; rep < 3; rep++)
for (const [q, d] of [['lianyung', 1], ['lianyung', 2], ['nazarbaev', 2], ['nursultan', 2], ['القمرية', 1], ['الدول', 1], ['kazakhstan', 2]] as const) {
  const t0 = performance.now(); let r; for (let i = 0; i < 10; i++) r = ix.withinEdits(q, d, 24); const t1 = performance.now();
  console.log(rep, q, d, r!.length, ((t1 - t0) / 10).toFixed(2), 'ms');
}
for (let rep = 0; rep < 2; rep++)
for (const p of ['ال', 'l', 'lian', 'na', 'к', 'ב']) { const t0 = performance.now(); let r; for (let i = 0; i < 10; i++) r = ix.withPrefix(p, 40); console.log('prefix', p, r!.length, ((performance.now() - t0) / 10).toFixed(2)); }
