import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_SCALE_ID, ROOT, createBoard, readScales } from '@kinboard/model';
import { ensureScaleForChair } from './defaultScale';

/** A board as it was stored before scales existed: made today, then its scales taken away. */
function boardWithoutScales(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Old board', template: 'three-column' });
  const scales = doc.getMap(ROOT.scales);
  for (const key of [...scales.keys()]) scales.delete(key);
  return doc;
}

describe('the default scale on an older board', () => {
  it('is added by the facilitator once the board has loaded, and only once', () => {
    const doc = boardWithoutScales();
    expect(ensureScaleForChair(doc, 'facilitator', false)).toBe(false);
    expect(readScales(doc)).toEqual([]);
    expect(ensureScaleForChair(doc, 'facilitator', true)).toBe(true);
    expect(readScales(doc).map((s) => s.id)).toEqual([DEFAULT_SCALE_ID]);
    const after = Y.encodeStateVector(doc);
    expect(ensureScaleForChair(doc, 'facilitator', true)).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(after);
  });

  it('is never written by a participant or a viewer, whose changes to scales the server refuses', () => {
    for (const role of ['participant', 'viewer'] as const) {
      const doc = boardWithoutScales();
      const before = Y.encodeStateVector(doc);
      expect(ensureScaleForChair(doc, role, true)).toBe(false);
      expect(Y.encodeStateVector(doc)).toEqual(before);
    }
  });
});
