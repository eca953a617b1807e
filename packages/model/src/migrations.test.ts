import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ModelErrorCode } from './errors';
import { migrateBoard, storedSchemaVersion } from './migrations';
import { META, SCHEMA_VERSION, metaMap } from './schema';
import { addStatement } from './statements';
import { GRAN, expectRefused, newBoard } from './test/board';

function withVersion(version: unknown): Y.Doc {
  const doc = newBoard();
  addStatement(doc, { section: 'worries', text: 'kept', author: GRAN });
  metaMap(doc).set(META.schemaVersion, version);
  return doc;
}

describe('storedSchemaVersion', () => {
  it('reads the version, or null when there is none or it is not a number', () => {
    expect(storedSchemaVersion(newBoard())).toBe(SCHEMA_VERSION);
    expect(storedSchemaVersion(new Y.Doc())).toBeNull();
    expect(storedSchemaVersion(withVersion('1'))).toBeNull();
  });
});

describe('migrateBoard', () => {
  it('leaves a document with no version alone', () => {
    const doc = new Y.Doc();
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrateBoard(doc)).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('leaves a board at the current version alone', () => {
    const doc = newBoard();
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrateBoard(doc)).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('[M6] refuses a board written by newer code and does not touch it', () => {
    const doc = withVersion(SCHEMA_VERSION + 1);
    expectRefused(doc, ModelErrorCode.unsupportedSchema, () => migrateBoard(doc));
  });

  it('[M6] refuses a version it has no migration for and does not touch it', () => {
    const doc = withVersion(0);
    expectRefused(doc, ModelErrorCode.unsupportedSchema, () => migrateBoard(doc));
  });
});
