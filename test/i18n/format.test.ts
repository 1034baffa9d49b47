import { describe, expect, it } from 'vitest';
import { formatDate, formatsFor, intlFormats, preformat } from '../../src/i18n/format';

describe('dates and numbers', () => {
  it('writes a date at the precision the data gives', () => {
    expect(formatDate('2024', 'en')).toBe('2024');
    expect(formatDate('2024-03', 'en')).toBe('March 2024');
    expect(formatDate('2024-03-05', 'en')).toBe('March 5, 2024');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(intlFormats('en').number(12345)).toBe('12,345');
  });

  it('reads what the background wrote out, for its language only, and falls back to Intl', () => {
    const table = preformat('he', ['2024-03-05'], [3]);
    expect(table.dates['2024-03-05']).toBe(new Intl.DateTimeFormat('he', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(Date.UTC(2024, 2, 5)));
    // Marked values: the card must show the table's, not recompute them.
    const marked = { ...table, dates: { '2024-03-05': 'D' }, numbers: { 3: 'N' } };
    const he = formatsFor('he', marked);
    expect(he.date('2024-03-05')).toBe('D');
    expect(he.number(3)).toBe('N');
    expect(he.number(4)).toBe(intlFormats('he').number(4)); // missing: Intl
    expect(he.date('constructor')).toBe('constructor'); // not a key inherited from Object
    expect(formatsFor('ar', marked).number(3)).toBe(intlFormats('ar').number(3)); // another language: not this table
  });
});
