/**
 * Every alias in the bundled data is found as written, alone between spaces:
 * a compile rule that reduces a word to a stem the text cannot complete
 * (Bulgarian сътрудничество lost its -о) would silently drop a name.
 * Aliases whose data asks for context (OCS after "la", 上合 before 峰会) are the exception.
 */
import lexicon from 'virtual:steppe/lexicon';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/detect';
import type { DetectRules, LexiconEntry } from '../../src/detect/lexicon-types';

const entries: readonly LexiconEntry[] = lexicon;

function needsContext(entry: LexiconEntry, alias: string): boolean {
  const rules = (entry.detect ?? {}) as DetectRules; // the data build validated it
  return !!(rules.requirePrecededBy?.[alias] || rules.requireFollowedBy?.[alias]);
}

describe('the bundled lexicon', () => {
  it('finds every alias as written', () => {
    const missed: string[] = [];
    let checked = 0;
    for (const entry of entries) {
      for (const [lang, aliases] of Object.entries(entry.aliases)) {
        for (const alias of aliases) {
          if (needsContext(entry, alias)) continue;
          checked++;
          const found = findMentions(` ${alias} `);
          if (!found.some((m) => m.entity === entry.id && m.start === 1 && m.end === alias.length + 1)) missed.push(`${entry.id} ${lang} "${alias}": ${JSON.stringify(found)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
    expect(missed).toEqual([]);
  });
});
