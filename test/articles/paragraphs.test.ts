import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/articles/paragraphs';
import { compileAssets } from '../../scripts/lib/compile-assets';

const root = resolve(import.meta.dirname, '../..');
const articleText = (id: string) => readFileSync(resolve(root, `assets/articles/${id}.txt`), 'utf8');

describe('splitParagraphs', () => {
  it('numbers every non-blank line from 1, in order', () => {
    expect(splitParagraphs('first\nsecond\n\nthird')).toEqual(['first', 'second', 'third']);
  });

  it('drops blank lines, including lines of spaces, tabs, no-break spaces and zero-width spaces', () => {
    expect(splitParagraphs('a\n\n   \n\t\n\u00a0\n\u200b\u00a0 \nb\n')).toEqual(['a', 'b']);
  });

  it('keeps the text of kept lines unchanged, leading and trailing spaces included', () => {
    expect(splitParagraphs(' a  b \nc\u00a0')).toEqual([' a  b ', 'c\u00a0']);
  });

  it('accepts Windows and old Mac line endings', () => {
    expect(splitParagraphs('a\r\nb\rc')).toEqual(['a', 'b', 'c']);
  });

  it('drops page residue lines given for the article and common ones, whatever their case and spacing', () => {
    expect(splitParagraphs('a\nRead more\nb', ['Read more'])).toEqual(['a', 'b']);
    expect(splitParagraphs('a\n  exit   mobile version \nb')).toEqual(['a', 'b']);
  });

  it('does not drop a paragraph that merely contains residue words', () => {
    expect(splitParagraphs('Exit mobile version is a phrase in this sentence.')).toHaveLength(1);
  });
});

describe('the bundled articles', () => {
  const store = compileAssets(root);
  const byId = new Map(store.articles.map((a) => [a.id, a]));

  it('has the five source articles with their metadata', () => {
    expect([...byId.keys()].sort()).toEqual([
      '000_b209a1a918feb129',
      '001_eea8bf7e9488cf70',
      '002_b9df2e1b7dc3a547',
      '003_d37bea9b1dcd7ee6',
      '004_fefb1096909d5d87',
    ]);
    expect(byId.get('002_b9df2e1b7dc3a547')).toMatchObject({ lang: 'he', dir: 'rtl', date: '2024-07-05' });
    expect(byId.get('000_b209a1a918feb129')).toMatchObject({ lang: 'ar', dir: 'rtl', date: '2023-05-17', outlet: expect.stringContaining('Reuters') });
  });

  it('drops the "Exit mobile version" residue and the no-break-space lines of 001', () => {
    const text = articleText('001_eea8bf7e9488cf70');
    const a001 = byId.get('001_eea8bf7e9488cf70')!;
    expect(text).toContain('Exit mobile version');
    expect(text).toMatch(/^\u00a0$/m);
    expect(a001.paragraphs.some((p) => p.includes('Exit mobile version'))).toBe(false);
    expect(a001.paragraphs.every((p) => p.trim() !== '')).toBe(true);
    expect(a001.paragraphs.at(-1)).toMatch(/^وشارك توكاييف وشي/);
  });

  it('numbers 000 so that its headline is paragraph 1 and the dateline paragraph is 4', () => {
    const a000 = byId.get('000_b209a1a918feb129')!;
    expect(a000.paragraphs[0]).toMatch(/^تحديث 1-الرئيس الصيني/);
    expect(a000.paragraphs[3]).toMatch(/^شيان/);
    expect(a000.paragraphs).toHaveLength(15);
  });

  it('keeps every paragraph verbatim: each one is a whole line of the source file', () => {
    for (const article of store.articles) {
      const lines = new Set(articleText(article.id).split('\n'));
      for (const p of article.paragraphs) expect(lines.has(p)).toBe(true);
    }
  });

  it('lists articles newest first', () => {
    const dates = store.articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
