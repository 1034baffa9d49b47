import type { ComponentChildren } from 'preact';
import type { Translate } from '../../i18n';
import { canStep } from '../../reader/font-size';

interface Props {
  t: Translate;
  /** In an article: back to the library. */
  onBack?(): void;
  /** In an article: the text size and its control. */
  fontSize?: number;
  onFontSize?(delta: 1 | -1): void;
  /** Shown only in the side panel (a reader tab is already a tab). */
  onOpenInTab?(): void;
  /** A second row, kept in view with the bar (the mention stepper). */
  children?: ComponentChildren;
}

/** The reader's top bar: stays in view while the article scrolls. */
export function ReaderBar({ t, onBack, fontSize, onFontSize, onOpenInTab, children }: Props) {
  return (
    <div class="reader-top">
      <nav class="reader-bar" aria-label={t('extensionName')}>
        {onBack ? (
          <button type="button" class="back" onClick={onBack}>
            <Icon d="M15 5l-7 7 7 7" /> {t('backToLibrary')}
          </button>
        ) : (
          <span class="brand">{t('extensionName')}</span>
        )}
        <span class="spacer" />
        {fontSize !== undefined && onFontSize && (
          <div class="font-size" role="group" aria-label={t('fontSize')}>
            <button type="button" class="smaller" aria-label={t('smaller')} title={t('smaller')} disabled={!canStep(fontSize, -1)} onClick={() => onFontSize(-1)}>
              <span aria-hidden="true">A</span>
            </button>
            <button type="button" class="larger" aria-label={t('larger')} title={t('larger')} disabled={!canStep(fontSize, 1)} onClick={() => onFontSize(1)}>
              <span aria-hidden="true">A</span>
            </button>
          </div>
        )}
        {onOpenInTab && (
          <button type="button" class="open-tab" aria-label={t('openInTab')} title={t('openInTab')} onClick={onOpenInTab}>
            <Icon d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" flip={false} />
          </button>
        )}
      </nav>
      {children}
    </div>
  );
}

/** A stroked 24px icon; `flip` mirrors it in right-to-left UIs (arrows point the reading way). */
export function Icon({ d, flip = true }: { d: string; flip?: boolean }) {
  return (
    <svg class={flip ? 'icon flip' : 'icon'} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
      <path d={d} />
    </svg>
  );
}
