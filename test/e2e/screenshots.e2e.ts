/**
 * Screenshots for README, made by the real extension in Chromium: the card in
 * light and dark, left-to-right and right-to-left, and the popup. Each shot is
 * also checked for what it must show, so a broken UI cannot pass silently.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardState, hoverAndTimeCard } from './card-probe';
import { launchExtension, type ExtensionBrowser } from './harness';
import { pointOnText } from './text-geometry';

const out = resolve(import.meta.dirname, '../../docs/screenshots');
mkdirSync(out, { recursive: true });
const open: ExtensionBrowser[] = [];
afterAll(async () => {
  await Promise.all(open.map((b) => b.close()));
});

const shots = [
  { name: 'card-light-en', colorScheme: 'light', env: {}, text: 'Tokayev', scope: '#en', dir: 'ltr' },
  { name: 'card-dark-en', colorScheme: 'dark', env: {}, text: 'SCO', scope: '#en', dir: 'ltr' },
  { name: 'card-light-ar', colorScheme: 'light', env: { LANGUAGE: 'ar' }, text: 'كازاخستان', scope: '#ar', dir: 'rtl' },
  { name: 'card-dark-he', colorScheme: 'dark', env: { LANGUAGE: 'he' }, text: 'טוקאייב', scope: '#he', dir: 'rtl' },
] as const;

describe('README screenshots', () => {
  for (const shot of shots) {
    it(`card: ${shot.name}`, async () => {
      const browser = await launchExtension({ colorScheme: shot.colorScheme, env: shot.env, viewport: { width: 900, height: 700 } });
      open.push(browser);
      const page = await browser.openFixture('multilingual.html');
      await hoverAndTimeCard(page, await pointOnText(page, shot.text, { scope: shot.scope }));
      const state = await cardState(page);
      expect(state.dir).toBe(shot.dir);
      // The card's colours follow the page's colour scheme.
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('steppe-lens')!.shadowRoot!.querySelector('.card')!).backgroundColor);
      expect(background).toBe(shot.colorScheme === 'dark' ? 'rgb(32, 33, 36)' : 'rgb(255, 255, 255)');
      await page.waitForTimeout(200); // let the entry animation finish
      await page.screenshot({ path: resolve(out, `${shot.name}.png`) });
    });
  }

  it('popup with results', async () => {
    const browser = await launchExtension({ viewport: { width: 440, height: 600 } });
    open.push(browser);
    const page = await browser.openFixture('multilingual.html');
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    await expect.poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).not.toBe('');
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('combobox').fill('Samruk-Kazyna');
    await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(0);
    await popup.locator('.chip').first().waitFor();
    await popup.screenshot({ path: resolve(out, 'popup.png') });
    await page.close();
  });
});
