import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension({ attachToExtensionViews: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('popup search', () => {
  it('focuses the search box and shows highlighted results as you type, with a count', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const box = popup.getByRole('combobox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await popup.locator('[role="listbox"]').isHidden()).toBe(true);
    await box.pressSequentially('Samruk', { delay: 30 });
    const options = popup.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const first = options.first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await first.getAttribute('data-article')).toBe('001_eea8bf7e9488cf70');
    // The match is highlighted in the snippet, in the article's own script (cross-script: سامروك).
    const marks = await first.locator('.snippet mark').allTextContents();
    expect(marks.join(' ')).toMatch(/سامروك/);
    expect(await first.locator('.snippet').getAttribute('dir')).toBe('rtl');
    expect(await popup.locator('.count').textContent()).toMatch(/\d+ results?/);
    await popup.close();
  });

  it('says so when nothing matches, and Escape clears the query', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const box = popup.getByRole('combobox');
    await box.fill('zzqxjv');
    await expect.poll(() => popup.locator('.count').textContent()).toContain('Nothing found for “zzqxjv”');
    expect(await popup.getByRole('option').count()).toBe(0);
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    await popup.close();
  });

  it('moves through results with the arrow keys and opens the side panel at the paragraph on Enter', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const box = popup.getByRole('combobox');
    await box.fill('توكاييف 2030');
    const options = popup.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    await box.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await box.press('ArrowUp');
    const article = await options.first().getAttribute('data-article');
    const paragraph = await options.first().getAttribute('data-paragraph');
    const panelOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
    await box.press('Enter');
    const panel = await panelOpened;
    await expect.poll(() => panel.locator('li.target').getAttribute('data-paragraph')).toBe(paragraph);
    expect(new URL(panel.url()).searchParams.get('article')).toBe(article);
    // The matched words are marked in the paragraph.
    await expect.poll(() => panel.locator('li.target mark').count()).toBeGreaterThan(0);
    await panel.close().catch(() => undefined);
  });

  it('shows "On this page": the entities of the active tab with counts, each opening its facts', async () => {
    const page = await browser.openFixture('multilingual.html');
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    await expect.poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).not.toBe('');
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const chip = popup.locator('.chip[data-entity="kazakhstan"]');
    await expect.poll(() => chip.count()).toBe(1);
    expect(Number(await chip.locator('.chip-count').textContent())).toBeGreaterThan(0);
    expect(await popup.locator('.chip[data-entity="sco"]').count()).toBe(1);
    await chip.click();
    const card = popup.locator('.inline-card [role="dialog"]');
    await expect.poll(() => card.getAttribute('aria-label')).toContain('Kazakhstan');
    expect(await card.locator('.read').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
