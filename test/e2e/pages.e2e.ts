import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardState, hoverAndTimeCard, movePointerAway } from './card-probe';
import { launchExtension, type ExtensionBrowser } from './harness';
import { pointOnText, type Point } from './text-geometry';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until hovering `text` opens a card for `entity` (the scan may still be catching up). */
async function expectCardOn(page: Page, text: string, entity: string, opts: { scope?: string; frame?: Frame } = {}) {
  const target = opts.frame ?? page;
  await expect
    .poll(
      async () => {
        await movePointerAway(page);
        await page.waitForTimeout(50);
        const inFrame = await pointOnText(target, text, { scope: opts.scope ?? 'body' });
        const offset = opts.frame ? await frameOffset(opts.frame) : { x: 0, y: 0 };
        await page.mouse.move(inFrame.x + offset.x, inFrame.y + offset.y);
        await page.waitForTimeout(400);
        return (await cardState(target)).entity;
      },
      { timeout: 8000, interval: 100 },
    )
    .toBe(entity);
  // Leave it closed: a card still open in one frame could cover the next frame's text.
  await movePointerAway(page);
  await expect.poll(() => cardState(target).then((s) => s.open)).toBe(false);
}

/** Where a frame's viewport starts in the top page's viewport (boundingBox is relative to the main frame). */
async function frameOffset(frame: Frame): Promise<Point> {
  const box = await (await frame.frameElement()).boundingBox();
  return { x: box!.x, y: box!.y };
}

describe('on real pages', () => {
  it('makes text that page script adds or rewrites later hoverable', async () => {
    const page = await browser.openFixture('dynamic.html');
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as unknown as { __addPost(): void }).__addPost());
    await expectCardOn(page, 'Tokayev', 'tokayev', { scope: '#added' });
    await page.evaluate(() => (window as unknown as { __rewrite(): void }).__rewrite());
    await expectCardOn(page, 'Kazakhstan', 'kazakhstan', { scope: '#edited' });
    await page.close();
  });

  it('finds mentions in iframes (nested, srcdoc, about:blank) and shows the card in that frame', async () => {
    const page = await browser.openFixture('frames.html');
    const child = page.frame({ url: /frame-child\.html$/ })!;
    const grandchild = page.frame({ url: /frame-grandchild\.html$/ })!;
    await expectCardOn(page, 'ШОС', 'sco', { frame: child });
    await expectCardOn(page, 'Kazakhstan', 'kazakhstan', { frame: grandchild });
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await expectCardOn(page, 'Kazakhstan', 'kazakhstan', { frame: srcdoc });
    const blank = page.frames().find((f) => f.url() === 'about:blank')!;
    await expectCardOn(page, 'Токаев', 'tokayev', { frame: blank });
    await page.close();
  });

  it('finds mentions inside open shadow roots, and closed ones (chrome.dom.openOrClosedShadowRoot)', async () => {
    const page = await browser.openFixture('shadow.html');
    await expectCardOn(page, 'Kazakhstan', 'kazakhstan');
    await expectCardOn(page, 'Tokayev', 'tokayev');
    await page.close();
  });

  it('works on a page whose CSP is default-src none: card, and underlines registered', async () => {
    const page = await browser.openFixture('csp.html');
    const csp = await page.evaluate(async () => (await fetch(location.href, { method: 'HEAD' }).catch(() => null))?.headers.get('content-security-policy'));
    // (the page cannot even fetch itself under that policy, which proves the policy is in force)
    expect(csp ?? 'blocked').toBe('blocked');
    await expectCardOn(page, 'SCO', 'sco');
    expect(await page.evaluate(() => CSS.highlights.has('steppe-lens-kazakhstan') && CSS.highlights.has('steppe-lens-sco'))).toBe(true);
    await page.close();
  });

  it('opens the card for the selected mention with the keyboard command target', async () => {
    const page = await browser.openFixture('multilingual.html');
    await page.waitForTimeout(300);
    // Select "ШОС" and ask the background to run the command for this tab, as Alt+Shift+K does.
    await page.evaluate(() => {
      const p = document.getElementById('ru')!.firstChild as Text;
      const at = p.data.indexOf('ШОС');
      getSelection()!.setBaseAndExtent(p, at, p, at + 3);
    });
    await browser.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'open-card-for-selection' });
    });
    await expect.poll(() => cardState(page).then((s) => s.entity)).toBe('sco');
    // Focus moved into the card, so Tab continues inside it.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('steppe-lens');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('underlines a mention far below the fold once scrolled to it, and lets far ones go again', async () => {
    const page = await browser.openFixture('long.html');
    const underlined = (id: string) =>
      page.evaluate((id) => {
        const p = document.getElementById(id)!;
        const h = CSS.highlights.get('steppe-lens-kazakhstan');
        return !!h && [...h].some((r) => p.contains(r.startContainer));
      }, id);
    const registered = () => page.evaluate(() => CSS.highlights.get('steppe-lens-kazakhstan')?.size ?? 0);
    await expect.poll(() => underlined('p0')).toBe(true);
    // Every mention is found and counted, near or far: the badge says 301 (300 paragraphs and the title).
    await expect.poll(() => badgeText()).toBe('301');
    expect(await underlined('p299')).toBe(false);
    expect(await registered()).toBeLessThan(60); // the viewport and a viewport around it, not all 301

    await page.evaluate(() => document.getElementById('p299')!.scrollIntoView());
    await expect.poll(() => underlined('p299')).toBe(true);
    // Far behind now: released with a later change or after a second.
    await expect.poll(() => underlined('p0'), { timeout: 5000 }).toBe(false);
    expect(await registered()).toBeLessThan(60);

    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => underlined('p0')).toBe(true);
    await expect.poll(() => underlined('p299'), { timeout: 5000 }).toBe(false);
    await page.close();
  });
});

describe('where Steppe Lens is off', () => {
  it('takes the styles adopted at document start out again, and underlines nothing', async () => {
    const before = await browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as object | undefined);
    await browser.worker.evaluate(async (settings) => {
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), disabledSites: ['127.0.0.1'] } });
    }, before);
    try {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __sheetsAtParse: number }).__sheetsAtParse = document.adoptedStyleSheets.length;
        });
      });
      await page.goto(`${browser.baseUrl}/multilingual.html`, { waitUntil: 'load' });
      // Adopted at document start, before the settings could be read; gone once the main script read them.
      expect(await page.evaluate(() => (window as unknown as { __sheetsAtParse: number }).__sheetsAtParse)).toBe(1);
      await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      await page.close();
    } finally {
      await browser.worker.evaluate(async (settings) => {
        if (settings) await chrome.storage.sync.set({ settings });
        else await chrome.storage.sync.remove('settings');
      }, before);
    }
  });
});

/** The toolbar badge of the active tab (the total mention count, as the background shows it). */
async function badgeText(): Promise<string> {
  return browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
}
