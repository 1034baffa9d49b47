/**
 * README's "Add your own articles and facts", tried as a new user would: a
 * small article and its facts dropped into a copy of assets/, then the data
 * check, the search and the cards.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { factsForEntity } from '../../src/facts/lookup';
import { createSearchIndex } from '../../src/search';

const root = resolve(import.meta.dirname, '../..');
const ID = '900_user_added_article';
const TEXT = [
  'Астана, 3 июня 2025 — Президент Казахстана Касым-Жомарт Токаев открыл новый зерновой терминал в Костанае.',
  '',
  'Терминал сможет отгружать до 500 тысяч тонн зерна в год.',
].join('\n');

function assetsWithNewArticle(quote: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'steppe-assets-'));
  cpSync(resolve(root, 'assets'), dir, { recursive: true });
  writeFileSync(join(dir, 'articles', `${ID}.txt`), TEXT);
  writeFileSync(
    join(dir, 'articles', `${ID}.json`),
    JSON.stringify({ id: ID, title: 'Токаев открыл зерновой терминал в Костанае', lang: 'ru', dir: 'ltr', outlet: 'Example Wire', dateline: 'Astana', date: '2025-06-03' }),
  );
  writeFileSync(
    join(dir, 'facts', `${ID}.json`),
    JSON.stringify({
      facts: [
        {
          id: 'tokayev-kostanay-grain-terminal',
          entities: ['tokayev', 'kazakhstan'],
          date: '2025-06-03',
          text: {
            en: 'Tokayev opened a new grain terminal in Kostanay that can ship up to 500,000 tonnes of grain a year.',
            ar: 'افتتح توكاييف محطة حبوب جديدة في كوستاناي يمكنها شحن ما يصل إلى 500 ألف طن من الحبوب سنويًا.',
            he: 'טוקאייב חנך מסוף תבואה חדש בקוסטנאי שיוכל לשנע עד 500 אלף טונות תבואה בשנה.',
          },
          source: { article: ID, paragraph: 2, quote },
        },
      ],
    }),
  );
  return dir;
}

const dataCheck = (assets: string) => {
  try {
    return { code: 0, output: execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), resolve(root, 'scripts/data.ts'), '--check', '--assets', assets], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
};

describe('adding an article and its facts', () => {
  it('passes the data check, is searchable and is cited on the cards', () => {
    const assets = assetsWithNewArticle('до 500 тысяч тонн зерна в год');
    expect(dataCheck(assets)).toMatchObject({ code: 0, output: expect.stringContaining('6 articles') });
    const store = compileAssets(root, assets);
    const hits = createSearchIndex(store.articles, { entities: store.entities }).search('зерновой терминал Костанай', { limit: 3 });
    expect(hits[0]).toMatchObject({ article: ID, paragraph: 1 });
    const cited = factsForEntity(store, 'tokayev').find((f) => f.source?.article === ID);
    expect(cited?.source).toMatchObject({ paragraph: 2 });
  }, 30_000);

  it('is told exactly what is wrong when the quote is not in the paragraph', () => {
    const assets = assetsWithNewArticle('до 600 тысяч тонн');
    const { code, output } = dataCheck(assets);
    expect(code).toBe(1);
    expect(output).toContain(`assets/facts/${ID}.json`);
    expect(output).toContain('tokayev-kostanay-grain-terminal');
    expect(output).toContain('source.quote');
  }, 30_000);
});
