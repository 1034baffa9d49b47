/**
 * Launches Chromium for the benchmarks, with or without the built extension.
 * The same flags as the e2e harness (test/e2e/harness.ts, which needs vitest's
 * `inject` and so cannot run here): a fresh profile, headless, no network
 * beyond 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../../e2e/chromium-path';
import { CHROMIUM_FLAGS, extensionFlags } from '../../../scripts/lib/chromium-flags';

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's id; null without the extension. */
  extensionId: string | null;
  close(): Promise<void>;
}


export async function launchBrowser(extensionPath: string | null): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'steppe-lens-bench-'));
  const args = extensionPath ? extensionFlags(extensionPath) : [...CHROMIUM_FLAGS];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  let extensionId: string | null = null;
  if (extensionPath) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
