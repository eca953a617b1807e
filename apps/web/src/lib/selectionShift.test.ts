import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { shiftPosition, shiftSelection, type TextDelta } from './selectionShift';

describe('shiftPosition', () => {
  it('moves the caret past text inserted before it', () => {
    expect(shiftPosition([{ insert: 'ab' }], 3)).toBe(5);
    expect(shiftPosition([{ retain: 1 }, { insert: 'ab' }], 3)).toBe(5);
  });

  it('leaves the caret alone for changes after it', () => {
    expect(shiftPosition([{ retain: 5 }, { insert: 'ab' }], 3)).toBe(3);
    expect(shiftPosition([{ retain: 3 }, { delete: 2 }], 3)).toBe(3);
  });

  it('keeps the caret before text inserted exactly at it', () => {
    expect(shiftPosition([{ retain: 3 }, { insert: 'xyz' }], 3)).toBe(3);
  });

  it('pulls the caret back over deleted text', () => {
    expect(shiftPosition([{ delete: 2 }], 5)).toBe(3);
    expect(shiftPosition([{ retain: 2 }, { delete: 10 }], 5)).toBe(2);
  });

  it('handles a replacement around the caret', () => {
    expect(shiftPosition([{ retain: 1 }, { delete: 3 }, { insert: 'Q' }], 6)).toBe(4);
  });

  it('agrees with real Yjs deltas', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'The family met on Monday');
    const caret = 'The family met'.length;
    let delta: TextDelta = [];
    text.observe((event) => {
      delta = event.delta as TextDelta;
    });
    doc.transact(() => {
      text.insert(4, 'whole ');
      text.delete(text.length - 6, 6);
      text.insert(text.length, 'Tuesday');
    });
    expect(text.toString()).toBe('The whole family met on Tuesday');
    expect(text.toString().slice(0, shiftPosition(delta, caret))).toBe('The whole family met');
  });
});

describe('shiftSelection', () => {
  it('moves both ends', () => {
    expect(shiftSelection([{ insert: 'ab' }], { start: 1, end: 4 })).toEqual({ start: 3, end: 6 });
    expect(shiftSelection([{ retain: 2 }, { insert: 'ab' }], { start: 1, end: 4 })).toEqual({ start: 1, end: 6 });
  });
});
