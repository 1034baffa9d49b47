/**
 * The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction`
 * in Manifest V2 (the Firefox build), where `browser.action` is undefined and
 * any `browser.action.x()` call throws a TypeError. The methods the extension
 * uses (setBadgeText, setBadgeBackgroundColor, setPopup, openPopup) have the
 * same shape in both.
 */
import { browser } from 'wxt/browser';

type ToolbarAction = typeof browser.action;

export function toolbarAction(): ToolbarAction {
  const b = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  const action = b.action ?? b.browserAction;
  if (!action) throw new Error('Steppe Lens: this browser has neither action nor browserAction');
  return action;
}
