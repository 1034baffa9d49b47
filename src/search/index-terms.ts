/**
 * What the index stores for one word, and what the analyser reports for each
 * token: the folded word, its clitic stems, and the consonant skeletons that
 * bridge scripts (stems included, because names take clitics too: لتوكاييف).
 */
import { stemsOf } from './clitics';
import { skeletonKey } from './translit';

export function indexTermsOf(term: string): string[] {
  const stems = stemsOf(term);
  const out = stems.length ? [term, ...stems] : [term];
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const key = skeletonKey(out[i]!);
    if (key && !out.includes(key)) out.push(key);
  }
  return out;
}
