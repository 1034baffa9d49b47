/**
 * Writes the UI strings (src/i18n, the one source) as `_locales/<lang>/messages.json`
 * for the browser: the manifest and the context menu read them there, and
 * stores show the translated name and description.
 */
import { ar } from '../../src/i18n/ar';
import { en, type Messages } from '../../src/i18n/en';
import { he } from '../../src/i18n/he';

type ChromeMessage = { message: string; description?: string; placeholders?: Record<string, { content: string }> };

export const LOCALE_TABLES: Record<string, Messages> = { en, ar, he };

export function chromeMessages(table: Messages): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') out[key] = toChrome(value);
    else for (const [category, text] of Object.entries(value)) if (text) out[`${key}_${category}`] = toChrome(text);
  }
  return out;
}

/** `{name}` placeholders become Chrome's `$name$` with positional content. */
function toChrome(text: string): ChromeMessage {
  const names = [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
  if (!names.length) return { message: text.replace(/\$/g, '$$$$') };
  const message = text.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_, name: string) => `$${name}$`);
  return { message, placeholders: Object.fromEntries(names.map((name, i) => [name, { content: `$${i + 1}` }])) };
}

export function localeFiles(): { relativeDest: string; contents: string }[] {
  return Object.entries(LOCALE_TABLES).map(([lang, table]) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: `${JSON.stringify(chromeMessages(table), null, 2)}\n`,
  }));
}
