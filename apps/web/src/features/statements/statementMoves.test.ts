import { describe, expect, it } from 'vitest';
import { columnIndexForStep } from './statementMoves';

function apply(columnIds: string[], id: string, index: number): string[] {
  const others = columnIds.filter((other) => other !== id);
  others.splice(index, 0, id);
  return others;
}

describe('columnIndexForStep', () => {
  it('matches a plain one-place move when the list is the whole column', () => {
    const column = ['a', 'b', 'c'];
    expect(columnIndexForStep(column, column, 'c', -1)).toBe(1);
    expect(columnIndexForStep(column, column, 'b', 1)).toBe(2);
    expect(apply(column, 'a', columnIndexForStep(column, column, 'a', 1)!)).toEqual(['b', 'a', 'c']);
  });

  it('steps past the neighbour in the list, skipping statements of other domains', () => {
    const column = ['a', 'b', 'c', 'd', 'e'];
    const domain = ['b', 'd'];
    expect(apply(column, 'd', columnIndexForStep(column, domain, 'd', -1)!)).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(apply(column, 'b', columnIndexForStep(column, domain, 'b', 1)!)).toEqual(['a', 'c', 'd', 'b', 'e']);
  });

  it('is null at either end of the list, or for a statement not in it', () => {
    expect(columnIndexForStep(['a', 'b'], ['a', 'b'], 'a', -1)).toBeNull();
    expect(columnIndexForStep(['a', 'b'], ['a', 'b'], 'b', 1)).toBeNull();
    expect(columnIndexForStep(['a', 'b'], ['a'], 'b', -1)).toBeNull();
  });
});
