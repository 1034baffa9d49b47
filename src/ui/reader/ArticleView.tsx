import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../../articles/types';
import { formatDate } from '../format';
import { Highlighted } from '../Highlighted';

interface Props {
  article: Article;
  /** Paragraph to scroll to and mark, from 1. */
  paragraph?: number;
  /** Offsets inside that paragraph to highlight. */
  ranges?: [number, number][];
  locale: string;
  onBack(): void;
}

/** One article, paragraphs numbered as citations number them. */
export function ArticleView({ article, paragraph, ranges, locale, onBack }: Props) {
  const targetRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    targetRef.current?.scrollIntoView({ block: 'center' });
    targetRef.current?.focus({ preventScroll: true });
  }, [article.id, paragraph, ranges]);

  return (
    <article class="article" lang={article.lang} dir={article.dir} data-article={article.id}>
      <nav class="toolbar" dir="auto">
        <button type="button" class="back" onClick={onBack}>
          ← Library
        </button>
      </nav>
      <header>
        <h1>{article.title}</h1>
        <p class="meta">
          <span>{article.outlet}</span>
          {article.dateline && <span>{article.dateline}</span>}
          <time dateTime={article.date}>{formatDate(article.date, locale)}</time>
        </p>
      </header>
      <ol class="paragraphs">
        {article.paragraphs.map((text, i) => {
          const n = i + 1;
          const isTarget = n === paragraph;
          return (
            <li key={n} value={n} id={`p-${n}`} data-paragraph={n} class={isTarget ? 'target' : undefined}>
              <p ref={isTarget ? targetRef : undefined} tabIndex={isTarget ? -1 : undefined} aria-current={isTarget ? 'location' : undefined}>
                {isTarget && ranges?.length ? <Highlighted text={text} ranges={ranges} /> : text}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
