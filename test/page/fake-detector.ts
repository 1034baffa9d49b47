/** A stand-in for src/detect: whole-word alias matching, leftmost-longest, non-overlapping. */
import type { FindMentions, Mention } from '../../src/page/types';

export const ALIASES: Record<string, string> = {
  'Republic of Kazakhstan': 'kazakhstan',
  Kazakhstan: 'kazakhstan',
  Қазақстан: 'kazakhstan',
  Tokayev: 'tokayev',
  'Shanghai Cooperation Organisation': 'sco',
  SCO: 'sco',
};

const longestFirst = Object.keys(ALIASES).sort((a, b) => b.length - a.length);
const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export const MAX_ALIAS = Math.max(...longestFirst.map((a) => a.length));

export const fakeFindMentions: FindMentions = (text) => {
  const out: Mention[] = [];
  for (const m of text.matchAll(pattern)) out.push({ entity: ALIASES[m[0]]!, start: m.index, end: m.index + m[0].length });
  return out;
};

/** Counts calls and the longest input, to check that huge texts are detected in windows. */
export function spyDetector(inner: FindMentions = fakeFindMentions) {
  const spy = {
    calls: 0,
    longest: 0,
    find: ((text) => {
      spy.calls++;
      spy.longest = Math.max(spy.longest, text.length);
      return inner(text);
    }) as FindMentions,
  };
  return spy;
}
