/**
 * Card data for an entity, served to content scripts on first hover so pages
 * never carry the fact store.
 */
import store from 'virtual:steppe/store';
import { factsForEntity, seriesFor } from '../facts/lookup';
import { cardDates, cardNumbers, type CardData } from '../ui/card/card-model';
import { preformat } from '../i18n/format';
import type { UiLang } from '../i18n';

const cache = new Map<string, CardData | null>();
const localized = new Map<string, CardData | null>();

/**
 * The card data for an entity; with `lang`, its dates and numbers written out
 * in that language, so the page showing the card need not start up Intl.
 */
export function cardFor(entityId: string, lang?: UiLang): CardData | null {
  if (!lang) return baseCard(entityId);
  const key = `${lang}:${entityId}`;
  if (!localized.has(key)) {
    const base = baseCard(entityId);
    localized.set(key, base && { ...base, formatted: preformat(lang, cardDates(base), cardNumbers(base)) });
  }
  return localized.get(key)!;
}

function baseCard(entityId: string): CardData | null {
  if (cache.has(entityId)) return cache.get(entityId)!;
  const entity = store.entities.find((e) => e.id === entityId);
  let data: CardData | null = null;
  if (entity) {
    const facts = factsForEntity(store, entityId);
    const series: CardData['series'] = {};
    for (const fact of facts) if (fact.series) series[fact.series] = seriesFor(store, fact.series);
    const articles: CardData['articles'] = {};
    for (const fact of [...facts, ...Object.values(series).flat()]) {
      const article = fact.source && store.articles.find((a) => a.id === fact.source!.article);
      if (article && !articles[article.id]) {
        const { paragraphs: _, ...meta } = article;
        articles[article.id] = meta;
      }
    }
    data = { entity, facts, series, articles };
  }
  cache.set(entityId, data);
  return data;
}
