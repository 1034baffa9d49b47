/**
 * Runs once before the e2e files: checks that a Chromium exists (failing loudly
 * with the fix if not), builds the extension fresh, and serves the fixture pages.
 */
import { execFileSync } from 'node:child_process';
import { productionBuildEnv } from '../../scripts/lib/build-env';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { renderDemoPage } from '../../scripts/lib/demo-page';
import { chromiumPath } from './chromium-path';
import { startStaticServer } from './static-server';

const root = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    extensionPath: string;
    chromium: string;
  }
}

export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: root, stdio: 'pipe', env: productionBuildEnv() });
  const demo = renderDemoPage(compileAssets(root));
  const server = await startStaticServer(resolve(import.meta.dirname, 'fixtures'), { '/demo.html': () => demo });
  project.provide('baseUrl', server.url);
  project.provide('extensionPath', resolve(root, '.output/chrome-mv3'));
  project.provide('chromium', chromium);
  return () => server.close();
}
