/**
 * Turns card data into what the card shows: items in relevance order, each a
 * single fact or a dated series (the same measure at different dates, shown
 * side by side); the first few lead, the rest come on demand. Pure, so the
 * ordering is unit-tested without a DOM.
 */
import type { Article } from '../../articles/types';
import type { Entity, Fact } from '../../facts/types';
import type { Preformatted } from '../../i18n/format';

export interface CardData {
  entity: Entity;
  /** Facts about the entity, most relevant first, one representative per series. */
  facts: Fact[];
  /** Every member of each series named by `facts`, oldest first. */
  series: Record<string, Fact[]>;
  /** Metadata of the articles the facts cite (no paragraphs). */
  articles: Record<string, Omit<Article, 'paragraphs'>>;
  /** The dates and numbers the card shows, written out in its language (see `cardNumbers`, i18n/format). */
  formatted?: Preformatted;
}

export type CardItem = { kind: 'fact'; fact: Fact } | { kind: 'series'; id: string; facts: Fact[] };

export interface CardModel {
  lead: CardItem[];
  more: CardItem[];
}

/** How many items the card shows before "more". */
export const LEAD_ITEMS = 3;

export function buildCardModel(data: CardData, leadCount = LEAD_ITEMS): CardModel {
  const items: CardItem[] = data.facts.map((fact) => {
    const members = fact.series ? data.series[fact.series] : undefined;
    // A series of one is just a fact.
    return members && members.length > 1 ? { kind: 'series', id: fact.series!, facts: members } : { kind: 'fact', fact };
  });
  return { lead: items.slice(0, leadCount), more: items.slice(leadCount) };
}

/** The localized text of a fact or entity field, falling back to English. */
export function localized(text: Record<string, string>, lang: string): string {
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** Every date a card of `data` can show: each article's, each dated fact's. */
export function cardDates(data: CardData): string[] {
  const dates = Object.values(data.articles).map((a) => a.date);
  for (const fact of [...data.facts, ...Object.values(data.series).flat()]) if (fact.date) dates.push(fact.date);
  return dates;
}

/** Every number a card of `data` can show: paragraph numbers, and counts up to its number of items ("N more"). */
export function cardNumbers(data: CardData): number[] {
  const numbers = data.facts.map((_, i) => i + 1);
  for (const fact of [...data.facts, ...Object.values(data.series).flat()]) if (fact.source) numbers.push(fact.source.paragraph);
  return numbers;
}
