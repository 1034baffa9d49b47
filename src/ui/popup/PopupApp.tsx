import type { Store } from '../../facts/types';
import { formatDate } from '../format';

interface Props {
  store: Store;
  locale: string;
  openReader(target: { article: string; paragraph?: number }): void;
}

export function PopupApp({ store, locale, openReader }: Props) {
  return (
    <main class="popup">
      <h1 class="brand">Steppe Lens</h1>
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles</h2>
        <ul class="articles">
          {store.articles.map((a) => (
            <li key={a.id}>
              <button type="button" onClick={() => openReader({ article: a.id })}>
                <span class="title" lang={a.lang} dir={a.dir}>
                  {a.title}
                </span>
                <span class="meta">
                  {a.outlet} · {formatDate(a.date, locale)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
