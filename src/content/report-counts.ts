import { browser } from 'wxt/browser';

/** Sends this frame's mention counts to the background (for the badge and the popup), only when they change. */
export function reportCounts(): (counts: Record<string, number>) => void {
  let last = '';
  return (counts) => {
    const key = JSON.stringify(counts);
    if (key === last) return;
    last = key;
    void browser.runtime.sendMessage({ type: 'page-mentions', counts, host: location.hostname }).catch(() => undefined);
  };
}
