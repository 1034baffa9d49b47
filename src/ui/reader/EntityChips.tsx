import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { EntityCount } from '../../reader/mentions';
import { underlineStyle, type NameOf } from './names';

interface Props {
  items: readonly EntityCount[];
  name: NameOf;
  /** The chip shown as pressed. */
  pressed?: string;
  onPick(entity: string): void;
  /** What a chip's count counts, for screen readers ("3 articles", "5 mentions"). */
  countLabel(count: number): string;
  t: Translate;
  /** Chips shown before "+N more"; the pressed chip is always shown. */
  visible?: number;
  /** A chip before the entity chips (the library's "All articles"). */
  leading?: ComponentChildren;
}

/** Entity chips with counts, each with its page underline as a legend; a long list folds. */
export function EntityChips({ items, name, pressed, onPick, countLabel, t, visible = 6, leading }: Props) {
  const [expanded, setExpanded] = useState(false);
  const folded = !expanded && items.length > visible + 1;
  const shown = folded ? items.filter((x, i) => i < visible || x.entity === pressed) : items;
  return (
    <ul class="entity-chips">
      {leading && <li>{leading}</li>}
      {shown.map(({ entity, count }) => (
        <li key={entity}>
          <button type="button" class="entity-chip" data-entity={entity} aria-pressed={entity === pressed} style={underlineStyle(entity)} onClick={() => onPick(entity)}>
            <span class="chip-name">{name(entity)}</span>
            <span class="chip-count" aria-label={countLabel(count)}>
              {count}
            </span>
          </button>
        </li>
      ))}
      {items.length > visible + 1 && (
        <li>
          <button type="button" class="chip-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('fewerEntities') : t('moreEntities', { count: items.length - shown.length })}
          </button>
        </li>
      )}
    </ul>
  );
}
