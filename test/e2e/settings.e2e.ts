import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardState, movePointerAway } from './card-probe';
import { launchExtension, type ExtensionBrowser } from './harness';
import { pointOnText } from './text-geometry';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
});

const stored = () => browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);

async function hover(page: Page, text: string, scope: string) {
  await movePointerAway(page);
  await page.waitForTimeout(50);
  const p = await pointOnText(page, text, { scope });
  await page.mouse.move(p.x, p.y);
}

describe('settings', () => {
  it('repairs a corrupted stored value: the options page opens on defaults and writes them back', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { enabled: 'yes', hoverDelayMs: -1, theme: 42, disabledSites: 'all' } }));
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('input[name="enabled"]').isChecked()).toBe(true);
    expect(await options.locator('input[name="theme"][value="auto"]').isChecked()).toBe(true);
    await expect.poll(stored).toMatchObject({ enabled: true, hoverDelayMs: 150, theme: 'auto', disabledSites: [] });
    await options.close();
  });

  it('applies card language, theme, delay and trigger changes to an open tab at once', async () => {
    const page = await browser.openFixture('multilingual.html');
    const options = await browser.openExtensionPage('options.html');
    await options.locator('select[name="cardLanguage"]').selectOption('he');
    await options.locator('input[name="theme"][value="dark"]').check();
    await expect.poll(stored).toMatchObject({ cardLanguage: 'he', theme: 'dark' });

    await page.bringToFront();
    await hover(page, 'Tokayev', '#en');
    await expect.poll(() => cardState(page).then((s) => s.entity)).toBe('tokayev');
    const state = await cardState(page);
    expect(state).toMatchObject({ lang: 'he', dir: 'rtl' });
    expect(state.label).toContain('קאסים');
    expect(await page.evaluate(() => document.querySelector('steppe-lens')!.getAttribute('data-theme'))).toBe('dark');
    await page.keyboard.press('Escape');

    // A longer dwell: nothing at 350 ms, the card by 900 ms.
    await options.bringToFront();
    await options.locator('input[name="hoverDelayMs"]').fill('700');
    await expect.poll(stored).toMatchObject({ hoverDelayMs: 700 });
    await page.bringToFront();
    await hover(page, 'ШОС', '#ru');
    await page.waitForTimeout(350);
    expect((await cardState(page)).open).toBe(false);
    await expect.poll(() => cardState(page).then((s) => s.entity), { timeout: 1500 }).toBe('sco');
    await page.keyboard.press('Escape');

    // Hover while holding a modifier: plain hovering opens nothing; holding Alt does.
    await options.bringToFront();
    await options.locator('select[name="modifierKey"]').selectOption('Alt');
    await options.locator('input[name="hoverDelayMs"]').fill('150');
    await expect.poll(stored).toMatchObject({ trigger: 'modifier', modifierKey: 'Alt', hoverDelayMs: 150 });
    await page.bringToFront();
    await hover(page, 'كازاخستان', '#ar');
    await page.waitForTimeout(400);
    expect((await cardState(page)).open).toBe(false);
    await page.keyboard.down('Alt'); // the pointer rests on the mention: pressing the key is enough
    await expect.poll(() => cardState(page).then((s) => s.entity)).toBe('kazakhstan');
    await page.keyboard.up('Alt');
    await page.keyboard.press('Escape');
    await options.close();
    await page.close();
  });

  it('stops marking an entity unticked in the options', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.remove('settings'));
    const page = await browser.openFixture('multilingual.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('steppe-lens-sco'))).toBe(true);
    const options = await browser.openExtensionPage('options.html');
    await options.locator('input[name="entity-sco"]').uncheck();
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('steppe-lens-sco') && CSS.highlights.get('steppe-lens-sco')!.size > 0)).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.get('steppe-lens-kazakhstan')?.size ?? 0)).toBeGreaterThan(0);
    await hover(page, 'ШОС', '#ru');
    await page.waitForTimeout(400);
    expect((await cardState(page)).open).toBe(false);
    // Ticked again: back without a reload, hoverable again.
    await options.bringToFront();
    await options.locator('input[name="entity-sco"]').check();
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('steppe-lens-sco')?.size ?? 0)).toBeGreaterThan(0);
    await movePointerAway(page);
    await hover(page, 'ШОС', '#ru');
    await expect.poll(() => cardState(page).then((s) => s.entity)).toBe('sco');
    await options.close();
    await page.close();
  });

  it('adds and removes sites where it is off, rejecting what is not a site name', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.remove('settings'));
    const options = await browser.openExtensionPage('options.html');
    const input = options.locator('input[name="site"]');
    await input.fill('not a site');
    await input.press('Enter');
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('not a site');
    await input.fill('https://www.Example.com/news');
    await input.press('Enter');
    await expect.poll(stored).toMatchObject({ disabledSites: ['example.com'] });
    await options.getByRole('button', { name: 'Remove example.com' }).click();
    await expect.poll(stored).toMatchObject({ disabledSites: [] });
    await options.close();
  });

  it('has a "Search Steppe Lens" context menu entry, and the popup it opens starts with the selection searched', async () => {
    const title = await browser.worker.evaluate(() => chrome.i18n.getMessage('contextMenuSearch' as '@@ui_locale'));
    expect(title).toContain('%s');
    // update() rejects for a menu item that does not exist.
    await browser.worker.evaluate(() => chrome.contextMenus.update('steppe-lens-search-selection', { contexts: ['selection'] }));
    const popup = await browser.openExtensionPage(`popup.html?q=${encodeURIComponent('شانغهاي')}`);
    expect(await popup.getByRole('combobox').inputValue()).toBe('شانغهاي');
    await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(0);
    await popup.close();
  });
});
