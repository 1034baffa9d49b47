/**
 * Mention counts per tab, summed over the tab's frames. Kept in
 * storage.session so a restarted service worker still knows them, and shown
 * as the toolbar badge.
 */
import { toolbarAction } from '../firefox/toolbar-action';
import { browser } from 'wxt/browser';

type FrameCounts = Record<string, Record<string, number>>; // frameId → entity → count

interface TabRecord {
  frames: FrameCounts;
  /** Hostname of the top frame, for the popup's per-site switch (no "tabs" permission needed). */
  host?: string;
}

export interface TabMentions {
  counts: Record<string, number>;
  host?: string;
}

const key = (tabId: number) => `tab-mentions:${tabId}`;

// Frames of one tab report at once; chain the read-modify-write per tab so none is lost.
const pending = new Map<number, Promise<void>>();

export function recordFrameMentions(tabId: number, frameId: number, counts: Record<string, number>, host?: string): Promise<void> {
  const run = (pending.get(tabId) ?? Promise.resolve()).then(async () => {
    const stored = ((await browser.storage.session.get(key(tabId)))[key(tabId)] as TabRecord | undefined) ?? { frames: {} };
    stored.frames[String(frameId)] = counts;
    if (frameId === 0 && host !== undefined) stored.host = host;
    await browser.storage.session.set({ [key(tabId)]: stored });
    await showBadge(tabId, sumFrames(stored.frames));
  });
  const settled = run.catch(() => undefined);
  pending.set(tabId, settled);
  void settled.then(() => pending.get(tabId) === settled && pending.delete(tabId));
  return run;
}

export async function tabMentions(tabId: number): Promise<TabMentions> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabRecord | undefined;
  return { counts: sumFrames(stored?.frames ?? {}), ...(stored?.host !== undefined ? { host: stored.host } : {}) };
}

/** A new document in the top frame starts from nothing. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  await toolbarAction().setBadgeText({ tabId, text: '' }).catch(() => undefined);
}

export function sumFrames(frames: FrameCounts): Record<string, number> {
  const total: Record<string, number> = {};
  for (const counts of Object.values(frames)) {
    for (const [entity, n] of Object.entries(counts)) total[entity] = (total[entity] ?? 0) + n;
  }
  return total;
}

async function showBadge(tabId: number, counts: Record<string, number>): Promise<void> {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const text = total === 0 ? '' : total > 999 ? '999+' : String(total);
  await toolbarAction().setBadgeBackgroundColor({ tabId, color: '#0b6bcb' }).catch(() => undefined);
  await toolbarAction().setBadgeText({ tabId, text }).catch(() => undefined); // the tab may be gone
}
