import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardState, hoverAndTimeCard, movePointerAway } from './card-probe';
import { launchExtension, type ExtensionBrowser } from './harness';
import { pointOnText } from './text-geometry';
import type { Page } from 'playwright-core';

const DWELL_MS = 150;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchExtension();
  page = await browser.openFixture('multilingual.html');
  // The timings below are of hovers on a page Steppe Lens has scanned, not of the browser's and
  // the extension's cold start around the first page (the woken-worker tests cover a cold worker).
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });
  await page.waitForTimeout(1000);
});
afterAll(async () => {
  await browser?.close();
});

// Each test starts with no card open, whatever the previous one left.
afterEach(async () => {
  await closeCard();
});

async function closeCard() {
  await page.keyboard.press('Escape');
  await movePointerAway(page);
  await expect.poll(() => cardState(page).then((s) => s.open)).toBe(false);
}

describe('hover cards', () => {
  const cases = [
    { scope: '#ar', text: 'توكاييف', entity: 'tokayev' },
    { scope: '#ar', text: 'شنغهاي', entity: 'sco' },
    { scope: '#ar', text: 'كازاخستان', entity: 'kazakhstan' },
    { scope: '#he', text: 'טוקאייב', entity: 'tokayev' },
    { scope: '#he', text: 'בקזחסטן', entity: 'kazakhstan' },
    { scope: '#en', text: 'Kassym-Jomart', entity: 'tokayev' },
    { scope: '#en', text: 'SCO', entity: 'sco' },
    { scope: '#en', text: "Kazakhstan's", entity: 'kazakhstan' },
    { scope: '#ru', text: 'Токаев', entity: 'tokayev' },
    { scope: '#ru', text: 'ШОС', entity: 'sco' },
    { scope: '#zh', text: '上海合作组织', entity: 'sco' },
    { scope: '#zh', text: '托卡耶夫', entity: 'tokayev' },
  ];

  for (const { scope, text, entity } of cases) {
    it(`opens the ${entity} card on "${text}" (${scope.slice(1)}) within the dwell plus 100 ms`, async () => {
      await movePointerAway(page);
      const point = await pointOnText(page, text, { scope });
      const { ms, entity: shown } = await hoverAndTimeCard(page, point);
      expect(shown).toBe(entity);
      expect(ms).toBeGreaterThanOrEqual(DWELL_MS - 20); // it waited for intent, not opened on a fly-by
      expect(ms).toBeLessThanOrEqual(DWELL_MS + 100);
      const state = await cardState(page);
      expect(state.label).toMatch(/Steppe Lens: .+/);
      await closeCard();
    });
  }

  it('names the entity in the dialog and cites sources', async () => {
    await hoverAndTimeCard(page, await pointOnText(page, 'Tokayev', { scope: '#en', occurrence: 0 }));
    const state = await cardState(page);
    expect(state.label).toContain('Kassym-Jomart Tokayev');
    expect(state.text).toMatch(/¶ \d+/);
    expect(state.text).toContain('Read in article');
    await closeCard();
  });

  it('stays open while the pointer moves into the card, closes after leaving, and on Escape', async () => {
    await hoverAndTimeCard(page, await pointOnText(page, 'Kazakhstan', { scope: '#en' }));
    const { rect } = await cardState(page);
    // Into the card, through the gap between mention and card.
    await page.mouse.move((rect!.left + rect!.right) / 2, rect!.top + 20, { steps: 8 });
    await page.waitForTimeout(700);
    expect((await cardState(page)).open).toBe(true);
    // Leave both: it closes after the grace period.
    await movePointerAway(page);
    await page.waitForTimeout(100);
    expect((await cardState(page)).open).toBe(true);
    await expect.poll(() => cardState(page).then((s) => s.open), { timeout: 2000 }).toBe(false);
    // Escape closes at once.
    await hoverAndTimeCard(page, await pointOnText(page, 'ШОС', { scope: '#ru' }));
    await page.keyboard.press('Escape');
    expect((await cardState(page)).open).toBe(false);
    await movePointerAway(page);
  });

  it('does not mark text in a textarea or an editable region, nor near-misses', async () => {
    for (const [scope, text] of [
      ['#editable', 'Tokayev'],
      ['#plain', 'Pakistan'],
      ['#plain', 'Kazan'],
      ['#plain', 'UNESCO'],
    ] as const) {
      await movePointerAway(page);
      await page.mouse.move(...Object.values(await pointOnText(page, text, { scope })) as [number, number], { steps: 2 });
      await page.waitForTimeout(DWELL_MS + 250);
      expect((await cardState(page)).open, `${text} in ${scope}`).toBe(false);
    }
    const textarea = await page.locator('#editor').boundingBox();
    await page.mouse.move(textarea!.x + 30, textarea!.y + 12);
    await page.waitForTimeout(DWELL_MS + 250);
    expect((await cardState(page)).open).toBe(false);
  });

  it('leaves the page untouched: only the one host element is added, nothing moves', async () => {
    // Positions recorded by the page at DOMContentLoaded, before the content script ran.
    const before = await page.evaluate(() => (window as unknown as { __positionsAtLoad: string[] }).__positionsAtLoad);
    await hoverAndTimeCard(page, await pointOnText(page, 'توكاييف', { scope: '#ar' }));
    await closeCard();
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: { type: string; target: string; added: string[]; removed: string[] }[] }).__mutations);
    expect(mutations.length).toBeGreaterThan(0);
    expect(mutations).toEqual([{ type: 'childList', target: 'HTML', added: ['STEPPE-LENS'], removed: [], attribute: null }]);
    const after = await page.evaluate(() => (window as unknown as { __positions(): string[] }).__positions());
    expect(after).toEqual(before);
  });

  it('posts nothing to the page: no window message a page listener could see or choke on', async () => {
    const fresh = await browser.context.newPage();
    await fresh.addInitScript(() => {
      const seen: unknown[] = ((window as unknown as { __messages: unknown[] }).__messages = []);
      window.addEventListener('message', (e) => seen.push(e.data), true);
    });
    await fresh.goto(`${browser.baseUrl}/multilingual.html`, { waitUntil: 'load' });
    // The content script has run and marked the page by now.
    await expect.poll(() => fresh.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await fresh.waitForTimeout(200);
    expect(await fresh.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
    await fresh.close();
  });

  it('has the underline styles in place at document start, before the page is laid out', async () => {
    const fresh = await browser.context.newPage();
    // DOMContentLoaded comes before the main content script (document_idle): only the document_start one has run.
    await fresh.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __sheetsAtParse: string[] }).__sheetsAtParse = document.adoptedStyleSheets.map((s) =>
          Array.from(s.cssRules, (r) => r.cssText).join('\n'),
        );
      });
    });
    await fresh.goto(`${browser.baseUrl}/multilingual.html`, { waitUntil: 'load' });
    const sheets = await fresh.evaluate(() => (window as unknown as { __sheetsAtParse: string[] }).__sheetsAtParse);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toContain('::highlight(steppe-lens-kazakhstan)');
    // The main script takes that sheet over rather than adopting a second one (which would restyle the page).
    await expect.poll(() => fresh.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    expect(await fresh.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await fresh.close();
  });

  // Chrome stops an extension's service worker after 30 s idle, and most hovers come minutes
  // after the page loaded. The cards of the entities on the page were fetched when the scan
  // finished, so such a hover needs no worker at all.
  it('opens the card within the dwell plus 100 ms after the browser stopped the idle service worker, without waking it', async () => {
    const fresh = await browser.openFixture('multilingual.html');
    await expect.poll(() => fresh.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await fresh.waitForTimeout(1500); // the scan has gone idle and fetched the cards (400 ms after)
    const worker = await workerControl(fresh);
    await worker.stop();
    await movePointerAway(fresh);
    const { ms, entity } = await hoverAndTimeCard(fresh, await pointOnText(fresh, 'توكاييف', { scope: '#ar' }));
    expect(entity).toBe('tokayev');
    expect(ms).toBeLessThanOrEqual(DWELL_MS + 100);
    expect(await worker.running()).toBe(0); // nothing woke it
    await fresh.close();
  });

  // A card not fetched yet (here: the card language changed after the scan) wakes the worker.
  it('wakes the stopped service worker for a card it does not have, and shows it', async () => {
    const fresh = await browser.openFixture('multilingual.html');
    await expect.poll(() => fresh.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await fresh.waitForTimeout(1000);
    const worker = await workerControl(fresh);
    const options = await browser.openExtensionPage('options.html');
    await options.locator('select[name="cardLanguage"]').selectOption('he');
    await fresh.waitForTimeout(300); // the tab has the new setting (a storage change: it wakes no worker)
    await worker.stop();
    await fresh.bringToFront();
    await movePointerAway(fresh);
    const { entity } = await hoverAndTimeCard(fresh, await pointOnText(fresh, 'توكاييف', { scope: '#ar' }));
    expect(entity).toBe('tokayev');
    expect(await cardState(fresh)).toMatchObject({ lang: 'he', dir: 'rtl' });
    expect((await cardState(fresh)).label).toContain('קאסים');
    expect(await worker.running()).toBe(1); // the hover woke it
    await options.locator('select[name="cardLanguage"]').selectOption('auto');
    await fresh.keyboard.press('Escape');
    await options.close();
    await fresh.close();
  });
});

/** Stops the extension's service workers as Chrome does after 30 s idle, and counts those running. */
async function workerControl(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const workers = async () =>
    ((await cdp.send('Target.getTargets')).targetInfos as { type: string; url: string; targetId: string }[]).filter(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
  return {
    async stop() {
      for (const worker of await workers()) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await expect.poll(async () => (await workers()).length).toBe(0);
    },
    running: async () => (await workers()).length,
  };
}
