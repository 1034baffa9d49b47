/**
 * Loads src/page modules into a real Chromium page for the checks happy-dom
 * cannot make (layout, caret lookup, the Highlight API, timing). Each .ts
 * file is transpiled on request by TypeScript; no bundler, no extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import ts from 'typescript';

import { chromiumPath } from '../e2e/chromium-path';


const ROOT = resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://steppe.test';

/** Modules exposed to the page as `window.steppe`. */
const MODULES = {
  scanner: '/src/page/scanner',
  highlights: '/src/page/highlights',
  hitTest: '/src/page/hit-test',
  schedule: '/src/page/schedule',
  collect: '/src/page/collect-text',
  windows: '/src/page/windows',
  detector: '/test/page/fake-detector',
};

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>steppe</title></head>
<body><script type="module">
${Object.entries(MODULES).map(([name, path]) => `import * as ${name} from '${path}';`).join('\n')}
window.steppe = { ${Object.keys(MODULES).join(', ')} };
document.documentElement.dataset.ready = '1';
</script></body></html>`;

export interface BrowserPage {
  page: Page;
  close(): Promise<void>;
}

let browser: Browser | null = null;
const transpiled = new Map<string, string>();

export async function openModulePage(): Promise<BrowserPage> {
  browser ??= await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
    const file = join(ROOT, pathname.endsWith('.ts') ? pathname : `${pathname}.ts`);
    if (!file.startsWith(ROOT) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    let js = transpiled.get(file);
    if (js === undefined) {
      js = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      transpiled.set(file, js);
    }
    return route.fulfill({ contentType: 'text/javascript', body: js });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  return { page, close: () => page.close() };
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** What the test page exposes, for typing the code passed to page.evaluate. */
export interface Steppe {
  scanner: typeof import('../../src/page/scanner');
  highlights: typeof import('../../src/page/highlights');
  hitTest: typeof import('../../src/page/hit-test');
  schedule: typeof import('../../src/page/schedule');
  collect: typeof import('../../src/page/collect-text');
  windows: typeof import('../../src/page/windows');
  detector: typeof import('./fake-detector');
}
declare global {
  interface Window {
    steppe: Steppe;
  }
}
