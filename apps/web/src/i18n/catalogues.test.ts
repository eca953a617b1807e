import fs from 'node:fs';
import path from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';

const DIR = path.join(import.meta.dirname, 'messages');

function catalogue(code: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${code}.json`), 'utf8')) as Record<string, string>;
}

interface Shape {
  readonly placeholders: Set<string>;
  /** Each plural argument with the categories its branches name (exact `=n` branches left out). */
  readonly plurals: Map<string, Set<string>>;
}

function shapeOf(message: string): Shape {
  const shape: Shape = { placeholders: new Set(), plurals: new Map() };
  // A compiled message is a string or a list of parts; a part is text or a token [name, type?, format?],
  // and a plural's or select's format holds one compiled message per branch.
  const walkMessage = (message: unknown): void => {
    if (Array.isArray(message)) for (const part of message) walkToken(part);
  };
  const walkToken = (part: unknown): void => {
    if (!Array.isArray(part)) return;
    const [name, type, format] = part as [string, unknown, unknown];
    shape.placeholders.add(name);
    if (!format || typeof format !== 'object') return;
    if (type === 'plural') {
      const categories = shape.plurals.get(name) ?? new Set<string>();
      for (const key of Object.keys(format)) if (!/^\d+$/.test(key) && key !== 'offset') categories.add(key);
      shape.plurals.set(name, categories);
    }
    for (const branch of Object.values(format as Record<string, unknown>)) walkMessage(branch);
  };
  walkMessage(compileMessage(message));
  return shape;
}

const english = catalogue('en');

/**
 * Catalogues whose every message is translated. The others are drafts: a message they lack reads
 * in English (tested in messages.test.ts), and I18N.md says how far each has got.
 */
const COMPLETE: ReadonlySet<string> = new Set(['cy', 'pl', 'ro', 'ur', 'ar']);

describe('message catalogues', () => {
  it('English messages all compile, and each plural names "one" and "other"', () => {
    for (const [id, message] of Object.entries(english)) {
      const shape = shapeOf(message);
      for (const [name, categories] of shape.plurals) expect([id, name, [...categories].sort()]).toEqual([id, name, ['one', 'other']]);
    }
  });

  for (const { code } of LOCALES.filter((locale) => locale.code !== 'en')) {
    describe(code, () => {
      const translated = catalogue(code);
      const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

      it('has no message English does not have', () => {
        expect(Object.keys(translated).filter((id) => !(id in english))).toEqual([]);
      });

      it.skipIf(!COMPLETE.has(code))('has every message', () => {
        expect(Object.keys(english).filter((id) => !(id in translated))).toEqual([]);
      });

      it('keeps every placeholder, and gives each plural the categories the language needs', () => {
        for (const [id, message] of Object.entries(translated)) {
          const source = english[id];
          if (source === undefined) continue;
          const want = shapeOf(source);
          const got = shapeOf(message);
          expect([id, [...got.placeholders].sort()]).toEqual([id, [...want.placeholders].sort()]);
          for (const [name] of want.plurals) {
            const categories = got.plurals.get(name) ?? new Set();
            expect([id, name, needed.filter((category) => !categories.has(category))]).toEqual([id, name, []]);
          }
        }
      });
    });
  }
});
