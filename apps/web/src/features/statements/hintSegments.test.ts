import { describe, expect, it } from 'vitest';
import { checkPlainLanguage, type PlainLanguageHint } from '@kinboard/model';
import { hintKey, hintSegments, hintStillFits } from './hintSegments';

const hint = (start: number, end: number, kind: PlainLanguageHint['kind'] = 'acronym'): PlainLanguageHint => ({
  kind,
  start,
  end,
  message: 'm',
  replacement: 'r',
});

describe('hintSegments', () => {
  it('underlines the flagged words and keeps the rest as plain text', () => {
    const text = 'The SW will visit';
    const segments = hintSegments(text, checkPlainLanguage(text));
    expect(segments.map((s) => [s.text, s.hint?.replacement ?? null])).toEqual([
      ['The ', null],
      ['SW', 'social worker'],
      [' will visit', null],
    ]);
  });

  it('always joins back to the text, leaving out overlapping and stale hints', () => {
    const text = 'CAMHS and CP';
    const segments = hintSegments(text, [hint(0, 5), hint(2, 4), hint(10, 12), hint(11, 40)]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.hint).map((s) => s.text)).toEqual(['CAMHS', 'CP']);
  });

  it('does not underline whole-sentence hints', () => {
    expect(hintSegments('abc', [hint(0, 3, 'long-sentence')])).toEqual([{ text: 'abc', hint: null }]);
  });

  it('returns nothing for empty text', () => {
    expect(hintSegments('', [])).toEqual([]);
  });
});

describe('hintKey and hintStillFits', () => {
  it('keys a hint by its kind and words, whatever their case or place', () => {
    expect(hintKey('The SW came', hint(4, 6))).toBe(hintKey('sw', hint(0, 2)));
  });

  it('tells whether a hint still points at the same words', () => {
    expect(hintStillFits('The SW came', hint(4, 6), 'SW')).toBe(true);
    expect(hintStillFits('A SW came', hint(4, 6), 'SW')).toBe(false);
  });
});
