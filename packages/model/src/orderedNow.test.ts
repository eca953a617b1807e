import { describe, expect, it } from 'vitest';
import { orderedNow } from './orderedNow';

describe('orderedNow', () => {
  it('goes up with every call, even within one millisecond, and stays close to the clock', () => {
    const before = Date.now();
    const times = Array.from({ length: 50 }, () => orderedNow());
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
    expect(times[0]!).toBeGreaterThanOrEqual(before);
  });
});
