/**
 * Bundle benchmark: `npx tsx test/bench/run.ts --only=bundle`.
 *
 * Sizes of the built Chrome extension (.output/chrome-mv3, rebuilt when
 * missing or stale), raw and gzip (zlib, level 9): the content script, which
 * every page loads and compiles, is the one that matters; the popup, side
 * panel, options page and background are given for information, each with the
 * chunks and styles its page loads (static imports followed), and the search
 * worker on its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_OUT, CONTENT_SCRIPT, ensureBuilt } from './lib/build';
import type { BenchPart, BenchRow } from './types';

export const run: BenchPart = async () => {
  ensureBuilt();
  const rows: BenchRow[] = [];
  /** `key` (e.g. "bundle.content") gives the rows keys "<key>-raw-kib" and "<key>-gzip-kib". */
  const sized = (metric: string, files: readonly string[], comparison?: string, key?: string) => {
    const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
    const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    const list = files.length > 1 ? `${files.length} files: ${files.map((f) => relative(CHROME_OUT, f)).join(', ')}` : undefined;
    rows.push({ part: 'bundle', metric: `${metric}, raw`, value: raw / 1024, unit: 'KiB', ...(comparison ? { comparison } : {}), ...(key ? { key: `${key}-raw-kib` } : {}) });
    rows.push({ part: 'bundle', metric: `${metric}, gzip`, value: gzip / 1024, unit: 'KiB', ...(list ? { comparison: list } : {}), ...(key ? { key: `${key}-gzip-kib` } : {}) });
  };

  sized('content script (content-scripts/content.js)', [CONTENT_SCRIPT], 'loaded and compiled on every page', 'bundle.content');
  const manifest = JSON.parse(readFileSync(join(CHROME_OUT, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  const background = manifest.background?.service_worker;
  if (background) sized(`background (${background})`, closure([join(CHROME_OUT, background)]));
  for (const page of ['popup.html', 'sidepanel.html', 'options.html']) {
    const html = join(CHROME_OUT, page);
    if (existsSync(html)) sized(`${page.replace('.html', '')} (html + scripts + css)`, [html, ...closure(pageAssets(html))]);
  }
  const assets = join(CHROME_OUT, 'assets');
  for (const worker of existsSync(assets) ? readdirSync(assets).filter((f) => /worker.*\.js$/.test(f)) : []) {
    sized(`worker (assets/${worker})`, [join(assets, worker)]);
  }
  return rows;
};

/** The scripts and style sheets an HTML page references. */
function pageAssets(html: string): string[] {
  const text = readFileSync(html, 'utf8');
  const refs = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => /\.(js|css)$/.test(r));
  return refs.map((r) => resolve(r.startsWith('/') ? CHROME_OUT : dirname(html), r.replace(/^\//, '')));
}

/** `files` plus every chunk they import statically (import ... from "./x.js", import "./x.js"). */
function closure(files: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) visit(resolve(dirname(file), m[1]!));
  };
  files.forEach(visit);
  return [...seen];
}
