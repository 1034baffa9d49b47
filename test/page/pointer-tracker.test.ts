// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { IntentEvent } from '../../src/hover/intent';
import type { MentionHit } from '../../src/page/hit-test';
import { createPointerTracker, type PointerTracker } from '../../src/page/pointer-tracker';
import type { Schedule } from '../../src/page/schedule';

const node = document.createTextNode('Tokayev');
const hitA: MentionHit = { mention: { entity: 'tokayev', node, start: 0, end: 7 }, rect: new DOMRect(0, 0, 70, 20) };

let tracker: PointerTracker | null = null;
afterEach(() => tracker?.stop());

function setup(
  hitTest: (x: number, y: number) => MentionHit | null = (x, y) => (x < 70 && y < 20 ? hitA : null),
  extra: { shown?: () => MentionHit | null; rectsOf?: (h: MentionHit) => DOMRect[]; hitTestMs?: () => number } = {},
) {
  let clock = 0;
  const timers: { at: number; task: () => void }[] = [];
  const delay = (task: () => void, ms: number) => {
    const timer = { at: clock + ms, task };
    timers.push(timer);
    return () => void timers.splice(timers.indexOf(timer), 1);
  };
  /** Moves the clock on, running the timers that come due. */
  const advance = (ms: number) => {
    clock += ms;
    for (let due = timers.find((t) => t.at <= clock); due; due = timers.find((t) => t.at <= clock)) {
      timers.splice(timers.indexOf(due), 1);
      due.task();
    }
  };
  const { hitTestMs, ...rest } = extra;
  const frames: (() => void)[] = [];
  const frame: Schedule = (task) => {
    frames.push(task);
    return () => frames.splice(frames.indexOf(task), 1);
  };
  const events: IntentEvent<MentionHit>[] = [];
  let tests = 0;
  tracker = createPointerTracker({
    doc: document,
    hitTest: (x, y) => {
      tests++;
      clock += hitTestMs?.() ?? 0;
      return hitTest(x, y);
    },
    dispatch: (e) => events.push(e),
    frame,
    now: () => clock,
    delay,
    ...rest,
  });
  const move = (x: number, y: number, pointerType = 'mouse', target: EventTarget = document.body) =>
    target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType, bubbles: true }));
  const runFrame = () => frames.splice(0).forEach((f) => f());
  return { frames, events, move, runFrame, advance, timers, tests: () => tests };
}

describe('pointer tracker', () => {
  it('after a slow hit test, waits for the pointer to rest before the next; fast again, every frame again', () => {
    let cost = 300; // a DOM nested thousands deep
    const t = setup(undefined, { hitTestMs: () => cost });
    t.move(100, 5);
    t.runFrame();
    expect(t.tests()).toBe(1);
    // Moving on: no hit test per frame, one after the pointer rests.
    for (let x = 95; x > 10; x -= 5) {
      t.move(x, 5);
      t.advance(16);
      expect(t.frames).toHaveLength(0);
    }
    // The last move was 16 ms ago: the rest ends 100 ms after it.
    t.advance(83);
    expect(t.frames).toHaveLength(0);
    t.advance(1);
    expect(t.frames).toHaveLength(1);
    cost = 1; // the page got lighter
    t.runFrame();
    expect(t.tests()).toBe(2);
    // The 100 ms the pointer rested before the hit test count towards the card's dwell.
    expect(t.events).toEqual([{ type: 'pointerOverMention', mention: hitA, restedMs: 100 }]);
    t.move(200, 5);
    expect(t.frames).toHaveLength(1);
  });

  it('hit-tests at most once per frame, with the latest position', () => {
    const t = setup();
    for (let x = 100; x > 0; x -= 10) t.move(x, 5);
    expect(t.frames).toHaveLength(1);
    t.runFrame();
    expect(t.tests()).toBe(1);
    expect(t.events).toEqual([{ type: 'pointerOverMention', mention: hitA, restedMs: 0 }]);
  });

  it('skips movements of a pixel or less', () => {
    const t = setup();
    t.move(10, 5);
    t.runFrame();
    t.move(11, 5);
    t.move(10.5, 6);
    expect(t.frames).toHaveLength(0);
    t.move(12, 5);
    expect(t.frames).toHaveLength(1);
  });

  it('dispatches over/off only when the mention under the pointer changes', () => {
    const t = setup();
    t.move(10, 5);
    t.runFrame();
    t.move(30, 5);
    t.runFrame();
    t.move(200, 5);
    t.runFrame();
    t.move(300, 5);
    t.runFrame();
    expect(t.events.map((e) => e.type)).toEqual(['pointerOverMention', 'pointerOffMention']);
  });

  it('ignores touch pointers', () => {
    const t = setup();
    t.move(10, 5, 'touch');
    expect(t.frames).toHaveLength(0);
  });

  it('treats our own UI as "no mention" and clicks in it as inside', () => {
    const t = setup(() => hitA);
    const host = document.createElement('steppe-lens');
    document.body.append(host);
    t.move(10, 5);
    t.runFrame();
    t.move(40, 5, 'mouse', host);
    t.runFrame();
    host.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(t.events.map((e) => e.type)).toEqual(['pointerOverMention', 'pointerOffMention', 'clickOutside']);
    host.remove();
  });

  it('Escape, and leaving the window', () => {
    const t = setup();
    t.move(10, 5);
    t.runFrame();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    document.body.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: null }));
    expect(t.events.map((e) => e.type)).toEqual(['pointerOverMention', 'escape', 'pointerOffMention']);
  });

  it('looks again after a scroll, even if the pointer did not move', () => {
    let y = 5;
    const t = setup((_x, py) => (py + y - 5 < 20 ? hitA : null));
    t.move(10, 5);
    t.runFrame();
    y = 100; // the page scrolled: the text moved away from under the pointer
    document.dispatchEvent(new Event('scroll'));
    t.runFrame();
    expect(t.events.map((e) => e.type)).toEqual(['pointerOverMention', 'pointerOffMention']);
  });

  it('gives a mention scrolled under a resting pointer its full dwell: scrolling past is no intent', () => {
    let y = 100;
    const t = setup((_x, py) => (py + y - 5 < 20 ? hitA : null));
    t.move(10, 5);
    t.runFrame();
    t.advance(2000);
    y = 5; // the wheel scrolled the mention under the pointer, which has not moved for 2 s
    document.dispatchEvent(new Event('scroll'));
    t.advance(8);
    t.runFrame();
    expect(t.events).toEqual([{ type: 'pointerOverMention', mention: hitA, restedMs: 8 }]);
  });

  it('reports the open card’s mention scrolled out of view', () => {
    let top = 100;
    const t = setup(() => null, { shown: () => hitA, rectsOf: () => [new DOMRect(0, top, 70, 20)] });
    document.dispatchEvent(new Event('scroll'));
    t.runFrame();
    expect(t.events).toEqual([]);
    top = -40;
    document.dispatchEvent(new Event('scroll'));
    t.runFrame();
    expect(t.events).toEqual([{ type: 'mentionScrolledAway' }]);
  });

  it('asks for no frame on scroll while the pointer is off the page and no card is open', () => {
    const t = setup();
    document.dispatchEvent(new Event('scroll'));
    expect(t.frames).toHaveLength(0);
    t.move(10, 5);
    t.runFrame();
    document.dispatchEvent(new Event('scroll'));
    expect(t.frames).toHaveLength(1);
  });

  it('looks again when text under the resting pointer gets its mentions, and only then', () => {
    let found = false;
    const t = setup(() => (found ? hitA : null));
    const p = document.createElement('p');
    const text = document.createTextNode('Tokayev');
    p.append(text);
    document.body.append(p);
    t.move(10, 5, 'mouse', p);
    t.runFrame();
    expect(t.events).toEqual([]);
    t.advance(60);
    found = true; // the scan reached the paragraph 60 ms after the pointer came to rest
    tracker!.recheckIfOver([document.createTextNode('elsewhere')]);
    expect(t.frames).toHaveLength(0); // text not under the pointer: no hit test (it reads layout)
    tracker!.recheckIfOver([text]);
    t.runFrame();
    // The pointer rested on the mention all along: those 60 ms count towards the dwell.
    expect(t.events).toEqual([{ type: 'pointerOverMention', mention: hitA, restedMs: 60 }]);
    tracker!.recheckIfOver([text]); // already on a mention
    expect(t.frames).toHaveLength(0);
    p.remove();
  });

  it('stop() removes the listeners', () => {
    const t = setup();
    tracker!.stop();
    t.move(10, 5);
    expect(t.frames).toHaveLength(0);
  });
});
