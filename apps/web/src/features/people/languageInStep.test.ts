import { describe, expect, it } from 'vitest';
import type { NetworkMemberView } from '@kinboard/model';
import { entryLanguageAfter, interfaceLanguageOf, recordsAfter } from './languageInStep';

const mum = { id: 'm1', kind: 'family', language: null, personIds: ['p1', 'p2'] } as unknown as NetworkMemberView;
const interpreter = { ...mum, id: 'm2', kind: 'interpreter', language: 'pl' } as NetworkMemberView;

describe('a person’s language kept in step between their record and the network list', () => {
  it('reads the interface language from a tag, only where Kinboard speaks it', () => {
    expect(interfaceLanguageOf('pl-PL')).toBe('pl');
    expect(interfaceLanguageOf(' AR ')).toBe('ar');
    expect(interfaceLanguageOf('pa-Guru')).toBeNull();
    expect(interfaceLanguageOf(null)).toBeNull();
  });

  it('puts the record’s language on the entry, unless the entry already says it or names an interpreter’s language', () => {
    expect(entryLanguageAfter(mum, 'ro')).toBe('ro');
    expect(entryLanguageAfter({ ...mum, language: 'ro-RO' }, 'ro')).toBeUndefined();
    expect(entryLanguageAfter(interpreter, 'ro')).toBeUndefined();
    expect(entryLanguageAfter(mum, null)).toBeUndefined();
    expect(entryLanguageAfter(null, 'ro')).toBeUndefined();
  });

  it('gives each of the entry’s people the language the chair wrote there, when their record says otherwise', () => {
    const recorded = (id: string) => (id === 'p1' ? 'cy' : null);
    expect(recordsAfter(mum, 'cy-GB', recorded)).toEqual([['p2', 'cy']]);
    expect(recordsAfter(mum, 'pa', recorded)).toEqual([]);
    expect(recordsAfter(interpreter, 'pl', recorded)).toEqual([]);
  });
});
