import { browser } from 'wxt/browser';

/** True when this reader is a tab (the side panel and Firefox's sidebar have no tab). */
export async function isReaderTab(): Promise<boolean> {
  try {
    return (await browser.tabs.getCurrent()) !== undefined;
  } catch {
    return false;
  }
}

/** Opens the reader in a new tab at the same place (`search` is the current query string). */
export async function openReaderTab(search: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${search}` as '/sidepanel.html') });
}
