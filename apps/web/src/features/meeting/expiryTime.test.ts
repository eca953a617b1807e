import { describe, expect, it } from 'vitest';
import { fromDateTimeInput, toDateTimeInput } from './expiryTime';

describe('link end dates', () => {
  it('go between ISO and a datetime-local field without drifting', () => {
    const iso = fromDateTimeInput('2026-03-03T17:05');
    expect(iso).not.toBeNull();
    expect(toDateTimeInput(iso)).toBe('2026-03-03T17:05');
    expect(fromDateTimeInput('')).toBeNull();
    expect(fromDateTimeInput('soon')).toBeNull();
    expect(toDateTimeInput(null)).toBe('');
  });
});
