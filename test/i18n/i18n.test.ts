import { describe, expect, it } from 'vitest';
import { dirFor, translator, uiLangFor } from '../../src/i18n';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { he } from '../../src/i18n/he';

describe('UI strings', () => {
  it('picks the UI language from a browser locale tag', () => {
    expect(uiLangFor('ar-EG')).toBe('ar');
    expect(uiLangFor('he_IL')).toBe('he');
    expect(uiLangFor('iw')).toBe('he');
    expect(uiLangFor('ru')).toBe('en');
    expect(uiLangFor(undefined)).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    expect(dirFor('ar')).toBe('rtl');
    expect(dirFor('he-IL')).toBe('rtl');
    expect(dirFor('fa')).toBe('rtl');
    expect(dirFor('ru')).toBe('ltr');
  });

  it('has every English key translated in Arabic and Hebrew, none left in English', () => {
    for (const table of [ar, he]) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(table)) {
        const text = typeof value === 'string' ? value : value.other;
        if (key === 'extensionName' || key === 'cardLabel' || key === 'addSitePlaceholder') continue;
        expect(text, key).toMatch(/[\u0590-\u06FF]/);
      }
    }
  });

  it('fills placeholders and chooses Arabic plural forms by count', () => {
    const t = translator('ar');
    expect(t('results', { count: 0 })).toBe('لا نتائج');
    expect(t('results', { count: 1 })).toBe('نتيجة واحدة');
    expect(t('results', { count: 2 })).toBe('نتيجتان');
    const n = (x: number) => new Intl.NumberFormat('ar').format(x); // digits as the locale writes them
    expect(t('results', { count: 5 })).toBe(`${n(5)} نتائج`);
    expect(t('results', { count: 11 })).toBe(`${n(11)} نتيجة`);
    expect(translator('en')('results', { count: 3 })).toBe('3 results');
    expect(translator('he')('results', { count: 2 })).toBe('שתי תוצאות');
    expect(translator('en')('noResults', { query: 'x' })).toBe('Nothing found for “x”.');
  });
});
