/**
 * The built Chrome extension the benchmarks measure: .output/chrome-mv3, rebuilt
 * with `wxt build` when it is missing or older than any source it is built from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_OUT = resolve(ROOT, '.output/chrome-mv3');
export const CONTENT_SCRIPT = join(CHROME_OUT, 'content-scripts/content.js');

/** What a build reads: sources, data, config. */
const INPUTS = ['entrypoints', 'src', 'assets', 'scripts', 'wxt.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Whether .output/chrome-mv3 is missing or older than its inputs. */
export function buildIsStale(): boolean {
  if (!existsSync(CONTENT_SCRIPT) || !existsSync(join(CHROME_OUT, 'manifest.json'))) return true;
  const built = statSync(CONTENT_SCRIPT).mtimeMs;
  return INPUTS.some((p) => newestMtime(resolve(ROOT, p)) > built);
}

/** Builds .output/chrome-mv3 when stale; returns its path. */
export function ensureBuilt(): string {
  if (buildIsStale()) {
    process.stderr.write('bench: .output/chrome-mv3 is missing or stale, running wxt build...\n');
    const t = performance.now();
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
    process.stderr.write(`bench: built in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  return CHROME_OUT;
}
