import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardState, hoverAndTimeCard } from './card-probe';
import { launchExtension, type ExtensionBrowser } from './harness';
import { pointOnText } from './text-geometry';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension({ attachToExtensionViews: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('a page cannot drive the extension', () => {
  it('ignores messages, events and scripted clicks from page script', async () => {
    const page = await browser.openFixture('spoof.html');
    await hoverAndTimeCard(page, await pointOnText(page, 'Kazakhstan'));
    const pagesBefore = browser.context.pages().length;
    await page.evaluate((id) => (window as unknown as { __spoof(id: string): void }).__spoof(id), browser.extensionId);
    await page.waitForTimeout(1000);
    const attempts = await page.evaluate(() => (window as unknown as { __attempts: [string, string][] }).__attempts);
    // The page has no channel to the extension at all.
    expect(attempts.find(([name]) => name === 'runtime.sendMessage')?.[1]).not.toBe('called');
    // Scripted clicks reached our buttons but did nothing: no reader opened, the card is still open.
    expect(attempts.find(([name]) => name === 'click read')?.[1]).toBe('called');
    expect(browser.context.pages().length).toBe(pagesBefore);
    expect(browser.context.pages().some((p) => p.url().includes('sidepanel.html'))).toBe(false);
    expect((await cardState(page)).open).toBe(true);
    await page.close();
  });
});
