/**
 * The data CLI.
 *   npm run data:check            validate assets/, print a summary, exit 1 on any error
 *   npm run --silent data -- --json   print the compiled store as one JSON document
 *   --assets DIR                  compile another assets folder (used by tests)
 *   --strict                      treat warnings as errors (exit 1 when there are any)
 *
 * Errors and warnings go to stderr, one per line, each naming file, entry and field.
 */
import { resolve } from 'node:path';
import { type DataError, DataValidationError, formatDataError } from '../src/facts/errors';
import { compileAssets } from './lib/compile-assets';

const args = process.argv.slice(2);
const root = resolve(import.meta.dirname, '..');
const assetsIndex = args.indexOf('--assets');
const assetsDir = assetsIndex >= 0 ? resolve(args[assetsIndex + 1] ?? '') : undefined;
const strict = args.includes('--strict');

let warnings: DataError[] = [];
try {
  const store = compileAssets(root, assetsDir, (w) => {
    warnings = w;
    console.error(`Steppe Lens data has ${w.length} warning(s):\n${w.map((e) => `  - ${formatDataError(e)}`).join('\n')}`);
  });
  if (strict && warnings.length) {
    console.error('--strict: warnings count as errors');
    process.exit(1);
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(store)}\n`);
  } else {
    const cited = store.facts.filter((f) => f.source).length;
    console.log(
      `data ok: ${store.articles.length} articles, ${store.entities.length} entities, ${store.facts.length} facts (${cited} cited, every quote verified)`,
    );
  }
} catch (error) {
  if (error instanceof DataValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
