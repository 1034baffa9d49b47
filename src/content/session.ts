/**
 * One running Steppe Lens on one document: scanning, underlines, hover intent
 * and the card, wired together. Everything it starts, `stop()` undoes, so the
 * off switches leave the page exactly as it was.
 */
import { h } from 'preact';
import { browser } from 'wxt/browser';
import type { Fact } from '../facts/types';
import { createHoverIntent, shownMention } from '../hover/intent';
import { dirFor, translator, uiLangFor, type UiLang } from '../i18n';
import { installHighlightStyles } from '../page/highlight-styles';
import { createHighlighter } from '../page/highlights';
import { mentionAt, mentionInSelection, mentionRects, sameMention, type MentionHit } from '../page/hit-test';
import { createPointerTracker } from '../page/pointer-tracker';
import { createScanner } from '../page/scanner';
import type { DetectBatch, FindMentions } from '../page/types';
import { frameSchedule, idleSchedule } from '../page/schedule';
import { createVisibleMentions, intersectionVisibility } from '../page/visible-mentions';
import type { Settings } from '../settings/schema';
import { Card } from '../ui/card/Card';
import type { CardData } from '../ui/card/card-model';
import { loadCard, peekCard } from './card-data';
import { closedShadowRoots } from './closed-shadow-roots';
import { createCardHost } from './card-host';

export interface Session {
  /** Applies changed settings that do not need a rescan (delay, trigger, theme, language). */
  update(settings: Settings): void;
  /** Opens the card for the mention in the current selection (keyboard command). */
  openFromSelection(): boolean;
  /** Elements last known near the viewport (for a session that replaces this one). */
  nearElements(): Element[];
  stop(): void;
}

/** Where detection runs: in the page's slices, or elsewhere in batches (the background). */
export type SessionDetector = { findMentions: FindMentions } | { detectBatch: DetectBatch };

export interface SessionOptions {
  /**
   * Elements a previous session knew to be near the viewport: their mentions
   * are underlined as soon as they are found, without waiting for the
   * IntersectionObserver's first answer (a restart then looks like nothing happened).
   */
  near?: Iterable<Element>;
}

export function startSession(
  doc: Document,
  initial: Settings,
  detector: SessionDetector,
  report: (counts: Record<string, number>) => void,
  options: SessionOptions = {},
): Session {
  let settings = initial;
  const disabled = new Set(settings.disabledEntities);
  const enabled = <M extends { entity: string }>(found: readonly M[]) => (disabled.size ? found.filter((m) => !disabled.has(m.entity)) : found);
  const detection =
    'findMentions' in detector
      ? { findMentions: (text: string) => enabled(detector.findMentions(text)) }
      : { detectBatch: async (texts: readonly string[]) => (await detector.detectBatch(texts)).map(enabled) };

  const highlighter = createHighlighter({ firstFlushNow: true });
  // Only mentions near the viewport are underlined (each highlight change redraws every range).
  const visible = createVisibleMentions((change) => highlighter.apply(change), intersectionVisibility(doc), options.near);
  const styles = installHighlightStyles(doc);
  const host = createCardHost(doc);
  const scanner = createScanner({
    root: doc,
    ...detection,
    closedShadowRoot: closedShadowRoots(),
    schedule: idleSchedule(),
    onMentions: (change) => {
      visible.apply(change);
      // The pointer may already rest on text the scan has only now reached.
      if (change.added.length > 0) tracker.recheckIfOver(nodesOf(change.added)); // lazy: the tracker usually returns at once
    },
    onIdle: (s) => {
      styles.ensure(); // the page may have replaced its adopted sheets
      report(s.counts());
    },
  });

  let modifierHeld = false;
  const hoverAllowed = () => settings.trigger === 'hover' || modifierHeld;
  const onModifier = (e: KeyboardEvent) => {
    const held = e.getModifierState(settings.modifierKey);
    if (held === modifierHeld) return;
    modifierHeld = held;
    if (settings.trigger === 'modifier') tracker.recheck(); // the pointer may already rest on a mention
  };
  doc.addEventListener('keydown', onModifier, { capture: true, passive: true });
  doc.addEventListener('keyup', onModifier, { capture: true, passive: true });

  let shownHit: MentionHit | null = null;
  const intent = createHoverIntent<MentionHit>({
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    timings: () => ({ dwellMs: settings.hoverDelayMs }),
    same: (a, b) => sameMention(a.mention, b.mention),
    onChange: (hit) => (hit ? void show(hit) : hide()),
  });

  const tracker = createPointerTracker({
    doc,
    frame: frameSchedule(),
    hitTest: (x, y) => (hoverAllowed() ? mentionAt(x, y, doc, scanner) : null),
    dispatch: (event) => {
      // Fetch the card's data during the dwell, so it is there when the card opens.
      if (event.type === 'pointerOverMention') {
        const hit = event.mention;
        void loadCard(hit.mention.entity).then((data) => {
          // Still dwelling on it: lay the card out unseen, so opening is only a reveal.
          const state = intent.state;
          if ((state.kind === 'dwelling' || state.kind === 'switching') && state.target === hit) host.prepare(cardFor(data), dirFor(uiLang()), settings.theme);
        });
        host.prepare();
      }
      intent.dispatch(event);
    },
    isOwnUi: (target) => host.contains(target),
    shown: () => shownMention(intent.state),
    rectsOf: (hit) => mentionRects(hit.mention),
  });

  // The card keeps itself open while the pointer is in it.
  const onCardEnter = (e: Event) => host.contains(e.target) && intent.dispatch({ type: 'pointerEnterCard' });
  const onCardLeave = (e: PointerEvent) => host.contains(e.target) && !host.contains(e.relatedTarget) && intent.dispatch({ type: 'pointerLeaveCard' });
  doc.addEventListener('pointerover', onCardEnter, { capture: true, passive: true });
  doc.addEventListener('pointerout', onCardLeave, { capture: true, passive: true });
  // Tab from the page moves into an open card; Escape inside the card closes it.
  const onKey = (e: KeyboardEvent) => {
    if (!host.isOpen()) return;
    if (e.key === 'Tab' && !host.contains(e.target)) {
      e.preventDefault();
      host.focus();
    } else if (e.key === 'Escape' && host.contains(e.target)) intent.dispatch({ type: 'escape' });
  };
  doc.addEventListener('keydown', onKey, { capture: true });

  const uiLang = (): UiLang => uiLangFor(settings.cardLanguage === 'auto' ? browser.i18n.getUILanguage() : settings.cardLanguage);

  async function show(hit: MentionHit) {
    shownHit = hit;
    highlighter.setActive(hit.mention);
    const known = peekCard(hit.mention.entity);
    if (known !== undefined) return render(hit, known);
    const pending = loadCard(hit.mention.entity);
    render(hit, 'loading');
    const data = await pending;
    if (shownHit === hit) render(hit, data);
  }

  function render(hit: MentionHit, data: CardData | 'loading' | null) {
    host.show(cardFor(data), hit.rect, dirFor(uiLang()), settings.theme);
  }

  function cardFor(data: CardData | 'loading' | null) {
    const lang = uiLang();
    const t = translator(lang);
    return h(Card, {
      data,
      lang,
      t,
      onReadInArticle: (fact: Fact) => {
        if (!fact.source) return;
        void browser.runtime.sendMessage({ type: 'open-reader', article: fact.source.article, paragraph: fact.source.paragraph });
      },
      onClose: () => intent.dispatch({ type: 'escape' }),
    });
  }

  function hide() {
    shownHit = null;
    highlighter.setActive(null);
    host.hide();
  }

  return {
    update(next) {
      settings = next;
      if (shownHit) render(shownHit, 'loading'), void show(shownHit);
    },
    openFromSelection() {
      const hit = mentionInSelection(doc.getSelection(), scanner);
      if (!hit) return false;
      intent.dispatch({ type: 'keyboardOpen', mention: hit });
      setTimeout(() => host.focus(), 0);
      return true;
    },
    nearElements: () => visible.nearElements(),
    stop() {
      tracker.stop();
      intent.dispose();
      scanner.stop();
      visible.dispose();
      highlighter.dispose();
      styles.remove();
      host.destroy();
      report({});
      doc.removeEventListener('keydown', onModifier, { capture: true });
      doc.removeEventListener('keyup', onModifier, { capture: true });
      doc.removeEventListener('pointerover', onCardEnter, { capture: true });
      doc.removeEventListener('pointerout', onCardLeave, { capture: true });
      doc.removeEventListener('keydown', onKey, { capture: true });
    },
  };
}

function* nodesOf(mentions: readonly { node: Node }[]): Iterable<Node> {
  for (const m of mentions) yield m.node;
}
