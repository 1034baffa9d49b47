/** validateLexiconEntry and the errors compileLexicon throws. */
import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../src/detect/compile-lexicon';
import { createDetector } from '../../src/detect/detector';
import type { LexiconEntry } from '../../src/detect/lexicon-types';
import { validateLexiconEntry } from '../../src/detect/validate';
import { OWN } from './fixtures';

const entry = (over: Partial<LexiconEntry>): LexiconEntry => ({ id: 'x', kind: 'place', aliases: { en: ['Xanadu'] }, ...over });

describe('validateLexiconEntry', () => {
  it('accepts the owned entity files', () => {
    for (const e of OWN) expect(validateLexiconEntry(e)).toEqual([]);
  });

  it('names the field of each bad alias', () => {
    const issues = validateLexiconEntry(entry({ aliases: { en: ['ok', ' padded', '😀 emoji', '2050 plan', '\u200B'], EN: ['x'], ar: [] } }));
    const fields = issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['aliases.en[1]', 'aliases.en[2]', 'aliases.en[3]', 'aliases.en[4]', 'aliases.EN', 'aliases.ar']));
    expect(fields).not.toContain('aliases.en[0]');
  });

  it('checks detect rules and the aliases they name', () => {
    const issues = validateLexiconEntry(
      entry({
        detect: {
          caseSensitive: ['Xanadu', 'Nowhere'],
          notFollowedBy: { Xanadu: ['Group'], Elsewhere: ['TV'] },
          requirePrecededBy: { Xanadu: [] },
          notBeside: { Elsewhere: ['ENG'] },
          givenNames: { en: ['Kubla'] },
          titles: 'President',
          colour: 'red',
        },
      }),
    );
    expect(issues.map((i) => i.field)).toEqual(
      expect.arrayContaining(['detect.caseSensitive[1]', 'detect.notFollowedBy.Elsewhere', 'detect.requirePrecededBy.Xanadu', 'detect.notBeside.Elsewhere', 'detect.givenNames', 'detect.titles', 'detect.colour']),
    );
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(5);
  });
});

describe('compileLexicon errors', () => {
  it('throws one error naming every entity and field', () => {
    const bad = [entry({ id: 'a', aliases: { en: [''] } }), entry({ id: 'b', detect: { capitalized: ['Nope'] } })];
    let error: unknown;
    try {
      createDetector(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LexiconError);
    const message = (error as Error).message;
    expect(message).toContain('entity "a", aliases.en[0]');
    expect(message).toContain('entity "b", detect.capitalized[0]');
  });

  it('rejects duplicate entity ids', () => {
    expect(() => createDetector([entry({}), entry({})])).toThrow(/entity "x", id: appears twice/);
  });
});
