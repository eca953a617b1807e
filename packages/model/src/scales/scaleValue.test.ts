import { describe, expect, it } from 'vitest';
import { checkScaleValue, formatScaleValue, isScaleValue } from './scaleValue';

describe('scale numbers', () => {
  it.each([0, 0.5, 3, 6.5, 10])('accepts %s', (v) => expect(isScaleValue(v)).toBe(true));
  it.each([-0.5, 10.5, 7.3, Number.NaN, Number.POSITIVE_INFINITY, '7', null])('refuses %s with a clear error', (v) => {
    expect(isScaleValue(v)).toBe(false);
    expect(() => checkScaleValue(v)).toThrow(/between 0 and 10 in steps of 0.5/);
  });
  it('says halves the way people do', () => {
    expect(formatScaleValue(6.5)).toBe('6½');
    expect(formatScaleValue(7)).toBe('7');
    expect(formatScaleValue(0)).toBe('0');
  });
  it('keeps the quarters of a median between two answers instead of rounding them away', () => {
    expect(formatScaleValue(6.25)).toBe('6¼');
    expect(formatScaleValue(3.75)).toBe('3¾');
    expect(formatScaleValue(0.25)).toBe('¼');
    expect(formatScaleValue(0.5)).toBe('½');
    expect(formatScaleValue(5.333333)).toBe('5.3');
  });
});
