/**
 * The service worker: the one place that holds the fact store for cards, runs
 * mention detection for pages, keeps per-tab mention counts and opens the
 * reader. It acts only on messages from the extension's own contexts, of
 * known shapes.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type Message } from '../messaging/messages';
import { forgetTab, recordFrameMentions, tabMentions } from './tab-mentions';
import { openReaderForTab } from './open-reader';
import { cardFor } from './cards';
import { detectTexts, warmDetector } from './detect';
import { registerCommands } from './commands';

export function startBackground(): void {
  registerCommands();
  warmDetector();
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined; // only our own contexts
    const message = parseMessage(raw);
    if (!message) {
      console.warn('Steppe Lens: dropped a message of unknown shape', raw);
      return undefined;
    }
    return handle(message, sender);
  });

  // A tab starts loading a new document: its old counts go. (Without the "tabs"
  // permission the change carries no url, so the status alone is the signal.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(`tab-mentions:${tabId}`));
}

function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  switch (message.type) {
    case 'page-mentions':
      if (sender.tab?.id === undefined) return undefined;
      return recordFrameMentions(sender.tab.id, sender.frameId ?? 0, message.counts, message.host);
    case 'get-tab-mentions':
      return tabMentions(message.tabId);
    case 'detect':
      return Promise.resolve(detectTexts(message.texts));
    case 'get-card':
      return Promise.resolve(cardFor(message.entity, message.lang));
    case 'open-reader':
      return openReaderForTab(message, sender.tab);
    default:
      return undefined;
  }
}
