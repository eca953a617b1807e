import { describe, expect, it } from 'vitest';
import { partOf } from './boardFocus';

describe('focus targets', () => {
  it.each([
    ['column:worries', 'map'],
    ['domain:harm', 'map'],
    ['map', 'map'],
    ['scale:safety', 'scales'],
    ['plan', 'plan'],
    ['draw:page:network', 'draw'],
    ['meeting', 'meeting'],
  ])('%s belongs to the %s part', (target, part) => expect(partOf(target)).toBe(part));
});
