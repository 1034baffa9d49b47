/**
 * Mention counts per tab, summed over the tab's frames. Kept in
 * storage.session so a restarted service worker still knows them, and shown
 * as the toolbar badge.
 */
import { browser } from 'wxt/browser';

type FrameCounts = Record<string, Record<string, number>>; // frameId → entity → count

const key = (tabId: number) => `tab-mentions:${tabId}`;

export async function recordFrameMentions(tabId: number, frameId: number, counts: Record<string, number>): Promise<void> {
  const stored = ((await browser.storage.session.get(key(tabId)))[key(tabId)] as FrameCounts | undefined) ?? {};
  stored[String(frameId)] = counts;
  await browser.storage.session.set({ [key(tabId)]: stored });
  await showBadge(tabId, sumFrames(stored));
}

export async function tabMentions(tabId: number): Promise<Record<string, number>> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as FrameCounts | undefined;
  return sumFrames(stored ?? {});
}

/** A new document in the top frame starts from nothing. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
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
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6bcb' }).catch(() => undefined);
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined); // the tab may be gone
}
