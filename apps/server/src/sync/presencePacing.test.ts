import { describe, expect, it } from 'vitest';
import { PRESENCE_GATHER_MS, PresencePacing } from './presencePacing';

/**
 * Runs changes arriving at `times` (ms, ascending) through the pacing the way RoomPresence does:
 * a change with no send scheduled schedules one after `delayAt`; every change that arrives
 * before that send goes out with it. Returns when each send happened and how long each change waited.
 */
function simulate(times: readonly number[], pacing = new PresencePacing()): { sends: number[]; waits: number[] } {
  const sends: number[] = [];
  const waits: number[] = [];
  let dueAt: number | null = null;
  let waiting: number[] = [];
  const send = (at: number) => {
    sends.push(at);
    for (const arrived of waiting) waits.push(at - arrived);
    waiting = [];
    pacing.sent(at);
    dueAt = null;
  };
  for (const at of times) {
    if (dueAt !== null && dueAt <= at) send(dueAt);
    waiting.push(at);
    if (dueAt === null) dueAt = at + pacing.delayAt(at);
  }
  if (dueAt !== null) send(dueAt);
  return { sends, waits };
}

/** `people` each moving a cursor at `hz`, starting at evenly spread moments, for `seconds`. */
function cursors(people: number, hz: number, seconds: number): number[] {
  const period = 1000 / hz;
  const times: number[] = [];
  for (let p = 0; p < people; p++) {
    for (let t = (p * period) / people; t < seconds * 1000; t += period) times.push(t);
  }
  return times.sort((a, b) => a - b);
}

describe('[A4] presence goes out at once in a calm room and gathered in a busy one', () => {
  it('sends the first change in the same turn', () => {
    expect(new PresencePacing().delayAt(5_000)).toBe(0);
  });

  it('holds a change that follows a send closely until the gather window has passed', () => {
    const pacing = new PresencePacing();
    pacing.sent(1_000);
    expect(pacing.delayAt(1_004)).toBe(PRESENCE_GATHER_MS - 4);
    expect(pacing.delayAt(1_000 + PRESENCE_GATHER_MS)).toBe(0);
    expect(pacing.delayAt(1_100)).toBe(0);
  });

  it('one person moving at 10 Hz in a room of ten: no change waits', () => {
    const { sends, waits } = simulate(cursors(1, 10, 3));
    expect(sends).toHaveLength(30);
    expect(Math.max(...waits)).toBe(0);
  });

  it('fifty people at 10 Hz: one message per gather window, and no change waits longer than one window', () => {
    const times = cursors(50, 10, 3);
    const { sends, waits } = simulate(times);
    expect(times).toHaveLength(1_500);
    expect(sends.length).toBeLessThanOrEqual(Math.ceil(3_000 / PRESENCE_GATHER_MS) + 1);
    expect(Math.max(...waits)).toBeLessThanOrEqual(PRESENCE_GATHER_MS);
    for (let i = 1; i < sends.length; i++) expect(sends[i]! - sends[i - 1]!).toBeGreaterThanOrEqual(PRESENCE_GATHER_MS);
  });

  it('a burst after a quiet spell: the first change goes at once, the rest of the burst in one more message', () => {
    const burst = [10_000, 10_001, 10_002, 10_005, 10_009, 10_012];
    const { sends } = simulate(burst);
    expect(sends).toEqual([10_000, 10_000 + PRESENCE_GATHER_MS]);
  });

  it('the window can be set', () => {
    const pacing = new PresencePacing(40);
    pacing.sent(0);
    expect(pacing.delayAt(10)).toBe(30);
  });
});
