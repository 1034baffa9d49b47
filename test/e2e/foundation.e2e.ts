import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { launchExtension, type ExtensionBrowser } from './harness';

const root = resolve(import.meta.dirname, '../..');

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('the extension in a real Chromium', () => {
  it('runs its content script on a page served from 127.0.0.1', async () => {
    const page = await browser.openFixture('/demo.html');
    // The content script reports each frame's mentions to the background, which keeps them per tab.
    const reports = () => browser.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
    await expect.poll(reports, { timeout: 10_000 }).toContainEqual(expect.stringMatching(/^tab-mentions:\d+$/));
    await page.close();
  });

  it('lists the five articles by title in popup.html', async () => {
    const page = await browser.openExtensionPage('popup.html');
    const titles = await page.locator('.articles .title').allTextContents();
    const expected = compileAssets(root).articles.map((a) => a.title);
    expect(expected).toHaveLength(5);
    expect(titles.sort()).toEqual(expected.sort());
    await page.close();
  });

  it('opens sidepanel.html at the Hebrew article, right-to-left, paragraph 3 in view', async () => {
    const page = await browser.openExtensionPage('sidepanel.html?article=002_b9df2e1b7dc3a547&paragraph=3');
    const article = page.locator('article[data-article="002_b9df2e1b7dc3a547"]');
    await expect.poll(() => article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toBe('he');
    const target = page.locator('li[data-paragraph="3"]');
    expect(await target.getAttribute('class')).toContain('target');
    expect(await target.textContent()).toContain('הביקור הוא גם הביקור השני של Xi');
    await expect.poll(() => target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    })).toBe(true);
    // Paragraph numbers as the loader numbers them: the list item values run 1..N.
    const values = await page.locator('ol.paragraphs > li').evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value));
    expect(values).toEqual(Array.from({ length: values.length }, (_, i) => i + 1));
    await page.close();
  });
});
