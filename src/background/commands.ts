/** The keyboard command and the context menu entry. */
import { toolbarAction } from '../firefox/toolbar-action';
import { browser, type Browser } from 'wxt/browser';

const MENU_ID = 'steppe-lens-search-selection';

export function registerCommands(): void {
  // Alt+Shift+K: ask every frame of the tab to open the card for its selection (only the frame holding one answers).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-card' && tab?.id !== undefined) {
      void browser.tabs.sendMessage(tab.id, { type: 'open-card-for-selection' }).catch(() => undefined);
    }
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('contextMenuSearch' as '@@ui_locale'), contexts: ['selection'] });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    void openSearch(info.selectionText.trim().slice(0, 200), tab);
  });
}

/** Opens the popup with the query filled in; where the browser cannot (or will not), the search opens in a tab. */
async function openSearch(query: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const popup = `popup.html?q=${encodeURIComponent(query)}${tab?.id !== undefined ? `&tab=${tab.id}` : ''}`;
  try {
    await toolbarAction().setPopup({ popup });
    await toolbarAction().openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`/${popup}` as '/popup.html'), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
  } finally {
    // The next toolbar click opens a fresh popup, not this query.
    setTimeout(() => void toolbarAction().setPopup({ popup: 'popup.html' }), 1000);
  }
}
