/**
 * Which facts a card shows, and in what order. Pure: it reads a compiled store.
 *
 * `factsForEntity` ranks an entity's facts, most relevant first:
 *
 *  1. Cited before background. The card exists to show what the reader's
 *     sources say, with the paragraph to check it; background facts are the
 *     fallback context the summary already hints at.
 *  2. Within each, facts *about* the entity (it comes first in the fact's
 *     `entities`) before facts that merely involve it.
 *  3. Series before single facts: a measure shown at several dates (trade
 *     2022 → 2023 → 2030 target) is what the card's side-by-side view is for.
 *  4. Newer first: a cited fact by the date of the article that reports it (a
 *     2030 target stated in 2023 is 2023 news), a background fact by its date.
 *  5. Then the fact naming fewer entities (the more focused one), then the date
 *     the fact refers to, newest first, then store order, so ties stay stable.
 *
 * A series (one measure at several dates) appears once, as its best-ranked
 * member; the card shows the whole series with `seriesFor(store, fact.series)`.
 */
import type { Fact, Store } from './types';

export interface FactsForEntityOptions {
  /** At most this many facts (after series are folded). */
  limit?: number;
}

type FactSource = Pick<Store, 'facts' | 'articles'>;

export function factsForEntity(store: FactSource, entityId: string, options: FactsForEntityOptions = {}): Fact[] {
  const articleDate = new Map(store.articles.map((a) => [a.id, a.date]));
  const ranked = store.facts
    .map((fact, order) => ({ fact, order }))
    .filter(({ fact }) => fact.entities.includes(entityId))
    .map(({ fact, order }) => ({
      fact,
      order,
      tier: (fact.source ? 0 : 2) + (fact.entities[0] === entityId ? 0 : 1),
      reported: (fact.source && articleDate.get(fact.source.article)) || fact.date || '',
    }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        Number(!a.fact.series) - Number(!b.fact.series) ||
        compareIsoDates(b.reported, a.reported) ||
        a.fact.entities.length - b.fact.entities.length ||
        compareIsoDates(b.fact.date ?? '', a.fact.date ?? '') ||
        a.order - b.order,
    );

  const seenSeries = new Set<string>();
  const result: Fact[] = [];
  for (const { fact } of ranked) {
    if (options.limit !== undefined && result.length >= options.limit) break;
    if (fact.series) {
      if (seenSeries.has(fact.series)) continue;
      seenSeries.add(fact.series);
    }
    result.push(fact);
  }
  return result;
}

/**
 * The members of a series, oldest date first; members with the same date keep
 * the order of the articles that report them (older report first), then store
 * order.
 */
export function seriesFor(store: FactSource, seriesId: string): Fact[] {
  const articleDate = new Map(store.articles.map((a) => [a.id, a.date]));
  const reported = (fact: Fact) => (fact.source && articleDate.get(fact.source.article)) || '';
  return store.facts
    .map((fact, order) => ({ fact, order }))
    .filter(({ fact }) => fact.series === seriesId)
    .sort((a, b) => compareIsoDates(a.fact.date ?? '', b.fact.date ?? '') || compareIsoDates(reported(a.fact), reported(b.fact)) || a.order - b.order)
    .map(({ fact }) => fact);
}

/**
 * Orders ISO dates of mixed precision (`2024`, `2024-07`, `2024-07-03`): a
 * partial date sorts as the start of its period, before any day within it.
 * The empty string (no date) sorts before every date.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
