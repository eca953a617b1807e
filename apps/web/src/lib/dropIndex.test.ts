import { describe, expect, it } from 'vitest';
import { dropIndexAmongOthers } from './dropIndex';

describe('dropIndexAmongOthers', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('counts gaps after the dragged statement one lower', () => {
    expect(dropIndexAmongOthers(ids, 'a', 3)).toBe(2);
    expect(dropIndexAmongOthers(ids, 'a', 4)).toBe(3);
  });

  it('leaves gaps before it alone', () => {
    expect(dropIndexAmongOthers(ids, 'c', 0)).toBe(0);
    expect(dropIndexAmongOthers(ids, 'c', 2)).toBe(2);
  });

  it('uses the gap as it is for a statement from another section', () => {
    expect(dropIndexAmongOthers(ids, 'x', 2)).toBe(2);
  });
});
