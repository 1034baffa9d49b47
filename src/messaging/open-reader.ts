import { browser } from 'wxt/browser';
import { readerQuery, type ReaderTarget } from '../reader/deep-link';

/**
 * Opens the reader at a target from an extension page (popup, options), inside
 * the user's click. Chrome: the side panel of the current window, then the
 * target is sent to it. Firefox: the sidebar. Elsewhere: a tab.
 */
export async function openReader(target: ReaderTarget): Promise<void> {
  const path = `/sidepanel.html${readerQuery(target)}`;
  // Optional at run time: Firefox has no sidePanel, Chrome no sidebarAction.
  const sidePanel = browser.sidePanel as typeof browser.sidePanel | undefined;
  if (sidePanel) {
    const win = await browser.windows.getCurrent();
    await sidePanel.setOptions({ path, enabled: true });
    await sidePanel.open({ windowId: win.id! });
    await browser.runtime.sendMessage({ type: 'reader-target', ...target }).catch(() => undefined);
    window.close();
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void>; setPanel(d: { panel: string }): Promise<void> } }).sidebarAction;
  if (sidebar) {
    // Firefox requires open() synchronously inside the user action: call it first.
    const opening = sidebar.open();
    await sidebar.setPanel({ panel: browser.runtime.getURL(path as '/sidepanel.html') });
    await opening;
    window.close();
    return;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/sidepanel.html') });
}
