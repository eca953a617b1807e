import { describe, expect, it } from 'vitest';
import { keepIdentity } from './keepIdentity';

describe('keepIdentity', () => {
  it('hands back the earlier object for a part whose values did not change', () => {
    const before = {
      columns: [
        { id: 'a', statements: [{ id: 's1', text: 'one' }] },
        { id: 'b', statements: [{ id: 's2', text: 'two' }] },
      ],
    };
    const after = {
      columns: [
        { id: 'a', statements: [{ id: 's1', text: 'one!' }] },
        { id: 'b', statements: [{ id: 's2', text: 'two' }] },
      ],
    };
    const kept = keepIdentity(before, after);
    expect(kept).toEqual(after);
    expect(kept).not.toBe(before);
    expect(kept.columns[0]).not.toBe(before.columns[0]);
    expect(kept.columns[0]!.statements[0]!.text).toBe('one!');
    expect(kept.columns[1]).toBe(before.columns[1]);
  });

  it('is the earlier object itself when nothing changed', () => {
    const before = { list: [1, 2, { deep: [null, 'x'] }], none: null };
    expect(keepIdentity(before, structuredClone(before))).toBe(before);
  });

  it('keeps the earlier items of a list that grew or shrank, and notices a key that appeared', () => {
    const first = { id: 'x', source: null };
    const grown = keepIdentity(
      [first],
      [
        { id: 'x', source: null },
        { id: 'y', source: null },
      ],
    );
    expect(grown).toHaveLength(2);
    expect(grown[0]).toBe(first);
    expect(keepIdentity([first, { id: 'y' }], [{ id: 'x', source: null }])[0]).toBe(first);
    const withKey = keepIdentity({ a: undefined } as Record<string, unknown>, { b: undefined });
    expect(Object.keys(withKey)).toEqual(['b']);
  });

  it('matches records by id, so one added at the top or moved leaves the others as they were', () => {
    const before = [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ];
    const kept = keepIdentity(before, [
      { id: 'new', text: 'zero' },
      { id: 'b', text: 'two' },
      { id: 'a', text: 'one' },
    ]);
    expect(kept.map((s) => s.id)).toEqual(['new', 'b', 'a']);
    expect(kept[1]).toBe(before[1]);
    expect(kept[2]).toBe(before[0]);
    expect(
      keepIdentity(before, [
        { id: 'b', text: 'two' },
        { id: 'a', text: 'one' },
      ]),
    ).not.toBe(before);
  });

  it('compares what is not a plain object or array by identity only', () => {
    const map = new Map([['k', 1]]);
    expect(keepIdentity({ lookup: new Map([['k', 1]]) }, { lookup: map }).lookup).toBe(map);
  });
});
