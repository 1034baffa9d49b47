import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../../facts/types';
import { parseReaderTarget, readerQuery, type ReaderTarget } from '../../reader/deep-link';
import { ArticleView } from './ArticleView';
import { Library } from './Library';

interface Props {
  store: Store;
  locale: string;
  /** Subscribes to targets sent while the reader is open; returns the unsubscribe. */
  subscribeTargets?(show: (target: ReaderTarget) => void): () => void;
}

/** The side panel (and reader tab): the library, or one article at a target paragraph. */
export function ReaderApp({ store, locale, subscribeTargets }: Props) {
  const [target, setTarget] = useState<ReaderTarget | undefined>(() => parseReaderTarget(location.search));
  const show = (next: ReaderTarget | undefined) => {
    setTarget(next);
    history.replaceState(null, '', next ? readerQuery(next) : location.pathname);
  };
  useEffect(() => subscribeTargets?.(show), [subscribeTargets]);

  const article = target && store.articles.find((a) => a.id === target.article);
  if (!article) return <Library articles={store.articles} locale={locale} onOpen={(id) => show({ article: id })} />;
  return <ArticleView article={article} paragraph={target?.paragraph} ranges={target?.ranges} locale={locale} onBack={() => show(undefined)} />;
}
