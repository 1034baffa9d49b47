import { describe, expect, it } from 'vitest';
import { MAX_DETECT_CHARS, MAX_DETECT_TEXTS, parseMessage } from '../../src/messaging/messages';
import { BATCH_CHARS, BATCH_TEXTS } from '../../src/page/scanner';

describe('parseMessage: only known shapes cross a context boundary', () => {
  it("accepts the scanner's largest detect batch", () => {
    const texts = Array.from({ length: BATCH_TEXTS }, () => 'x'.repeat(Math.floor(BATCH_CHARS / BATCH_TEXTS)));
    expect(parseMessage({ type: 'detect', texts })?.type).toBe('detect');
    expect(MAX_DETECT_CHARS).toBeGreaterThanOrEqual(BATCH_CHARS);
    expect(MAX_DETECT_TEXTS).toBeGreaterThanOrEqual(BATCH_TEXTS);
  });

  it('accepts each known message and drops extra fields', () => {
    expect(parseMessage({ type: 'get-card', entity: 'sco', evil: true })).toEqual({ type: 'get-card', entity: 'sco' });
    expect(parseMessage({ type: 'get-card', entity: 'sco', lang: 'ar' })).toEqual({ type: 'get-card', entity: 'sco', lang: 'ar' });
    expect(parseMessage({ type: 'page-mentions', counts: { sco: 2 }, host: 'example.com' })).toEqual({ type: 'page-mentions', counts: { sco: 2 }, host: 'example.com' });
    expect(parseMessage({ type: 'open-reader', article: 'a', paragraph: 3, ranges: [[1, 4]] })).toEqual({ type: 'open-reader', article: 'a', paragraph: 3, ranges: [[1, 4]] });
    expect(parseMessage({ type: 'get-tab-mentions', tabId: 1666229111 })).toEqual({ type: 'get-tab-mentions', tabId: 1666229111 });
    expect(parseMessage({ type: 'open-card-for-selection' })).toEqual({ type: 'open-card-for-selection' });
    expect(parseMessage({ type: 'detect', texts: ['Tokayev', ''], extra: 1 })).toEqual({ type: 'detect', texts: ['Tokayev', ''] });
  });

  it.each([
    null,
    'get-card',
    [],
    {},
    { type: 'unknown' },
    { type: 'get-card' },
    { type: 'get-card', entity: '' },
    { type: 'get-card', entity: 'x'.repeat(201) },
    { type: 'get-card', entity: 'sco', lang: 'xx' },
    { type: 'get-card', entity: 'sco', lang: 'toString' },
    { type: 'page-mentions', counts: { sco: -1 } },
    { type: 'page-mentions', counts: { sco: 1.5 } },
    { type: 'page-mentions', counts: 'lots' },
    { type: 'open-reader', article: 'a', paragraph: 0 },
    { type: 'open-reader', article: 'a', paragraph: 2, ranges: [[5, 1]] },
    { type: 'open-reader', article: 'a', paragraph: 2, ranges: 'all' },
    { type: 'get-tab-mentions', tabId: -3 },
    { type: 'get-tab-mentions', tabId: '7' },
    { type: 'detect' },
    { type: 'detect', texts: 'Tokayev' },
    { type: 'detect', texts: ['Tokayev', 7] },
    { type: 'detect', texts: ['x'.repeat(MAX_DETECT_CHARS + 1)] },
    { type: 'detect', texts: Array.from({ length: MAX_DETECT_TEXTS + 1 }, () => '') },
  ])('drops %j', (value) => {
    expect(parseMessage(value)).toBeUndefined();
  });
});
