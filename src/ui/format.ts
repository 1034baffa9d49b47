/** Formats an ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) for the UI language. */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return iso;
  }
}
