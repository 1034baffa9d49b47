// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeFindMentions, MAX_ALIAS, spyDetector } from './fake-detector';
import { expectMatchesFreshScan, startScanner, type Harness } from './scan-harness';

let h: Harness | null = null;
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  h?.scanner.stop();
  h = null;
});

const para = (text: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
};

describe('scanner: initial scan', () => {
  it('finds mentions and counts them per entity', async () => {
    document.body.innerHTML =
      '<p>Tokayev said Kazakhstan will host the SCO.</p><pre>Kazakhstan</pre><p>The Republic of Kazakhstan</p>';
    h = startScanner();
    await h.settle();
    expect(h.scanner.counts()).toEqual({ tokayev: 1, kazakhstan: 2, sco: 1 });
    const first = document.querySelector('p')!.firstChild as Text;
    expect(h.scanner.mentionsOf(first)!.map((m) => [m.entity, first.data.slice(m.start, m.end)])).toEqual([
      ['tokayev', 'Tokayev'],
      ['kazakhstan', 'Kazakhstan'],
      ['sco', 'SCO'],
    ]);
    expect(h.scanner.isIdle()).toBe(true);
    expectMatchesFreshScan(h);
  });

  it('works in slices that stop at the time budget', async () => {
    document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<div><p>Item ${i}: Tokayev and SCO</p></div>`).join('');
    h = startScanner(document, { budgetMs: 8, tick: 0.5 }); // every clock read costs 0.5 "ms"
    await h.settle();
    expect(h.slices).toBeGreaterThan(5);
    // A slice may overrun by at most one batch of work between clock reads.
    for (const span of h.sliceSpans) expect(span).toBeLessThan(8 + 2);
    expect(h.scanner.counts()).toEqual({ tokayev: 2000, sco: 2000 });
    expectMatchesFreshScan(h);
  });

  it('detects one huge text node in windows across slices', async () => {
    const text = 'In Astana, Tokayev opened the Shanghai Cooperation Organisation summit. '.repeat(20_000); // ~1.4M chars
    document.body.append(para(text));
    const spy = spyDetector();
    h = startScanner(document, { findMentions: spy.find, windowSize: 16_384, maxMentionLength: MAX_ALIAS, tick: 1 });
    await h.settle();
    expect(spy.longest).toBeLessThanOrEqual(16_384);
    expect(h.slices).toBeGreaterThan(10);
    expect(h.scanner.counts()).toEqual({ tokayev: 20_000, sco: 20_000 });
    // Results arrive window by window, not as one 40,000-mention change at the end.
    expect(Math.max(...h.changeSizes)).toBeLessThan(10_000);
    expectMatchesFreshScan(h, document, spy.find);
  });

  it('with a detector elsewhere: sends huge texts window by window, two at once and one changed mid-flight', async () => {
    const text = 'In Astana, Tokayev opened the Shanghai Cooperation Organisation summit. '.repeat(2_000); // ~144k chars
    document.body.append(para(text), para('Kazakhstan here'), para(text));
    h = startScanner(document, { remote: true, windowSize: 16_384, maxMentionLength: MAX_ALIAS, batchChars: 20_000 });
    let answered = 0;
    const changed = document.body.lastElementChild!.firstChild as Text;
    while (h.runSlice() || (await h.answer())) {
      if (++answered === 3) changed.data = `${text}SCO`; // read, maybe sent, then changed: its old answer must not count
      await new Promise((r) => setTimeout(r, 0));
    }
    await h.settle();
    expect(h.scanner.counts()).toEqual({ tokayev: 4_000, sco: 4_001, kazakhstan: 1 });
    expectMatchesFreshScan(h);
  });

  it('with a detector elsewhere: caps the texts per batch (a page of one-letter text nodes)', async () => {
    document.body.innerHTML = `<p>${'<span>x</span>'.repeat(10_000)}</p><p>Tokayev</p>`;
    const sizes: number[] = [];
    h = startScanner(document, {
      detectBatch: async (texts) => {
        sizes.push(texts.length);
        return texts.map((t) => fakeFindMentions(t));
      },
      findMentions: undefined,
    });
    await h.settle();
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4096);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10_001);
    expect(h.scanner.counts()).toEqual({ tokayev: 1 });
  });

  it('with a detector elsewhere that fails once: sends the batch again later and keeps its answer', async () => {
    document.body.innerHTML = '<p>Kazakhstan</p><p>Tokayev</p>';
    let calls = 0;
    h = startScanner(document, {
      detectBatch: async (texts) => {
        if (calls++ === 0) throw new Error('the background was restarting');
        return texts.map((t) => fakeFindMentions(t));
      },
      findMentions: undefined,
    });
    await h.settle();
    expect(calls).toBe(2);
    expect(h.scanner.counts()).toEqual({ kazakhstan: 1, tokayev: 1 });
  });

  it('with a detector elsewhere that fails twice on a batch: logs once, counts those texts as mention-free and goes on', async () => {
    document.body.innerHTML = '<p>Kazakhstan</p><p>Tokayev</p>';
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      let calls = 0;
      h = startScanner(document, {
        detectBatch: async (texts) => {
          calls++;
          if (texts.some((t) => t.includes('Kazakhstan'))) throw new Error('the background fails on this one');
          return texts.map((t) => fakeFindMentions(t));
        },
        findMentions: undefined,
        batchChars: 10,
      });
      await h.settle();
      document.body.append(para('SCO later'));
      await h.settle();
      // Kazakhstan: sent, failed, sent again, failed; Tokayev and SCO each in a batch of their own.
      expect(calls).toBe(4);
      expect(errors).toHaveLength(1);
      expect(h.scanner.counts()).toEqual({ tokayev: 1, sco: 1 });
      expect(h.scanner.isIdle()).toBe(true);
    } finally {
      console.error = original;
    }
  });

  it('scans closed shadow roots of custom elements where it is given a way to see them, also when attached later', async () => {
    const closed = new WeakMap<Element, ShadowRoot>();
    const seal = (el: Element, html: string) => {
      const root = el.attachShadow({ mode: 'closed' });
      root.innerHTML = html;
      closed.set(el, root);
    };
    document.body.innerHTML = '<sealed-card id="a"></sealed-card><sealed-card id="b"></sealed-card>';
    seal(document.getElementById('a')!, '<p>Tokayev in a closed root</p>');
    h = startScanner(document, { closedShadowRoot: (el) => closed.get(el) ?? null });
    while (h.runSlice()); // the walk, not yet the later re-checks of hosts without a root (b)
    expect(h.scanner.counts()).toEqual({ tokayev: 1 });
    seal(document.getElementById('b')!, '<p>the SCO, sealed later</p>'); // attachShadow makes no mutation record
    await h.settle();
    expect(h.scanner.counts()).toEqual({ tokayev: 1, sco: 1 });
    expect(h.scanner.shadowRoots()).toHaveLength(2);
  });

  it('keeps scanning when the detector throws on one text', async () => {
    document.body.innerHTML = '<p>boom</p><p>Kazakhstan</p>';
    const errors: unknown[] = [];
    h = startScanner(document, {
      findMentions: (t) => {
        if (t === 'boom') throw new Error('detector bug');
        return [{ entity: 'kazakhstan', start: 0, end: t.length }];
      },
      onError: (e) => errors.push(e),
    });
    await h.settle();
    expect(errors).toHaveLength(1);
    expect(h.scanner.counts()).toEqual({ kazakhstan: 1 });
  });

  it('does not write to the page', async () => {
    document.body.innerHTML = '<p>Tokayev</p><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<b>SCO</b>';
    const writes: MutationRecord[] = [];
    const watcher = new MutationObserver((r) => writes.push(...r));
    watcher.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    h = startScanner();
    await h.settle();
    watcher.disconnect();
    expect(writes).toEqual([]);
  });
});

describe('scanner: page changes', () => {
  beforeEach(async () => {
    document.body.innerHTML = '<main><p id="a">Tokayev</p><p id="b">nothing</p></main>';
    h = startScanner();
    await h.settle();
  });
  const $ = (id: string) => document.getElementById(id)!;

  it('scans added subtrees', async () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>SCO <b>Kazakhstan</b></p>';
    $('b').append(div);
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({ tokayev: 1, sco: 1, kazakhstan: 1 });
    expectMatchesFreshScan(h!);
  });

  it('rescans text whose data changed', async () => {
    ($('b').firstChild as Text).data = 'now Kazakhstan';
    ($('a').firstChild as Text).data = 'no longer';
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({ kazakhstan: 1 });
    expectMatchesFreshScan(h!);
  });

  it('drops mentions of removed nodes (no leak)', async () => {
    const text = $('a').firstChild as Text;
    $('a').remove();
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({});
    expect(h!.scanner.mentionsOf(text)).toBeUndefined();
    expect(h!.scanner.nodeCount).toBe(0);
  });

  it('keeps mentions of a moved node without rescanning it', async () => {
    const spyCalls = h!.scanner.counts();
    $('b').append($('a'));
    await h!.settle();
    expect(h!.scanner.counts()).toEqual(spyCalls);
    expectMatchesFreshScan(h!);
  });

  it('follows hidden and contenteditable on and off', async () => {
    $('a').hidden = true;
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({});
    $('a').hidden = false;
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({ tokayev: 1 });
    document.querySelector('main')!.setAttribute('contenteditable', '');
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({});
    ($('a').firstChild as Text).data = 'Tokayev typed SCO';
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({});
    document.querySelector('main')!.removeAttribute('contenteditable');
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({ tokayev: 1, sco: 1 });
    expectMatchesFreshScan(h!);
  });

  it('finds shadow roots in added subtrees', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>SCO</p>';
    $('b').append(host);
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({ tokayev: 1, sco: 1 });
    host.remove();
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({ tokayev: 1 });
    expect(h!.scanner.shadowRoots()).toEqual([]);
  });

  it('stop() disconnects and reports every mention removed', async () => {
    h!.scanner.stop();
    expect(h!.streamed.size).toBe(0);
    $('b').append(para('Kazakhstan'));
    await h!.settle();
    expect(h!.scanner.counts()).toEqual({});
  });
});

describe('scanner: changes while a walk is paused', () => {
  it('loses nothing when the node the walk is at is removed or moved', async () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<section id="s${i}"><p>SCO ${i}</p><p>x</p></section>`).join('');
    h = startScanner(document, { budgetMs: 1, tick: 0.1 });
    h.runSlice();
    h.runSlice();
    // Remove a stretch around wherever the walk is, and move later sections to the front.
    for (let i = 0; i < 300; i += 7) document.getElementById(`s${i}`)?.remove();
    for (let i = 290; i > 200; i -= 3) {
      const s = document.getElementById(`s${i}`);
      if (s) document.body.prepend(s);
    }
    await h.settle();
    expectMatchesFreshScan(h);
  });
});
