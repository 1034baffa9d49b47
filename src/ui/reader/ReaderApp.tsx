import { useEffect, useState } from 'preact/hooks';
import type { Fact, Store } from '../../facts/types';
import type { Translate, UiLang } from '../../i18n';
import { corpusIndex } from '../../reader/corpus';
import { libraryQuery, parseLibraryFilter, parseReaderTarget, readerQuery, type ReaderTarget } from '../../reader/deep-link';
import { analyzeArticle, type FindMentions } from '../../reader/mentions';
import { ArticleView } from './ArticleView';
import { Library } from './Library';
import type { MentionCardOptions } from './mention-cards';
import { entityNamer } from './names';
import { ReaderBar } from './ReaderBar';
import { useFontSize } from './use-font-size';

export interface ReaderAppProps {
  store: Store;
  /** BCP 47 tag for dates; `lang` / `t` for the UI strings. */
  locale: string;
  lang: UiLang;
  t: Translate;
  findMentions: FindMentions;
  /** Card data, language, theme and dwell for the mention cards (no `onReadInArticle`: the app handles it). */
  cards: Omit<MentionCardOptions, 'onReadInArticle'>;
  /** Subscribes to targets sent while the reader is open; returns the unsubscribe. */
  subscribeTargets?(show: (target: ReaderTarget) => void): () => void;
  /** Set in the side panel only: opens the reader at the current place in a tab. */
  openInTab?(search: string): void;
}

/** The side panel (and reader tab): the library, or one article at a target paragraph. */
export function ReaderApp({ store, locale, lang, t, findMentions, cards, subscribeTargets, openInTab }: ReaderAppProps) {
  const [target, setTarget] = useState<ReaderTarget | undefined>(() => parseReaderTarget(location.search));
  const [filter, setFilter] = useState<string | undefined>(() => parseLibraryFilter(location.search));
  const [returnTo, setReturnTo] = useState<string>();
  const [fontSize, stepFontSize] = useFontSize();
  const show = (next: ReaderTarget) => {
    setTarget(next);
    history.replaceState(null, '', readerQuery(next));
  };
  const toLibrary = (entity: string | undefined) => {
    setReturnTo(target?.article);
    setTarget(undefined);
    setFilter(entity);
    history.replaceState(null, '', libraryQuery(entity) || location.pathname);
  };
  useEffect(() => subscribeTargets?.(show), [subscribeTargets]);

  const article = target && store.articles.find((a) => a.id === target.article);
  useEffect(() => {
    document.title = `${article ? article.title : t('library')} · ${t('extensionName')}`;
  }, [article, t]);

  const name = entityNamer(store.entities, lang);
  const inTab = openInTab && (() => openInTab(location.search));
  if (!article) {
    return (
      <>
        <ReaderBar t={t} onOpenInTab={inTab} />
        <Library
          articles={store.articles}
          entities={store.entities}
          corpus={corpusIndex(store.articles, findMentions)}
          filter={filter}
          onFilter={toLibrary}
          onOpen={(id) => show({ article: id })}
          returnTo={returnTo}
          notFound={!!target}
          locale={locale}
          lang={lang}
          t={t}
        />
      </>
    );
  }
  // The card's "Read in article" stays in this reader, the quoted words highlighted.
  const readFact = (fact: Fact) => {
    const source = fact.source;
    const text = source && store.articles.find((a) => a.id === source.article)?.paragraphs[source.paragraph - 1];
    if (!source || text === undefined) return;
    const at = text.indexOf(source.quote);
    show({ article: source.article, paragraph: source.paragraph, ...(at >= 0 && source.quote ? { ranges: [[at, at + source.quote.length]] } : {}) });
  };
  return (
    <ArticleView
      key={article.id}
      article={article}
      mentions={analyzeArticle(article, findMentions)}
      paragraph={target.paragraph}
      ranges={target.ranges}
      initialEntity={filter}
      fontSize={fontSize}
      onFontSize={stepFontSize}
      onBack={() => toLibrary(filter)}
      onOpenInTab={inTab}
      cards={{ ...cards, onReadInArticle: readFact }}
      name={name}
      locale={locale}
      lang={lang}
      t={t}
    />
  );
}
