// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_HIGHLIGHT,
  ENTITY_UNDERLINES,
  FALLBACK_UNDERLINE,
  createHighlighter,
  highlightName,
  highlightStyles,
  adoptedHighlightStyles,
  installHighlightStyles,
  adoptHighlightStylesEarly,
  withdrawEarlyHighlightStyles,
  type HighlightEnv,
  type HighlightLike,
} from '../../src/page/highlights';
import type { Schedule } from '../../src/page/schedule';
import type { PageMention } from '../../src/page/types';

class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  priority = 0;
  add(r: AbstractRange) {
    this.ranges.add(r);
    return this;
  }
  delete(r: AbstractRange) {
    return this.ranges.delete(r);
  }
  clear() {
    this.ranges.clear();
  }
}

function fakeEnv() {
  const registry = new Map<string, FakeHighlight>();
  const env: HighlightEnv = {
    register: (name, h) => void registry.set(name, h as FakeHighlight),
    unregister: (name) => void registry.delete(name),
    createHighlight: () => new FakeHighlight(),
    createRange: (init) => ({ ...init, collapsed: false }) as unknown as AbstractRange,
  };
  const frames: (() => void)[] = [];
  const frame: Schedule = (task) => {
    frames.push(task);
    return () => frames.splice(frames.indexOf(task), 1);
  };
  const runFrame = () => frames.splice(0).forEach((f) => f());
  let clock = 0;
  const delayed: { ms: number; task: () => void }[] = [];
  const timing = {
    now: () => clock,
    delay: (task: () => void, ms: number) => {
      const entry = { ms, task };
      delayed.push(entry);
      return () => void delayed.splice(delayed.indexOf(entry), 1);
    },
    advance(ms: number) {
      clock += ms;
      for (const d of delayed.splice(0)) d.task();
    },
    delayed,
  };
  const rangesOf = (name: string) =>
    [...(registry.get(name)?.ranges ?? [])].map((r) => [r.startContainer, r.startOffset, r.endOffset]);
  return { env, registry, frame, frames, runFrame, rangesOf, timing };
}

const node = document.createTextNode('Tokayev met the SCO in Kazakhstan');
const m = (entity: string, start: number, end: number): PageMention => ({ entity, node, start, end });

describe('createHighlighter', () => {
  it('adds one StaticRange per mention to one highlight per entity, once per frame', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame, minIntervalMs: 0 });
    const tok = m('tokayev', 0, 7);
    const sco = m('sco', 16, 19);
    h.apply({ added: [tok], removed: [] });
    h.apply({ added: [sco], removed: [] });
    expect(f.frames).toHaveLength(1); // batched
    expect(f.registry.size).toBe(0);
    f.runFrame();
    expect([...f.registry.keys()].sort()).toEqual(['steppe-lens-sco', 'steppe-lens-tokayev']);
    expect(f.rangesOf('steppe-lens-tokayev')).toEqual([[node, 0, 7]]);
    expect(f.rangesOf('steppe-lens-sco')).toEqual([[node, 16, 19]]);
  });

  it('with firstFlushNow, shows the first change at once and coalesces from then on', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame, minIntervalMs: 0, firstFlushNow: true });
    h.apply({ added: [m('tokayev', 0, 7)], removed: [] });
    expect(f.frames).toHaveLength(0);
    expect(f.rangesOf('steppe-lens-tokayev')).toEqual([[node, 0, 7]]);
    h.apply({ added: [m('sco', 16, 19)], removed: [] });
    expect(f.frames).toHaveLength(1);
    expect(f.rangesOf('steppe-lens-sco')).toEqual([]);
  });

  it('removes the ranges of removed mentions, in order with later additions', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame, minIntervalMs: 0 });
    const a = m('kazakhstan', 23, 33);
    h.apply({ added: [a], removed: [] });
    f.runFrame();
    const b = m('kazakhstan', 23, 33); // the node was rescanned: a new object for the same text
    h.apply({ added: [b], removed: [a] });
    h.apply({ added: [], removed: [b] });
    f.runFrame();
    expect(f.rangesOf('steppe-lens-kazakhstan')).toEqual([]);
  });

  it('marks the active mention in a highlight drawn above the others', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame });
    h.setActive(m('sco', 16, 19));
    expect(f.registry.get(ACTIVE_HIGHLIGHT)!.priority).toBe(1);
    expect(f.rangesOf(ACTIVE_HIGHLIGHT)).toEqual([[node, 16, 19]]);
    h.setActive(null);
    expect(f.rangesOf(ACTIVE_HIGHLIGHT)).toEqual([]);
  });

  it('dispose() unregisters everything it registered and cancels a pending frame', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame });
    h.apply({ added: [m('sco', 16, 19)], removed: [] });
    f.runFrame();
    h.setActive(m('sco', 16, 19));
    h.apply({ added: [m('tokayev', 0, 7)], removed: [] });
    h.dispose();
    expect(f.frames).toHaveLength(0);
    expect(f.registry.size).toBe(0);
  });

  it('coalesces later changes: flushes at most every minIntervalMs', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame, minIntervalMs: 200, now: f.timing.now, delay: f.timing.delay });
    h.apply({ added: [m('tokayev', 0, 7)], removed: [] });
    f.runFrame(); // the first change shows at once
    expect(h.size).toBe(1);
    f.timing.advance(50);
    h.apply({ added: [m('sco', 16, 19)], removed: [] });
    h.apply({ added: [m('kazakhstan', 23, 33)], removed: [] });
    expect(f.frames).toHaveLength(0);
    expect(f.timing.delayed.map((d) => d.ms)).toEqual([150]);
    f.timing.advance(150);
    expect(f.frames).toHaveLength(1);
    f.runFrame();
    expect(h.size).toBe(3);
  });

  it('underlines at most maxRanges mentions; the rest take their place when some go', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame, minIntervalMs: 0, maxRanges: 2 });
    const [a, b, c, d] = [m('sco', 0, 1), m('sco', 2, 3), m('sco', 4, 5), m('sco', 6, 7)];
    h.apply({ added: [a!, b!, c!, d!], removed: [] });
    f.runFrame();
    expect(f.rangesOf('steppe-lens-sco').map((r) => r[1])).toEqual([0, 2]);
    h.apply({ added: [], removed: [a!, d!] }); // d never showed: it just leaves the queue
    f.runFrame();
    expect(f.rangesOf('steppe-lens-sco').map((r) => r[1])).toEqual([2, 4]);
    expect(h.size).toBe(2);
  });

  it('removes released mentions with the next flush, or after releaseDelayMs when nothing else comes', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame, minIntervalMs: 0, releaseDelayMs: 1000, now: f.timing.now, delay: f.timing.delay });
    const [a, b, c] = [m('sco', 0, 3), m('sco', 4, 7), m('sco', 8, 11)];
    h.apply({ added: [a, b], removed: [] });
    f.runFrame();
    h.apply({ added: [], removed: [], released: [a] });
    expect(f.frames).toHaveLength(0); // no repaint for a release alone
    expect(f.timing.delayed.map((d) => d.ms)).toEqual([1000]);
    h.apply({ added: [c], removed: [] }); // real work: the release goes along
    f.runFrame();
    expect(f.rangesOf('steppe-lens-sco').map((r) => r[1])).toEqual([4, 8]);
    h.apply({ added: [], removed: [], released: [b] });
    f.timing.advance(1000);
    f.runFrame();
    expect(f.rangesOf('steppe-lens-sco').map((r) => r[1])).toEqual([8]);
  });

  it('keeps the range of a mention released and back before the flush (no duplicate)', () => {
    const f = fakeEnv();
    const h = createHighlighter({ env: f.env, frame: f.frame, minIntervalMs: 0, now: f.timing.now, delay: f.timing.delay });
    const a = m('sco', 0, 3);
    h.apply({ added: [a], removed: [] });
    f.runFrame();
    const [range] = f.registry.get('steppe-lens-sco')!.ranges;
    h.apply({ added: [], removed: [], released: [a] });
    h.apply({ added: [a], removed: [] });
    f.timing.advance(1000);
    f.runFrame();
    expect([...f.registry.get('steppe-lens-sco')!.ranges]).toEqual([range]);
    expect(h.size).toBe(1);
  });

  it('does nothing where the Highlight API is missing', () => {
    const h = createHighlighter({ env: null });
    expect(() => {
      h.apply({ added: [m('sco', 16, 19)], removed: [] });
      h.setActive(null);
      h.dispose();
    }).not.toThrow();
    // happy-dom has no CSS.highlights: the default environment is "missing" too.
    expect(() => createHighlighter().apply({ added: [m('sco', 16, 19)], removed: [] })).not.toThrow();
  });
});

describe('highlight styles', () => {
  it('has a rule per entity, an underline only (no background)', () => {
    const css = highlightStyles(['kazakhstan', 'tokayev', 'sco', 'New Entity']);
    for (const name of ['steppe-lens-kazakhstan', 'steppe-lens-tokayev', 'steppe-lens-sco', 'steppe-lens-new-entity', ACTIVE_HIGHLIGHT]) {
      expect(css).toContain(`::highlight(${name})`);
    }
    expect(css).toContain(FALLBACK_UNDERLINE.color);
    expect(css).not.toMatch(/background/);
    expect(highlightName('Foo Bar!')).toBe('steppe-lens-foo-bar-');
  });

  it('colours read on white and on black pages (>= 3:1, WCAG non-text contrast)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const { color } of [...Object.values(ENTITY_UNDERLINES), FALLBACK_UNDERLINE]) {
      const l = luminance(color);
      expect(1.05 / (l + 0.05), `${color} on white`).toBeGreaterThanOrEqual(3);
      expect((l + 0.05) / 0.05, `${color} on black`).toBeGreaterThanOrEqual(3);
    }
  });

  it('installHighlightStyles appends a constructable sheet and keeps the page’s own', () => {
    const theirs = new CSSStyleSheet();
    document.adoptedStyleSheets = [theirs];
    const installed = installHighlightStyles(document, '::highlight(x) { color: red }');
    expect(installed.mode).toBe('adopted');
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(theirs);
    document.adoptedStyleSheets = [theirs]; // the page replaces the list
    installed.ensure();
    expect(document.adoptedStyleSheets).toHaveLength(2);
    installed.remove();
    expect(document.adoptedStyleSheets).toEqual([theirs]);
    expect(document.querySelector('style')).toBeNull(); // no DOM written
  });

  it('adopts the same rules scoped to the root (cheaper first style pass), and keeps the universal form for the <style> fallback', () => {
    const scoped = adoptedHighlightStyles().split('\n');
    const plain = highlightStyles().split('\n');
    expect(scoped).toHaveLength(plain.length);
    scoped.forEach((rule, i) => expect(rule).toBe(`:root${plain[i]}`));
  });

  it('takes over the sheet adopted at document start, and withdraws it where Steppe Lens is off', () => {
    const css = '.steppe-lens-probe { color: red }';
    const theirs = new CSSStyleSheet();
    theirs.replaceSync('.theirs { color: blue }');
    document.adoptedStyleSheets = [];
    expect(adoptHighlightStylesEarly(document, css)).toBe(true);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, theirs]; // the page adds its own later
    const [early] = document.adoptedStyleSheets;
    const installed = installHighlightStyles(document, css);
    expect(installed.mode).toBe('adopted');
    expect(document.adoptedStyleSheets).toEqual([early, theirs]); // the same sheet, not a second one
    document.adoptedStyleSheets = [theirs];
    installed.ensure();
    expect(document.adoptedStyleSheets).toEqual([theirs, early]);
    installed.remove();
    expect(document.adoptedStyleSheets).toEqual([theirs]);

    adoptHighlightStylesEarly(document, css);
    withdrawEarlyHighlightStyles(document, css);
    expect(document.adoptedStyleSheets).toEqual([theirs]);
    withdrawEarlyHighlightStyles(document, css); // nothing to withdraw: the page's sheets stay
    expect(document.adoptedStyleSheets).toEqual([theirs]);
    document.adoptedStyleSheets = [];
  });

  it('adopts nothing early where sheets cannot be adopted (the fallback waits for the main script)', () => {
    const doc = document.implementation.createHTMLDocument('x');
    Object.defineProperty(doc, 'adoptedStyleSheets', { get: () => { throw new Error('Xray'); } });
    expect(adoptHighlightStylesEarly(doc, '.x { color: red }')).toBe(false);
    expect(() => withdrawEarlyHighlightStyles(doc, '.x { color: red }')).not.toThrow();
    expect(doc.querySelector('style')).toBeNull();
  });

  it('falls back to a <style> element where sheets cannot be adopted', () => {
    const doc = document.implementation.createHTMLDocument('x');
    Object.defineProperty(doc, 'adoptedStyleSheets', { get: () => { throw new Error('Xray'); } });
    const installed = installHighlightStyles(doc, '::highlight(x) { color: red }');
    expect(installed.mode).toBe('style-element');
    const style = doc.head.querySelector('style[data-steppe-lens]')!;
    expect(style.textContent).toContain('::highlight(x)');
    style.remove();
    installed.ensure();
    expect(doc.head.querySelector('style[data-steppe-lens]')).not.toBeNull();
    installed.remove();
    expect(doc.head.querySelector('style[data-steppe-lens]')).toBeNull();
  });
});
