/**
 * Which articles mention which entity, for the library's filter. Computed
 * once per article list (the detector over every paragraph of the corpus).
 */
import { analyzeArticle, type EntityCount, type FindMentions } from './mentions';

export interface CorpusIndex {
  /** Entities found anywhere, with the number of articles that mention them. */
  entities: EntityCount[];
  /** Ids of the articles mentioning `entity` (empty for an unknown one). */
  articlesWith(entity: string): ReadonlySet<string>;
  /** Mentions of `entity` in the article. */
  mentionsIn(article: string, entity: string): number;
}

interface ArticleLike {
  readonly id: string;
  readonly paragraphs: readonly string[];
}

const memo = new WeakMap<FindMentions, WeakMap<readonly ArticleLike[], CorpusIndex>>();

export function corpusIndex(articles: readonly ArticleLike[], find: FindMentions): CorpusIndex {
  let perFind = memo.get(find);
  if (!perFind) memo.set(find, (perFind = new WeakMap()));
  const cached = perFind.get(articles);
  if (cached) return cached;

  const withEntity = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const [entity, list] of analyzeArticle(article, find).occurrences) {
      let ids = withEntity.get(entity);
      if (!ids) withEntity.set(entity, (ids = new Set()));
      ids.add(article.id);
      counts.set(`${article.id}\u0000${entity}`, list.length);
    }
  }
  const none: ReadonlySet<string> = new Set();
  const index: CorpusIndex = {
    entities: [...withEntity].map(([entity, ids]) => ({ entity, count: ids.size })),
    articlesWith: (entity) => withEntity.get(entity) ?? none,
    mentionsIn: (article, entity) => counts.get(`${article}\u0000${entity}`) ?? 0,
  };
  perFind.set(articles, index);
  return index;
}
