/** Builds or zips the extension into a fresh temporary directory (never .output/) for the release tests. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { productionBuildEnv } from '../../scripts/lib/build-env';

export const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

export interface ReleaseDir {
  dir: string;
  remove(): void;
}

export async function wxtRun(command: 'build' | 'zip', browser: 'chrome' | 'firefox', dir = mkdtempSync(join(tmpdir(), `steppe-lens-${command}-`))): Promise<ReleaseDir> {
  const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs');
  await run(process.execPath, [tsx, resolve(root, 'scripts/release/wxt-run.ts'), command, browser, dir], { cwd: root, maxBuffer: 16 << 20, env: productionBuildEnv() });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
