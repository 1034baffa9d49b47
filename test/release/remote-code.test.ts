/** The remote-code scanner finds what it is meant to find (its negative result on the real builds is asserted in firefox-lint.test.ts and privacy.e2e.ts). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanBuild } from '../../scripts/release/remote-code';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'steppe-lens-scan-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const rules = (files: Record<string, string>) => scanBuild(build(files)).findings.map((f) => `${f.file}: ${f.rule}`);

describe('remote-code scanner', () => {
  it('passes namespace strings, match patterns and a property named eval', () => {
    const result = scanBuild(build({ 'a.js': 'x==`http://www.w3.org/2000/svg`;m=[`https://*/*`];o={inspectedWindow:{eval:{minArgs:1}}};obj.eval(1)' }));
    expect(result.findings).toEqual([]);
    expect(result.evalTokens).toHaveLength(2);
  });

  it('flags code made from strings', () => {
    expect(rules({ 'a.js': 'eval(s);new Function("a","return a");Function(`x`);setTimeout("go()",1);WebAssembly.instantiate(b)' })).toEqual([
      'a.js: eval call',
      'a.js: new Function',
      'a.js: Function from a string',
      'a.js: string timer',
      'a.js: WebAssembly compilation',
    ]);
  });

  it('flags remote addresses in code, pages and styles', () => {
    expect(rules({ 'bg.js': 'importScripts("https://cdn.example/x.js");import("//cdn.example/y.js")' })).toEqual([
      'bg.js: protocol-relative URL',
      'bg.js: unknown URL in code',
    ]);
    expect(rules({ 'p.html': '<script src="https://cdn.example/x.js"></script><link href="//fonts.example/f.css">' })).toEqual(
      expect.arrayContaining(['p.html: remote src/href in HTML', 'p.html: unknown URL in code']),
    );
    expect(rules({ 's/t.css': '@import "x.css"; a{background:url(https://img.example/a.png)}' })).toEqual(['s/t.css: remote url() in CSS', 's/t.css: CSS @import']);
  });
});
