/** The locales the dashboard writes numbers in, one per interface language. */
export type NumberLocale = 'en-GB' | 'de-DE';

export function localeOf(language: string): NumberLocale {
  return language === 'de' ? 'de-DE' : 'en-GB';
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`: the dashboard formats thousands of cells with a handful of formats. */
export function numberFormat(locale: NumberLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}
