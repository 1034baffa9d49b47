import type { ComponentChildren } from 'preact';
import type { Fact, Store } from '../../facts/types';
import { dirFor, type Translate, type UiLang } from '../../i18n';
import type { ReaderTarget } from '../../reader/deep-link';
import type { CardData } from '../card/card-model';
import { formatDate } from '../../i18n/format';
import { OnThisPage } from './OnThisPage';
import { SearchPanel, type SearchHit } from './SearchPanel';

export interface PopupProps {
  store: Store;
  lang: UiLang;
  locale: string;
  t: Translate;
  search(query: string, limit: number): SearchHit[] | Promise<SearchHit[]>;
  initialQuery?: string;
  tabCounts: Record<string, number> | null | undefined;
  loadCard(entity: string): Promise<CardData | null>;
  openReader(target: ReaderTarget): void;
  /** The on/off switches, rendered above the search box. */
  switches?: ComponentChildren;
}

export function PopupApp(props: PopupProps) {
  const { store, lang, locale, t, openReader } = props;
  const readFact = (fact: Fact) => fact.source && openReader({ article: fact.source.article, paragraph: fact.source.paragraph });
  return (
    <main class="popup" lang={lang} dir={dirFor(lang)}>
      <header class="popup-head">
        <h1 class="brand">{t('extensionName')}</h1>
        {props.switches}
      </header>
      <OnThisPage entities={store.entities} counts={props.tabCounts} loadCard={props.loadCard} lang={lang} t={t} onReadInArticle={readFact} />
      <SearchPanel
        articles={store.articles}
        search={props.search}
        initialQuery={props.initialQuery}
        locale={locale}
        t={t}
        onOpen={(hit) => openReader({ article: hit.article, paragraph: hit.paragraph, ranges: hit.ranges })}
      />
      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">{t('articles')}</h2>
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
