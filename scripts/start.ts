/**
 * `npm start`: builds the extension, serves the demo page on 127.0.0.1 and opens
 * Chromium with Steppe Lens loaded on it. Close the window (or Ctrl-C) to stop.
 * Without a display (a server, CI) it runs headless, hovers one mention and
 * saves a screenshot, so you can still see it work: `--headless` forces that.
 */
import { execFileSync } from 'node:child_process';
import { productionBuildEnv } from './lib/build-env';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../test/e2e/chromium-path';
import { startStaticServer } from '../test/e2e/static-server';
import { pointOnText } from '../test/e2e/text-geometry';
import { compileAssets } from './lib/compile-assets';
import { renderDemoPage } from './lib/demo-page';
import { extensionFlags } from './lib/chromium-flags';

const root = resolve(import.meta.dirname, '..');
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

console.log('Building the extension…');
execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: root, stdio: 'inherit', env: productionBuildEnv() });
const extension = resolve(root, '.output/chrome-mv3');
const demo = renderDemoPage(compileAssets(root));
const server = await startStaticServer(resolve(root, 'test/e2e/fixtures'), { '/': () => demo, '/demo.html': () => demo });
const url = `${server.url}/demo.html`;
const profile = mkdtempSync(join(tmpdir(), 'steppe-lens-'));

if (!hasDisplay) console.log('No display found: running headless. For a window, run from a desktop session or with `xvfb-run -a npm start`.');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: extensionFlags(extension),
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Steppe Lens is loaded. Demo page: ${url}`);

const cleanUp = async () => {
  await context.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
};

if (headless) {
  const point = await pointOnText(page, 'Tokayev', { scope: '#passages', occurrence: 1 });
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(800);
  mkdirSync(resolve(root, '.cache'), { recursive: true });
  const shot = resolve(root, '.cache/demo.png');
  await page.screenshot({ path: shot });
  console.log(`Screenshot of the demo page with a card open: ${shot}`);
  await cleanUp();
} else {
  console.log('Hover an underlined name to see its card. Close the browser window to stop.');
  process.on('SIGINT', () => void cleanUp().then(() => process.exit(0)));
  await new Promise<void>((done) => context.on('close', () => done()));
  await cleanUp();
}
