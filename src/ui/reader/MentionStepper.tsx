import type { Translate } from '../../i18n';
import { Icon } from './ReaderBar';

interface Props {
  name: string;
  /** The occurrence shown, from 0; undefined before the first step. */
  index: number | undefined;
  count: number;
  onStep(delta: 1 | -1): void;
  onStop(): void;
  t: Translate;
}

/** "SCO: 2 of 3" with previous / next, under the reader bar while stepping through an entity. */
export function MentionStepper({ name, index, count, onStep, onStop, t }: Props) {
  return (
    <div class="stepper" role="group" aria-label={name} title={t('stepperHint')}>
      <button type="button" class="prev" aria-label={t('previousMention')} aria-keyshortcuts="p" onClick={() => onStep(-1)}>
        <Icon d="M15 5l-7 7 7 7" />
      </button>
      <output class="status" aria-live="polite">
        {index === undefined ? t('mentionTotal', { name, count }) : t('mentionOf', { name, index: index + 1, count })}
      </output>
      <button type="button" class="next" aria-label={t('nextMention')} aria-keyshortcuts="n" onClick={() => onStep(1)}>
        <Icon d="M9 5l7 7-7 7" />
      </button>
      <button type="button" class="stop" aria-label={t('stopStepping')} title={t('stopStepping')} onClick={onStop}>
        <Icon d="M6 6l12 12M18 6L6 18" flip={false} />
      </button>
    </div>
  );
}
