import { describe, expect, it } from 'vitest';
import { PERSON_COLOURS, personColour } from './personColour';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

describe('personColour', () => {
  it('is stable for an id', () => {
    expect(personColour('p_abc')).toBe(personColour('p_abc'));
  });

  it('spreads ids over the palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => personColour(`p_${i}`)));
    expect(used.size).toBe(PERSON_COLOURS.length);
  });

  it('has AA contrast on white for every colour', () => {
    for (const colour of PERSON_COLOURS) {
      expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
