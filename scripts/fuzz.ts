/**
 * `npm run test:fuzz`: the property (fuzz) tests of normalization, detection and
 * search (test/**\/*.property.test.ts) with far more cases than `npm test` runs.
 *
 *   FC_RUNS=n   cases per property (default 20000; CI runs each file's quick default)
 *   FC_SEED=n   replay a seed (default: a fresh one, printed before and after)
 *   npm run test:fuzz -- test/detect/fold.property   some files only (vitest filters)
 *
 * A failure prints fast-check's counterexample, seed and path; the line printed at
 * the end replays the run.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const runs = process.env.FC_RUNS || '20000';
const seed = process.env.FC_SEED || String(Math.floor(Math.random() * 2 ** 31));
const replay = `FC_SEED=${seed} FC_RUNS=${runs} npm run test:fuzz${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const filters = process.argv.length > 2 ? process.argv.slice(2) : ['.property.test.'];

console.log(`fuzz: seed ${seed}, ${runs} cases per property (replay: ${replay})`);
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--configLoader', 'runner', '--project', 'unit', '--testTimeout', '3600000', ...filters], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FC_RUNS: runs, FC_SEED: seed },
});
console.log(result.status === 0 ? `fuzz: passed (seed ${seed}, ${runs} cases per property)` : `fuzz: FAILED; replay with: ${replay}`);
process.exit(result.status ?? 1);
