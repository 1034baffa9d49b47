import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardState, hoverAndTimeCard } from './card-probe';
import { launchExtension, type ExtensionBrowser } from './harness';
import { pointOnText } from './text-geometry';

// Debian's chromium-l10n gives the browser an Arabic or Hebrew UI under LANGUAGE=ar / he.
for (const { lang, search, settings, onThisPage, cardKind } of [
  { lang: 'ar', search: 'ابحث في المقالات', settings: 'إعدادات Steppe Lens', onThisPage: 'في هذه الصفحة', cardKind: 'شخصية' },
  { lang: 'he', search: 'חיפוש בכתבות', settings: 'הגדרות Steppe Lens', onThisPage: 'בדף הזה', cardKind: 'אישיות' },
]) {
  describe(`with the browser in ${lang}`, () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launchExtension({ env: { LANGUAGE: lang } });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('the browser itself runs right to left in that language', async () => {
      expect(await browser.worker.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('@@bidi_dir')])).toEqual([lang, 'rtl']);
    });

    it('the popup speaks the language and mirrors', async () => {
      const popup = await browser.openExtensionPage('popup.html');
      const main = popup.locator('main.popup');
      expect(await main.getAttribute('dir')).toBe('rtl');
      expect(await main.getAttribute('lang')).toBe(lang);
      expect(await popup.getByRole('combobox').getAttribute('placeholder')).toMatch(/[\u0590-\u06FF]/);
      expect(await popup.locator('label[for="search-input"]').textContent()).toBe(search);
      expect(await popup.locator('#on-page-heading').textContent()).toBe(onThisPage);
      // Mirrored: the settings button sits at the left edge, the title at the right.
      await popup.locator('.settings-link').waitFor();
      const brand = await popup.locator('.brand').boundingBox();
      const gear = await popup.locator('.settings-link').boundingBox();
      expect(gear!.x).toBeLessThan(brand!.x);
      await popup.close();
    });

    it('the options page speaks the language and mirrors', async () => {
      const options = await browser.openExtensionPage('options.html');
      expect(await options.locator('main.options').getAttribute('dir')).toBe('rtl');
      expect(await options.locator('h1').textContent()).toBe(settings);
      expect(await options.title()).toBe(settings);
      await options.close();
    });

    it('the hover card speaks the language, right to left, quotes in their own direction', async () => {
      const page = await browser.openFixture('multilingual.html');
      await hoverAndTimeCard(page, await pointOnText(page, 'Tokayev', { scope: '#en' }));
      const state = await cardState(page);
      expect(state).toMatchObject({ lang, dir: 'rtl', entity: 'tokayev' });
      expect(state.text).toContain(cardKind);
      const quoteDirs = await page.evaluate(() =>
        [...document.querySelector('steppe-lens')!.shadowRoot!.querySelectorAll('blockquote.quote')].map((q) => [q.getAttribute('lang'), q.getAttribute('dir')]),
      );
      expect(quoteDirs.length).toBeGreaterThan(0);
      for (const [qLang, qDir] of quoteDirs) expect(qDir).toBe(qLang === 'he' || qLang === 'ar' ? 'rtl' : 'ltr');
      await page.close();
    });
  });
}
