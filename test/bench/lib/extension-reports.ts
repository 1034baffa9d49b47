/**
 * When did the scanner finish, and with how many mentions? The content script
 * reports its frame's counts to the background once its scan is idle (the
 * badge count, src/content/report-counts.ts). The bench adds a listener of
 * its own in the extension's service worker that time-stamps those messages,
 * so nothing bench-only ships in the extension and the page cannot see it.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { within } from './trace';

/** A worker evaluation answers in milliseconds; one that hangs (a stopped worker) fails the run. */
const WORKER_TIMEOUT_MS = 30_000;
const inWorker = (sw: Worker, expression: string): Promise<unknown> => within(sw.evaluate(expression), WORKER_TIMEOUT_MS, 'the service worker did not answer');

export interface CountReport {
  /** Wall-clock time the service worker received it (ms since the epoch, sub-ms precision). */
  at: number;
  counts: Record<string, number>;
  url: string;
  frameId: number;
}

const INSTALL = `(() => {
  if (!globalThis.__steppeBenchReports) {
    globalThis.__steppeBenchReports = [];
    chrome.runtime.onMessage.addListener((msg, sender) => {
      if (msg && msg.type === 'page-mentions') {
        globalThis.__steppeBenchReports.push({ at: performance.timeOrigin + performance.now(), counts: msg.counts, url: sender.url, frameId: sender.frameId });
      }
    });
  }
  globalThis.__steppeBenchReports.length = 0;
})()`;

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

/** Starts recording (and forgets earlier reports). Call before each page load. */
export async function recordCountReports(context: BrowserContext): Promise<void> {
  await inWorker(await worker(context), INSTALL);
}

export async function countReports(context: BrowserContext): Promise<CountReport[]> {
  return (await inWorker(await worker(context), 'globalThis.__steppeBenchReports ?? []')) as CountReport[];
}

export const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

/** Waits for the top frame of `url` to report `expected` mentions in all; returns that report. */
export async function waitForCount(context: BrowserContext, url: string, expected: number, timeoutMs: number): Promise<CountReport> {
  const deadline = Date.now() + timeoutMs;
  let last: CountReport | undefined;
  for (;;) {
    const reports = (await countReports(context)).filter((r) => r.url === url && r.frameId === 0);
    last = reports.at(-1) ?? last;
    const done = reports.find((r) => total(r.counts) === expected);
    if (done) return done;
    if (Date.now() > deadline) {
      throw new Error(`bench: the content script reported ${last ? `${total(last.counts)} mentions (${JSON.stringify(last.counts)})` : 'nothing'}, expected ${expected}, within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const NOW = 'performance.timeOrigin + performance.now()';

/**
 * How far the service worker's wall clock runs ahead of the page's (ms): the
 * two processes derive their time origins separately and were seen 100 ms
 * apart. Each sample reads the page, the worker, the page again; the worker's
 * reading belongs between the two; the tightest of a few samples wins.
 */
export async function workerClockOffset(context: BrowserContext, tab: Page, samples = 7): Promise<{ offset: number; error: number }> {
  const sw = await worker(context);
  let best = { offset: 0, error: Infinity };
  for (let i = 0; i < samples; i++) {
    const before = (await tab.evaluate(NOW)) as number;
    const workerNow = (await inWorker(sw, NOW)) as number;
    const after = (await tab.evaluate(NOW)) as number;
    const error = (after - before) / 2;
    if (error < best.error) best = { offset: workerNow - (before + after) / 2, error };
  }
  return best;
}
