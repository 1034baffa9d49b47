/**
 * What the detector finds in an article, computed once per article (the
 * reader re-renders on every step through the mentions; detection must not
 * rerun each time). Pure apart from the memo.
 */
import type { Span } from './segments';

export type FindMentions = (text: string) => readonly Span[];

export interface MentionRef extends Span {
  /** Paragraph number, from 1. */
  paragraph: number;
  /** Stable id of this occurrence in the article (`paragraph:start`). */
  key: string;
}

export interface ArticleMentions {
  /** Mentions of paragraph N at index N-1. */
  byParagraph: readonly (readonly MentionRef[])[];
  /** Every occurrence of each entity, in document order. */
  occurrences: ReadonlyMap<string, readonly MentionRef[]>;
}

export const mentionKey = (paragraph: number, start: number): string => `${paragraph}:${start}`;

const memo = new WeakMap<FindMentions, WeakMap<object, ArticleMentions>>();

export function analyzeArticle(article: { readonly paragraphs: readonly string[] }, find: FindMentions): ArticleMentions {
  let perFind = memo.get(find);
  if (!perFind) memo.set(find, (perFind = new WeakMap()));
  const cached = perFind.get(article);
  if (cached) return cached;

  const occurrences = new Map<string, MentionRef[]>();
  const byParagraph = article.paragraphs.map((text, i) =>
    find(text).map((m): MentionRef => {
      const ref = { entity: m.entity, start: m.start, end: m.end, paragraph: i + 1, key: mentionKey(i + 1, m.start) };
      const list = occurrences.get(m.entity);
      if (list) list.push(ref);
      else occurrences.set(m.entity, [ref]);
      return ref;
    }),
  );
  const result: ArticleMentions = { byParagraph, occurrences };
  perFind.set(article, result);
  return result;
}

export interface EntityCount {
  entity: string;
  count: number;
}

/**
 * Featured entities (the extension's subject: Kazakhstan, Tokayev, the SCO)
 * first in their given order, then the rest by count, ties by id so the
 * order never shuffles between renders.
 */
export function rankEntities(counts: readonly EntityCount[], featured: readonly string[]): EntityCount[] {
  const rank = (id: string) => {
    const i = featured.indexOf(id);
    return i < 0 ? featured.length : i;
  };
  return [...counts].sort((a, b) => rank(a.entity) - rank(b.entity) || b.count - a.count || a.entity.localeCompare(b.entity));
}

/** Occurrence counts per entity in one article. */
export function entityCounts(mentions: ArticleMentions): EntityCount[] {
  return [...mentions.occurrences].map(([entity, list]) => ({ entity, count: list.length }));
}
