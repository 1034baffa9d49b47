/**
 * npm run lint:firefox — builds the Firefox extension (.output/firefox-mv2) and
 * runs addons-linter over it, as addons.mozilla.org does on upload. Prints every
 * message; exits 1 when there is any error (warnings are listed, not fatal).
 * `--no-build` lints the existing build instead (building it if missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatLintMessage, lintFirefox } from './release/firefox-lint';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, '.output/firefox-mv2');

if (!process.argv.includes('--no-build') || !existsSync(resolve(outDir, 'manifest.json'))) {
  execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], { cwd: root, stdio: 'inherit' });
}
const report = await lintFirefox(outDir);
for (const m of [...report.errors, ...report.warnings, ...report.notices]) console.log(formatLintMessage(m));
const { errors, warnings, notices } = report.summary;
console.log(`addons-linter on ${outDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exitCode = errors > 0 ? 1 : 0;
