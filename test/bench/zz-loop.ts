import { createDetector } from '../../src/detect/detector';
import { generateText, loadLexicon } from './detect';
const d = createDetector(loadLexicon());
const flags = d.lexicon.flags;
const text = generateText(2_000_000);
function t(name: string, fn: () => number) {
  for (let i = 0; i < 5; i++) fn();
  const ts: number[] = [];
  let r = 0;
  for (let i = 0; i < 9; i++) { const s = performance.now(); r += fn(); ts.push(performance.now() - s); }
  ts.sort((a, b) => a - b);
  console.log(name, ts[4]!.toFixed(2), 'ms', r);
}
t('bare', () => { let s = 0; for (let i = 0; i < text.length; i++) s = (s + text.charCodeAt(i)) | 0; return s; });
t('flags', () => { let s = 0; for (let i = 0; i < text.length; i++) s = (s + flags[text.charCodeAt(i)]!) | 0; return s; });
t('wordstarts', () => {
  let prev = 0, c = 0; const n = text.length;
  for (let i = 0; i < n; i++) {
    const f = flags[text.charCodeAt(i)]!;
    if (f === 0) { prev = 0; continue; }
    if (f & 0x10) continue;
    const sc = f & 15;
    if ((f & 0x40) !== 0 || ((f & 0x20) !== 0 && sc !== prev)) c++;
    prev = sc;
  }
  return c;
});
t('pfx', () => {
  let prev = 0, c = 0; const n = text.length;
  for (let i = 0; i < n; i++) {
    const f = flags[text.charCodeAt(i)]!;
    if (f === 0) { prev = 0; continue; }
    if (f & 0x10) continue;
    const sc = f & 15;
    if (((f & 0x80) !== 0 && sc !== prev)) c++;
    prev = sc;
  }
  return c;
});
t('detector', () => d.findMentions(text).length);
