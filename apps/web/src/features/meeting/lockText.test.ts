import { describe, expect, it } from 'vitest';
import { lockText } from './lockText';

describe('the locked-board banner', () => {
  it('tells a participant who locked it, why they cannot change anything, and when that ends', () => {
    const { headline, explanation } = lockText('participant');
    expect(headline).toMatch(/locked, so you cannot change anything/);
    expect(explanation).toMatch(/person running the meeting has stopped changes/);
    expect(explanation).toMatch(/when they unlock it/);
  });

  it('tells the facilitator that only facilitators can change it until they unlock it', () => {
    expect(lockText('facilitator').explanation).toMatch(/Only you and other facilitators can change it/);
    expect(lockText('facilitator').explanation).toMatch(/when you unlock it/);
  });

  it('speaks in plain, short sentences', () => {
    for (const role of ['facilitator', 'participant', 'viewer', null] as const) {
      const { headline, explanation } = lockText(role);
      for (const sentence of `${headline} ${explanation}`.split(/(?<=\.)\s+/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(25);
    }
  });
});
