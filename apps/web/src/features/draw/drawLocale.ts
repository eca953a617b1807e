import { LANGUAGES } from 'tldraw';
import type { LocaleCode } from '../../i18n';

const TLDRAW_LOCALES: ReadonlySet<string> = new Set(LANGUAGES.map((language) => language.locale));

/**
 * The language for tldraw's own menus and tool names: the person's Kinboard language where tldraw
 * ships a translation (bundled with our assets, see assetUrls.ts), else English. tldraw has no
 * Welsh; the pseudo-locale is English underneath.
 */
export function drawLocale(code: LocaleCode): string {
  return TLDRAW_LOCALES.has(code) ? code : 'en';
}
