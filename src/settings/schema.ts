/**
 * The user's settings: shape, defaults and repair. Pure. Stored values are
 * never trusted: anything missing, of the wrong type or out of range falls back
 * to its default field by field, so one bad value never loses the others.
 */
export const CARD_LANGUAGES = ['auto', 'en', 'ar', 'he'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const TRIGGERS = ['hover', 'modifier'] as const;
export const MODIFIER_KEYS = ['Alt', 'Shift', 'Control', 'Meta'] as const;

export interface Settings {
  /** Master switch: when off, content scripts scan nothing. */
  enabled: boolean;
  /** Hostnames where Steppe Lens is off (a subdomain inherits its parent's entry). */
  disabledSites: string[];
  /** Entity ids not to mark (new entities are marked by default). */
  disabledEntities: string[];
  /** Pointer dwell before a card opens, in ms. */
  hoverDelayMs: number;
  trigger: (typeof TRIGGERS)[number];
  /** With trigger "modifier": the key to hold while hovering. */
  modifierKey: (typeof MODIFIER_KEYS)[number];
  theme: (typeof THEMES)[number];
  cardLanguage: (typeof CARD_LANGUAGES)[number];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  disabledEntities: [],
  hoverDelayMs: 150,
  trigger: 'hover',
  modifierKey: 'Alt',
  theme: 'auto',
  cardLanguage: 'auto',
});

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;
const MAX_LIST = 5000;

export interface Repaired {
  settings: Settings;
  /** Fields that were invalid and fell back to their defaults. */
  repairedFields: (keyof Settings)[];
  /** True when the stored value should be rewritten: a field was repaired, or it was no object at all. */
  needsWrite: boolean;
}

export function repairSettings(raw: unknown): Repaired {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const repairedFields: (keyof Settings)[] = [];
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => v is Settings[K], clean: (v: Settings[K]) => Settings[K] = (v) => v): Settings[K] => {
    const value = input[key];
    if (value === undefined) return cloneDefault(key);
    if (valid(value)) return clean(value);
    repairedFields.push(key);
    return cloneDefault(key);
  };
  const settings: Settings = {
    enabled: pick('enabled', isBoolean),
    disabledSites: pick('disabledSites', isStringList, (v) => unique(v.map(normalizeHost).filter((h): h is string => !!h))),
    disabledEntities: pick('disabledEntities', isStringList, unique),
    hoverDelayMs: pick('hoverDelayMs', (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= HOVER_DELAY_RANGE.min && v <= HOVER_DELAY_RANGE.max, Math.round),
    trigger: pick('trigger', oneOf(TRIGGERS)),
    modifierKey: pick('modifierKey', oneOf(MODIFIER_KEYS)),
    theme: pick('theme', oneOf(THEMES)),
    cardLanguage: pick('cardLanguage', oneOf(CARD_LANGUAGES)),
  };
  const notAnObject = raw !== undefined && raw !== null && input !== raw;
  return { settings, repairedFields, needsWrite: notAnObject || repairedFields.length > 0 };
}

/** The hostname a user means by "example.com", "https://www.example.com/x" or "EXAMPLE.com.". */
export function normalizeHost(value: string): string | undefined {
  let text = value.trim().toLowerCase();
  if (!text) return undefined;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = new URL(text).hostname;
  } catch {
    return undefined;
  }
  text = text.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '').replace(/^www\./, '');
  return /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$|^xn--/.test(text) && text.length <= 253 ? text : undefined;
}

/** Whether Steppe Lens should run on a page at `hostname` under these settings. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = normalizeHost(hostname) ?? hostname;
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_LIST && v.every((s) => typeof s === 'string' && s.length <= 300);
const oneOf = <T extends string>(values: readonly T[]) => (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
const unique = <T>(list: T[]): T[] => [...new Set(list)];

function cloneDefault<K extends keyof Settings>(key: K): Settings[K] {
  const value = DEFAULT_SETTINGS[key];
  return (Array.isArray(value) ? [...value] : value) as Settings[K];
}
