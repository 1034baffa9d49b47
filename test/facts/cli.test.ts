/**
 * The data CLI on fixture folders under test/fixtures/data/<case>/assets: what
 * `npx tsx scripts/data.ts --check --assets <dir>` prints and how it exits.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs');

function runCheck(fixture: string, ...extra: string[]) {
  const result = spawnSync(process.execPath, [tsx, 'scripts/data.ts', '--check', '--assets', `test/fixtures/data/${fixture}/assets`, ...extra], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npx tsx scripts/data.ts --check --assets <dir>', () => {
  it('exits 0 and prints a summary for valid data', () => {
    const { status, stdout, stderr } = runCheck('valid');
    expect(stderr).toBe('');
    expect(stdout).toBe('data ok: 1 articles, 2 entities, 4 facts (3 cited, every quote verified)\n');
    expect(status).toBe(0);
  });

  it('exits 1 naming the file, entry and field of a quote that is not verbatim', () => {
    const { status, stdout, stderr } = runCheck('bad-quote');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'Steppe Lens data has 1 error(s):',
        '  - assets/facts/001_0123456789abcdef.json, entry facts[2] "sco-astana", field "source.quote": not found verbatim in paragraph 4 of article 001_0123456789abcdef: "The SCO summit met in Almaty."',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 naming both entity files that claim one alias', () => {
    const { status, stderr } = runCheck('duplicate-alias');
    expect(status).toBe(1);
    expect(stderr).toContain(
      '  - assets/entities/sco.json, entry sco, field "aliases.he.1": alias "קזחסטן" is also claimed by entity "kazakhstan" in assets/entities/kazakhstan.json (aliases.he.0)',
    );
  });

  it('prints warnings but exits 0, unless --strict', () => {
    const warning = '  - assets/entities/brics.json, entry brics: no fact mentions this entity: its card will show no facts';
    const lenient = runCheck('unused-entity');
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain(warning);
    const strict = runCheck('unused-entity', '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(warning);
    expect(strict.stderr).toContain('--strict: warnings count as errors');
  });
});
