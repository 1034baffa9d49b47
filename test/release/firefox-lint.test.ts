/**
 * The Firefox build: its manifest has what Firefox and addons.mozilla.org need,
 * and addons-linter (web-ext lint, as AMO runs it on upload) finds no errors.
 * Warnings are printed, not failed on: Preact's own innerHTML assignment
 * (dangerouslySetInnerHTML support) is reported for every bundle that has Preact.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLintMessage, lintFirefox } from '../../scripts/release/firefox-lint';
import { scanBuild } from '../../scripts/release/remote-code';
import { wxtRun, type ReleaseDir } from './release-build';

let out: ReleaseDir;
let ext: string;
let manifest: Record<string, any>;

beforeAll(async () => {
  out = await wxtRun('build', 'firefox');
  ext = join(out.dir, 'firefox-mv2');
  manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
}, 60_000);
afterAll(() => out?.remove());

describe('Firefox manifest', () => {
  it('is Manifest V2 with a toolbar button, a sidebar for the reader and a background script', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_action?.default_popup).toBe('popup.html');
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.background?.scripts).toEqual(['background.js']);
    for (const page of ['popup.html', 'sidepanel.html', manifest.options_ui?.page, ...manifest.background.scripts]) {
      expect(existsSync(join(ext, page)), page).toBe(true);
    }
  });

  it('has an add-on id, minimum versions that know data_collection_permissions, and declares no data collection', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[a-zA-Z0-9-._]*@[a-zA-Z0-9-._]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(Number.parseFloat(manifest.browser_specific_settings?.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  it('asks only for storage and contextMenus: no sidePanel (not a Firefox API), no hosts', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('ships its icons, command and locales', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const icon of Object.values<string>(manifest.icons)) expect(existsSync(join(ext, icon)), icon).toBe(true);
    expect(manifest.commands?.['open-card']?.suggested_key?.default).toBe('Alt+Shift+K');
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'ar', 'he']) {
      const messages = JSON.parse(readFileSync(join(ext, '_locales', locale, 'messages.json'), 'utf8'));
      for (const key of ['extensionName', 'extensionDescription', 'commandOpenCard']) expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
    }
  });
});

describe('Firefox build code', () => {
  it('loads nothing remote and makes no code from strings', () => {
    const { findings, files } = scanBuild(ext);
    expect(files).toBeGreaterThan(5);
    expect(findings).toEqual([]);
  });
});

describe('web-ext lint', () => {
  it('finds no errors', async () => {
    const report = await lintFirefox(ext);
    const messages = [...report.errors, ...report.warnings, ...report.notices];
    console.log(`addons-linter: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices\n${messages.map(formatLintMessage).join('\n')}`);
    expect(report.errors.map(formatLintMessage)).toEqual([]);
  }, 30_000);

  it('would report an error (control: the same build with an invalid data consent)', async () => {
    const broken = join(out.dir, 'broken');
    cpSync(ext, broken, { recursive: true });
    const bad = structuredClone(manifest);
    bad.browser_specific_settings.gecko.data_collection_permissions = { required: ['none', 'locationInfo'] };
    writeFileSync(join(broken, 'manifest.json'), JSON.stringify(bad));
    const report = await lintFirefox(broken);
    expect(report.errors.map((m) => m.code)).toContain('NONE_DATA_COLLECTION_IS_EXCLUSIVE');
  }, 30_000);
});
