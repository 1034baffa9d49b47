import type { Article } from '../../articles/types';
import { formatDate } from '../format';

interface Props {
  articles: Article[];
  locale: string;
  onOpen(id: string): void;
}

/** The bundled articles, newest first (the store is sorted so). */
export function Library({ articles, locale, onOpen }: Props) {
  return (
    <section class="library">
      <h1>Library</h1>
      <ul class="article-list">
        {articles.map((a) => (
          <li key={a.id}>
            <button type="button" class="article-link" onClick={() => onOpen(a.id)}>
              <span class="title" lang={a.lang} dir={a.dir}>
                {a.title}
              </span>
              <span class="meta">
                {a.outlet} · <time dateTime={a.date}>{formatDate(a.date, locale)}</time>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
