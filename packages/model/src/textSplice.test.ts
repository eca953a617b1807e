import { describe, expect, it } from 'vitest';
import { textSplice } from './textSplice';
import { mulberry32, pick, randomInt } from './test/random';

function apply(before: string, splice: { index: number; deleteCount: number; insert: string }): string {
  return before.slice(0, splice.index) + splice.insert + before.slice(splice.index + splice.deleteCount);
}

function splitsPair(s: string, at: number): boolean {
  const hi = s.charCodeAt(at - 1);
  const lo = s.charCodeAt(at);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

describe('textSplice', () => {
  it.each([
    ['no change', 'Dad shouts', 'Dad shouts', { index: 10, deleteCount: 0, insert: '' }],
    ['typing into an empty statement', '', 'Mum', { index: 0, deleteCount: 0, insert: 'Mum' }],
    ['typing at the end', 'Mum', 'Mum walks', { index: 3, deleteCount: 0, insert: ' walks' }],
    ['typing at the start', 'walks', 'Mum walks', { index: 0, deleteCount: 0, insert: 'Mum ' }],
    ['inserting in the middle', 'Gran helps', 'Gran often helps', { index: 5, deleteCount: 0, insert: 'often ' }],
    ['replacing a word', 'Gran helps daily', 'Gran cooked daily', { index: 5, deleteCount: 5, insert: 'cooked' }],
    ['deleting a word', 'Gran really helps', 'Gran helps', { index: 5, deleteCount: 7, insert: '' }],
    ['deleting everything', 'School is worried', '', { index: 0, deleteCount: 17, insert: '' }],
    ['replacing everything', 'abc', 'xyz', { index: 0, deleteCount: 3, insert: 'xyz' }],
    ['a repeated letter', 'aaa', 'aaaa', { index: 3, deleteCount: 0, insert: 'a' }],
    ['adding an emoji', 'Mia is happy', 'Mia is happy 😀', { index: 12, deleteCount: 0, insert: ' 😀' }],
    ['removing an emoji', 'Mia 😀 is happy', 'Mia  is happy', { index: 4, deleteCount: 2, insert: '' }],
    // 😀 and 😁 share the high surrogate \uD83D: the splice must take the whole pair.
    ['swapping emoji with a shared high surrogate', 'Mia 😀', 'Mia 😁', { index: 4, deleteCount: 2, insert: '😁' }],
    ['swapping emoji before text', '😀 ok', '😁 ok', { index: 0, deleteCount: 2, insert: '😁' }],
    // \uD83D\uDC4D (👍) and \uD83E\uDC4D share the low surrogate: the splice must take the whole pair.
    [
      'swapping characters with a shared low surrogate',
      'x\uD83D\uDC4Dy',
      'x\uD83E\uDC4Dy',
      { index: 1, deleteCount: 2, insert: '\uD83E\uDC4D' },
    ],
    ['adding a second emoji', '😀', '😀😀', { index: 2, deleteCount: 0, insert: '😀' }],
    ['accented letters', 'Zoë', 'Zoé', { index: 2, deleteCount: 1, insert: 'é' }],
  ])('%s', (_name, before, after, expected) => {
    const splice = textSplice(before, after);
    expect(splice).toEqual(expected);
    expect(apply(before, splice)).toBe(after);
  });

  it('always turns before into after and never splits an emoji (seeded fuzz)', () => {
    const random = mulberry32(99);
    const alphabet = ['a', 'b', ' ', '😀', '😁', '👍', '🏠', 'é'];
    const word = (n: number) => Array.from({ length: n }, () => pick(random, alphabet)).join('');
    for (let i = 0; i < 3000; i++) {
      const before = word(randomInt(random, 8));
      const after = word(randomInt(random, 8));
      const splice = textSplice(before, after);
      expect(apply(before, splice)).toBe(after);
      expect(splitsPair(before, splice.index)).toBe(false);
      expect(splitsPair(before, splice.index + splice.deleteCount)).toBe(false);
      expect(splitsPair(after, splice.index)).toBe(false);
    }
  });
});
