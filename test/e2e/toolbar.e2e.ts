import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { createDetector } from '../../src/detect/detector';
import { cardState, hoverAndTimeCard, movePointerAway } from './card-probe';
import { launchExtension, type ExtensionBrowser } from './harness';
import { pointOnText } from './text-geometry';

const store = compileAssets(resolve(import.meta.dirname, '../..'));
const detector = createDetector(store.entities);
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtension({ attachToExtensionViews: true });
});
afterAll(async () => {
  await browser?.close();
});

const activeTabId = () => browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);

/** The text nodes a reader sees on the page (no textarea, editable, script or style), as the page holds them. */
const visibleTexts = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement?.closest('textarea, [contenteditable], script, style')) out.push((n as Text).data);
    }
    return out;
  });

describe('toolbar and side panel', () => {
  it('shows the number of mentions on the page as the badge', async () => {
    const page = await browser.openFixture('multilingual.html');
    const expected = (await visibleTexts(page)).reduce((sum, text) => sum + detector.findMentions(text).length, 0);
    expect(expected).toBeGreaterThan(15);
    const tabId = await activeTabId();
    await expect.poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(expected));
    await page.close();
  });

  it('"Read in article" opens the real side panel at the cited paragraph, highlighted', async () => {
    const page = await browser.openFixture('multilingual.html');
    await hoverAndTimeCard(page, await pointOnText(page, 'توكاييف', { scope: '#ar' }));
    const cite = await page.evaluate(() => {
      const dialog = document.querySelector('steppe-lens')!.shadowRoot!.querySelector('[role="dialog"]')!;
      return dialog.querySelector('.cite .para')!.textContent!;
    });
    const paragraph = Number(cite.replace(/\D+/g, ''));
    const panelOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
    // A real click inside the card's shadow root (a user gesture, as sidePanel.open requires).
    const button = await page.evaluateHandle(() => document.querySelector('steppe-lens')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"] button.read')!);
    await button.asElement()!.click();
    const panel = await panelOpened;
    const url = new URL(panel.url());
    expect(Number(url.searchParams.get('paragraph'))).toBe(paragraph);
    const article = store.articles.find((a) => a.id === url.searchParams.get('article'))!;
    expect(article).toBeDefined();
    const target = panel.locator('li.target');
    await expect.poll(() => target.getAttribute('data-paragraph')).toBe(String(paragraph));
    expect(await target.textContent()).toContain(article.paragraphs[paragraph - 1]!.slice(0, 30));
    await panel.close().catch(() => undefined);
    await page.close();
  });

  it('scans nothing when switched off globally or for the site, and comes back when switched on', async () => {
    const page = await browser.openFixture('multilingual.html');
    const marked = () => page.evaluate(() => CSS.highlights.size);
    await expect.poll(marked).toBeGreaterThan(0);

    // Per-site off from the popup's own switch, for this tab.
    const tabId = await activeTabId();
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const siteSwitch = popup.locator('input[name="site-enabled"]');
    await expect.poll(() => siteSwitch.count()).toBe(1);
    expect(await popup.locator('.site-switch').textContent()).toContain('127.0.0.1');
    await siteSwitch.uncheck();
    await page.bringToFront(); // underlines are drawn in animation frames, which hidden tabs do not get
    await expect.poll(marked).toBe(0);
    await movePointerAway(page);
    await page.mouse.move(...(Object.values(await pointOnText(page, 'Токаев', { scope: '#ru' })) as [number, number]));
    await page.waitForTimeout(400);
    expect((await cardState(page)).open).toBe(false);
    // A page opened while off is not scanned either.
    const second = await browser.openFixture('multilingual.html');
    await second.waitForTimeout(500);
    expect(await second.evaluate(() => CSS.highlights.size)).toBe(0);
    await second.close();
    await popup.bringToFront();
    await siteSwitch.check();
    await page.bringToFront();
    await expect.poll(marked).toBeGreaterThan(0);

    // Global off through the stored settings (as the options page writes them).
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), enabled: false } });
    });
    await expect.poll(marked).toBe(0);
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), enabled: true } });
    });
    await expect.poll(marked).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
