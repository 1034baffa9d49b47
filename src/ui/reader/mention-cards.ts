/**
 * Cards for the mentions in the reader: the same Card as on pages, in the
 * same shadow-root host, with the same hover intent (dwell, grace, Escape).
 * Keyboard: focusing a mention opens its card, Enter moves into it, Escape
 * closes it and returns to the mention.
 */
import { h } from 'preact';
import { createCardHost } from '../../content/card-host';
import type { Fact } from '../../facts/types';
import { createHoverIntent } from '../../hover/intent';
import { dirFor, translator, type UiLang } from '../../i18n';
import { Card } from '../card/Card';
import type { CardData } from '../card/card-model';

export interface MentionCardOptions {
  loadCard(entity: string): Promise<CardData | null>;
  lang: UiLang;
  theme: 'auto' | 'light' | 'dark';
  dwellMs: number;
  onReadInArticle(fact: Fact): void;
}

export interface MentionCards {
  /** Focuses a mention without opening its card (stepping through occurrences). */
  focusQuietly(el: HTMLElement): void;
  close(): void;
  destroy(): void;
}

const MENTION = '.mention[data-entity]';

export function attachMentionCards(root: HTMLElement, options: () => MentionCardOptions): MentionCards {
  const doc = root.ownerDocument;
  const host = createCardHost(doc);
  const cache = new Map<string, CardData | null>();
  let shown: HTMLElement | null = null;
  let quiet = false;
  let frame = 0;

  const mentionOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element && root.contains(target) ? target.closest<HTMLElement>(MENTION) : null;

  const draw = (el: HTMLElement) => {
    const { lang, theme, onReadInArticle } = options();
    const entity = el.dataset.entity ?? '';
    const card = h(Card, {
      key: el.dataset.key,
      data: cache.has(entity) ? (cache.get(entity) ?? null) : 'loading',
      lang,
      t: translator(lang),
      onReadInArticle: (fact: Fact) => {
        intent.dispatch({ type: 'escape' });
        onReadInArticle(fact);
      },
      onClose: closeAndReturn,
    });
    host.show(card, el.getBoundingClientRect(), dirFor(lang), theme);
  };

  const open = (el: HTMLElement) => {
    shown?.setAttribute('aria-expanded', 'false');
    shown = el;
    el.setAttribute('aria-expanded', 'true');
    draw(el);
    const entity = el.dataset.entity ?? '';
    if (cache.has(entity)) return;
    options()
      .loadCard(entity)
      .then((data) => cache.set(entity, data), () => null) // a failed load is retried on the next open
      .then(() => shown === el && draw(el));
  };

  const hide = () => {
    shown?.setAttribute('aria-expanded', 'false');
    shown = null;
    host.hide();
  };

  const intent = createHoverIntent<HTMLElement>({
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    timings: () => ({ dwellMs: options().dwellMs }),
    onChange: (el) => (el ? open(el) : hide()),
  });

  function focusQuietly(el: HTMLElement) {
    if (shown !== el) intent.dispatch({ type: 'clickOutside' });
    quiet = true;
    try {
      el.focus({ preventScroll: true });
    } finally {
      quiet = false;
    }
  }

  function closeAndReturn() {
    const el = shown;
    const focusInCard = host.contains(doc.activeElement);
    intent.dispatch({ type: 'escape' });
    if (el && focusInCard) focusQuietly(el);
  }

  const onOver = (e: PointerEvent) => {
    if (host.contains(e.target)) return intent.dispatch({ type: 'pointerEnterCard' });
    intent.dispatch({ type: 'pointerLeaveCard' });
    const m = mentionOf(e.target);
    intent.dispatch(m ? { type: 'pointerOverMention', mention: m } : { type: 'pointerOffMention' });
  };
  const onOut = (e: PointerEvent) => {
    if (e.relatedTarget !== null) return; // left the document
    intent.dispatch({ type: 'pointerLeaveCard' });
    intent.dispatch({ type: 'pointerOffMention' });
  };
  const onDown = (e: PointerEvent) => {
    if (!host.contains(e.target) && !mentionOf(e.target)) intent.dispatch({ type: 'clickOutside' });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) return closeAndReturn();
    const m = mentionOf(e.target);
    if (m && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      intent.dispatch({ type: 'keyboardOpen', mention: m });
      requestAnimationFrame(() => host.focus()); // after the card is positioned and visible
    }
  };
  const onFocusIn = (e: FocusEvent) => {
    if (host.contains(e.target)) return;
    const m = mentionOf(e.target);
    if (m && !quiet) intent.dispatch({ type: 'keyboardOpen', mention: m });
    else if (!m && intent.state.kind === 'open' && intent.state.over === 'keyboard') intent.dispatch({ type: 'clickOutside' });
  };
  const onScroll = () => {
    if (!shown || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!shown) return;
      const r = shown.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight) intent.dispatch({ type: 'mentionScrolledAway' });
      else draw(shown); // follow the mention
    });
  };

  const listeners: [EventTarget, string, EventListener][] = [
    [doc, 'pointerover', onOver as EventListener],
    [doc, 'pointerout', onOut as EventListener],
    [doc, 'pointerdown', onDown as EventListener],
    [doc, 'keydown', onKey as EventListener],
    [doc, 'focusin', onFocusIn as EventListener],
    [doc.defaultView ?? window, 'scroll', onScroll],
    [doc.defaultView ?? window, 'resize', onScroll],
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn, { passive: type !== 'keydown' });

  return {
    focusQuietly,
    close: () => intent.dispatch({ type: 'escape' }),
    destroy() {
      for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
      cancelAnimationFrame(frame);
      intent.dispose();
      host.destroy();
    },
  };
}
