/**
 * The languages Kinboard's interface speaks. Adding a language is adding its catalogue
 * (messages/<code>.json, with a glossary and review note beside it) and a line here.
 * `name` is the language's name in itself, so a person finds their own language in the list.
 */
export const LOCALES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'cy', name: 'Cymraeg', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

/** Accented and lengthened English, for finding untranslated text and tight layouts; not listed for people. */
export const PSEUDO_LOCALE = 'en-XA';

export type LocaleCode = (typeof LOCALES)[number]['code'] | typeof PSEUDO_LOCALE;

export const SOURCE_LOCALE: LocaleCode = 'en';

export function isLocaleCode(value: string): value is LocaleCode {
  return value === PSEUDO_LOCALE || LOCALES.some((locale) => locale.code === value);
}

export function directionOf(code: LocaleCode): 'ltr' | 'rtl' {
  return LOCALES.find((locale) => locale.code === code)?.dir ?? 'ltr';
}

/**
 * The first of a browser's preferred languages Kinboard speaks: an exact match (en-XA) first,
 * then the language without its region (pl-PL → pl); English when none fits.
 */
export function negotiateLocale(preferred: readonly string[]): LocaleCode {
  for (const tag of preferred) {
    if (isLocaleCode(tag)) return tag;
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (base !== 'en' && isLocaleCode(base)) return base;
    if (base === 'en') return 'en';
  }
  return SOURCE_LOCALE;
}
