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
import type { DetectBatch, FindMentions, MentionChange, MentionIndex, PageMention } from '../page/types';
import { frameSchedule, idleSchedule } from '../page/schedule';
import { createVisibleMentions, intersectionVisibility } from '../page/visible-mentions';
import type { Settings } from '../settings/schema';
import { Card } from '../ui/card/Card';
import type { CardData } from '../ui/card/card-model';
import { formatsFor } from '../i18n/format';
import { loadCard, peekCard } from './card-data';
import { closedShadowRoots } from './closed-shadow-roots';
import { createCardHost } from './card-host';

/** How long after the scan goes idle the cards of the page's entities are fetched. */
const PREFETCH_DELAY_MS = 400;

export interface Session {
  /** Applies changed settings that do not need a rescan (delay, trigger, theme, language). */
  update(settings: Settings): void;
  /** Opens the card for the mention in the current selection (keyboard command). */
  openFromSelection(): boolean;
  stop(): void;
}

/** Where detection runs: in the page's slices, or elsewhere in batches (the background). */
export type SessionDetector = { findMentions: FindMentions } | { detectBatch: DetectBatch };

export function startSession(
  doc: Document,
  initial: Settings,
  detector: SessionDetector,
  report: (counts: Record<string, number>) => void,
): Session {
  let settings = initial;
  // The scanner keeps every mention; entities turned off in the settings are left out of the
  // underlines, hit tests and counts. Turning one off or on again then needs no rescan.
  let disabled = new Set(settings.disabledEntities);
  const enabled = <M extends { entity: string }>(found: readonly M[]) => (disabled.size ? found.filter((m) => !disabled.has(m.entity)) : found);
  const enabledChange = (change: MentionChange): MentionChange => (disabled.size ? { added: enabled(change.added), removed: enabled(change.removed) } : change);
  const enabledCounts = (counts: Record<string, number>) => (disabled.size ? Object.fromEntries(Object.entries(counts).filter(([e]) => !disabled.has(e))) : counts);

  let browserLang: string | undefined; // read once: the browser's language does not change under a page (and each read is a call into the browser)
  const uiLang = (): UiLang => uiLangFor(settings.cardLanguage === 'auto' ? (browserLang ??= browser.i18n.getUILanguage()) : settings.cardLanguage);

  const highlighter = createHighlighter({ firstFlushNow: true });
  // Only mentions near the viewport are underlined (each highlight change redraws every range).
  const visible = createVisibleMentions((change) => highlighter.apply(change), intersectionVisibility(doc));
  const styles = installHighlightStyles(doc);
  const host = createCardHost(doc);
  /** What hit tests and the keyboard command see: the scanner's mentions of enabled entities. */
  const index: MentionIndex = {
    mentionsOf: (node) => {
      const found = scanner.mentionsOf(node);
      return found && enabled(found);
    },
    shadowRoots: () => scanner.shadowRoots(),
    textNodes: () => scanner.textNodes(),
    addShadowRoot: (root) => scanner.addShadowRoot(root),
  };
  const scanner = createScanner({
    root: doc,
    ...detector,
    closedShadowRoot: closedShadowRoots(),
    schedule: idleSchedule(),
    onMentions: (all) => {
      const change = enabledChange(all);
      visible.apply(change);
      // The pointer may already rest on text the scan has only now reached.
      if (change.added.length > 0) tracker.recheckIfOver(nodesOf(change.added)); // lazy: the tracker usually returns at once
    },
    onIdle: (s) => {
      styles.ensure(); // the page may have replaced its adopted sheets
      report(enabledCounts(s.counts()));
      prefetchCards();
    },
  });

  // The cards of the entities on the page, fetched soon after the scan while the background is
  // still awake from detecting them: a hover minutes later, after the browser stopped the idle
  // worker, then needs no wake-up (50-200 ms, more on the first start after an update). Not at
  // once: a hover right after load should not queue behind every other card. Once per entity.
  let prefetchTimer: ReturnType<typeof setTimeout> | undefined;
  function prefetchCards(): void {
    if (prefetchTimer !== undefined) return;
    prefetchTimer = setTimeout(() => {
      prefetchTimer = undefined;
      const counts = enabledCounts(scanner.counts());
      for (const entity in counts) if (counts[entity]! > 0) void loadCard(entity, uiLang());
    }, PREFETCH_DELAY_MS);
  }

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
    hitTest: (x, y) => (hoverAllowed() ? mentionAt(x, y, doc, index) : null),
    dispatch: (event) => {
      // Fetch the card's data during the dwell and lay the card out unseen, so opening is only a
      // reveal. In a task of its own, not in this frame's hit test: the card's first render and
      // layout (its styles, and fonts for scripts the page has not drawn: 15-35 ms cold) then
      // never add up with the hit test and the page's frame into one long task.
      if (event.type === 'pointerOverMention') {
        const hit = event.mention;
        const stillDwelling = () => {
          const state = intent.state;
          return (state.kind === 'dwelling' || state.kind === 'switching') && state.target === hit;
        };
        setTimeout(() => {
          if (!stillDwelling()) return;
          host.prepare();
          void loadCard(hit.mention.entity, uiLang()).then((data) => {
            if (stillDwelling()) host.prepare(cardFor(data), dirFor(uiLang()), settings.theme);
          });
        }, 0);
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

  async function show(hit: MentionHit) {
    shownHit = hit;
    highlighter.setActive(hit.mention);
    const known = peekCard(hit.mention.entity, uiLang());
    if (known !== undefined) return render(hit, known);
    const pending = loadCard(hit.mention.entity, uiLang());
    render(hit, 'loading');
    const data = await pending;
    if (shownHit === hit) render(hit, data);
  }

  function render(hit: MentionHit, data: CardData | 'loading' | null) {
    host.show(cardFor(data), hit.rect, dirFor(uiLang()), settings.theme);
  }

  function cardFor(data: CardData | 'loading' | null) {
    const lang = uiLang();
    // Numbers as the background wrote them: the page's Intl may not have started up (tens of ms cold).
    const t = typeof data === 'object' && data ? translator(lang, formatsFor(lang, data.formatted).number) : translator(lang);
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

  /** Entities turned off or on again: their underlines go or come back, and the counts follow. */
  function applyDisabled(next: Set<string>): void {
    const was = disabled;
    disabled = next;
    const added: PageMention[] = [];
    const removed: PageMention[] = [];
    for (const node of scanner.textNodes()) {
      for (const m of scanner.mentionsOf(node) ?? []) {
        if (was.has(m.entity) && !next.has(m.entity)) added.push(m);
        else if (!was.has(m.entity) && next.has(m.entity)) removed.push(m);
      }
    }
    visible.apply({ added, removed });
    if (shownHit && next.has(shownHit.mention.entity)) intent.dispatch({ type: 'escape' });
    if (scanner.isIdle()) report(enabledCounts(scanner.counts()));
  }

  return {
    update(next) {
      settings = next;
      const nextDisabled = new Set(next.disabledEntities);
      if (nextDisabled.size !== disabled.size || [...nextDisabled].some((e) => !disabled.has(e))) applyDisabled(nextDisabled);
      if (shownHit) render(shownHit, 'loading'), void show(shownHit);
    },
    openFromSelection() {
      const hit = mentionInSelection(doc.getSelection(), index);
      if (!hit) return false;
      intent.dispatch({ type: 'keyboardOpen', mention: hit });
      setTimeout(() => host.focus(), 0);
      return true;
    },
    stop() {
      clearTimeout(prefetchTimer);
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
