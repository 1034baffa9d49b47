import { gzipSync } from 'node:zlib';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex, loadSearchIndex } from '../../src/search/index';
import { syntheticCorpus, corpusBytes } from './synthetic-corpus';
import { QUERIES } from './queries';
const store = compileAssets('.');
let t = performance.now();
const corpus = syntheticCorpus({ count: 1000, bytes: 5_000_000, base: store.articles });
console.log('gen', (performance.now() - t).toFixed(0), 'ms', corpusBytes(corpus), 'bytes', corpus.reduce((n, a) => n + a.paragraphs.length, 0), 'paragraphs');
t = performance.now();
const idx = createSearchIndex(corpus, { entities: store.entities });
console.log('build', (performance.now() - t).toFixed(0), 'ms records', idx.records);
t = performance.now();
const json = idx.serialize();
console.log('serialize', (performance.now() - t).toFixed(0), 'ms', json.length, 'chars', Buffer.byteLength(json), 'bytes gzip', gzipSync(json).length);
for (let i = 0; i < 3; i++) { t = performance.now(); const l = loadSearchIndex(json, corpus, { entities: store.entities }); console.log('load', (performance.now() - t).toFixed(0), 'ms', l.fromSerialized); }
const loaded = loadSearchIndex(json, corpus, { entities: store.entities });
const times: number[] = []; const slow: [number, string][] = [];
for (const q of QUERIES) { const cps = [...q.q]; for (let k = 1; k <= cps.length; k++) { const p = cps.slice(0, k).join(''); const t0 = performance.now(); loaded.search(p, { limit: 10 }); const dt = performance.now() - t0; times.push(dt); slow.push([dt, p]); } }
times.sort((a, b) => a - b);
console.log('keystrokes', times.length, 'p50', times[Math.floor(times.length * 0.5)]!.toFixed(2), 'p95', times[Math.floor(times.length * 0.95)]!.toFixed(2), 'max', times[times.length - 1]!.toFixed(1));
slow.sort((a, b) => b[0] - a[0]); console.log(slow.slice(0, 15).map(([d, p]) => `${d.toFixed(1)} ${p}`).join('\n'));
