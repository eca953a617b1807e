/**
 * The languages a person can choose for Kinboard's interface: the codes of the catalogues the web
 * app ships (apps/web/src/i18n/locales.ts lists the same codes, and a web test keeps the two
 * equal). The server keeps each person's choice on their person record and refuses any other
 * value; the room screen's second language is one of them too.
 */

/** Shipped interface languages, as BCP 47 codes. */
export const INTERFACE_LANGUAGES = ['en', 'cy', 'pl', 'ro', 'ur', 'ar'] as const;
/** One of `INTERFACE_LANGUAGES`. */
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Languages written right to left: their text sets `dir="rtl"`. */
export const RIGHT_TO_LEFT: ReadonlySet<InterfaceLanguage> = new Set(['ur', 'ar']);

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}
