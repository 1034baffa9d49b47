import { browser, type Browser } from 'wxt/browser';
import type { OpenReaderMessage } from '../messaging/messages';
import { readerQuery } from '../reader/deep-link';

/**
 * Opens the reader for a click in a page (a card's "Read in article").
 * Chrome: the side panel of that tab; open() must run while the click's user
 * gesture is still valid, so nothing is awaited before it. Firefox cannot open
 * its sidebar from a page click: there the reader opens in a tab.
 */
export async function openReaderForTab(message: OpenReaderMessage, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const target = { article: message.article, paragraph: message.paragraph, ...(message.ranges ? { ranges: message.ranges } : {}) };
  const path = `/sidepanel.html${readerQuery(target)}` as '/sidepanel.html';
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  if (sidePanel && tab?.id !== undefined) {
    const options = sidePanel.setOptions({ tabId: tab.id, path, enabled: true });
    const opening = sidePanel.open({ tabId: tab.id });
    await Promise.all([options, opening]);
    // An already open panel keeps its page: tell it where to go.
    await browser.runtime.sendMessage({ type: 'reader-target', ...target }).catch(() => undefined);
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
}
