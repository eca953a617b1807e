import { describe, expect, it } from 'vitest';
import { AddressLimiter } from './rateLimit';

describe('per-address limits [H8]', () => {
  it('lets a burst through, then says how many seconds until the next token', () => {
    let now = 0;
    const limiter = new AddressLimiter(60, 3, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(1);
    expect(limiter.take('b')).toBe(0);
    now += 1000;
    expect(limiter.take('a')).toBe(0);
  });

  it('looks without taking', () => {
    const limiter = new AddressLimiter(30, 1, () => 0);
    expect(limiter.wait('a')).toBe(0);
    expect(limiter.wait('a')).toBe(0);
    limiter.take('a');
    expect(limiter.wait('a')).toBe(2);
  });
});
