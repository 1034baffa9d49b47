/**
 * Builds or zips the extension into an output directory of one's choosing, so
 * tests never rebuild the .output/ that a running browser (or another person's
 * e2e run) is using. Same config, same code path as `wxt build` / `wxt zip`.
 *
 *   tsx scripts/release/wxt-run.ts <build|zip> <chrome|firefox> <outBaseDir>
 *
 * Build output lands in <outBaseDir>/<browser>-mv<n>, zips in <outBaseDir>.
 */
import { resolve } from 'node:path';
import { build, zip, type InlineConfig } from 'wxt';

const [command, browser, outBaseDir] = process.argv.slice(2);
if ((command !== 'build' && command !== 'zip') || !browser || !outBaseDir) {
  console.error('usage: tsx scripts/release/wxt-run.ts <build|zip> <chrome|firefox> <outBaseDir>');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '../..');
const config: InlineConfig = { root, browser, outDir: resolve(outBaseDir), logger: quiet() };
if (command === 'build') await build(config);
else await zip(config);

/** WXT's progress output is noise in test logs; warnings and errors still show. */
function quiet(): NonNullable<InlineConfig['logger']> {
  const none = () => undefined;
  return { debug: none, log: none, info: none, success: none, warn: console.warn, error: console.error, fatal: console.error, level: 1 };
}
