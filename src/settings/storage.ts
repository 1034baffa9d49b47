/**
 * The settings as stored in `storage.sync`, versioned by WXT's storage item
 * (migrations run on first read after an upgrade), and repaired on every read:
 * a corrupted value falls back to defaults and is written back fixed.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './schema';

/** Bump with a migration in SETTINGS_MIGRATIONS whenever a stored field changes meaning. */
export const SETTINGS_VERSION = 1;
/** Version N's migration takes a value stored at version N-1. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

const item = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await item.getValue();
  } catch {
    raw = undefined; // unreadable storage: run on defaults rather than not at all
  }
  const { settings, needsWrite } = repairSettings(raw);
  if (needsWrite) await item.setValue(settings).catch(() => undefined);
  return settings;
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await loadSettings()), ...change }).settings;
  await item.setValue(next);
  return next;
}

/** Calls back with repaired settings whenever they change in any context. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => callback(repairSettings(value).settings));
}
