/**
 * The reader (side panel page) in a real Chromium: library and filter, article
 * direction, deep links, mentions with cards and stepping, the text size, and
 * the real side panel opened as a user opens it. Screenshots for the README.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createDetector } from '../../src/detect/detector';
import { launchExtension, type ExtensionBrowser } from './harness';

const store = compileAssets(resolve(import.meta.dirname, '../..'));
const detector = createDetector(store.entities);
const shots = resolve(import.meta.dirname, '../../docs/screenshots');
const articleById = (id: string) => store.articles.find((a) => a.id === id)!;
/** Every occurrence of `entity` in the article, in document order, as the reader keys them. */
const occurrences = (id: string, entity: string) =>
  articleById(id).paragraphs.flatMap((p, i) => detector.findMentions(p).filter((m) => m.entity === entity).map((m) => `${i + 1}:${m.start}`));
const mentionsIn = (id: string, entity: string) => occurrences(id, entity).length;

const HEBREW = store.articles.find((a) => a.lang === 'he')!.id;
const SCO_FREE = '000_b209a1a918feb129';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension({ attachToExtensionViews: true, viewport: { width: 420, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

const openReader = async (query = '') => {
  const page = await browser.openExtensionPage(`sidepanel.html${query}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
};
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });

describe('library', () => {
  it('lists the five articles newest first, each title in its own language and direction', async () => {
    const page = await openReader();
    const links = page.locator('.article-link');
    await expect.poll(() => links.count()).toBe(5);
    const ids = await links.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.article!));
    const dates = ids.map((id) => articleById(id).date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.locator('.article-link time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')))).toEqual(dates);
    for (const [i, id] of ids.entries()) {
      const a = articleById(id);
      const title = links.nth(i).locator('.title');
      expect(await title.textContent()).toBe(a.title);
      expect([await title.getAttribute('lang'), await title.getAttribute('dir')]).toEqual([a.lang, a.dir]);
      expect(await links.nth(i).locator('.title-en').textContent()).toBe(a.titleEn);
      expect(await links.nth(i).textContent()).toContain(a.outlet);
    }
    expect(await page.locator('.article-link .lang-badge').allTextContents()).toContain('Hebrew');
    await page.screenshot({ path: resolve(shots, 'reader-library.png') });
    await page.close();
  });

  it('narrows the list to the articles that mention an entity (SCO), by keyboard too', async () => {
    const page = await openReader();
    const expected = store.articles.filter((a) => mentionsIn(a.id, 'sco') > 0).map((a) => a.id);
    expect(expected).not.toContain(SCO_FREE);
    expect(expected.length).toBeGreaterThan(0);
    const chip = page.locator('.filter .entity-chip[data-entity="sco"]');
    expect(Number(await chip.locator('.chip-count').textContent())).toBe(expected.length);
    await chip.focus();
    await page.keyboard.press('Enter');
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    const ids = () => page.locator('.article-link').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.article));
    await expect.poll(ids).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('entity')).toBe('sco');
    // Each row says how often the SCO comes up in it.
    for (const id of expected) expect(await page.locator(`.article-link[data-article="${id}"] .hits`).textContent()).toContain(`${mentionsIn(id, 'sco')} mention`);
    await page.locator('.filter .entity-chip.all').click();
    await expect.poll(() => page.locator('.article-link').count()).toBe(5);
    await page.close();
  });

  it('opens every article with its own lang and dir inside the English chrome, and comes back to it', async () => {
    const page = await openReader();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    for (const a of store.articles) {
      await page.locator(`.article-link[data-article="${a.id}"]`).click();
      const article = page.locator(`article[data-article="${a.id}"]`);
      await article.waitFor();
      expect([await article.getAttribute('lang'), await article.getAttribute('dir')]).toEqual([a.lang, a.lang === 'ar' || a.lang === 'he' ? 'rtl' : 'ltr']);
      expect(await article.locator('h1').textContent()).toBe(a.title);
      expect(await page.locator('ol.paragraphs > li').count()).toBe(a.paragraphs.length);
      await page.locator('.reader-bar .back').click();
      // Back in the library, on the link it came from.
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.article)).toBe(a.id);
    }
    await page.goto(browser.extensionUrl('sidepanel.html?article=no-such-article'));
    expect(await page.locator('.notice[role="alert"]').textContent()).toBe('This article is not in the library.');
    await page.close();
  });
});

describe('article', () => {
  it('follows a deep link: scrolls to the paragraph, marks it and highlights the range, across a mention edge', async () => {
    const a = articleById('001_eea8bf7e9488cf70');
    const n = a.paragraphs.findIndex((p, i) => i > 15 && detector.findMentions(p).some((m) => m.start > 5)) + 1;
    const text = a.paragraphs[n - 1]!;
    const m = detector.findMentions(text).find((x) => x.start > 5)!;
    const range: [number, number] = [m.start - 4, m.end - 1]; // starts before the mention, ends inside it
    const page = await openReader(`?article=${a.id}&paragraph=${n}&hl=${range.join('-')}`);
    const target = page.locator('li.target');
    await expect.poll(() => target.getAttribute('data-paragraph')).toBe(String(n));
    expect(await target.getAttribute('aria-current')).toBe('location');
    await expect.poll(() => inView(page, 'li.target')).toBe(true);
    expect((await target.locator('mark').allTextContents()).join('')).toBe(text.slice(...range));
    // The mention stays one element, the part of the highlight inside it marked within it.
    const mention = target.locator(`.mention[data-key="${n}:${m.start}"]`);
    expect(await mention.textContent()).toBe(text.slice(m.start, m.end));
    expect(await mention.locator('mark').textContent()).toBe(text.slice(m.start, range[1]));
    expect(await target.textContent()).toBe(text);
    await page.close();
  });

  it('marks every mention the detector finds, underlined as on pages', async () => {
    const page = await openReader(`?article=${HEBREW}`);
    const expected = articleById(HEBREW).paragraphs.reduce((sum, p) => sum + detector.findMentions(p).length, 0);
    await expect.poll(() => page.locator('.mention').count()).toBe(expected);
    const sco = await page.locator('.mention[data-entity="sco"]').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.textDecorationLine, s.textDecorationStyle, s.textDecorationColor];
    });
    expect(sco).toEqual(['underline', 'dashed', 'rgb(138, 99, 210)']); // #8a63d2, as ENTITY_UNDERLINES has it
    await page.close();
  });

  it('steps through every mention of an entity in document order with next, and wraps', async () => {
    const id = HEBREW;
    const expected = occurrences(id, 'tokayev');
    expect(expected.length).toBeGreaterThan(2);
    const page = await openReader(`?article=${id}`);
    const chip = page.locator('.mention-nav .entity-chip[data-entity="tokayev"]');
    expect(Number(await chip.locator('.chip-count').textContent())).toBe(expected.length);
    // Exactly one current occurrence, marked for assistive technology and focused.
    const current = () => page.locator('.mention.current').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-key')} ${e.getAttribute('aria-current')} ${e === document.activeElement}`));
    await chip.click();
    await expect.poll(() => page.locator('.mention.current').getAttribute('data-key')).toBe(expected[0]);
    const visited = await current();
    for (let i = 0; i < expected.length; i++) {
      await page.locator('.stepper .next').click();
      await expect.poll(() => page.locator('.mention.current').getAttribute('data-key')).toBe(expected[(i + 1) % expected.length]);
      visited.push(...(await current()));
      expect(await page.locator('.stepper .status').textContent()).toContain(`${((i + 1) % expected.length) + 1} of ${expected.length}`);
      await expect.poll(() => inView(page, '.mention.current')).toBe(true);
    }
    expect(visited).toEqual([...expected, expected[0]].map((key) => `${key} true true`));
    // Previous goes back; the chip itself and the N key step forward too.
    await page.locator('.stepper .prev').click();
    await expect.poll(() => page.locator('.mention.current').getAttribute('data-key')).toBe(expected.at(-1));
    await chip.click();
    await expect.poll(() => page.locator('.mention.current').getAttribute('data-key')).toBe(expected[0]);
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.mention.current').getAttribute('data-key')).toBe(expected[1]);
    // Stepping does not pop cards open.
    expect(await page.locator('steppe-lens [role="dialog"]').count()).toBe(0);
    await page.close();
  });

  it('shows the hover card for a mention; it closes when the pointer leaves (after a grace) or on Escape', async () => {
    const page = await openReader('?article=003_d37bea9b1dcd7ee6');
    const mention = page.locator('.mention[data-entity="sco"]').first();
    const card = page.locator('steppe-lens [role="dialog"]');
    await mention.scrollIntoViewIfNeeded();
    await mention.hover();
    await expect.poll(() => card.getAttribute('aria-label'), { timeout: 5000 }).toContain('Shanghai Cooperation Organisation');
    expect(await card.getAttribute('data-entity')).toBe('sco');
    expect(await card.locator('.fact').count()).toBeGreaterThan(0);
    expect(await mention.getAttribute('aria-expanded')).toBe('true');
    await page.mouse.move(200, 20); // onto the bar: no mention, no card
    expect(await card.count()).toBe(1); // the grace period
    await expect.poll(() => card.count()).toBe(0);
    await mention.hover();
    await expect.poll(() => card.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    // Keyboard: focusing a mention opens its card too.
    await page.locator('.mention[data-entity="tokayev"]').first().focus();
    await expect.poll(() => card.getAttribute('data-entity')).toBe('tokayev');
    await page.close();
  });

  it('keeps the text size across a reload', async () => {
    const page = await openReader(`?article=${HEBREW}`);
    const size = () => page.locator('ol.paragraphs').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.locator('.font-size .larger').waitFor();
    const before = await size();
    await page.locator('.font-size .larger').click();
    await page.locator('.font-size .larger').click();
    await expect.poll(size).toBeGreaterThan(before);
    const after = await size();
    await expect.poll(() => browser.worker.evaluate(async () => (await chrome.storage.local.get('readerFontSize')).readerFontSize)).toBe(22);
    await page.reload();
    await expect.poll(size).toBe(after);
    await page.locator('.font-size .smaller').click();
    await page.locator('.font-size .smaller').click();
    await expect.poll(size).toBe(before);
    await page.close();
  });
});

describe('the real side panel', () => {
  it('opens from the popup at the paragraph, highlighted, follows a new target, and opens itself in a tab', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('combobox').fill('Samruk');
    const option = popup.getByRole('option').first();
    await option.waitFor();
    const [article, paragraph] = [await option.getAttribute('data-article'), await option.getAttribute('data-paragraph')];
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
    await option.click(); // a user's click: sidePanel.open needs the gesture
    const panel = await opened;
    await expect.poll(() => panel.locator('li.target').getAttribute('data-paragraph')).toBe(paragraph);
    await expect.poll(() => panel.evaluate(() => document.documentElement.dataset.readerContext)).toBe('panel');
    expect(await panel.locator(`article[data-article="${article}"]`).getAttribute('dir')).toBe('rtl');
    await expect.poll(() => panel.locator('li.target mark').count()).toBeGreaterThan(0);
    await expect.poll(() => inView(panel, 'li.target')).toBe(true);
    // The panel is not a tab: it offers to open itself in one, at the same place.
    const tabOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') && p !== panel });
    await panel.locator('.open-tab').click();
    const tab = await tabOpened;
    await expect.poll(() => tab.locator('li.target').getAttribute('data-paragraph')).toBe(paragraph);
    await expect.poll(() => tab.evaluate(() => document.documentElement.dataset.readerContext)).toBe('tab');
    expect(await tab.locator('.open-tab').count()).toBe(0);
    await tab.close();

    // A second target while the panel is open (a search result elsewhere): it follows.
    const second = await browser.openExtensionPage('popup.html');
    await second.getByRole('combobox').fill('توكاييف 2030');
    const elsewhere = second.locator(`[role="option"]:not([data-article="${article}"])`).first();
    await elsewhere.waitFor();
    const [otherArticle, otherParagraph] = [await elsewhere.getAttribute('data-article'), await elsewhere.getAttribute('data-paragraph')];
    await elsewhere.click();
    await expect.poll(() => panel.locator('article').getAttribute('data-article')).toBe(otherArticle);
    await expect.poll(() => panel.locator('li.target').getAttribute('data-paragraph')).toBe(otherParagraph);
    expect(browser.context.pages().filter((p) => p.url().includes('sidepanel.html'))).toEqual([panel]);
    await panel.close().catch(() => undefined);
    await popup.close().catch(() => undefined);
    await second.close().catch(() => undefined);
  });
});

describe('README screenshots and the mirrored chrome', () => {
  it('an Arabic article, as the side panel shows it', async () => {
    const page = await openReader('?article=003_d37bea9b1dcd7ee6');
    await page.locator('.mention').first().waitFor();
    await page.screenshot({ path: resolve(shots, 'reader-arabic.png') });
    await page.close();
  });

  it('a Hebrew article in the Hebrew UI: the chrome mirrors, the article keeps its own language', async () => {
    const hebrew = await launchExtension({ env: { LANGUAGE: 'he' }, viewport: { width: 420, height: 900 } });
    try {
      const page = await hebrew.openExtensionPage(`sidepanel.html?article=${HEBREW}`);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['he', 'rtl']);
      expect(await page.locator('.reader-bar .back').textContent()).toContain('ספרייה');
      const article = page.locator(`article[data-article="${HEBREW}"]`);
      expect([await article.getAttribute('lang'), await article.getAttribute('dir')]).toEqual(['he', 'rtl']);
      // Mirrored: the back button at the right edge, the text-size buttons at the left.
      const back = (await page.locator('.reader-bar .back').boundingBox())!;
      const sizes = (await page.locator('.font-size').boundingBox())!;
      expect(sizes.x).toBeLessThan(back.x);
      await page.locator('.mention-nav .entity-chip[data-entity="sco"]').click();
      await expect.poll(() => page.locator('.stepper .status').textContent()).toMatch(/1 מתוך 3/);
      await expect.poll(() => inView(page, '.mention.current')).toBe(true);
      const settled = () => page.evaluate(() => new Promise<boolean>((done) => { const y = scrollY; setTimeout(() => done(scrollY === y), 150); }));
      await expect.poll(settled).toBe(true); // the smooth scroll to the mention is over
      // The shot: the article's head, the stepper kept in the bar above it.
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
      await page.screenshot({ path: resolve(shots, 'reader-hebrew.png') });
      await page.close();
    } finally {
      await hebrew.close();
    }
  });
});
