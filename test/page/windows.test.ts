import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WindowedDetection, detectWindowed, safeBoundary } from '../../src/page/windows';
import { MAX_ALIAS, fakeFindMentions, spyDetector } from './fake-detector';

const words = ['Kazakhstan', 'Republic', 'of', 'Republic of Kazakhstan', 'Tokayev', 'SCO', 'SCOs', 'Kazakhstani',
  'Shanghai Cooperation Organisation', 'Shanghai', 'the', 'Қазақстан', 'a', '😀', 'x'];
const seps = [' ', '  ', '\n', ', ', '. ', '\u00a0'];
const prose = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 400 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('windowed detection', () => {
  it('finds exactly what whole-text detection finds, whatever the window size', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 1, max: 300 }), (text, windowSize) => {
        const windowed = detectWindowed(text, fakeFindMentions, { windowSize, maxMentionLength: MAX_ALIAS });
        expect(windowed).toEqual(fakeFindMentions(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a mention that straddles a window boundary exactly once', () => {
    const filler = 'lorem '.repeat(20);
    for (let shift = 0; shift < 40; shift++) {
      const text = filler.slice(0, shift) + ' Republic of Kazakhstan and SCO ' + filler;
      const got = detectWindowed(text, fakeFindMentions, { windowSize: 120, maxMentionLength: MAX_ALIAS });
      expect(got).toEqual(fakeFindMentions(text));
    }
  });

  it('never hands the detector more than a window', () => {
    const text = 'Tokayev visited the SCO summit. '.repeat(10_000); // 320,000 chars
    const spy = spyDetector();
    const run = new WindowedDetection(text, spy.find, { windowSize: 4096, maxMentionLength: MAX_ALIAS });
    let steps = 0;
    while (!run.step()) steps++;
    expect(spy.longest).toBeLessThanOrEqual(4096);
    expect(steps).toBeGreaterThan(70);
    expect(run.mentions).toEqual(fakeFindMentions(text));
  });

  it('cuts on whitespace, and never inside a surrogate pair', () => {
    expect(safeBoundary('abc def', 5, 1, 10)).toBe(3);
    const emoji = '😀'.repeat(10); // no whitespace at all
    const cut = safeBoundary(emoji, 5, 1, 3);
    expect(cut % 2).toBe(0);
  });

  it('handles text without any whitespace (CJK-like)', () => {
    const text = 'Қазақстан'.repeat(2000);
    const got = detectWindowed(text, (t) => [...t.matchAll(/Қазақстан/g)].map((m) => ({ entity: 'kazakhstan', start: m.index, end: m.index + 9 })), {
      windowSize: 100,
      maxMentionLength: 9,
    });
    expect(got).toHaveLength(2000);
  });
});
