import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../../articles/types';
import type { Translate } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Highlighted } from '../Highlighted';

/** What the popup needs of a search result (src/search's result shape). */
export interface SearchHit {
  article: string;
  paragraph: number;
  score: number;
  snippet: string;
  /** Offsets of the matched text in the original paragraph. */
  ranges: [number, number][];
  /** Offsets of the matched text in the snippet. */
  snippetRanges?: [number, number][];
}

interface Props {
  articles: Article[];
  search(query: string, limit: number): SearchHit[] | Promise<SearchHit[]>;
  initialQuery?: string;
  locale: string;
  t: Translate;
  onOpen(hit: SearchHit): void;
}

const LIMIT = 20;

/** The search box (an ARIA combobox) and its results (a listbox), updated as you type. */
export function SearchPanel({ articles, search, initialQuery = '', locale, t, onOpen }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let current = true;
    const run = async () => {
      const found = query.trim() ? await search(query, LIMIT) : [];
      if (current) {
        setHits(found);
        setActive(0);
      }
    };
    void run();
    return () => {
      current = false; // a newer keystroke won; drop this answer
    };
  }, [query]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      onOpen(hits[active]!);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault(); // first Escape clears; the next closes the popup as usual
      setQuery('');
    }
  };

  const expanded = hits.length > 0;
  const optionId = (i: number) => `result-${i}`;
  return (
    <section class="search">
      <label class="visually-hidden" for="search-input">
        {t('searchLabel')}
      </label>
      <input
        id="search-input"
        ref={input}
        type="search"
        dir="auto"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p class="count" role="status" aria-live="polite">
        {query.trim() ? (hits.length ? t('results', { count: hits.length }) : t('noResults', { query: query.trim() })) : t('searchHint')}
      </p>
      <ul id="search-results" role="listbox" aria-label={t('searchLabel')} class="results" hidden={!expanded}>
        {hits.map((hit, i) => {
          const article = byId.get(hit.article);
          return (
            <li
              key={`${hit.article}:${hit.paragraph}:${i}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'result active' : 'result'}
              data-article={hit.article}
              data-paragraph={hit.paragraph}
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => onOpen(hit)}
            >
              <span class="title" lang={article?.lang} dir={article?.dir}>
                {article?.title ?? hit.article}
              </span>
              <span class="meta">
                {article?.outlet} · {article && formatDate(article.date, locale)} · {t('paragraphShort', { n: hit.paragraph })}
              </span>
              <span class="snippet" lang={article?.lang} dir={article?.dir}>
                <Highlighted text={hit.snippet} ranges={hit.snippetRanges} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
