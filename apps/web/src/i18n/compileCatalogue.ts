/**
 * Build-time half of the message catalogues: Vite hands each `src/i18n/messages/<code>.json` to this
 * plugin, which compiles every ICU message with Lingui's compiler, so the browser gets no parser
 * (Lingui's runtime alone is about 2.4 KB gzip). Runs in Node (vite.config.ts), never in the page.
 */
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const CATALOGUE = /[\\/]src[\\/]i18n[\\/]messages[\\/][a-zA-Z-]+\.json$/;

export function compileCatalogues(): Plugin {
  return {
    name: 'kinboard-compile-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE.test(id.split('?')[0] ?? '')) return null;
      const source = JSON.parse(code) as Record<string, string>;
      const compiled = Object.fromEntries(Object.entries(source).map(([key, message]) => [key, compileMessage(message)]));
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}
