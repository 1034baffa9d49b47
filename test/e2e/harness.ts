/**
 * Launches Chromium with the built extension loaded, as a person would have it:
 * a fresh profile, the unpacked extension, no network beyond 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { inject } from 'vitest';
import { extensionFlags } from '../../scripts/lib/chromium-flags';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Base URL of the fixture server, e.g. http://127.0.0.1:12345 */
  baseUrl: string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Opens a fixture page (path relative to test/e2e/fixtures, or /demo.html) and waits for load. */
  openFixture(path: string): Promise<Page>;
  /** Opens an extension page (popup.html, sidepanel.html?...) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra environment for the browser process, e.g. { LANGUAGE: 'ar' } for an Arabic UI. */
  env?: Record<string, string>;
  /** Make the real side panel and action popup visible to Playwright as pages. */
  attachToExtensionViews?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = inject('extensionPath');
  const baseUrl = inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'steppe-lens-e2e-'));
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env };
  // Read by Playwright itself (this process), not by the browser: each e2e file runs in its own worker.
  if (options.attachToExtensionViews) process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromium'),
    headless: true,
    env,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    args: extensionFlags(extensionPath),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  return {
    context,
    extensionId,
    worker,
    baseUrl,
    extensionUrl,
    async openFixture(path) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path), { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
