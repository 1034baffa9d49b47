/**
 * Turns pointer movement into hover-intent events. Hit-testing (a caret
 * lookup and a rect read) runs at most once per animation frame and only
 * when the pointer moved more than a pixel; every listener is passive, so
 * the page's scrolling and input never wait on us. Where a hit test is slow
 * (Blink's own hit test on a DOM nested thousands deep took 270-780 ms),
 * the next one waits until the pointer rests, so moving across such a page
 * costs one hit test of ours, not one per frame. The time the pointer has
 * rested by then counts towards the dwell, so the wait does not delay cards.
 */
import type { IntentEvent } from '../hover/intent';
import type { MentionHit } from './hit-test';
import { sameMention } from './hit-test';
import { timeoutDelay, type Delay, type Schedule } from './schedule';

export interface PointerTrackerOptions {
  doc: Document;
  hitTest(x: number, y: number): MentionHit | null;
  dispatch(event: IntentEvent<MentionHit>): void;
  /** One call per animation frame (requestAnimationFrame, injected). */
  frame: Schedule;
  /** Events on our own UI (the card) are not hit-tested and are not "outside". */
  isOwnUi?(target: EventTarget | null): boolean;
  /** The hit whose card is showing, to notice when scrolling takes it out of view. */
  shown?(): MentionHit | null;
  /** Rects of a mention now, for the scrolled-away check. */
  rectsOf?(hit: MentionHit): readonly DOMRect[];
  /** Clock and timer (performance.now and setTimeout by default), for the slow-page mode. */
  now?: () => number;
  delay?: Delay;
}

/** A hit test that took longer than this makes the tracker wait for the pointer to rest... */
export const SLOW_HIT_TEST_MS = 20;
/** ...this long, before the next one (until a hit test is fast again). */
export const REST_MS = 100;


export interface PointerTracker {
  /** The mention under the pointer at the last check. */
  readonly current: MentionHit | null;
  /** Hit-tests again where the pointer rests (e.g. a modifier key went down that allows hovering). */
  recheck(): void;
  /**
   * Hit-tests again if the pointer rests, on no mention, over an element that
   * holds one of `nodes` (text the scan has only now reached). Only then: a
   * hit test reads layout, which a page that keeps changing has to redo.
   */
  recheckIfOver(nodes: Iterable<Node>): void;
  stop(): void;
}

const OWN_UI_TAG = 'steppe-lens';
const defaultIsOwnUi = (t: EventTarget | null) =>
  !!t && typeof (t as Element).localName === 'string' && (t as Element).localName === OWN_UI_TAG;

export function createPointerTracker(options: PointerTrackerOptions): PointerTracker {
  const { doc, hitTest, dispatch, frame } = options;
  const now = options.now ?? (() => performance.now());
  const delay = options.delay ?? timeoutDelay;
  const isOwnUi = options.isOwnUi ?? defaultIsOwnUi;
  let x = NaN;
  let y = NaN;
  let target: EventTarget | null = null;
  let checkedX = NaN;
  let checkedY = NaN;
  let current: MentionHit | null = null;
  let cancel: (() => void) | null = null;
  let scrolled = false;
  /** The last hit test was slow: wait for the pointer to rest before the next. */
  let slow = false;
  /** When what is under the pointer last changed (a move, a scroll, a recheck): the rest counts from here. */
  let restingSince = 0;

  const request = () => {
    cancel ??= slow ? delay(afterRest, REST_MS) : frame(check);
  };

  function afterRest(): void {
    const since = now() - restingSince;
    cancel = since < REST_MS ? delay(afterRest, REST_MS - since) : frame(check);
  }

  function check(): void {
    cancel = null;
    if (scrolled) {
      scrolled = false;
      const shown = options.shown?.();
      if (shown && options.rectsOf && !inViewport(options.rectsOf(shown), doc)) dispatch({ type: 'mentionScrolledAway' });
    }
    if (Number.isNaN(x)) return;
    checkedX = x;
    checkedY = y;
    let hit: MentionHit | null = null;
    let restedMs = 0;
    if (!isOwnUi(target)) {
      const started = now();
      restedMs = started - restingSince;
      hit = hitTest(x, y);
      slow = now() - started > SLOW_HIT_TEST_MS;
    }
    if (hit) {
      const changed = !current || !sameMention(current.mention, hit.mention);
      current = hit;
      if (changed) dispatch({ type: 'pointerOverMention', mention: hit, restedMs });
    } else if (current) {
      current = null;
      dispatch({ type: 'pointerOffMention' });
    }
  }

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return; // no hover on touch screens
    x = e.clientX;
    y = e.clientY;
    target = e.target;
    restingSince = now();
    if (Math.abs(x - checkedX) <= 1 && Math.abs(y - checkedY) <= 1) return;
    request();
  };
  const onOut = (e: PointerEvent) => {
    if (e.relatedTarget !== null) return; // still inside the page
    x = y = NaN;
    if (current) {
      current = null;
      dispatch({ type: 'pointerOffMention' });
    }
  };
  const onDown = (e: PointerEvent) => {
    if (!isOwnUi(e.target)) dispatch({ type: 'clickOutside' });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') dispatch({ type: 'escape' });
  };
  const onScroll = () => {
    // The text under a resting pointer moved: look again (and whether the open card's mention is still in view).
    // With the pointer off the page and no card open, nothing is under anything: no frame is asked for.
    if (Number.isNaN(x) && !options.shown?.()) return;
    scrolled = true;
    checkedX = checkedY = NaN;
    restingSince = now();
    request();
  };

  const passive: AddEventListenerOptions = { capture: true, passive: true };
  doc.addEventListener('pointermove', onMove, passive);
  doc.addEventListener('pointerout', onOut, passive);
  doc.addEventListener('pointerdown', onDown, passive);
  doc.addEventListener('keydown', onKey, passive);
  doc.addEventListener('scroll', onScroll, passive);

  return {
    get current() {
      return current;
    },
    recheck() {
      checkedX = checkedY = NaN;
      restingSince = now();
      request();
    },
    recheckIfOver(nodes) {
      if (current || Number.isNaN(x) || !target || typeof (target as Node).contains !== 'function') return;
      for (const node of nodes) {
        if (!(target as Node).contains(node)) continue;
        checkedX = checkedY = NaN; // the pointer's rest since its last move still counts: the mention was there all along
        request();
        return;
      }
    },
    stop() {
      cancel?.();
      cancel = null;
      doc.removeEventListener('pointermove', onMove, passive);
      doc.removeEventListener('pointerout', onOut, passive);
      doc.removeEventListener('pointerdown', onDown, passive);
      doc.removeEventListener('keydown', onKey, passive);
      doc.removeEventListener('scroll', onScroll, passive);
    },
  };
}

function inViewport(rects: readonly DOMRect[], doc: Document): boolean {
  const w = doc.documentElement.clientWidth || (doc.defaultView?.innerWidth ?? 0);
  const h = doc.documentElement.clientHeight || (doc.defaultView?.innerHeight ?? 0);
  return rects.some((r) => r.bottom > 0 && r.right > 0 && r.top < h && r.left < w);
}
