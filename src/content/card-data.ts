/**
 * Card data, fetched from the background on first hover of an entity and kept
 * for the page's life: per UI language, as its dates and numbers come written out.
 */
import { browser } from 'wxt/browser';
import type { UiLang } from '../i18n';
import type { CardData } from '../ui/card/card-model';

const cache = new Map<string, Promise<CardData | null>>();
const ready = new Map<string, CardData | null>();

/** The card data if it has already arrived; undefined while loading or never asked for. */
export function peekCard(entity: string, lang: UiLang): CardData | null | undefined {
  return ready.get(`${lang}:${entity}`);
}

export function loadCard(entity: string, lang: UiLang): Promise<CardData | null> {
  const key = `${lang}:${entity}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = (browser.runtime.sendMessage({ type: 'get-card', entity, lang }) as Promise<CardData | null>).then((data) => {
      ready.set(key, data);
      return data;
    }, () => {
      cache.delete(key); // e.g. the extension was reloaded: try again next hover
      return null;
    });
    cache.set(key, pending);
  }
  return pending;
}
