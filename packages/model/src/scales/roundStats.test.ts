import { describe, expect, it } from 'vitest';
import { roundStats } from './roundStats';

describe('round statistics', () => {
  it.each([
    [[], null, 0, null],
    [[5], 5, 0, null],
    [[2, 8], 5, 6, { low: 2, high: 8, size: 6 }],
    [[7, 3, 6, 6.5], 6.25, 4, { low: 3, high: 6, size: 3 }],
    [[4, 4, 4], 4, 0, null],
    [[1, 2, 9, 10], 5.5, 9, { low: 2, high: 9, size: 7 }],
  ])('values %j → median %s, spread %s, widest gap %j', (values, median, spread, gap) => {
    const stats = roundStats(values);
    expect(stats.median).toBe(median);
    expect(stats.spread).toBe(spread);
    expect(stats.widestGap).toEqual(gap);
    expect(stats.count).toBe(values.length);
  });
});
