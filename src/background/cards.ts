/**
 * Card data for an entity, served to content scripts on first hover so pages
 * never carry the fact store.
 */
import store from 'virtual:steppe/store';
import type { Article } from '../articles/types';
import type { Entity, Fact } from '../facts/types';

export interface CardData {
  entity: Entity;
  facts: Fact[];
  /** Metadata of the articles the facts cite (no paragraphs). */
  articles: Record<string, Omit<Article, 'paragraphs'>>;
}

export function cardFor(entityId: string): CardData | null {
  const entity = store.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const facts = store.facts.filter((f) => f.entities.includes(entityId));
  const articles: CardData['articles'] = {};
  for (const fact of facts) {
    const article = fact.source && store.articles.find((a) => a.id === fact.source!.article);
    if (article) {
      const { paragraphs: _, ...meta } = article;
      articles[article.id] = meta;
    }
  }
  return { entity, facts, articles };
}
