import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { attachMentionCards, type MentionCardOptions, type MentionCards } from './mention-cards';

/** Mention cards for the element in `root` while the component is mounted; options are read fresh each time. */
export function useMentionCards(root: RefObject<HTMLElement>, options: MentionCardOptions): Pick<MentionCards, 'focusQuietly' | 'close'> {
  const latest = useRef(options);
  latest.current = options;
  const cards = useRef<MentionCards | null>(null);
  useEffect(() => {
    if (!root.current) return undefined;
    const attached = attachMentionCards(root.current, () => latest.current);
    cards.current = attached;
    return () => {
      attached.destroy();
      cards.current = null;
    };
  }, []);
  return useMemo(
    () => ({
      focusQuietly: (el: HTMLElement) => (cards.current ? cards.current.focusQuietly(el) : el.focus({ preventScroll: true })),
      close: () => cards.current?.close(),
    }),
    [],
  );
}
