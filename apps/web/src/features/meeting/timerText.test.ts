import { describe, expect, it } from 'vitest';
import { clockText, clockWords, timerAnnouncement } from './timerText';

describe('clockText', () => {
  it('shows mm:ss, rounding part-seconds up, and hours past an hour', () => {
    expect(clockText(10 * 60_000)).toBe('10:00');
    expect(clockText(9 * 60_000 + 59_001)).toBe('10:00');
    expect(clockText(65_000)).toBe('01:05');
    expect(clockText(1)).toBe('00:01');
    expect(clockText(0)).toBe('00:00');
    expect(clockText(-5_000)).toBe('00:00');
    expect(clockText(3_600_000 + 61_000)).toBe('1:01:01');
  });

  it('says the time in words', () => {
    expect(clockWords(9 * 60_000 + 5_000)).toBe('9 minutes 5 seconds left');
    expect(clockWords(60_000)).toBe('1 minute left');
    expect(clockWords(1_000)).toBe('1 second left');
    expect(clockWords(0)).toBe('Time is up');
  });
});

describe('timerAnnouncement', () => {
  it('speaks only when the clock reaches a whole minute, and at zero', () => {
    expect(timerAnnouncement(540_250, 540_000)).toBe('9 minutes left.');
    expect(timerAnnouncement(540_000, 539_750)).toBeNull();
    expect(timerAnnouncement(539_750, 539_500)).toBeNull();
    expect(timerAnnouncement(60_200, 59_950)).toBe('1 minute left.');
    expect(timerAnnouncement(30_000, 29_750)).toBeNull();
    expect(timerAnnouncement(200, 0)).toBe('Time is up for this step.');
    expect(timerAnnouncement(0, 0)).toBeNull();
  });

  it('stays quiet when time goes up (extended or restarted)', () => {
    expect(timerAnnouncement(60_000, 360_000)).toBeNull();
  });

  it('says nothing for a whole run of ticks except the marks', () => {
    const spoken: string[] = [];
    let before = 3 * 60_000;
    for (let left = before - 250; left >= 0; left -= 250) {
      const words = timerAnnouncement(before, left);
      if (words) spoken.push(words);
      before = left;
    }
    expect(spoken).toEqual(['2 minutes left.', '1 minute left.', 'Time is up for this step.']);
  });
});
