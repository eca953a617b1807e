import { describe, expect, it } from 'vitest';
import { ModelError, ModelErrorCode } from './errors';
import { compareOrder, isOrderKey, orderKeyBetween } from './orderKey';
import { mulberry32, randomInt } from './test/random';

const KEY = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

function expectBetween(key: string, before: string | null, after: string | null): void {
  expect(key).toMatch(KEY);
  if (before !== null) expect(key > before).toBe(true);
  if (after !== null) expect(key < after).toBe(true);
}

describe('orderKeyBetween', () => {
  it('makes a key for an empty list', () => {
    expect(orderKeyBetween(null, null)).toMatch(KEY);
  });

  it.each([
    [null, 'V'],
    ['V', null],
    ['A', 'B'],
    ['A', 'C'],
    ['A', 'A1'],
    ['Az', 'B'],
    ['zz', null],
    [null, '01'],
    [null, '0001'],
    ['a', 'a01'],
    ['V12', 'V13'],
    ['1', 'z'],
  ])('makes a key strictly between %s and %s', (before, after) => {
    for (let i = 0; i < 20; i++) expectBetween(orderKeyBetween(before, after), before, after);
  });

  it('never makes a key that ends in the zero digit', () => {
    const random = mulberry32(1);
    // A generator that sometimes returns values near 0 and 1 to probe the digit edges.
    const edgy = () => {
      const r = random();
      return r < 0.2 ? 0 : r > 0.8 ? 0.999999 : r;
    };
    let keys = [orderKeyBetween(null, null, edgy)];
    for (let i = 0; i < 500; i++) {
      const at = randomInt(random, keys.length + 1);
      const key = orderKeyBetween(keys[at - 1] ?? null, keys[at] ?? null, edgy);
      keys = [...keys.slice(0, at), key, ...keys.slice(at)];
    }
    for (const key of keys) expect(key.endsWith('0')).toBe(false);
  });

  it('keeps order over many insertions at the front, the back and one spot', () => {
    const random = mulberry32(7);
    let keys: string[] = [];
    for (let i = 0; i < 300; i++) keys.push(orderKeyBetween(keys.at(-1) ?? null, null, random));
    for (let i = 0; i < 300; i++) keys.unshift(orderKeyBetween(null, keys[0] ?? null, random));
    for (let i = 0; i < 300; i++) {
      const at = 300;
      keys = [...keys.slice(0, at), orderKeyBetween(keys[at - 1]!, keys[at]!, random), ...keys.slice(at)];
    }
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(KEY);
  });

  it('stays sorted over thousands of seeded random insertions', () => {
    for (const seed of [1, 2, 3, 42, 2024]) {
      const random = mulberry32(seed);
      const keys: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const at = randomInt(random, keys.length + 1);
        const before = keys[at - 1] ?? null;
        const after = keys[at] ?? null;
        const key = orderKeyBetween(before, after, random);
        expectBetween(key, before, after);
        keys.splice(at, 0, key);
      }
      expect([...keys].sort()).toEqual(keys);
      expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(40);
    }
  });

  it('rejects a key with a character outside 0-9A-Za-z', () => {
    for (const [before, after] of [
      ['a-b', null],
      [null, 'é'],
      ['A', 'B!'],
      ['A0', null],
      ['', 'B'],
    ] as const) {
      let error: unknown;
      try {
        orderKeyBetween(before, after);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).code).toBe(ModelErrorCode.invalidOrder);
    }
  });

  it('places a key just after equal neighbours (a concurrent tie) instead of throwing', () => {
    const key = orderKeyBetween('V5', 'V5');
    expect(key > 'V5').toBe(true);
    expect(key).toMatch(KEY);
  });

  it('does not throw when the neighbours are out of order', () => {
    expect(orderKeyBetween('b', 'a') > 'b').toBe(true);
  });

  it('gives different keys to people inserting at the same spot at the same time', () => {
    const a = orderKeyBetween('A', 'B', mulberry32(1));
    const b = orderKeyBetween('A', 'B', mulberry32(2));
    expect(a).not.toBe(b);
  });
});

describe('isOrderKey', () => {
  it.each([
    ['V', true],
    ['0V', true],
    ['azAZ19', true],
    ['', false],
    ['V0', false],
    ['0', false],
    ['a b', false],
    ['é', false],
    [12, false],
    [null, false],
  ] as const)('%s → %s', (value, expected) => {
    expect(isOrderKey(value)).toBe(expected);
  });
});

describe('compareOrder', () => {
  it('sorts by order key, then by id', () => {
    const records = [
      { order: 'b', id: 's1' },
      { order: 'a', id: 's9' },
      { order: 'b', id: 's0' },
      { order: 'a', id: 's2' },
    ];
    expect([...records].sort(compareOrder).map((r) => r.id)).toEqual(['s2', 's9', 's0', 's1']);
    expect(compareOrder({ order: 'a', id: 'x' }, { order: 'a', id: 'x' })).toBe(0);
  });
});
