import { browser } from 'wxt/browser';
import { parseMessage } from '../messaging/messages';
import type { ReaderTarget } from './deep-link';

/** Lets an open reader follow targets the background sends (a card's "Read in article", a search result). */
export function subscribeReaderTargets(show: (target: ReaderTarget) => void): () => void {
  const listener = (raw: unknown) => {
    const message = parseMessage(raw);
    if (message?.type !== 'reader-target') return;
    show({ article: message.article, paragraph: message.paragraph, ...(message.ranges ? { ranges: message.ranges } : {}) });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
