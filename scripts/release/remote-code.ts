/**
 * Looks through a built extension for code or resources loaded from elsewhere
 * and for code made from strings at run time: remote <script>/<link>/<iframe>
 * sources, CSS imports and urls, dynamic import/importScripts/Worker of remote
 * URLs, eval, new Function, string timers, WebAssembly compilation. Every URL
 * literal in built code must be one of KNOWN_URL_STRINGS (namespace names and
 * match patterns, which load nothing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** URL-shaped strings in the bundle that are identifiers, not addresses. */
export const KNOWN_URL_STRINGS = new Set([
  'http://www.w3.org/2000/svg', // Preact: SVG namespace
  'http://www.w3.org/1998/Math/MathML', // Preact: MathML namespace
  'http://www.w3.org/1999/xhtml', // Preact: XHTML namespace (foreignObject)
  'http://www.w3.org/1999/xlink', // xlink namespace
  'https://github.com/wxt-dev/wxt/issues/371', // text of WXT's "browser API unavailable" error message
  'https://wxt.dev/guide/go-further/testing.html', // same message
  'http://*/*', // content script match patterns (WXT's runtime copy of the manifest entry)
  'https://*/*',
]);

export interface Finding {
  file: string;
  rule: string;
  excerpt: string;
}

const URL_LITERAL = /\bhttps?:\/\/[^\s"'`<>()\\]*/g;

const CODE_RULES: [string, RegExp][] = [
  ['eval call', /(?<![\w$.])eval\s*\(/g],
  ['new Function', /\bnew\s+Function\s*\(/g],
  ['Function from a string', /(?<![\w$.])(?<!new\s+)Function\s*\(\s*["'`]/g],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g],
  ['protocol-relative URL', /["'`]\/\/[a-z0-9-]+\.[a-z0-9.-]+/gi],
  ['WebAssembly compilation', /\bWebAssembly\s*\.\s*(?:instantiate|compile|instantiateStreaming|compileStreaming)\b/g],
];

const HTML_RULES: [string, RegExp][] = [
  ['remote src/href in HTML', /\b(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?\/\//gi],
  ['base element', /<base\b/gi],
  ['meta refresh', /http-equiv\s*=\s*["']?refresh/gi],
];

const CSS_RULES: [string, RegExp][] = [
  ['remote url() in CSS', /url\(\s*["']?\s*(?:https?:)?\/\//gi],
  ['CSS @import', /@import\b/gi],
];

export interface ScanResult {
  findings: Finding[];
  /** Every URL literal met in code, with where it was (known ones included), for the record. */
  urls: { file: string; url: string }[];
  /** Every "eval" token that is not a call (e.g. a property name), for the record. */
  evalTokens: { file: string; excerpt: string }[];
  files: number;
}

export function scanBuild(dir: string): ScanResult {
  const result: ScanResult = { findings: [], urls: [], evalTokens: [], files: 0 };
  for (const path of walk(dir)) {
    const file = relative(dir, path);
    const ext = extname(path);
    if (!['.js', '.mjs', '.html', '.css'].includes(ext)) continue;
    result.files++;
    const text = readFileSync(path, 'utf8');
    const rules = ext === '.html' ? [...HTML_RULES, ...CODE_RULES] : ext === '.css' ? CSS_RULES : CODE_RULES;
    for (const [rule, re] of rules) {
      for (const m of text.matchAll(re)) result.findings.push({ file, rule, excerpt: around(text, m.index) });
    }
    if (ext === '.css') continue;
    for (const m of text.matchAll(URL_LITERAL)) {
      result.urls.push({ file, url: m[0] });
      if (!KNOWN_URL_STRINGS.has(m[0])) result.findings.push({ file, rule: 'unknown URL in code', excerpt: around(text, m.index) });
    }
    for (const m of text.matchAll(/\beval\b/g)) result.evalTokens.push({ file, excerpt: around(text, m.index) });
  }
  return result;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 50), at + 70).replace(/\s+/g, ' ');
}
