import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../articles/types';
import type { Translate, UiLang } from '../../i18n';
import { dirFor } from '../../i18n';
import { type ArticleMentions, entityCounts, rankEntities } from '../../reader/mentions';
import { stepOccurrence } from '../../reader/navigation';
import { formatDate } from '../../i18n/format';
import { EntityChips } from './EntityChips';
import { MentionStepper } from './MentionStepper';
import { MetaLine } from './MetaLine';
import type { MentionCardOptions } from './mention-cards';
import { FEATURED_ENTITIES, languageName, type NameOf } from './names';
import { ParagraphText } from './ParagraphText';
import { ReaderBar } from './ReaderBar';
import { useMentionCards } from './use-mention-cards';
import { useStepKeys } from './use-step-keys';

interface Props {
  article: Article;
  mentions: ArticleMentions;
  /** Paragraph to scroll to and mark, from 1; `ranges` are highlights inside it. */
  paragraph?: number;
  ranges?: [number, number][];
  /** Entity to step through from the start (the library's filter). */
  initialEntity?: string;
  fontSize: number;
  onFontSize(delta: 1 | -1): void;
  onBack(): void;
  onOpenInTab?(): void;
  cards: MentionCardOptions;
  name: NameOf;
  locale: string;
  lang: UiLang;
  t: Translate;
}

interface Stepping {
  entity?: string;
  index?: number;
  /** Bumped on every step, so stepping onto the same occurrence (a single one) still scrolls to it. */
  seq: number;
}

/** One article, paragraphs numbered as citations number them, mentions marked and navigable. */
export function ArticleView(props: Props) {
  const { article, mentions, paragraph, ranges, name, locale, lang, t } = props;
  const root = useRef<HTMLElement>(null);
  const targetRef = useRef<HTMLParagraphElement>(null);
  const cards = useMentionCards(root, props.cards);
  const start = props.initialEntity && mentions.occurrences.has(props.initialEntity) ? props.initialEntity : undefined;
  const [step, setStep] = useState<Stepping>({ entity: start, seq: 0 });
  const occurrences = (step.entity && mentions.occurrences.get(step.entity)) || [];
  const current = step.index === undefined ? undefined : occurrences[step.index];

  useEffect(() => {
    const target = targetRef.current;
    if (!target) return void scrollTo(0, 0);
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [article.id, paragraph, ranges]);

  useEffect(() => {
    if (!current) return;
    const el = root.current?.querySelector<HTMLElement>(`.mention[data-key="${current.key}"]`);
    if (!el) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    cards.focusQuietly(el);
  }, [step.seq]);

  const go = (delta: 1 | -1) => setStep((s) => ({ ...s, index: stepOccurrence(s.index, occurrences.length, delta), seq: s.seq + 1 }));
  // A chip starts at the entity's first occurrence; clicking it again moves on, like "next".
  const pick = (entity: string) =>
    setStep((s) => (s.entity === entity ? { ...s, index: stepOccurrence(s.index, occurrences.length, 1), seq: s.seq + 1 } : { entity, index: 0, seq: s.seq + 1 }));
  useStepKeys(step.entity ? go : undefined);

  const uiDir = dirFor(lang);
  return (
    <div class="article-view" style={`--reader-font-size:${props.fontSize}px`}>
      <ReaderBar t={t} onBack={props.onBack} fontSize={props.fontSize} onFontSize={props.onFontSize} onOpenInTab={props.onOpenInTab}>
        {step.entity && (
          <MentionStepper name={name(step.entity)} index={step.index} count={occurrences.length} onStep={go} onStop={() => setStep((s) => ({ seq: s.seq }))} t={t} />
        )}
      </ReaderBar>
      <article class="article" lang={article.lang} dir={article.dir} data-article={article.id} ref={root}>
        <header class="article-head">
          <p class="kicker" dir="auto">
            {article.outlet}
          </p>
          <h1>{article.title}</h1>
          {article.titleEn && (
            <p class="title-en">
              <span lang="en" dir="ltr">
                {article.titleEn}
              </span>
            </p>
          )}
          <p class="meta-row">
            <MetaLine
              lang={lang}
              items={[
                !!article.dateline && { key: 'dateline', content: article.dateline, dir: 'auto' },
                { key: 'date', content: <time dateTime={article.date}>{formatDate(article.date, locale)}</time>, dir: uiDir },
                { key: 'lang', content: languageName(article.lang, lang), dir: uiDir },
              ]}
            />
          </p>
        </header>
        <section class="mention-nav" lang={lang} dir={uiDir} aria-labelledby="mention-nav-label">
          <h2 id="mention-nav-label" class="section-label">
            {t('inThisArticle')}
          </h2>
          <EntityChips
            items={rankEntities(entityCounts(mentions), FEATURED_ENTITIES)}
            name={name}
            pressed={step.entity}
            onPick={pick}
            countLabel={(count) => t('mentions', { count })}
            t={t}
            visible={4}
          />
        </section>
        <ol class="paragraphs">
          {article.paragraphs.map((text, i) => {
            const n = i + 1;
            const isTarget = n === paragraph;
            return (
              <li key={n} value={n} id={`p-${n}`} data-paragraph={n} class={isTarget ? 'target' : undefined} aria-current={isTarget ? 'location' : undefined}>
                <p ref={isTarget ? targetRef : undefined} tabIndex={isTarget ? -1 : undefined}>
                  <ParagraphText
                    text={text}
                    paragraph={n}
                    mentions={mentions.byParagraph[i] ?? []}
                    ranges={isTarget ? ranges : undefined}
                    currentKey={current?.paragraph === n ? current.key : undefined}
                  />
                </p>
              </li>
            );
          })}
        </ol>
      </article>
    </div>
  );
}
