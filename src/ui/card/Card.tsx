import { useState } from 'preact/hooks';
import type { Fact } from '../../facts/types';
import { dirFor, type Translate, type UiLang } from '../../i18n';
import { formatsFor, type Formats } from '../../i18n/format';
import { buildCardModel, localized, type CardData } from './card-model';

export interface CardProps {
  data: CardData | 'loading' | null;
  lang: UiLang;
  t: Translate;
  onReadInArticle(fact: Fact): void;
  onClose(): void;
}

/** The hover card: who or what this is, and what the articles say, each fact cited. */
export function Card({ data, lang, t, onReadInArticle, onClose }: CardProps) {
  const [expanded, setExpanded] = useState(false);
  const dir = dirFor(lang);
  if (data === 'loading' || data === null) {
    return (
      <div class="card" role="dialog" aria-label={t('cardLabel', { name: '' })} lang={lang} dir={dir} aria-busy={data === 'loading'}>
        <p class="status">{data === 'loading' ? t('loading') : t('noFacts')}</p>
      </div>
    );
  }
  const { entity } = data;
  const name = localized(entity.names, lang);
  const model = buildCardModel(data);
  const formats = formatsFor(lang, data.formatted);
  const factProps = { data, lang, t, formats, onReadInArticle };
  return (
    <div class="card" role="dialog" aria-label={t('cardLabel', { name })} lang={lang} dir={dir} data-entity={entity.id}>
      <header class="head">
        <span class="kind">{t(`kind_${entity.kind}`)}</span>
        <button type="button" class="close" aria-label={t('close')} title={t('close')} onClick={trusted(onClose)}>
          ×
        </button>
      </header>
      <h2 class="name">{name}</h2>
      <p class="summary">{localized(entity.summary, lang)}</p>
      <ul class="facts">
        {[...model.lead, ...(expanded ? model.more : [])].map((item) =>
          item.kind === 'series' ? (
            <li key={item.id} class="series" aria-label={t('overTime')}>
              <h3>{t('overTime')}</h3>
              <ol class="series-row">
                {item.facts.map((fact) => (
                  <li key={fact.id}>
                    {fact.date && <time class="when" dateTime={fact.date}>{formats.date(fact.date)}</time>}
                    <FactBody fact={fact} {...factProps} />
                  </li>
                ))}
              </ol>
            </li>
          ) : (
            <li key={item.fact.id} class={item.fact.background ? 'fact background' : 'fact'}>
              <FactBody fact={item.fact} {...factProps} />
            </li>
          ),
        )}
      </ul>
      {model.more.length > 0 && (
        <button type="button" class="more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('fewerFacts') : t('moreFacts', { count: model.more.length })}
        </button>
      )}
    </div>
  );
}

interface FactBodyProps {
  fact: Fact;
  data: CardData;
  lang: UiLang;
  t: Translate;
  formats: Formats;
  onReadInArticle(fact: Fact): void;
}

function FactBody({ fact, data, lang, t, formats, onReadInArticle }: FactBodyProps) {
  const source = fact.source;
  const article = source && data.articles[source.article];
  return (
    <>
      <p class="statement">{localized(fact.text, lang)}</p>
      {source && article && (
        <>
          <blockquote class="quote" lang={article.lang} dir={article.dir} title={t('sourceQuote')}>
            {source.quote}
          </blockquote>
          <p class="cite">
            <span class="outlet">{article.outlet}</span>
            <span class="sep"> · </span>
            <time dateTime={article.date}>{formats.date(article.date)}</time>
            <span class="sep"> · </span>
            <span class="para" title={t('paragraphLong', { n: source.paragraph })}>
              {t('paragraphShort', { n: source.paragraph })}
            </span>
            <span class="sep"> · </span>
            <button type="button" class="read" onClick={trusted(() => onReadInArticle(fact))}>
              {t('readInArticle')}
            </button>
          </p>
        </>
      )}
      {fact.background && (
        <p class="cite">
          <span class="badge">{t('background')}</span> {t('backgroundNote', { year: fact.date ?? '' })}
        </p>
      )}
    </>
  );
}

/**
 * The card lives in an open shadow root on someone else's page, whose scripts
 * can reach its buttons: only a real user's click acts.
 */
function trusted(action: () => void) {
  return (e: Event) => {
    if (e.isTrusted) action();
  };
}
