/**
 * Turns card data into what the card shows: the lead facts, the dated series
 * (the same measure at different dates, shown side by side), and the rest on
 * demand. Pure, so the ordering is unit-tested without a DOM.
 */
import type { Article } from '../../articles/types';
import type { Entity, Fact } from '../../facts/types';

export interface CardData {
  entity: Entity;
  /** Facts about the entity, most relevant first. */
  facts: Fact[];
  /** Metadata of the articles the facts cite (no paragraphs). */
  articles: Record<string, Omit<Article, 'paragraphs'>>;
}

export interface CardModel {
  series: { id: string; facts: Fact[] }[];
  lead: Fact[];
  more: Fact[];
}

/** How many single facts the card shows before "more". */
export const LEAD_FACTS = 3;

export function buildCardModel(data: CardData, leadCount = LEAD_FACTS): CardModel {
  const bySeries = new Map<string, Fact[]>();
  const single: Fact[] = [];
  for (const fact of data.facts) {
    if (fact.series) {
      const list = bySeries.get(fact.series) ?? [];
      list.push(fact);
      bySeries.set(fact.series, list);
    } else single.push(fact);
  }
  const series: CardModel['series'] = [];
  for (const [id, facts] of bySeries) {
    // A series of one is just a fact.
    if (facts.length < 2) single.push(...facts);
    else series.push({ id, facts: [...facts].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')) });
  }
  const ordered = data.facts.filter((f) => single.includes(f));
  return { series, lead: ordered.slice(0, leadCount), more: ordered.slice(leadCount) };
}

/** The localized text of a fact or entity field, falling back to English. */
export function localized(text: Record<string, string>, lang: string): string {
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
