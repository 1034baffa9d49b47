/**
 * UI strings in English, Arabic and Hebrew, with plural forms chosen by
 * Intl.PluralRules (Arabic has six). Pure: the caller picks the language
 * (browser UI language or the user's card-language setting).
 */
import { ar } from './ar';
import { intlFormats } from './format';
import { en, type MessageKey, type Messages } from './en';
import { he } from './he';

export type { MessageKey, Messages };
export const UI_LANGS = ['en', 'ar', 'he'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const TABLES: Record<UiLang, Messages> = { en, ar, he };
const RTL = new Set<string>(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/** The UI language for a BCP 47 tag (`ar-EG`, `he_IL`, `iw`): ar, he, else en. */
export function uiLangFor(tag: string | undefined): UiLang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (base === 'iw') return 'he';
  return (UI_LANGS as readonly string[]).includes(base ?? '') ? (base as UiLang) : 'en';
}

export function dirFor(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<UiLang, Translate>();
const pluralRules = new Map<UiLang, Intl.PluralRules>();

/**
 * The translate function for a language. Numbers in messages are written by
 * `formatNumber` when given (the hover card passes numbers the background
 * wrote out, sparing the page Intl's cold start), else by Intl (./format),
 * its NumberFormat made on first use.
 */
export function translator(lang: UiLang, formatNumber?: (n: number) => string): Translate {
  if (formatNumber) return makeTranslator(lang, formatNumber);
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = makeTranslator(lang, intlFormats(lang).number)));
  return t;
}

function pluralCategory(lang: UiLang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

function makeTranslator(lang: UiLang, formatNumber: (n: number) => string): Translate {
  const table = TABLES[lang];
  return (key, params = {}) => {
    const entry = table[key] ?? en[key];
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      const count = Number(params.count ?? 0);
      // Arabic and Hebrew have words for 0 (and 2) that read better than the numeral.
      const category = count === 0 && entry.zero ? 'zero' : pluralCategory(lang, count);
      text = entry[category] ?? entry.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  };
}
