import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { META, ROOT, SCHEMA_VERSION, addStatement, readBoard, readPageText, storedSchemaVersion } from '@kinboard/model';
import { readBoardFromDisk } from './rawClient';
import { TestServer, waitFor, type CreatedBoardLinks } from './harness';

const author = { id: 'p1', name: 'Sam' };
const texts = (doc: Y.Doc) =>
  readBoard(doc)
    .sections.flatMap((s) => s.statements.map((st) => st.text))
    .sort();

function storedRows(dataDir: string, boardId: string): { snapshots: number; updates: number } {
  const db = new Database(path.join(dataDir, 'kinboard.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE board_id = ?`).get(boardId) as { n: number }).n;
    return { snapshots: count('snapshots'), updates: count('updates') };
  } finally {
    db.close();
  }
}

describe('a board loaded from its one stored snapshot', () => {
  let server: TestServer;
  let board: CreatedBoardLinks;

  beforeEach(async () => {
    server = await new TestServer(undefined, { unloadAfterMs: 30 }).start();
    board = await server.createBoard('Review conference');
  });
  afterEach(async () => {
    await server.cleanup();
  });

  /** Fills the board with `count` statements, then lets it unload, leaving one snapshot on disk. */
  async function idleBoardWith(count: number): Promise<Y.Doc> {
    const writer = await (await server.connect(board, 'participant')).synced();
    for (let i = 0; i < count; i++) addStatement(writer.doc, { section: 'worries', text: `worry ${i}`, author });
    const check = await (await server.connect(board, 'participant')).synced();
    await waitFor(() => texts(check.doc).length === count);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(writer.doc));
    writer.destroy();
    check.destroy();
    await waitFor(() => !server.server.rooms.isLoaded(board.id), 3000, 'unload');
    expect(storedRows(server.dataDir, board.id)).toEqual({ snapshots: 1, updates: 0 });
    return copy;
  }

  it('[P4] people joining at once each get the whole board, and their edits are stored and shared', async () => {
    await idleBoardWith(40);
    const [a, b] = await Promise.all([server.connect(board, 'participant'), server.connect(board, 'facilitator')]);
    await Promise.all([a.synced(), b.synced()]);
    expect(texts(a.doc)).toHaveLength(40);
    expect(texts(b.doc)).toEqual(texts(a.doc));

    addStatement(a.doc, { section: 'working-well', text: 'Nan collects the children', author });
    await waitFor(() => texts(b.doc).includes('Nan collects the children'));
    a.destroy();
    b.destroy();
    await waitFor(() => !server.server.rooms.isLoaded(board.id), 3000, 'unload');
    expect(texts(readBoardFromDisk(server.dataDir, board.id))).toHaveLength(41);
  });

  it('[P4] a device that comes back with its own offline edit gets what it lacks and its edit reaches everyone', async () => {
    const device = await idleBoardWith(10);
    addStatement(device, { section: 'next-steps', text: 'written while away', author });
    const back = await (await server.connect(board, 'participant', device)).synced();
    expect(texts(back.doc)).toHaveLength(11);
    const other = await (await server.connect(board, 'participant')).synced();
    await waitFor(() => texts(other.doc).includes('written while away'), 5000, 'the offline edit on the other device');
    expect(texts(other.doc)).toHaveLength(11);
    back.destroy();
    other.destroy();
  });

  it('[P4][M1] an older board is migrated once on load, and the migration is stored, not redone on every load', async () => {
    await idleBoardWith(1);
    // Make the stored snapshot an older board: schema 1 kept a page's words as a plain string.
    const older = readBoardFromDisk(server.dataDir, board.id);
    older.transact(() => {
      older.getMap(ROOT.meta).set(META.schemaVersion, 1);
      older.getMap<string>(ROOT.drawTexts).set('page:network-map', 'Mum, Nan and the school');
    });
    await server.stop();
    const db = new Database(path.join(server.dataDir, 'kinboard.sqlite'));
    db.prepare('UPDATE snapshots SET data = ? WHERE board_id = ?').run(Buffer.from(Y.encodeStateAsUpdate(older)), board.id);
    db.close();
    await server.start(server.port);

    const reader = await (await server.connect(board, 'viewer')).synced();
    await waitFor(() => readPageText(reader.doc, 'page:network-map') === 'Mum, Nan and the school', 5000, 'the migrated words');
    reader.destroy();
    const onDisk = readBoardFromDisk(server.dataDir, board.id);
    expect(storedSchemaVersion(onDisk)).toBe(SCHEMA_VERSION);
    expect(readPageText(onDisk, 'page:network-map')).toBe('Mum, Nan and the school');
  });
});
