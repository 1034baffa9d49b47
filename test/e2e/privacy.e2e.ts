/**
 * Privacy: the extension talks to no one. Records every request every context
 * makes during a full session (pages with mentions, a card, "Read in article"
 * into the real side panel, popup search in-thread and in its worker, the reader
 * in a tab, the options page) twice over: Playwright's per-context record and
 * Chromium's NetLog (the network stack, from process start). Fails on anything
 * but the extension's own files and the fixture pages the test itself opens.
 * Positive controls: one deliberate probe from each kind of context must show
 * up in both records and reach the sink server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scanBuild } from '../../scripts/release/remote-code';
import { cardState, hoverAndTimeCard, movePointerAway } from './card-probe';
import type { NetLog, NetRequest } from './privacy-netlog';
import { launchRecorded, type RecordedBrowser, type SeenRequest } from './privacy-recorder';
import { pointOnText } from './text-geometry';

let b: RecordedBrowser;
let netLog: NetLog | undefined;
/** Extension views kept open for the probes. */
const views: { sidePanel?: Page; popup?: Page; workerPopup?: Page; page?: Page } = {};

beforeAll(async () => {
  b = await launchRecorded();
});
afterAll(async () => {
  if (!netLog) await b?.closeAndReadNetLog().catch(() => undefined);
});

const PROBES = ['service-worker', 'extension-page', 'side-panel', 'worker', 'content-script'] as const;
type Probe = (typeof PROBES)[number];
const probeUrl = (name: Probe) => `${b.sink.url}/probe/${name}`;

/**
 * What the test's own pages load, and as what: the fixture documents, their own script, and the
 * tab's favicon (the browser asks for it; Playwright does not see it). A content script fetching
 * one of these would be a "fetch", not a document or a script.
 */
const FIXTURE_REQUESTS: Record<string, { playwright?: string; netLog: string }> = {
  '/multilingual.html': { playwright: 'document', netLog: 'main frame' },
  '/demo.html': { playwright: 'document', netLog: 'main frame' },
  '/privacy-links.html': { playwright: 'document', netLog: 'main frame' },
  '/page-observer.js': { playwright: 'script', netLog: 'other' },
  '/favicon.ico': { netLog: 'other' },
};
const fixturePath = (url: string) => (url.startsWith(`${b.baseUrl}/`) ? url.slice(b.baseUrl.length) : undefined);
const isFixture = (r: SeenRequest) => FIXTURE_REQUESTS[fixturePath(r.url) ?? '']?.playwright === r.resourceType;
const isFixtureInNetLog = (r: NetRequest) => FIXTURE_REQUESTS[fixturePath(r.url) ?? '']?.netLog === r.type;
const isOwnFile = (url: string) => url.startsWith(`chrome-extension://${b.extensionId}/`);
/** Inline data (the fixture's data: image) and blob: URLs are not network requests. */
const isInline = (url: string) => /^(data|blob):/.test(url);

/** Requests the privacy assertion rejects. */
const flagged = (seen: SeenRequest[]) => seen.filter((r) => !isOwnFile(r.url) && !isFixture(r) && !isInline(r.url));

const fetchNoCors = (url: string) => fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(() => 'sent', (e: Error) => `failed: ${e.message}`);

async function highlighted(page: Page) {
  await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 5000 }).toBeGreaterThan(0);
}

async function openCard(page: Page, text: string, scope = 'body') {
  await movePointerAway(page);
  await hoverAndTimeCard(page, await pointOnText(page, text, { scope }));
  expect((await cardState(page)).open).toBe(true);
}

/** Runs an expression in the extension's content-script world of a page (found through CDP), not the page's own world. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await b.context.newCDPSession(page);
  const worlds: { id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(b.extensionId)) ?? worlds.find((w) => w.auxData?.type === 'isolated');
  if (!world) throw new Error(`no content-script world in ${page.url()}: ${JSON.stringify(worlds)}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

describe('privacy', () => {
  it('the manifest asks for storage, sidePanel and contextMenus only, and no hosts', () => {
    const manifest = JSON.parse(readFileSync(join(inject('extensionPath'), 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['contextMenus', 'sidePanel', 'storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources', 'content_security_policy', 'update_url']) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('the built extension loads no remote code and makes no code from strings', () => {
    const { findings, urls, evalTokens, files } = scanBuild(inject('extensionPath'));
    console.log(
      `scanned ${files} files; URL-like strings: ${[...new Set(urls.map((u) => u.url))].join(', ')}\n` +
        `"eval" tokens (none is a call): ${evalTokens.map((t) => `${t.file}: …${t.excerpt}…`).join('\n  ')}`,
    );
    expect(files).toBeGreaterThan(5);
    expect(findings).toEqual([]);
  });

  it('a full session makes no request beyond its own files and the pages the test opened', async () => {
    // Pages with mentions: a card, and "Read in article" from it (a real click: the real side panel opens).
    const page = (views.page = await b.openFixture('multilingual.html'));
    await highlighted(page);
    const tabId = await b.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    await openCard(page, 'توكاييف', '#ar');
    const panelOpened = b.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
    const read = await page.evaluateHandle(() => document.querySelector('steppe-lens')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"] button.read')!);
    await read.asElement()!.click();
    views.sidePanel = await panelOpened;
    await expect.poll(() => views.sidePanel!.locator('li.target').count()).toBe(1);

    for (const [fixture, text] of [['demo.html', 'Tokayev'], ['privacy-links.html', 'Tokayev']] as const) {
      const other = await b.openFixture(fixture);
      await highlighted(other);
      await openCard(other, text);
      await other.keyboard.press('Escape');
    }

    // Popup search, in the popup's own thread and in its Web Worker (the search the popup moves to for large corpora).
    const popup = (views.popup = await b.openExtensionPage(`popup.html?tab=${tabId}`));
    await popup.getByRole('combobox').fill('Tokayev SCO');
    await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(0);
    const workerPopup = (views.workerPopup = await b.openExtensionPage('popup.html?worker'));
    await workerPopup.getByRole('combobox').fill('شنغهاي');
    await expect.poll(() => workerPopup.getByRole('option').count()).toBeGreaterThan(0);
    expect(workerPopup.workers().length).toBe(1);

    // The reader in a tab, at an article.
    const article = await popup.getByRole('option').first().getAttribute('data-article');
    const reader = await b.openExtensionPage(`sidepanel.html?article=${article}`);
    await expect.poll(() => reader.locator('li').count()).toBeGreaterThan(1);

    // The options page: change a setting and see it stored.
    const options = await b.openExtensionPage('options.html');
    await options.locator('input[name="theme"][value="dark"]').check();
    await expect.poll(() => b.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { theme?: string } | undefined)?.theme)).toBe('dark');
    await options.close();
    await reader.close();

    await page.waitForTimeout(1500); // anything deferred (timers, idle callbacks, beacons) has its chance
    console.log(summary(b.seen));
    expect(flagged(b.seen)).toEqual([]);
  }, 120_000);

  it('controls: a probe from each kind of context is recorded with its context and reaches the sink', async () => {
    const sent: Record<Probe, unknown> = {
      'service-worker': await b.worker.evaluate(`(${fetchNoCors})(${JSON.stringify(probeUrl('service-worker'))})`),
      'extension-page': await views.popup!.evaluate(fetchNoCors, probeUrl('extension-page')),
      'side-panel': await views.sidePanel!.evaluate(fetchNoCors, probeUrl('side-panel')),
      worker: await views.workerPopup!.workers()[0]!.evaluate(`(${fetchNoCors})(${JSON.stringify(probeUrl('worker'))})`),
      'content-script': await inContentScript(views.page!, `(async () => chrome.runtime.id + ' ' + await (${fetchNoCors})(${JSON.stringify(probeUrl('content-script'))}))()`),
    };
    expect(sent['content-script']).toBe(`${b.extensionId} sent`); // it ran where chrome.runtime.id is the extension's
    const contexts = Object.fromEntries(PROBES.map((name) => [name, b.seen.find((r) => r.url === probeUrl(name))?.context]));
    console.log('probes', sent, contexts);
    expect(contexts['service-worker']).toBe(`service worker chrome-extension://${b.extensionId}/background.js`);
    expect(contexts['extension-page']).toMatch(new RegExp(`^frame chrome-extension://${b.extensionId}/popup\\.html`));
    expect(contexts['side-panel']).toMatch(new RegExp(`^frame chrome-extension://${b.extensionId}/sidepanel\\.html`));
    expect(contexts.worker).toBe(`frame chrome-extension://${b.extensionId}/popup.html?worker`); // Playwright files a worker's requests under its page
    expect(contexts['content-script']).toBe(`frame ${b.baseUrl}/multilingual.html`);
    await expect.poll(() => b.sink.hits.map((h) => h.path).sort()).toEqual(PROBES.map((name) => `/probe/${name}`).sort());
    // The privacy assertion rejects exactly these five, and they are the only requests it is allowed to skip.
    expect(flagged(b.seen).map((r) => r.url).sort()).toEqual(PROBES.map(probeUrl).sort());
  });

  it('the network stack (NetLog, from browser start) saw the probes and nothing else of ours', async () => {
    netLog = await b.closeAndReadNetLog();
    // Chromium's own service traffic (sign-in, updater, autofill): started by the browser process (no initiating
    // origin), not a navigation, to Google. Any fetch from an extension context has the extension as initiator.
    const browserOwn = (r: NetRequest) => r.initiator === 'not an origin' && r.type === 'other' && GOOGLE.test(new URL(r.url).hostname);
    const ours = netLog.requests.filter((r) => !browserOwn(r));
    // Control: the five probes are there, and are all that is not the test's own pages.
    expect(ours.filter((r) => !isFixtureInNetLog(r)).map((r) => r.url).sort()).toEqual(PROBES.map(probeUrl).sort());
    // Host lookups: the fixture and sink servers (127.0.0.1) and the browser's own Google services, nothing else.
    const lookups = netLog.lookups.filter((l) => !/^(127\.0\.0\.1|localhost)$/.test(new URL(l.host).hostname) && !GOOGLE.test(new URL(l.host).hostname));
    console.log(`NetLog: ${netLog.requests.length} URL requests (${netLog.requests.length - ours.length} Chromium's own), ${netLog.lookups.length} host lookups`);
    expect(lookups).toEqual([]);
  });
});

const GOOGLE = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/;

function summary(seen: SeenRequest[]): string {
  const counts = new Map<string, number>();
  for (const r of seen) {
    const context = r.context.replace(/(chrome-extension:\/\/[a-p]{32}\/[^?#]*).*/, '$1').replace(/\?.*/, '');
    const target = isOwnFile(r.url) ? 'own files' : isFixture(r) ? 'fixture pages' : isInline(r.url) ? 'inline data' : r.url;
    const key = `${context} -> ${target}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return `recorded ${seen.length} requests:\n${[...counts].map(([k, n]) => `  ${n} × ${k}`).join('\n')}`;
}
