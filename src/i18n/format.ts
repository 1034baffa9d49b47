/**
 * How the UI writes dates and numbers. Intl does it right for every locale,
 * but its first use in a process loads locale data: on a fresh page the first
 * NumberFormat or DateTimeFormat took 18-50 ms each. The hover card runs on
 * the reader's page, so the background, whose Intl is warm, writes out what a
 * card shows in advance (`preformat`); the card reads those tables and falls
 * back to Intl only for anything missing.
 */

export interface Formats {
  /** An ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD). */
  date(iso: string): string;
  /** An integer as the language writes it. */
  number(n: number): string;
}

/** Dates and numbers already written out for one language, as plain JSON. */
export interface Preformatted {
  lang: string;
  dates: Record<string, string>;
  numbers: Record<string, string>;
}

const intlByLocale = new Map<string, Formats>();

/** Intl formatting for `locale`; each Intl object is made on first use and kept. */
export function intlFormats(locale: string): Formats {
  let formats = intlByLocale.get(locale);
  if (!formats) intlByLocale.set(locale, (formats = makeIntlFormats(locale)));
  return formats;
}

function makeIntlFormats(locale: string): Formats {
  let numbers: Intl.NumberFormat | undefined;
  // One DateTimeFormat per precision: year, year-month, full date.
  const dates = new Map<number, Intl.DateTimeFormat | null>();
  const dateFormat = (parts: number): Intl.DateTimeFormat | null => {
    if (!dates.has(parts)) {
      const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(parts > 1 ? { month: 'long' } : {}), ...(parts > 2 ? { day: 'numeric' } : {}) };
      try {
        dates.set(parts, new Intl.DateTimeFormat(locale, options));
      } catch {
        dates.set(parts, null); // an unknown locale: dates stay ISO
      }
    }
    return dates.get(parts)!;
  };
  return {
    date(iso) {
      const [y, m, d] = iso.split('-').map(Number);
      if (!y) return iso;
      const format = dateFormat(d ? 3 : m ? 2 : 1);
      return format ? format.format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1))) : iso;
    },
    number(n) {
      try {
        numbers ??= new Intl.NumberFormat(locale);
      } catch {
        return String(n);
      }
      return numbers.format(n);
    },
  };
}

/** Formats an ISO date of any precision for the UI language. */
export function formatDate(iso: string, locale: string): string {
  return intlFormats(locale).date(iso);
}

/** Writes out `dates` and `numbers` in `lang` (where Intl is warm, to ship to where it is not). */
export function preformat(lang: string, dates: Iterable<string>, numbers: Iterable<number>): Preformatted {
  const formats = intlFormats(lang);
  const out: Preformatted = { lang, dates: {}, numbers: {} };
  for (const iso of dates) out.dates[iso] ??= formats.date(iso);
  for (const n of numbers) out.numbers[n] ??= formats.number(n);
  return out;
}

/** Formatting from a preformatted table when it is for `lang`, Intl for anything it lacks. */
export function formatsFor(lang: string, table?: Preformatted): Formats {
  const intl = intlFormats(lang);
  if (!table || table.lang !== lang) return intl;
  return {
    date: (iso) => (Object.hasOwn(table.dates, iso) ? table.dates[iso]! : intl.date(iso)),
    number: (n) => (Object.hasOwn(table.numbers, n) ? table.numbers[n]! : intl.number(n)),
  };
}
