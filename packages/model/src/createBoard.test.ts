import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, createBoard } from './createBoard';
import { ModelErrorCode } from './errors';
import { LOCAL_CHANGE, STORAGE_CHANGE } from './origins';
import { META, SCHEMA_VERSION, metaMap, statementsMap } from './schema';
import { expectRefused } from './test/board';

describe('createBoard', () => {
  it('writes the meta of a new board and no statements', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'Review conference for Mia', template: 'three-column', createdAt: 42 });
    expect(metaMap(doc).toJSON()).toEqual({
      [META.schemaVersion]: SCHEMA_VERSION,
      [META.title]: 'Review conference for Mia',
      [META.template]: 'three-column',
      [META.view]: 'three-column',
      [META.framework]: 'signs-of-safety',
      [META.createdAt]: 42,
    });
    expect(statementsMap(doc).size).toBe(0);
  });

  it('trims the title and stamps the time when none is given', () => {
    const doc = new Y.Doc();
    const before = Date.now();
    createBoard(doc, { title: '  Core group  ', template: 'three-column' });
    expect(metaMap(doc).get(META.title)).toBe('Core group');
    expect(metaMap(doc).get(META.createdAt)).toBeGreaterThanOrEqual(before);
  });

  it('makes one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    createBoard(doc, { title: 'a', template: 'three-column' });
    createBoard(new Y.Doc(), { title: 'b', template: 'three-column' }, STORAGE_CHANGE);
    expect(origins).toEqual([LOCAL_CHANGE]);
  });

  it.each([
    ['an empty title', ''],
    ['a title of spaces', '   \n '],
    ['a title that is too long', 'x'.repeat(MAX_TITLE_LENGTH + 1)],
  ])('[M6] refuses %s and changes nothing', (_name, title) => {
    const doc = new Y.Doc();
    expectRefused(doc, ModelErrorCode.invalidText, () => createBoard(doc, { title, template: 'three-column' }));
  });

  it('accepts a title of exactly the maximum length', () => {
    const doc = new Y.Doc();
    createBoard(doc, { title: 'x'.repeat(MAX_TITLE_LENGTH), template: 'three-column' });
    expect(metaMap(doc).get(META.title)).toHaveLength(MAX_TITLE_LENGTH);
  });

  it('[M6] refuses an unknown template and changes nothing', () => {
    const doc = new Y.Doc();
    expectRefused(doc, ModelErrorCode.unknownTemplate, () => createBoard(doc, { title: 'a', template: 'five-column' as never }));
    expectRefused(doc, ModelErrorCode.unknownTemplate, () => createBoard(doc, { title: 'a', template: undefined as never }));
  });
});
