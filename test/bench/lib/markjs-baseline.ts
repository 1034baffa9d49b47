/**
 * The baseline the page benchmark compares with: mark.js `markRegExp` with one
 * RegExp of every alias of the lexicon, timed in the page (browser without the
 * extension) with performance.now(), plus the forced layout after it.
 */
import type { Page } from 'playwright-core';
import type { Entity } from '../../../src/facts/types';

export interface MarkJsTiming {
  markMs: number;
  layoutMs: number;
  marks: number;
}

/** Loads mark.js into `tab` and marks the whole body with `alternation`. */
export async function timeMarkJs(tab: Page, markJs: string, alternation: string): Promise<MarkJsTiming> {
  await tab.addScriptTag({ content: markJs });
  return (await tab.evaluate(`(() => {
      const re = new RegExp(${JSON.stringify(alternation)}, 'giu');
      let marks = -1;
      const t0 = performance.now();
      new Mark(document.body).markRegExp(re, { done: (n) => { marks = n; } });
      const t1 = performance.now();
      void document.body.offsetHeight;
      const t2 = performance.now();
      return { markMs: t1 - t0, layoutMs: t2 - t1, marks };
    })()`)) as MarkJsTiming;
}

/**
 * One alternation of every alias (flattened, escaped, longest first), for
 * mark.js. Aliases in scripts written with spaces get letter boundaries, as
 * our detector has: without them, 'giu' turns "UN" and "Xi" into thousands
 * of matches inside ordinary words and mark.js would be timed on far more
 * marks than there are mentions. Han aliases match anywhere, as ours do.
 */
export function aliasAlternation(entities: readonly Entity[]): string {
  const aliases = [...new Set(entities.flatMap((e) => Object.values(e.aliases).flat()))].sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const han = /^[\p{Script=Han}]+$/u;
  return aliases.map((a) => (han.test(a) ? escape(a) : `(?<![\\p{L}\\p{M}\\p{N}])${escape(a)}(?![\\p{L}\\p{M}\\p{N}])`)).join('|');
}
