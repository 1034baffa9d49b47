// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageMention } from '../../src/page/types';
import { createVisibleMentions, type VisibilityEntry, type VisibleChange } from '../../src/page/visible-mentions';

/** An IntersectionObserver stand-in: the test says which targets are near and which have a box. */
function fakeObserver() {
  const observed = new Set<Element>();
  let deliver: (entries: readonly VisibilityEntry[]) => void = () => undefined;
  let disconnected = false;
  const create = (onEntries: (entries: readonly VisibilityEntry[]) => void) => {
    deliver = onEntries;
    return {
      observe: (el: Element) => void observed.add(el),
      unobserve: (el: Element) => void observed.delete(el),
      disconnect: () => {
        disconnected = true;
        observed.clear();
      },
    };
  };
  const entry = (target: Element, isIntersecting: boolean, hasBox = true): VisibilityEntry => ({ target, isIntersecting, hasBox });
  return {
    create,
    observed,
    near: (...targets: Element[]) => deliver(targets.map((t) => entry(t, true))),
    far: (...targets: Element[]) => deliver(targets.map((t) => entry(t, false))),
    boxless: (...targets: Element[]) => deliver(targets.map((t) => entry(t, false, false))),
    disconnected: () => disconnected,
  };
}

function setup() {
  const io = fakeObserver();
  const changes: VisibleChange[] = [];
  const visible = createVisibleMentions((c) => changes.push(c), io.create);
  /** Mentions passed on so far, net of removals and releases. */
  const shown = new Set<PageMention>();
  const last = () => changes.at(-1)!;
  const take = () => {
    const all = changes.splice(0);
    for (const c of all) {
      for (const m of c.removed) shown.delete(m);
      for (const m of c.released) shown.delete(m);
      for (const m of c.added) {
        expect(shown.has(m), 'a mention passed on twice').toBe(false);
        shown.add(m);
      }
    }
    return all;
  };
  return { io, visible, changes, shown, last, take };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('main');
  document.body.append(root);
});

/** A paragraph holding text; mentions at the given offsets (3 chars each). */
function paragraph(text: string, ...starts: number[]): { el: HTMLElement; node: Text; mentions: PageMention[] } {
  const el = document.createElement('p');
  const node = document.createTextNode(text);
  el.append(node);
  root.append(el);
  return { el, node, mentions: starts.map((start) => ({ entity: 'sco', node, start, end: start + 3 })) };
}

describe('createVisibleMentions', () => {
  it('passes on only the mentions whose elements are near the viewport, the rest when they come near', () => {
    const t = setup();
    const top = paragraph('SCO and SCO', 0, 8);
    const below = paragraph('far SCO', 4);
    t.visible.apply({ added: [...top.mentions, ...below.mentions], removed: [] });
    expect(t.changes).toEqual([]); // nothing is known to be near until the observer says so
    expect([...t.io.observed]).toEqual([top.el, below.el]); // one target per element, however many mentions
    t.io.near(top.el);
    t.io.far(below.el);
    t.take();
    expect([...t.shown]).toEqual(top.mentions);
    t.io.near(below.el);
    t.take();
    expect(t.shown.size).toBe(3);
    expect(t.visible.shownCount).toBe(3);
  });

  it('releases the mentions of elements that go far (their removal may wait), and removes what the scanner drops', () => {
    const t = setup();
    const a = paragraph('SCO', 0);
    const b = paragraph('SCO', 0);
    t.visible.apply({ added: [...a.mentions, ...b.mentions], removed: [] });
    t.io.near(a.el, b.el);
    t.take();
    t.io.far(a.el);
    expect(t.last()).toEqual({ added: [], removed: [], released: a.mentions });
    t.visible.apply({ added: [], removed: b.mentions });
    expect(t.last()).toEqual({ added: [], removed: b.mentions, released: [] });
    expect(t.io.observed.has(b.el)).toBe(false); // no mentions left: no longer observed
    t.take();
    expect(t.shown.size).toBe(0);
  });

  it('passes on a new mention at once when its element is already near', () => {
    const t = setup();
    const p = paragraph('SCO and SCO', 0, 8);
    t.visible.apply({ added: [p.mentions[0]!], removed: [] });
    t.io.near(p.el);
    t.take();
    t.visible.apply({ added: [p.mentions[1]!], removed: [] });
    expect(t.last().added).toEqual([p.mentions[1]]);
  });

  it('keeps a rescanned node near: its new mentions show in the same change its old ones go', () => {
    const t = setup();
    const p = paragraph('SCO', 0);
    t.visible.apply({ added: p.mentions, removed: [] });
    t.io.near(p.el);
    t.take();
    const fresh: PageMention = { entity: 'sco', node: p.node, start: 0, end: 3 };
    t.visible.apply({ added: [fresh], removed: p.mentions });
    expect(t.last()).toEqual({ added: [fresh], removed: p.mentions, released: [] });
    expect(t.io.observed.has(p.el)).toBe(true);
  });

  it('files the mentions of an element without a layout box under its parent', () => {
    const t = setup();
    const section = document.createElement('section');
    const contents = document.createElement('span'); // e.g. display: contents, or inside a closed <details>
    const node = document.createTextNode('SCO');
    contents.append(node);
    section.append(contents);
    root.append(section);
    const mention: PageMention = { entity: 'sco', node, start: 0, end: 3 };
    t.visible.apply({ added: [mention], removed: [] });
    t.io.boxless(contents);
    expect([...t.io.observed]).toEqual([section]);
    expect(t.changes).toEqual([]);
    t.io.near(section);
    t.take();
    expect([...t.shown]).toEqual([mention]);
    // A later mention in the same node stays with the parent's target.
    const next: PageMention = { entity: 'sco', node, start: 0, end: 3 };
    t.visible.apply({ added: [next], removed: [mention] });
    expect(t.last()).toEqual({ added: [next], removed: [mention], released: [] });
    expect([...t.io.observed]).toEqual([section]);
  });

  it('follows a text node the page moved elsewhere once its old element has no box', () => {
    const t = setup();
    const old = paragraph('SCO', 0);
    const other = paragraph('other text');
    t.visible.apply({ added: old.mentions, removed: [] });
    t.io.near(old.el);
    t.take();
    other.el.append(old.node);
    old.el.remove();
    t.io.boxless(old.el); // a removed element has no box
    expect(t.io.observed.has(other.el)).toBe(true);
    expect(t.io.observed.has(old.el)).toBe(false);
    expect(t.last().released).toEqual(old.mentions); // not near until the new element says so
    t.io.near(other.el);
    t.take();
    expect([...t.shown]).toEqual(old.mentions);
  });

  it('moves a near mention up to a near parent without passing it on twice', () => {
    const t = setup();
    const inner = document.createElement('span');
    const node = document.createTextNode('SCO');
    inner.append(node);
    root.append(inner);
    const sibling = paragraph('SCO', 0);
    const mention: PageMention = { entity: 'sco', node, start: 0, end: 3 };
    t.visible.apply({ added: [mention, ...sibling.mentions], removed: [] });
    t.io.near(inner, sibling.el);
    t.take();
    t.visible.apply({ added: [{ entity: 'sco', node: document.createTextNode('x'), start: 0, end: 1 }], removed: [] }); // ignored: not in the page
    root.append(document.createElement('div'));
    t.io.near(root); // nothing filed there yet: ignored
    t.io.boxless(inner);
    t.take(); // released (root is not known to be near yet)
    t.io.near(root);
    t.take(); // and back, exactly once
    expect(t.shown.has(mention)).toBe(true);
  });

  it('uses the host for text directly inside a shadow root', () => {
    const t = setup();
    const host = document.createElement('div');
    root.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const node = document.createTextNode('SCO');
    shadow.append(node);
    t.visible.apply({ added: [{ entity: 'sco', node, start: 0, end: 3 }], removed: [] });
    expect([...t.io.observed]).toEqual([host]);
  });

  it('without an observer, passes every change on as it is', () => {
    const changes: VisibleChange[] = [];
    const visible = createVisibleMentions((c) => changes.push(c), null);
    const p = paragraph('SCO', 0);
    visible.apply({ added: p.mentions, removed: [] });
    expect(changes).toEqual([{ added: p.mentions, removed: [], released: [] }]);
    expect(visible.shownCount).toBe(1);
  });

  it('dispose() disconnects the observer and forgets everything', () => {
    const t = setup();
    const p = paragraph('SCO', 0);
    t.visible.apply({ added: p.mentions, removed: [] });
    t.visible.dispose();
    expect(t.io.disconnected()).toBe(true);
    expect(t.visible.targetCount).toBe(0);
    expect(t.visible.shownCount).toBe(0);
  });
});
