/**
 * Firefox's sidebar API, which WXT's (Chrome-derived) browser types do not
 * describe. Absent in Chrome and in Firefox for Android: callers must check.
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/sidebarAction
 */
import { browser } from 'wxt/browser';

export interface SidebarAction {
  /** Must be called synchronously inside a user action handled by an extension page. */
  open(): Promise<void>;
  close(): Promise<void>;
  toggle(): Promise<void>;
  isOpen(details?: { windowId?: number }): Promise<boolean>;
  /** `panel: null` resets a tab's or window's panel to the default. */
  setPanel(details: { panel: string | null; tabId?: number; windowId?: number }): Promise<void>;
  getPanel(details?: { tabId?: number; windowId?: number }): Promise<string>;
}

export function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}
