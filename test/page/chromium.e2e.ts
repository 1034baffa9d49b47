/**
 * The page modules in a real Chromium: timing of the scan on big pages, the
 * Highlight API, caret hit-testing and what our ranges cost the page. Runs in
 * Node and drives the e2e suite's Chromium.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBrowser, openModulePage, type BrowserPage } from './browser-harness';

// Needs a real Chromium: runs in the e2e project, which fails loudly without one.
describe('in Chromium', () => {
  let bp: BrowserPage;
  // A fresh page per test: the 10 MB and 10,000-deep pages are heavy to tear down in place.
  beforeEach(async () => {
    bp = await openModulePage();
  }, 30_000);
  afterEach(async () => {
    await bp?.close();
  });
  afterAll(closeBrowser);

  /** Starts a scanner with real idle callbacks, timing every slice; resolves when idle. */
  const scanInPage = (setup: string) =>
    bp.page.evaluate(async (setupHtml) => {
      const s = window.steppe;
      document.body.innerHTML = setupHtml;
      if (setupHtml === 'HUGE') {
        const p = document.createElement('p');
        p.textContent = 'Tokayev spoke at the Shanghai Cooperation Organisation in Astana. '.repeat(150_000); // ~10 MB
        document.body.replaceChildren(p);
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))); // let building the page finish
      const longTasks: number[] = [];
      const po = new PerformanceObserver((l) => longTasks.push(...l.getEntries().map((e) => e.duration)));
      po.observe({ type: 'longtask' });
      const slices: number[] = [];
      const idle = s.schedule.idleSchedule(window);
      const t0 = performance.now();
      const scanner = await new Promise<ReturnType<typeof s.scanner.createScanner>>((resolve) => {
        const sc = s.scanner.createScanner({
          root: document,
          findMentions: s.detector.fakeFindMentions,
          schedule: (task) =>
            idle(() => {
              const start = performance.now();
              task();
              slices.push(performance.now() - start);
            }),
          onIdle: () => resolve(sc),
        });
      });
      const total = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 100));
      po.disconnect();
      const expected: Record<string, number> = {};
      if (setupHtml !== 'HUGE') for (const t of s.collect.collectText(document, { deep: true }).texts) {
        for (const m of s.detector.fakeFindMentions(t.data)) expected[m.entity] = (expected[m.entity] ?? 0) + 1;
      }
      const result = { counts: scanner.counts(), expected, slices: slices.length, maxSlice: Math.max(...slices), total, longTasks };
      scanner.stop();
      return result;
    }, setup);

  it('scans a 1.28M-character page in idle slices of well under 50 ms', async () => {
    const para = (i: number) =>
      `<div class="c"><p>Paragraph ${i}. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(4)}` +
      `In Astana, <a href="#">Tokayev</a> said Kazakhstan would chair the SCO. ${'Sed do eiusmod tempor. '.repeat(2)}</p></div>`;
    const html = Array.from({ length: 3700 }, (_, i) => para(i)).join('');
    expect(html.replace(/<[^>]+>/g, '').length).toBeGreaterThan(1_200_000);
    const r = await scanInPage(html);
    console.log(`1.28M chars: ${r.slices} slices, longest ${r.maxSlice.toFixed(1)} ms, total ${r.total.toFixed(0)} ms, long tasks ${JSON.stringify(r.longTasks)}`);
    expect(r.counts).toEqual(r.expected);
    expect(r.counts).toEqual({ tokayev: 3700, kazakhstan: 3700, sco: 3700 });
    expect(r.maxSlice).toBeLessThan(50);
    expect(r.longTasks).toEqual([]);
  }, 60_000);

  it('scans one 10 MB text node in windows, no slice over 50 ms', async () => {
    const r = await scanInPage('HUGE');
    console.log(`10 MB node: ${r.slices} slices, longest ${r.maxSlice.toFixed(1)} ms, total ${r.total.toFixed(0)} ms, long tasks ${JSON.stringify(r.longTasks)}`);
    expect(r.counts).toEqual({ tokayev: 150_000, sco: 150_000 });
    expect(r.maxSlice).toBeLessThan(50);
  }, 60_000);

  it('walks a connected DOM nested 10,000 deep', async () => {
    const found = await bp.page.evaluate(() => {
      document.body.replaceChildren();
      let parent: Element = document.body;
      for (let i = 0; i < 10_000; i++) parent = parent.appendChild(document.createElement('span'));
      parent.append('Kazakhstan at the bottom');
      return window.steppe.collect.collectText(document.body).texts.map((t) => t.data);
    });
    expect(found).toEqual(['Kazakhstan at the bottom']);
  });

  /** Sets up a small page, scans it, underlines it; leaves `window.t` for the test to use. */
  const setUpMarkedPage = () =>
    bp.page.evaluate(async () => {
      const s = window.steppe;
      document.body.innerHTML =
        '<p id="p" style="font: 32px sans-serif; margin: 20px">In Astana, Tokayev met the SCO.</p>' +
        '<div id="host"></div><div id="late"></div>';
      const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<p style="font: 32px sans-serif; margin: 20px">Kazakhstan inside a shadow</p>';
      const highlighter = s.highlights.createHighlighter({ frame: s.schedule.frameSchedule(window), minIntervalMs: 0 });
      const styles = s.highlights.installHighlightStyles(document);
      const scanner = await new Promise<ReturnType<typeof s.scanner.createScanner>>((resolve) => {
        const sc = s.scanner.createScanner({
          root: document,
          findMentions: s.detector.fakeFindMentions,
          onMentions: (change) => highlighter.apply(change),
          onIdle: () => resolve(sc),
        });
      });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      (window as unknown as { t: object }).t = { scanner, highlighter, shadow };
      const sizes = Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size]));
      return { mode: styles.mode, sizes };
    });

  /** Counts screenshot pixels near `hex` in a clip. */
  async function pixelsNear(clip: { x: number; y: number; width: number; height: number }, hex: string): Promise<number> {
    const png = (await bp.page.screenshot({ clip })).toString('base64');
    return bp.page.evaluate(
      async ([b64, color]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = new OffscreenCanvas(img.width, img.height);
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, img.width, img.height).data;
        const [r, gr, b] = [1, 3, 5].map((i) => parseInt(color!.slice(i, i + 2), 16));
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r!) + Math.abs(d[i + 1]! - gr!) + Math.abs(d[i + 2]! - b!) < 60) n++;
        return n;
      },
      [png, hex] as const,
    );
  }

  const boxOf = (selector: string, word: string, inShadow = false) =>
    bp.page.evaluate(
      ([sel, w, shadow]) => {
        const root = shadow ? document.getElementById('host')!.shadowRoot! : document;
        const text = root.querySelector(sel)!.firstChild as Text;
        const r = document.createRange();
        r.setStart(text, text.data.indexOf(w));
        r.setEnd(text, text.data.indexOf(w) + w.length);
        const { x, y, width, height } = r.getBoundingClientRect();
        return { x, y, width, height };
      },
      [selector, word, inShadow] as const,
    );

  it('underlines mentions in the page and in open shadow roots, in the entity colour', async () => {
    const { mode, sizes } = await setUpMarkedPage();
    expect(mode).toBe('adopted');
    expect(sizes).toEqual({ 'steppe-lens-tokayev': 1, 'steppe-lens-sco': 1, 'steppe-lens-kazakhstan': 1 });
    const tok = await boxOf('#p', 'Tokayev');
    const plain = await boxOf('#p', 'Astana');
    const kz = await boxOf('p', 'Kazakhstan', true);
    const below = (b: typeof tok) => ({ x: b.x, y: b.y + b.height * 0.6, width: b.width, height: b.height * 0.6 });
    expect(await pixelsNear(below(tok), '#a97700')).toBeGreaterThan(10);
    expect(await pixelsNear(below(plain), '#a97700')).toBe(0);
    expect(await pixelsNear(below(kz), '#0b84c6')).toBeGreaterThan(10);
  });

  it('hit-tests with the real caret and layout, in shadow roots too', async () => {
    await setUpMarkedPage();
    const tok = await boxOf('#p', 'Tokayev');
    const kz = await boxOf('p', 'Kazakhstan', true);
    const hit = (x: number, y: number) =>
      bp.page.evaluate(([px, py]) => {
        const { scanner } = (window as unknown as { t: { scanner: Parameters<typeof window.steppe.hitTest.mentionAt>[3] } }).t;
        const h = window.steppe.hitTest.mentionAt(px!, py!, document, scanner);
        return h && { entity: h.mention.entity, text: h.mention.node.data.slice(h.mention.start, h.mention.end), left: h.rect.left };
      }, [x, y]);
    expect(await hit(tok.x + tok.width / 2, tok.y + tok.height / 2)).toMatchObject({ entity: 'tokayev', text: 'Tokayev' });
    expect(await hit(tok.x + tok.width - 1, tok.y + tok.height / 2)).toMatchObject({ entity: 'tokayev' });
    expect(await hit(tok.x - 30, tok.y + tok.height / 2)).toBeNull(); // "Astana,"
    expect(await hit(950, tok.y + tok.height / 2)).toBeNull(); // past the end of the line
    expect(await hit(kz.x + 5, kz.y + kz.height / 2)).toMatchObject({ entity: 'kazakhstan' });
  });

  it('finds a shadow root attached after the scan when the pointer meets it', async () => {
    await setUpMarkedPage();
    const found = await bp.page.evaluate(async () => {
      const { scanner } = (window as unknown as { t: { scanner: ReturnType<typeof window.steppe.scanner.createScanner> } }).t;
      const late = document.getElementById('late')!.attachShadow({ mode: 'open' }); // no mutation record for this
      late.innerHTML = '<p style="font: 32px sans-serif; margin: 20px">SCO late</p>';
      const r = document.createRange();
      r.selectNodeContents(late.querySelector('p')!.firstChild!);
      const box = r.getBoundingClientRect();
      const at = () => window.steppe.hitTest.mentionAt(box.x + 5, box.y + box.height / 2, document, scanner);
      const before = at();
      await new Promise((res) => setTimeout(res, 300));
      return { before, after: at()?.mention.entity };
    });
    expect(found).toEqual({ before: null, after: 'sco' });
  });

  it('finds the mention in the selection', async () => {
    await setUpMarkedPage();
    const entity = await bp.page.evaluate(() => {
      const { scanner } = (window as unknown as { t: { scanner: ReturnType<typeof window.steppe.scanner.createScanner> } }).t;
      const text = document.getElementById('p')!.firstChild as Text;
      getSelection()!.setBaseAndExtent(text, text.data.indexOf('SCO'), text, text.data.indexOf('SCO') + 3);
      return window.steppe.hitTest.mentionInSelection(getSelection(), scanner)?.mention.entity;
    });
    expect(entity).toBe('sco');
  });

  it('1,300 underlined mentions do not slow the page’s own DOM changes; our observer costs little', async () => {
    const r = await bp.page.evaluate(async () => {
      const s = window.steppe;
      document.body.innerHTML = Array.from({ length: 1300 }, (_, i) => `<p>Item ${i}: Kazakhstan</p>`).join('');
      const churn = () => {
        const t0 = performance.now();
        for (let k = 0; k < 2000; k++) {
          const d = document.createElement('div');
          d.textContent = 'x';
          document.body.insertBefore(d, document.body.children[(k * 7) % 1300] ?? null);
          d.remove();
        }
        return performance.now() - t0;
      };
      // Fastest of 9: the machine's noise (another process's burst) only ever adds time.
      const best = () => Math.min(...Array.from({ length: 9 }, churn));
      churn();
      const without = best();
      // Our ranges alone: fed straight from the detector, no scanner observing.
      const highlighter = s.highlights.createHighlighter({ frame: s.schedule.frameSchedule(window), minIntervalMs: 0 });
      const added = s.collect.collectText(document.body).texts.flatMap((node) =>
        s.detector.fakeFindMentions(node.data).map((m) => ({ ...m, node })),
      );
      highlighter.apply({ added, removed: [] });
      await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
      const underlined = CSS.highlights.get('steppe-lens-kazakhstan')?.size ?? 0;
      const withRanges = best();
      highlighter.dispose();
      // Our observer alone (its records are handled later, in idle time). Measured in turns with
      // the bare page, so a burst of load on the machine meets both alike.
      let bare = without;
      let withObserver = Infinity;
      for (let k = 0; k < 9; k++) {
        bare = Math.min(bare, churn());
        const scanner = s.scanner.createScanner({ root: document, findMentions: s.detector.fakeFindMentions });
        withObserver = Math.min(withObserver, churn());
        scanner.stop();
      }
      return { without, bare, withRanges, withObserver, underlined };
    });
    console.log(
      `2,000 page inserts+removes: ${r.without.toFixed(1)} ms bare, ${r.withRanges.toFixed(1)} ms with ${r.underlined} StaticRanges, ` +
        `${r.withObserver.toFixed(1)} ms with the scanner observing (${r.bare.toFixed(1)} ms bare in the same turns)`,
    );
    expect(r.underlined).toBe(1300);
    expect(r.withRanges).toBeLessThan(r.without * 1.5 + 5); // live Ranges measured 4x here, 100x on a bigger page
    expect(r.withObserver).toBeLessThan(r.bare * 3 + 5);
  });
});
