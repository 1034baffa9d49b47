/** Card data, fetched from the background on first hover of an entity and kept for the page's life. */
import { browser } from 'wxt/browser';
import type { CardData } from '../ui/card/card-model';

const cache = new Map<string, Promise<CardData | null>>();
const ready = new Map<string, CardData | null>();

/** The card data if it has already arrived; undefined while loading or never asked for. */
export function peekCard(entity: string): CardData | null | undefined {
  return ready.get(entity);
}

export function loadCard(entity: string): Promise<CardData | null> {
  let pending = cache.get(entity);
  if (!pending) {
    pending = (browser.runtime.sendMessage({ type: 'get-card', entity }) as Promise<CardData | null>).then((data) => {
      ready.set(entity, data);
      return data;
    }, () => {
      cache.delete(entity); // e.g. the extension was reloaded: try again next hover
      return null;
    });
    cache.set(entity, pending);
  }
  return pending;
}
