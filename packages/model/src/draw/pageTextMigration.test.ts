import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migrateBoard, storedSchemaVersion } from '../migrations';
import { META, ROOT, SCHEMA_VERSION, metaMap } from '../schema';
import { newBoard } from '../test/board';
import { editPageText, readPageText } from './pageTexts';

/** A board as schema 1 wrote it: text alternatives as plain strings in `drawTexts`. */
function schemaOneBoard(texts: Record<string, unknown>): Y.Doc {
  const doc = newBoard();
  doc.transact(() => {
    metaMap(doc).set(META.schemaVersion, 1);
    const legacy = doc.getMap<unknown>(ROOT.drawTexts);
    for (const [pageId, text] of Object.entries(texts)) legacy.set(pageId, text);
  });
  return doc;
}

describe('migration 1 → 2: drawing text alternatives', () => {
  it('moves each page plain string into its shared text and empties the old map', () => {
    const doc = schemaOneBoard({ 'page:network-map': 'Gran lives next door.', 'page:words-and-pictures': 'Mum and Dad were shouting.' });
    expect(migrateBoard(doc)).toBe(SCHEMA_VERSION - 1);
    expect(storedSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(readPageText(doc, 'page:network-map')).toBe('Gran lives next door.');
    expect(readPageText(doc, 'page:words-and-pictures')).toBe('Mum and Dad were shouting.');
    expect(doc.getMap(ROOT.drawTexts).size).toBe(0);
  });

  it('lets two people type into a migrated page at once and keeps both', () => {
    const a = schemaOneBoard({ 'page:network-map': 'Gran.' });
    migrateBoard(a);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editPageText(a, 'page:network-map', 'Gran. Rosa.');
    editPageText(b, 'page:network-map', 'Uncle Joe. Gran.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(readPageText(a, 'page:network-map')).toBe('Uncle Joe. Gran. Rosa.');
    expect(readPageText(b, 'page:network-map')).toBe('Uncle Joe. Gran. Rosa.');
  });

  it('drops entries that are not a page text and keeps words already written the new way', () => {
    const doc = schemaOneBoard({ 'page:three-houses': 'old words', 'not a page': 'x', 'page:network-map': 42 });
    editPageText(doc, 'page:three-houses', 'newer words');
    migrateBoard(doc);
    expect(readPageText(doc, 'page:three-houses')).toBe('newer words');
    expect(readPageText(doc, 'page:network-map')).toBe('');
    expect(doc.getMap(ROOT.drawTexts).size).toBe(0);
  });
});
