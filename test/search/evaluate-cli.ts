/** Prints the labeled query set's top-3 rate, MRR and misses: `npx tsx test/search/evaluate-cli.ts`. */
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex } from '../../src/search/index';
import { evaluate, formatEvaluation } from './evaluate';
import { QUERIES } from './queries';

const store = compileAssets(new URL('../..', import.meta.url).pathname);
const index = createSearchIndex(store.articles, { entities: store.entities });
console.log(formatEvaluation(evaluate(index, QUERIES)));
