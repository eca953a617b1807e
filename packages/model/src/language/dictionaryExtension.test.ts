import { describe, expect, it } from 'vitest';
import { ModelError } from '../errors';
import { parseDictionaryExtension } from './dictionaryExtension';

function refusal(json: unknown): string {
  try {
    parseDictionaryExtension(json);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    expect((e as ModelError).code).toBe('invalid_dictionary');
    return (e as ModelError).message;
  }
  throw new Error('expected a refusal');
}

describe('parseDictionaryExtension', () => {
  it('reads terms from JSON text or parsed JSON, guessing the kind from capitals', () => {
    const terms = parseDictionaryExtension({
      terms: [
        { term: 'EDT', plain: 'the out-of-hours team' },
        { term: 'front door', plain: 'the first-response team', also: ['the front door'], note: 'Say which team.' },
        { term: 'Hub', plain: 'the early help team', kind: 'acronym' },
      ],
    });
    expect(terms).toEqual([
      { term: 'EDT', kind: 'acronym', plain: 'the out-of-hours team' },
      { term: 'front door', kind: 'jargon', plain: 'the first-response team', also: ['the front door'], note: 'Say which team.' },
      { term: 'Hub', kind: 'acronym', plain: 'the early help team' },
    ]);
    expect(parseDictionaryExtension('{"terms":[]}')).toEqual([]);
  });

  it.each([
    ['not json', '{terms:', 'not valid JSON'],
    ['no terms list', { words: [] }, 'must be an object with a "terms" list'],
    ['a term that is not an object', { terms: ['EDT'] }, 'terms[0] must be an object'],
    ['a missing plain', { terms: [{ term: 'EDT' }] }, 'terms[0].plain must be text'],
    ['an empty term', { terms: [{ term: ' ', plain: 'x' }] }, 'terms[0].term must be 1 to 60 characters'],
    ['a long plain', { terms: [{ term: 'EDT', plain: 'x'.repeat(201) }] }, 'terms[0].plain must be 1 to 200 characters'],
    ['an unknown kind', { terms: [{ term: 'EDT', plain: 'x', kind: 'slang' }] }, 'terms[0].kind must be "acronym" or "jargon"'],
    ['an unknown field', { terms: [{ term: 'EDT', plain: 'x', colour: 'red' }] }, 'unknown field "colour"'],
    ['also not a list', { terms: [{ term: 'EDT', plain: 'x', also: 'E.D.T.' }] }, 'terms[0].also must be a list'],
    [
      'a duplicate term',
      {
        terms: [
          { term: 'EDT', plain: 'x' },
          { term: 'edt', plain: 'y' },
        ],
      },
      'terms[1].term "edt" appears twice',
    ],
  ])('refuses %s with a clear message', (_label, json, message) => {
    expect(refusal(json)).toContain(message);
  });
});
