/**
 * Names in a plain English list, the one way every copy of the plan and every screen writes them.
 * A name is never looked inside: "Tom and Jo's gran" stays one name.
 */

/**
 * "Asha", "Asha and Ben", "Asha, Ben and Carl"; with `'or'`, "Asha, Ben or Carl".
 *
 * @example
 * listOfNames(['Rosa', 'Dev'], 'or') // 'Rosa or Dev'
 */
export function listOfNames(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
