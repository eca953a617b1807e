/**
 * Build-time: English travels with the code that says it (issue 21). Instead of the whole English
 * catalogue in the first load, each built chunk starts by handing `messages.ts` the compiled English
 * messages its own code names, so a board link downloads the words of the parts it opens and no
 * others. Runs in Node (vite.config.ts), never in the page.
 *
 * A chunk "names" a message when its code holds the id as a string (`'board.BoardPage.join'`), or
 * builds ids from a literal head (`` `connection.close.${name}` ``, `'people.role.' + role`): every
 * message under such a head comes along. Ids are only ever written one of these ways in the source
 * (messagesNamed.test.ts checks the source for any other). The code of a chunk runs after the chunk's
 * messages are handed over, so a component never looks up an id its chunk did not bring.
 *
 * While serving (the dev server and vitest) nothing is split: `virtual:kinboard-english` is the
 * whole catalogue. In a build it is empty, and a lookup the chunks missed (a bug) loads the whole
 * catalogue (messages.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

export const ENGLISH_MODULE = 'virtual:kinboard-english';
const RESOLVED = `\0${ENGLISH_MODULE}`;
/** The page-wide list each chunk pushes its English onto (messages.ts takes them from there). */
export const ENGLISH_GLOBAL = '__kinboardEnglish';

const CATALOGUE_FILE = /[\\/]src[\\/]i18n[\\/]messages[\\/][a-zA-Z-]+\.json$/;
/**
 * Messages whose English is never looked up: the plain-language hints' English is the model's own
 * words, and the catalogue's are read only in other languages (hintWords.ts, `translated`).
 */
export const TRANSLATION_ONLY: readonly string[] = ['hints.'];

/** A whole string literal that could be an id: 'a.b', "a.b.c", `a.b`. */
const WHOLE = /(["'`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g;
/** A head ids are built from: `a.b.${…}`, 'a.b.' + …, `a.b.c${…}`. */
const HEAD = /`([A-Za-z][\w-]*\.[\w.-]*)\$\{|(["'`])([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\2/g;

/** The ids of `catalogue` that `code` names, whole or by a head. */
export function idsNamedIn(code: string, catalogue: Readonly<Record<string, unknown>>): Set<string> {
  const found = new Set<string>();
  for (const match of code.matchAll(WHOLE)) {
    const id = match[2]!;
    if (Object.hasOwn(catalogue, id)) found.add(id);
  }
  const heads = new Set<string>();
  for (const match of code.matchAll(HEAD)) heads.add(match[1] ?? match[3]!);
  if (heads.size > 0) {
    for (const id of Object.keys(catalogue)) {
      for (const head of heads) {
        if (id.startsWith(head)) {
          found.add(id);
          break;
        }
      }
    }
  }
  for (const id of found) if (TRANSLATION_ONLY.some((head) => id.startsWith(head))) found.delete(id);
  return found;
}

export function splitEnglish(catalogueFile: string): Plugin {
  let building = false;
  let compiled: Record<string, unknown> | null = null;
  const english = (): Record<string, unknown> => {
    compiled ??= Object.fromEntries(
      Object.entries(JSON.parse(fs.readFileSync(catalogueFile, 'utf8')) as Record<string, string>).map(([id, message]) => [
        id,
        compileMessage(message),
      ]),
    );
    return compiled;
  };
  return {
    name: 'kinboard-english-per-chunk',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === ENGLISH_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(catalogueFile);
      // Serving: the whole catalogue, at once. Building: each chunk brings its own (renderChunk).
      return `export const englishAtStart = ${building ? 'null' : JSON.stringify(english())};`;
    },
    buildStart() {
      compiled = null;
    },
    renderChunk(code, chunk) {
      if (!building) return null;
      // A language's catalogue names every id as a key; it is not code that says them.
      if (chunk.moduleIds.some((id) => CATALOGUE_FILE.test(id.split('?')[0] ?? ''))) return null;
      const all = english();
      const ids = idsNamedIn(code, all);
      if (ids.size === 0) return null;
      const messages: Record<string, unknown> = {};
      for (const id of [...ids].sort()) messages[id] = all[id];
      const s = new MagicString(code);
      // Before the chunk's own code; its imports (hoisted) run first, and may have pushed before.
      s.prepend(`(globalThis.${ENGLISH_GLOBAL}||=[]).push(${JSON.stringify(messages)});\n`);
      return { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: chunk.fileName }) };
    },
  };
}

/** The English catalogue's file beside this one. */
export function englishCatalogueFile(dir: string): string {
  return path.join(dir, 'messages', 'en.json');
}
