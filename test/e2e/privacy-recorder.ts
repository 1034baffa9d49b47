/**
 * A browser for the privacy test: the extension loaded as in harness.ts, plus
 * two independent records of network traffic —
 *  - Playwright's, per request and per context (pages, extension pages, the real
 *    side panel and popup, dedicated workers, the extension's service worker);
 *  - Chromium's NetLog, written by the network stack from process start, which
 *    also covers whatever happened before Playwright's listeners were attached.
 * and a sink server on 127.0.0.1 that counts the deliberate probe requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { inject } from 'vitest';
import { readNetLog, type NetLog } from './privacy-netlog';
import { extensionFlags } from '../../scripts/lib/chromium-flags';

export interface SeenRequest {
  url: string;
  method: string;
  resourceType: string;
  /** "service worker <url>", "frame <url>", "navigation" or "unattributed". */
  context: string;
}

export interface Sink {
  url: string;
  hits: { path: string; origin: string | undefined }[];
  close(): Promise<void>;
}

export interface RecordedBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
  extensionUrl(path: string): string;
  openFixture(path: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  /** Every request Playwright saw, in order. */
  seen: SeenRequest[];
  sink: Sink;
  /** Closes the browser (which completes the NetLog) and reads the NetLog. */
  closeAndReadNetLog(): Promise<NetLog>;
}

export async function launchRecorded(): Promise<RecordedBrowser> {
  const extensionPath = inject('extensionPath');
  const baseUrl = inject('baseUrl');
  const dir = mkdtempSync(join(tmpdir(), 'steppe-lens-privacy-'));
  const netLogPath = join(dir, 'netlog.json');
  const sink = await startSink();
  // The real side panel and popup are "other" targets: have Playwright attach to them as pages.
  process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: inject('chromium'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...extensionFlags(extensionPath),
      // Fewer of Chromium's own requests in the NetLog (the test tells them apart anyway).
      '--disable-features=AutofillServerCommunication',
      `--log-net-log=${netLogPath}`,
      '--net-log-capture-mode=Default',
    ],
  });
  const seen: SeenRequest[] = [];
  context.on('request', (request) => seen.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), context: contextOf(request) }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  return {
    context,
    worker,
    extensionId,
    baseUrl,
    extensionUrl,
    seen,
    sink,
    openFixture: (path) => open(`${baseUrl}/${path.replace(/^\//, '')}`),
    openExtensionPage: (path) => open(extensionUrl(path)),
    async closeAndReadNetLog() {
      await context.close();
      await sink.close();
      try {
        return readNetLog(netLogPath);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function contextOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  if (request.isNavigationRequest()) return 'navigation'; // the frame has not committed its URL yet
  try {
    return `frame ${request.frame().url()}`; // a page's own requests, its content scripts' and its dedicated workers'
  } catch {
    return 'unattributed';
  }
}

/** Answers every request with 204 (CORS and private-network preflights allowed) and remembers it. */
async function startSink(): Promise<Sink> {
  const hits: Sink['hits'] = [];
  const server = createServer((req, res) => {
    if (req.method !== 'OPTIONS') hits.push({ path: req.url ?? '', origin: req.headers.origin });
    res.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-private-network': 'true',
      'access-control-allow-headers': '*',
    });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
