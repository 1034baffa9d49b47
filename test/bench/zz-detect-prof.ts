import { createDetector } from '../../src/detect/detector';
import { generateText, loadLexicon } from './detect';
const d = createDetector(loadLexicon());
const text = generateText(2_000_000);
let n = 0;
for (let i = 0; i < 40; i++) n += d.findMentions(text).length;
const t = performance.now();
for (let i = 0; i < 10; i++) n += d.findMentions(text).length;
console.log('ms per run', (performance.now() - t) / 10, n);
