import { compileAssets } from '../../scripts/lib/compile-assets';
import { syntheticCorpus } from './synthetic-corpus';
import { termsOf } from '../../src/search/tokenize';
import { indexTermsOf } from '../../src/search/index-terms';
import { stemsOf } from '../../src/search/clitics';
const store = compileAssets('.');
const corpus = syntheticCorpus({ count: 1000, bytes: 5_000_000, base: store.articles });
const vocab = new Map<string, number>(); const vocabPlain = new Set<string>(); let tokens = 0; let postings = 0; let postingsPlain = 0; const stemOnly = new Set<string>();
let t = performance.now();
for (const a of corpus) for (const p of a.paragraphs) { const seen = new Set<string>(); const seenPlain = new Set<string>(); for (const term of termsOf(p)) { tokens++; seenPlain.add(term); vocabPlain.add(term); for (const x of indexTermsOf(term)) { seen.add(x); } for (const s of stemsOf(term)) stemOnly.add(s); } for (const x of seen) { vocab.set(x, (vocab.get(x) ?? 0) + 1); } postings += seen.size; postingsPlain += seenPlain.size; }
console.log('analyze ms', (performance.now() - t).toFixed(0));
console.log({ tokens, vocab: vocab.size, vocabPlain: vocabPlain.size, postings, postingsPlain, stems: stemOnly.size, skeletons: [...vocab.keys()].filter(k => /^[#%]/.test(k)).length });
