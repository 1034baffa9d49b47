/**
 * fast-check settings shared by the property (fuzz) tests, `test/**\/*.property.test.ts`.
 *
 * In `npm test` (CI) every property runs a quick number of cases (each file picks
 * its own) from one fixed seed, so CI is reproducible. `npm run test:fuzz`
 * (scripts/fuzz.ts) runs the same files with FC_RUNS=20000 and a fresh seed it
 * prints first; a failure prints fast-check's counterexample, seed and path, and
 * `FC_SEED=<seed> npm run test:fuzz` replays it.
 */
const FIXED_SEED = 20251123;

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name}=${raw}: expected an integer`);
  return n;
}

const runsFromEnv = envInt('FC_RUNS');
if (runsFromEnv !== undefined && runsFromEnv < 1) throw new Error(`FC_RUNS=${runsFromEnv}: expected at least 1`);

/** FC_SEED when given; else a fresh one for a long run (FC_RUNS set); else the fixed CI seed. */
export const FUZZ_SEED = envInt('FC_SEED') ?? (runsFromEnv !== undefined ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED);

/** Cases per property: FC_RUNS when set, else `quick` (the file's CI default). */
export function fuzzRuns(quick: number): number {
  return runsFromEnv ?? quick;
}

/** Parameters for `fc.assert`: the shared seed and `fuzzRuns(quick)` cases. */
export function fuzzParams(quick: number): { seed: number; numRuns: number } {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(quick) };
}

/** A test timeout for a property of `quick` cases taking up to `msPerCase` each: 20 s at least. */
export function fuzzTimeout(quick: number, msPerCase: number): number {
  return 20_000 + fuzzRuns(quick) * msPerCase;
}
