import { useEffect } from 'preact/hooks';
import type { Article } from '../../articles/types';
import type { Entity } from '../../facts/types';
import type { Translate, UiLang } from '../../i18n';
import type { CorpusIndex } from '../../reader/corpus';
import { readerQuery } from '../../reader/deep-link';
import { rankEntities } from '../../reader/mentions';
import { formatDate } from '../../i18n/format';
import { EntityChips } from './EntityChips';
import { MetaLine } from './MetaLine';
import { entityNamer, FEATURED_ENTITIES, languageName } from './names';

interface Props {
  articles: readonly Article[];
  entities: readonly Entity[];
  corpus: CorpusIndex;
  /** Only articles mentioning this entity. */
  filter?: string;
  onFilter(entity: string | undefined): void;
  onOpen(id: string): void;
  /** The article the reader just came back from: its link gets the focus back. */
  returnTo?: string;
  notFound?: boolean;
  locale: string;
  lang: UiLang;
  t: Translate;
}

/** The bundled articles, newest first (the store is sorted so), filterable by the entities they mention. */
export function Library({ articles, entities, corpus, filter, onFilter, onOpen, returnTo, notFound, locale, lang, t }: Props) {
  const name = entityNamer(entities, lang);
  const shown = filter ? articles.filter((a) => corpus.articlesWith(filter).has(a.id)) : articles;
  useEffect(() => {
    if (returnTo) document.querySelector<HTMLElement>(`.article-link[data-article="${CSS.escape(returnTo)}"]`)?.focus();
  }, [returnTo]);

  const all = (
    <button type="button" class="entity-chip all" aria-pressed={!filter} onClick={() => onFilter(undefined)}>
      <span class="chip-name">{t('allArticles')}</span>
      <span class="chip-count" aria-label={t('articleCount', { count: articles.length })}>
        {articles.length}
      </span>
    </button>
  );
  return (
    <main class="library" aria-labelledby="library-heading">
      <header class="library-head">
        <h1 id="library-heading">{t('library')}</h1>
        <p class="count" aria-live="polite">
          {t('articleCount', { count: shown.length })}
        </p>
      </header>
      {notFound && (
        <p class="notice" role="alert">
          {t('articleNotFound')}
        </p>
      )}
      <section class="filter" aria-labelledby="filter-label">
        <h2 id="filter-label" class="section-label">
          {t('filterByEntity')}
        </h2>
        <EntityChips
          items={rankEntities(corpus.entities, FEATURED_ENTITIES)}
          name={name}
          pressed={filter}
          onPick={(entity) => onFilter(entity === filter ? undefined : entity)}
          countLabel={(count) => t('articleCount', { count })}
          t={t}
          visible={5}
          leading={all}
        />
      </section>
      <ul class="article-list">
        {shown.map((a) => (
          <li key={a.id}>
            <a
              class="article-link"
              href={readerQuery({ article: a.id })}
              data-article={a.id}
              onClick={(e) => {
                if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return; // let the browser open a tab
                e.preventDefault();
                onOpen(a.id);
              }}
            >
              <span class="top">
                <span class="lang-badge" lang={lang}>
                  {languageName(a.lang, lang)}
                </span>
                <span class="outlet" dir="auto">
                  {a.outlet}
                </span>
              </span>
              <span class="title" lang={a.lang} dir={a.dir}>
                {a.title}
              </span>
              {a.titleEn && (
                <span class="title-en" lang="en" dir="ltr">
                  {a.titleEn}
                </span>
              )}
              <MetaLine
                items={[
                  !!a.dateline && { key: 'dateline', content: a.dateline, dir: 'auto' },
                  { key: 'date', content: <time dateTime={a.date}>{formatDate(a.date, locale)}</time> },
                  !!filter && { key: 'hits', class: 'hits', content: t('mentionTotal', { name: name(filter), count: corpus.mentionsIn(a.id, filter) }) },
                ]}
              />
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
