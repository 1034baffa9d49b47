import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IDLE,
  createHoverIntent,
  reduceIntent,
  shownMention,
  type IntentEvent,
  type IntentState,
} from '../../src/hover/intent';

/** A hand-driven clock: timers fire only when the test advances time. */
function fakeClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(++nextId, { at: now + ms, fn });
      return nextId;
    },
    clearTimeout: (id: unknown) => void timers.delete(id as number),
    get pending() {
      return timers.size;
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}

function setup(timings?: { dwellMs?: number; graceMs?: number }) {
  const clock = fakeClock();
  const shown: (string | null)[] = [];
  const intent = createHoverIntent<string>({
    onChange: (m) => shown.push(m),
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    ...(timings ? { timings } : {}),
  });
  const over = (m: string) => intent.dispatch({ type: 'pointerOverMention', mention: m });
  const off = () => intent.dispatch({ type: 'pointerOffMention' });
  const visible = () => shownMention(intent.state);
  return { clock, shown, intent, over, off, visible };
}

describe('hover intent', () => {
  it('opens after resting on a mention for the dwell, not before', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(149);
    expect(t.visible()).toBeNull();
    t.clock.advance(1);
    expect(t.visible()).toBe('kz');
    expect(t.shown).toEqual(['kz']);
  });

  it('counts the time the pointer had already rested there towards the dwell', () => {
    const t = setup();
    // A slow page's tracker found the mention only after the pointer had rested 100 ms.
    t.intent.dispatch({ type: 'pointerOverMention', mention: 'kz', restedMs: 100 });
    t.clock.advance(49);
    expect(t.visible()).toBeNull();
    t.clock.advance(1);
    expect(t.visible()).toBe('kz');
    // Rested longer than the dwell: it opens at once, and switching credits the rest too.
    t.intent.dispatch({ type: 'pointerOverMention', mention: 'ru', restedMs: 400 });
    t.clock.advance(0);
    expect(t.visible()).toBe('ru');
  });

  it('does not open when the pointer only passes over', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(100);
    t.off();
    t.clock.advance(1000);
    expect(t.shown).toEqual([]);
    expect(t.clock.pending).toBe(0);
  });

  it('repeated over-events for the same mention do not restart the dwell', () => {
    const t = setup();
    t.over('kz');
    for (let i = 0; i < 10; i++) {
      t.clock.advance(15);
      t.over('kz');
    }
    expect(t.visible()).toBe('kz');
  });

  it('stays open while on the mention; closes after the grace once the pointer leaves', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(150);
    t.clock.advance(10_000);
    expect(t.visible()).toBe('kz');
    t.off();
    t.clock.advance(299);
    expect(t.visible()).toBe('kz');
    t.clock.advance(1);
    expect(t.visible()).toBeNull();
    expect(t.shown).toEqual(['kz', null]);
  });

  it('coming back within the grace keeps it open', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(150);
    t.off();
    t.clock.advance(200);
    t.over('kz');
    t.clock.advance(5000);
    expect(t.visible()).toBe('kz');
    expect(t.shown).toEqual(['kz']);
  });

  it('stays open while the pointer is in the card', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(150);
    t.off();
    t.clock.advance(100); // crossing the gap to the card
    t.intent.dispatch({ type: 'pointerEnterCard' });
    t.clock.advance(60_000);
    expect(t.visible()).toBe('kz');
    t.intent.dispatch({ type: 'pointerLeaveCard' });
    t.clock.advance(300);
    expect(t.visible()).toBeNull();
  });

  it.each(['escape', 'clickOutside', 'mentionScrolledAway'] as const)('%s closes at once, in any state', (type) => {
    for (const prepare of [
      (t: ReturnType<typeof setup>) => (t.over('kz'), t.clock.advance(150)), // open
      (t: ReturnType<typeof setup>) => (t.over('kz'), t.clock.advance(150), t.off()), // closing
      (t: ReturnType<typeof setup>) => (t.over('kz'), t.clock.advance(150), t.intent.dispatch({ type: 'pointerEnterCard' })),
      (t: ReturnType<typeof setup>) => (t.over('kz'), t.clock.advance(150), t.over('sco')), // switching
      (t: ReturnType<typeof setup>) => t.over('kz'), // dwelling
    ]) {
      const t = setup();
      prepare(t);
      t.intent.dispatch({ type });
      expect(t.visible()).toBeNull();
      expect(t.intent.state.kind).toBe('idle');
      expect(t.clock.pending).toBe(0);
    }
  });

  it('after Escape, resting on the same mention does not reopen it; leaving and coming back does', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(150);
    t.intent.dispatch({ type: 'escape' });
    t.over('kz');
    t.clock.advance(1000);
    expect(t.visible()).toBeNull();
    t.off();
    t.over('kz');
    t.clock.advance(150);
    expect(t.visible()).toBe('kz');
  });

  it('moving to another mention while open switches after the dwell', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(150);
    t.over('sco');
    t.clock.advance(149);
    expect(t.visible()).toBe('kz'); // no flicker: the old card stays meanwhile
    t.clock.advance(1);
    expect(t.visible()).toBe('sco');
    expect(t.shown).toEqual(['kz', 'sco']);
  });

  it('passing over another mention on the way back does not switch', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(150);
    t.over('sco');
    t.clock.advance(50);
    t.over('kz');
    t.clock.advance(1000);
    expect(t.shown).toEqual(['kz']);
  });

  it('leaving the new mention before its dwell closes the old card after the grace', () => {
    const t = setup();
    t.over('kz');
    t.clock.advance(150);
    t.over('sco');
    t.clock.advance(50);
    t.off();
    t.clock.advance(299);
    expect(t.visible()).toBe('kz');
    t.clock.advance(1);
    expect(t.visible()).toBeNull();
  });

  it('keyboardOpen opens at once and the pointer being elsewhere does not close it', () => {
    const t = setup();
    t.intent.dispatch({ type: 'keyboardOpen', mention: 'tok' });
    expect(t.visible()).toBe('tok');
    t.off();
    t.clock.advance(10_000);
    expect(t.visible()).toBe('tok');
    t.intent.dispatch({ type: 'escape' });
    expect(t.visible()).toBeNull();
  });

  it('timings are configurable', () => {
    const t = setup({ dwellMs: 500, graceMs: 50 });
    t.over('kz');
    t.clock.advance(499);
    expect(t.visible()).toBeNull();
    t.clock.advance(1);
    t.off();
    t.clock.advance(50);
    expect(t.visible()).toBeNull();
    expect(t.shown).toEqual(['kz', null]);
  });

  it('dispose() cancels timers and ignores later events', () => {
    const t = setup();
    t.over('kz');
    t.intent.dispose();
    expect(t.clock.pending).toBe(0);
    t.over('sco');
    t.clock.advance(1000);
    expect(t.shown).toEqual([]);
  });

  it('mentions compare with `same`, so a re-created mention object is the same mention', () => {
    const clock = fakeClock();
    const shown: ({ id: string } | null)[] = [];
    const intent = createHoverIntent<{ id: string }>({
      onChange: (m) => shown.push(m),
      same: (a, b) => a.id === b.id,
      setTimeout: clock.setTimeout,
      clearTimeout: clock.clearTimeout,
    });
    intent.dispatch({ type: 'pointerOverMention', mention: { id: 'kz' } });
    clock.advance(150);
    intent.dispatch({ type: 'pointerOverMention', mention: { id: 'kz' } });
    clock.advance(1000);
    expect(shown).toHaveLength(1);
    expect(intent.state.kind).toBe('open');
  });
});

describe('reduceIntent', () => {
  it('returns the very same state when an event changes nothing', () => {
    const open: IntentState<string> = { kind: 'open', shown: 'kz', over: 'mention' };
    expect(reduceIntent(open, { type: 'pointerOverMention', mention: 'kz' })).toBe(open);
    expect(reduceIntent(open, { type: 'dwellElapsed' })).toBe(open);
    expect(reduceIntent(open, { type: 'graceElapsed' })).toBe(open);
    expect(reduceIntent(IDLE, { type: 'pointerOffMention' })).toBe(IDLE);
    expect(reduceIntent(IDLE, { type: 'escape' })).toBe(IDLE);
    expect(reduceIntent(IDLE, { type: 'pointerLeaveCard' })).toBe(IDLE);
  });

  it('holds its invariants under any sequence of events and waits', () => {
    const mention = fc.constantFrom('a', 'b', 'c');
    const event: fc.Arbitrary<IntentEvent<string> | { type: 'wait'; ms: number }> = fc.oneof(
      mention.map((m) => ({ type: 'pointerOverMention' as const, mention: m })),
      mention.map((m) => ({ type: 'keyboardOpen' as const, mention: m })),
      fc.constantFrom(
        { type: 'pointerOffMention' as const },
        { type: 'pointerEnterCard' as const },
        { type: 'pointerLeaveCard' as const },
        { type: 'escape' as const },
        { type: 'clickOutside' as const },
        { type: 'mentionScrolledAway' as const },
      ),
      fc.integer({ min: 0, max: 400 }).map((ms) => ({ type: 'wait' as const, ms })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const t = setup();
        let pointerOn: 'mention' | 'card' | null = null;
        for (const e of events) {
          if (e.type === 'wait') t.clock.advance(e.ms);
          else {
            t.intent.dispatch(e);
            if (e.type === 'pointerOverMention') pointerOn = 'mention';
            if (e.type === 'pointerOffMention' && pointerOn === 'mention') pointerOn = null;
            if (e.type === 'pointerEnterCard' && shownMention(t.intent.state)) pointerOn = 'card';
            if (e.type === 'pointerLeaveCard' && pointerOn === 'card') pointerOn = null;
          }
          // What the UI was told is what the state shows; at most one timer runs.
          expect(t.shown.at(-1) ?? null).toBe(shownMention(t.intent.state));
          expect(t.clock.pending).toBeLessThanOrEqual(1);
          const s = t.intent.state;
          if (s.kind === 'dwelling' || s.kind === 'switching' || s.kind === 'closing') expect(t.clock.pending).toBe(1);
        }
        // Once things settle, a card is open only if something holds it open.
        t.clock.advance(1000);
        const s = t.intent.state;
        expect(['idle', 'open']).toContain(s.kind);
        if (s.kind === 'open' && s.over !== 'keyboard') expect(pointerOn).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
