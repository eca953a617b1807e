import type { Messages } from '@lingui/core';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ğ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ľ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ğ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ľ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/**
 * One piece of text accented letter by letter and lengthened by about a third, as translations
 * often are: each word grows by a third of its letters (as in Polish or Welsh, where words are
 * longer), so a layout that only fits English's short words shows it, while the text still breaks
 * between words as every language's text does.
 */
export function pseudoText(text: string): string {
  if (text === '#' || text.trim() === '') return text;
  return text.replace(/[A-Za-z]+/g, (word) => {
    const accented = [...word].map((letter) => ACCENTED[letter] ?? letter).join('');
    return `${accented}${'~'.repeat(Math.ceil(word.length / 3))}`;
  });
}

type Part = string | unknown[];

function pseudoPart(part: unknown): unknown {
  if (typeof part === 'string') return pseudoText(part);
  if (!Array.isArray(part)) return part;
  const [name, type, format] = part as [unknown, unknown, unknown];
  if (typeof name === 'string' && typeof format === 'object' && format !== null) {
    const branches = Object.fromEntries(
      Object.entries(format as Record<string, unknown>).map(([key, value]) => [key, pseudoMessage(value)]),
    );
    return [name, type, branches];
  }
  return part;
}

function pseudoMessage(message: unknown): unknown {
  if (typeof message === 'string') return pseudoText(message);
  if (!Array.isArray(message)) return message;
  return (message as Part[]).map((part) => pseudoPart(part));
}

/** The pseudo-locale's catalogue: every compiled English message with its text accented and lengthened. */
export function pseudoMessages(source: Messages): Messages {
  return Object.fromEntries(Object.entries(source).map(([id, message]) => [id, pseudoMessage(message)])) as Messages;
}
