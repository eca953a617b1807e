import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES } from '@kinboard/model';
import { LOCALES } from '../../i18n';
import { interpreterText, ownName } from './languageNames';

describe('language names in the people panel', () => {
  it("the server's list of languages a person may choose is exactly the catalogues the web app ships", () => {
    expect(LOCALES.map((l) => l.code)).toEqual([...INTERFACE_LANGUAGES]);
  });

  it('names an interface language in itself, and an interpreter by whose words and the language', () => {
    expect(ownName('pl')).toBe('Polski');
    expect(interpreterText('Anna', 'pl')).toBe('Interpreter for Anna — Polish');
    expect(interpreterText(null, 'so')).toBe('Interpreter — Somali');
    expect(interpreterText('Anna', null)).toBe('Interpreter for Anna');
    expect(interpreterText(null, null)).toBe('Interpreter');
  });
});
