import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { drawRecordsArray } from './drawSchema';
import { pageHasShapes } from './pageContent';

describe('pageHasShapes', () => {
  it('is false for an empty drawing and for shapes on another page, true once a shape is on the page', () => {
    const doc = new Y.Doc();
    expect(pageHasShapes(doc, 'page:words-and-pictures')).toBe(false);
    const records = drawRecordsArray(doc);
    records.push([{ key: 'page:words-and-pictures', val: { id: 'page:words-and-pictures', typeName: 'page' } }]);
    records.push([{ key: 'shape:a', val: { id: 'shape:a', typeName: 'shape', parentId: 'page:network-map' } }]);
    expect(pageHasShapes(doc, 'page:words-and-pictures')).toBe(false);
    records.push([{ key: 'shape:b', val: { id: 'shape:b', typeName: 'shape', parentId: 'page:words-and-pictures' } }]);
    expect(pageHasShapes(doc, 'page:words-and-pictures')).toBe(true);
  });

  it('reads a shape as it is now: moved to another page, it no longer counts', () => {
    const doc = new Y.Doc();
    const records = drawRecordsArray(doc);
    records.push([{ key: 'shape:b', val: { id: 'shape:b', typeName: 'shape', parentId: 'page:words-and-pictures' } }]);
    records.push([{ key: 'shape:b', val: { id: 'shape:b', typeName: 'shape', parentId: 'page:network-map' } }]);
    expect(pageHasShapes(doc, 'page:words-and-pictures')).toBe(false);
  });
});
