import { useEffect, useState } from 'preact/hooks';
import type { Entity, Fact } from '../../facts/types';
import type { Translate, UiLang } from '../../i18n';
import { Card } from '../card/Card';
import { localized, type CardData } from '../card/card-model';

interface Props {
  entities: Entity[];
  /** Mentions per entity in the active tab (undefined while loading, null when unknown). */
  counts: Record<string, number> | null | undefined;
  loadCard(entity: string): Promise<CardData | null>;
  lang: UiLang;
  t: Translate;
  onReadInArticle(fact: Fact): void;
}

/** The entities Steppe Lens found in the active tab, each opening its card. */
export function OnThisPage({ entities, counts, loadCard, lang, t, onReadInArticle }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const [card, setCard] = useState<CardData | 'loading' | null>(null);
  useEffect(() => {
    if (!open) return;
    let current = true;
    setCard('loading');
    void loadCard(open).then((data) => current && setCard(data));
    return () => {
      current = false;
    };
  }, [open]);

  const found = entities
    .map((e) => ({ entity: e, count: counts?.[e.id] ?? 0 }))
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count);
  return (
    <section class="on-page" aria-labelledby="on-page-heading">
      <h2 id="on-page-heading">{t('onThisPage')}</h2>
      {found.length === 0 ? (
        <p class="empty">{counts === undefined ? t('loading') : t('nothingOnPage')}</p>
      ) : (
        <ul class="chips">
          {found.map(({ entity, count }) => (
            <li key={entity.id}>
              <button
                type="button"
                class="chip"
                data-entity={entity.id}
                aria-expanded={open === entity.id}
                onClick={() => setOpen(open === entity.id ? null : entity.id)}
              >
                <span class="chip-name">{localized(entity.names, lang)}</span>
                <span class="chip-count" aria-label={t('mentions', { count })}>
                  {count}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div class="inline-card">
          <Card data={card} lang={lang} t={t} onReadInArticle={onReadInArticle} onClose={() => setOpen(null)} />
        </div>
      )}
    </section>
  );
}
