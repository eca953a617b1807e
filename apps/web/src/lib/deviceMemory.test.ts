import { describe, expect, it } from 'vitest';
import { cleanDisplayName, participantId } from './deviceMemory';

describe('deviceMemory', () => {
  it('tidies names', () => {
    expect(cleanDisplayName('  Sam   Smith ')).toBe('Sam Smith');
    expect(cleanDisplayName('x'.repeat(100))).toHaveLength(60);
  });

  it('keeps one participant id without storage', () => {
    const id = participantId();
    expect(id).toMatch(/^p_[0-9a-f]{24}$/);
    expect(participantId()).toBe(id);
  });
});
