import { describe, expect, it } from 'vitest';
import { backoffDelay, wait } from './backoff';

describe('backoffDelay', () => {
  it('doubles up to the cap', () => {
    const exact = { jitter: 0, baseMs: 100, maxMs: 1000 };
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, exact))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('keeps jitter below the exact delay', () => {
    const low = backoffDelay(2, { baseMs: 100, jitter: 0.5, random: () => 0 });
    const high = backoffDelay(2, { baseMs: 100, jitter: 0.5, random: () => 1 });
    expect(low).toBe(200);
    expect(high).toBe(400);
  });
});

describe('wait', () => {
  it('stops early when aborted', async () => {
    const controller = new AbortController();
    const waiting = wait(10_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
  });
});
