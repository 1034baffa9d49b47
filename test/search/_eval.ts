import { compileAssets } from '../../scripts/lib/compile-assets';
import { createSearchIndex } from '../../src/search/index';
import { QUERIES } from './queries';
import { evaluate, formatEvaluation } from './evaluate';
const store = compileAssets('.');
const idx = createSearchIndex(store.articles, { entities: store.entities });
console.log(formatEvaluation(evaluate(idx, QUERIES)));
