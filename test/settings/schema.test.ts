import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, normalizeHost, repairSettings } from '../../src/settings/schema';

describe('settings repair', () => {
  it('gives the defaults for nothing stored, without asking for a write', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repairedFields: [], needsWrite: false });
  });

  it('keeps valid values and repairs each invalid field to its default, one by one', () => {
    const { settings, repairedFields, needsWrite } = repairSettings({
      enabled: false,
      disabledSites: ['Example.COM', 'https://www.news.example.org/path', 'not a host!'],
      hoverDelayMs: 'fast',
      theme: 'purple',
      trigger: 'modifier',
      cardLanguage: 'he',
      disabledEntities: [1, 2],
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['example.com', 'news.example.org'],
      trigger: 'modifier',
      cardLanguage: 'he',
    });
    expect(repairedFields.sort()).toEqual(['disabledEntities', 'hoverDelayMs', 'theme']);
    expect(needsWrite).toBe(true);
  });

  it.each([null, 42, 'settings', [1, 2], true])('replaces a stored value that is not an object (%j) with defaults and asks for a write', (raw) => {
    const result = repairSettings(raw);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.needsWrite).toBe(raw !== null);
  });

  it('rejects hover delays out of range and rounds fractional ones', () => {
    expect(repairSettings({ hoverDelayMs: -5 }).settings.hoverDelayMs).toBe(150);
    expect(repairSettings({ hoverDelayMs: 99999 }).settings.hoverDelayMs).toBe(150);
    expect(repairSettings({ hoverDelayMs: Number.NaN }).settings.hoverDelayMs).toBe(150);
    expect(repairSettings({ hoverDelayMs: 220.6 }).settings.hoverDelayMs).toBe(221);
  });

  it('never shares the default arrays with the result', () => {
    const { settings } = repairSettings(undefined);
    settings.disabledSites.push('x.org');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('sites', () => {
  it('normalizes what a person types into a hostname', () => {
    expect(normalizeHost(' WWW.Example.com. ')).toBe('example.com');
    expect(normalizeHost('https://sub.example.com:8080/a?b')).toBe('sub.example.com');
    expect(normalizeHost('example.com/path')).toBe('example.com');
    expect(normalizeHost('')).toBeUndefined();
    expect(normalizeHost('two words')).toBeUndefined();
  });

  it('turns a site off with its subdomains, and everything off with the master switch', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isActiveOn(settings, 'example.com')).toBe(false);
    expect(isActiveOn(settings, 'news.example.com')).toBe(false);
    expect(isActiveOn(settings, 'www.example.com')).toBe(false);
    expect(isActiveOn(settings, 'notexample.com')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'other.org')).toBe(false);
  });
});
