/**
 * The Firefox build is Manifest V2: the toolbar button's API is `browserAction`
 * there and `browser.action` is undefined. These run the background's badge code
 * against a browser shaped that way (the fake browser with `action` moved to
 * `browserAction`), and the small Firefox helpers in src/firefox.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordFrameMentions } from '../../src/background/tab-mentions';
import { sidebarAction } from '../../src/firefox/sidebar-action';
import { toolbarAction } from '../../src/firefox/toolbar-action';

type Shaped = { action?: unknown; browserAction?: unknown; sidebarAction?: unknown };
const shaped = fakeBrowser as unknown as Shaped;
const mv3Action = fakeBrowser.action;

function asFirefoxMv2() {
  shaped.browserAction = mv3Action;
  shaped.action = undefined;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  shaped.action = mv3Action;
  delete shaped.browserAction;
  delete shaped.sidebarAction;
});

describe('Firefox Manifest V2 APIs', () => {
  it('toolbarAction() is action in Manifest V3 and browserAction in Manifest V2', () => {
    expect(toolbarAction()).toBe(mv3Action);
    asFirefoxMv2();
    expect(toolbarAction()).toBe(mv3Action);
    shaped.browserAction = undefined;
    expect(() => toolbarAction()).toThrow(/neither action nor browserAction/);
  });

  it('the mention count badge is set through browserAction when there is no action', async () => {
    asFirefoxMv2();
    await recordFrameMentions(7, 0, { kazakhstan: 2, sco: 1 }, 'news.example');
    expect(await mv3Action.getBadgeText({ tabId: 7 })).toBe('3');
  });

  it('sidebarAction() is there only where the browser has one', () => {
    expect(sidebarAction()).toBeUndefined();
    const sidebar = { open: () => Promise.resolve() };
    shaped.sidebarAction = sidebar;
    expect(sidebarAction()).toBe(sidebar);
  });
});
