/**
 * Order keys: strings that sort in the order statements appear. A key between any two keys can
 * always be made without touching other statements, so concurrent inserts and moves never fight
 * over array positions. Keys are base-62 fractions (digits 0-9A-Za-z, read as "0.xyz…"); no key
 * ends in the zero digit, which guarantees room between any two distinct keys.
 *
 * @example
 * const first = orderKeyBetween(null, null);      // a key for an empty list
 * const before = orderKeyBetween(null, first);    // sorts before it
 */
import { ModelError, ModelErrorCode } from './errors';

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

function digitAt(key: string, i: number): number {
  if (i >= key.length) return 0;
  const d = DIGITS.indexOf(key[i]!);
  if (d < 0) throw new ModelError(ModelErrorCode.invalidOrder, `Order key "${key}" has a character outside 0-9A-Za-z`);
  return d;
}

/** The shortest-ish fraction strictly between `low` ('' meaning 0) and `high` (null meaning 1). */
function midpoint(low: string, high: string | null): string {
  let prefix = '';
  for (let i = 0; ; i++) {
    const lo = digitAt(low, i);
    const hi = high === null ? BASE : i < high.length ? digitAt(high, i) : 0;
    if (lo === hi) {
      if (high !== null && i >= low.length && i >= high.length) {
        throw new ModelError(ModelErrorCode.invalidOrder, `No room between order keys "${low}" and "${high}"`);
      }
      prefix += DIGITS[lo];
      continue;
    }
    if (hi - lo > 1) return prefix + DIGITS[Math.floor((lo + hi) / 2)];
    // Adjacent digits: keep the low digit and find room above the rest of `low`.
    return prefix + DIGITS[lo] + midpoint(low.slice(i + 1), null);
  }
}

const ORDER_KEY = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

/** True for a well-formed key: one or more base-62 digits, not ending in the zero digit. */
export function isOrderKey(value: unknown): value is string {
  return typeof value === 'string' && ORDER_KEY.test(value);
}

function checkKey(key: string | null): void {
  if (key !== null && !isOrderKey(key)) {
    throw new ModelError(ModelErrorCode.invalidOrder, `Order key "${key}" is not 0-9A-Za-z digits ending in a non-zero digit`);
  }
}

function randomSuffix(random: () => number): string {
  // Two non-zero digits: concurrent inserts at the same spot almost never get equal keys.
  let suffix = '';
  for (let i = 0; i < 2; i++) suffix += DIGITS[1 + Math.floor(random() * (BASE - 1))];
  return suffix;
}

/**
 * A key that sorts after `before` and before `after` (either may be null for the ends of a list).
 * A random suffix keeps keys made concurrently by different people apart; ties are broken by id.
 * Throws `invalid_order` when a neighbour is not a well-formed key (see `isOrderKey`).
 */
export function orderKeyBetween(before: string | null, after: string | null, random: () => number = Math.random): string {
  checkKey(before);
  checkKey(after);
  if (before !== null && after !== null && before >= after) {
    // Equal neighbours (a concurrent tie) leave no room; place just after `before`.
    return midpoint(before, null) + randomSuffix(random);
  }
  return midpoint(before ?? '', after) + randomSuffix(random);
}

/** Compares two placed records by key, then by id, so every replica sorts the same way. */
export function compareOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
