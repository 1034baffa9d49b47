/**
 * `npm run zip` (wxt zip && wxt zip -b firefox), done through the same WXT API
 * into a temporary directory: the Chrome zip, the Firefox zip and the Firefox
 * sources zip that addons.mozilla.org reviewers rebuild from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { root, wxtRun, type ReleaseDir } from './release-build';
import { zipEntries } from './zip-listing';

const version = '0.1.0';
let out: ReleaseDir;
let files: string[];

beforeAll(async () => {
  out = await wxtRun('zip', 'chrome');
  await wxtRun('zip', 'firefox', out.dir);
  files = readdirSync(out.dir).filter((f) => f.endsWith('.zip'));
}, 90_000);
afterAll(() => out?.remove());

const entries = (name: string) => zipEntries(join(out.dir, name));

describe('npm run zip', () => {
  it('makes exactly the Chrome zip, the Firefox zip and the Firefox sources zip', () => {
    expect(files.sort()).toEqual([`steppe-lens-${version}-chrome.zip`, `steppe-lens-${version}-firefox.zip`, `steppe-lens-${version}-sources.zip`]);
  });

  for (const browser of ['chrome', 'firefox']) {
    it(`the ${browser} zip holds the extension at its root`, () => {
      const names = entries(`steppe-lens-${version}-${browser}.zip`);
      for (const file of ['manifest.json', 'background.js', 'content-scripts/content.js', 'popup.html', 'sidepanel.html', 'options.html', 'icons/128.png']) {
        expect(names, file).toContain(file);
      }
      for (const locale of ['en', 'ar', 'he']) expect(names).toContain(`_locales/${locale}/messages.json`);
      expect(names.filter((n) => n.endsWith('.map') || n.startsWith('.'))).toEqual([]);
    });
  }

  it('the sources zip holds what the build needs and no installed or built files', () => {
    const names = entries(`steppe-lens-${version}-sources.zip`);
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'entrypoints/content.ts']) {
      expect(names, file).toContain(file);
    }
    expect(names.some((n) => n.startsWith('src/'))).toBe(true);
    expect(names.some((n) => n.startsWith('scripts/'))).toBe(true);
    expect(names.filter((n) => n.startsWith('assets/articles/')).length).toBeGreaterThan(0);
    expect(names.filter((n) => /(^|\/)(node_modules|\.output|\.wxt|\.git)\//.test(n))).toEqual([]);
  });
});

describe('the content scripts (loaded on every page)', () => {
  // Facts, summaries and articles load on demand from the background, and detection runs there
  // (docs/adr/0005): pages get neither the fact store nor the lexicon.
  const read = (dir: string) => {
    const code = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    return code.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  };
  const bundle = () => read(join(out.dir, 'chrome-mv3', 'content-scripts'));
  const store = compileAssets(root);
  // Aliases the UI strings do not use (the extension's description names Kazakhstan in each UI language).
  const aliases = ['Kasachstan', '托卡耶夫', 'Тоқаев', 'Шанхайская организация сотрудничества'];

  it('hold the card and the detect request (the checks below read the right files)', () => {
    const code = bundle();
    for (const piece of ['steppe-lens', 'open-reader', 'detect']) expect(code, piece).toContain(piece);
  });

  it('hold no lexicon: the background has it and detects for them', () => {
    const code = bundle();
    expect(aliases.filter((a) => code.includes(a))).toEqual([]);
    const background = read(join(out.dir, 'chrome-mv3'));
    for (const alias of aliases) expect(background, alias).toContain(alias);
  });

  it('are a production build: no development JSX with source paths, no devtools hooks', () => {
    const code = bundle();
    expect(code).not.toMatch(/jsxDEV|lineNumber:|columnNumber:|__PREACT_DEVTOOLS__/);
    expect(code).not.toContain(root);
  });

  it('hold no fact statement, entity summary or article paragraph', () => {
    const code = bundle();
    const texts = [
      ...store.facts.flatMap((f) => Object.values(f.text)),
      ...store.entities.flatMap((e) => Object.values(e.summary)),
      ...store.articles.flatMap((a) => a.paragraphs),
    ].filter((t) => t.length >= 24);
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => code.includes(t))).toEqual([]);
  });
});
