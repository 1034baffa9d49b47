/**
 * The page modules in a real Chromium: timing of the scan on big pages, the
 * Highlight API, caret hit-testing and what our ranges cost the page. Runs in
 * Node and drives /usr/bin/chromium (skipped where there is none).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, hasChromium, openModulePage, type BrowserPage } from './browser-harness';

describe.skipIf(!hasChromium)('in Chromium', () => {
  let bp: BrowserPage;
  beforeAll(async () => {
    bp = await openModulePage();
  }, 30_000);
  afterAll(async () => {
    await bp?.close();
    await closeBrowser();
  });

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
      for (const t of s.collect.collectText(document, { deep: true }).texts) {
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
});
